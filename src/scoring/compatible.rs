//! Which sessions can be aggregated together (docs/formats.md): one embedded checklist, one
//! candidate per id and one id per candidate name. Each file that breaks a rule is named
//! with the earlier file it disagrees with.

use std::collections::HashMap;
use std::path::PathBuf;

use super::ScoreSheet;
use crate::i18n::Lang;
use crate::model::{Candidate, Checklist, Session, Text};

/// Sessions can be compared only when their embedded checklists are equal, and a candidate
/// id names the same candidate in every session (each may cover only some candidates).
/// Returns one problem per file that differs from an earlier file.
pub fn incompatible(sessions: &[(PathBuf, Session)]) -> Vec<crate::model::InvalidFile> {
    incompatible_by(
        sessions
            .iter()
            .map(|(path, s)| (path, &*s.checklist, &s.candidates[..])),
    )
}

/// [`incompatible`] for score sheets, whose equal checklists are one shared value (see
/// [`Checklists`]), so that most comparisons compare two pointers.
pub fn incompatible_sheets(sheets: &[(PathBuf, ScoreSheet)]) -> Vec<crate::model::InvalidFile> {
    incompatible_by(
        sheets
            .iter()
            .map(|(path, s)| (path, &*s.checklist, &s.candidates[..])),
    )
}

fn incompatible_by<'a>(
    sessions: impl IntoIterator<Item = (&'a PathBuf, &'a Checklist, &'a [Candidate])>,
) -> Vec<crate::model::InvalidFile> {
    use crate::model::problem::NameClash;
    use crate::model::{InvalidFile, Located, Place, Problem};
    let mut sessions = sessions.into_iter().peekable();
    let Some(&(first_path, first, _)) = sessions.peek() else {
        return Vec::new();
    };
    let mut names: HashMap<&str, (&Text, &PathBuf)> = HashMap::new();
    // Each name as shown ([`Text::folded`]) → the id and file that first used it.
    let mut ids_by_name: HashMap<String, (&str, &PathBuf)> = HashMap::new();
    let mut categories = super::categories::FirstCategory::default();
    let mut out = Vec::new();
    for (path, checklist, candidates) in sessions {
        if !std::ptr::eq(checklist, first) && checklist != first {
            let problem = Problem::DifferentChecklist {
                other: first_path.clone(),
            };
            out.push(InvalidFile::new(
                path,
                vec![Located::new(Place::Path("checklist".into()), problem)],
            ));
            continue;
        }
        let mut problems = Vec::new();
        for (i, c) in candidates.iter().enumerate() {
            problems.extend(categories.check(i, c, path));
            let place = || Place::Path(format!("candidates[{i}].name"));
            match names.get(c.id.as_str()) {
                Some((name, other)) if *name != &c.name => {
                    let problem = Problem::DifferentCandidates {
                        other: (*other).clone(),
                        id: c.id.clone(),
                        names: Box::new([
                            c.name.get(Lang::Vi).to_owned(),
                            name.get(Lang::Vi).to_owned(),
                        ]),
                    };
                    problems.push(Located::new(place(), problem));
                }
                Some(_) => {}
                None => {
                    names.insert(&c.id, (&c.name, path));
                }
            }
            for name in c.name.folded() {
                match ids_by_name.get(&name) {
                    Some(&(other_id, other)) if other_id != c.id => {
                        let problem = Problem::SameNameOtherId {
                            other: other.clone(),
                            clash: Box::new(NameClash {
                                id: c.id.clone(),
                                name: c.name.get(Lang::Vi).to_owned(),
                                other_id: other_id.to_owned(),
                            }),
                        };
                        problems.push(Located::new(place(), problem));
                        break;
                    }
                    Some(_) => {}
                    None if name.is_empty() => {}
                    None => {
                        ids_by_name.insert(name, (&c.id, path));
                    }
                }
            }
        }
        if !problems.is_empty() {
            out.push(InvalidFile::new(path, problems));
        }
    }
    out
}
