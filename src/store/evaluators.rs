//! One evaluator counted once (docs/formats.md, "Versioning and bad input"): two sessions whose
//! evaluators' names look the same and that score a common candidate would count that
//! evaluator twice. They are refused, both files named, unless one `revises` the other:
//! then the revision alone counts, with a warning.

use std::collections::HashMap;
use std::path::PathBuf;

use super::folder::Loaded;
use crate::model::{InvalidFile, Located, Place, Problem, SessionHead, fold_name};

/// What the loader keeps of each session to count it once.
pub(crate) struct Identity {
    pub(crate) id: String,
    revises: Option<String>,
    /// The evaluator's name as written, and as people tell names apart.
    evaluator: String,
    folded: String,
    candidates: Vec<String>,
}

impl Identity {
    pub(crate) fn of(head: &SessionHead) -> Identity {
        Identity {
            id: head.id.to_owned(),
            revises: head.revises.map(str::to_owned),
            evaluator: head.evaluator.to_owned(),
            folded: fold_name(head.evaluator),
            candidates: head.candidates.iter().map(|c| c.id.clone()).collect(),
        }
    }

    /// The first of this session's candidates that `other` scores too.
    fn common(&self, other: &Identity) -> Option<&str> {
        self.candidates
            .iter()
            .find(|c| other.candidates.contains(c))
            .map(String::as_str)
    }
}

/// Apply the rule to `loaded.sessions`, whose identities are `who` (in the same order):
/// revised sessions are moved to `loaded.replaced`, sessions of one evaluator that neither
/// revises to `loaded.bad`.
pub(super) fn count_each_evaluator_once<T>(loaded: &mut Loaded<T>, who: &[Identity]) {
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, w) in who.iter().enumerate() {
        by_name.entry(&w.folded).or_default().push(i);
    }
    let mut pairs: Vec<(usize, usize, &str)> = Vec::new();
    for group in by_name.values().filter(|g| g.len() > 1) {
        for (n, &a) in group.iter().enumerate() {
            for &b in &group[n + 1..] {
                if let Some(common) = who[a].common(&who[b]) {
                    pairs.push((a, b, common));
                }
            }
        }
    }
    let revises = |newer: usize, older: usize| who[newer].revises.as_ref() == Some(&who[older].id);
    // First the revisions: a session revised by another of its evaluator no longer counts,
    // nor can it clash with a third.
    let mut replaced_by: Vec<Option<usize>> = vec![None; who.len()];
    for &(a, b, _) in &pairs {
        if revises(a, b) {
            replaced_by[b] = Some(a);
        } else if revises(b, a) {
            replaced_by[a] = Some(b);
        }
    }
    let mut problems: HashMap<usize, Vec<Located>> = HashMap::new();
    for &(a, b, common) in &pairs {
        if replaced_by[a].is_some() || replaced_by[b].is_some() {
            continue;
        }
        for (here, other) in [(a, b), (b, a)] {
            let problem = Problem::SameEvaluator {
                other: loaded.sessions[other].0.clone(),
                name: who[here].evaluator.clone(),
                candidate: common.to_owned(),
            };
            let located = Located::new(Place::Path("evaluator.name".into()), problem);
            problems.entry(here).or_default().push(located);
        }
    }
    if problems.is_empty() && replaced_by.iter().all(Option::is_none) {
        return;
    }
    let paths: Vec<PathBuf> = loaded.sessions.iter().map(|(p, _)| p.clone()).collect();
    let sessions = std::mem::take(&mut loaded.sessions);
    for (i, session) in sessions.into_iter().enumerate() {
        if let Some(newer) = replaced_by[i] {
            loaded
                .replaced
                .push((paths[newer].clone(), paths[i].clone()));
        } else if let Some(problems) = problems.remove(&i) {
            loaded.bad.push(InvalidFile::new(&paths[i], problems));
        } else {
            loaded.sessions.push(session);
        }
    }
    loaded.bad.sort_by(|a, b| a.file.cmp(&b.file));
}
