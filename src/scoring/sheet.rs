//! One session as the scoring reads it: who scored, which candidates, and a dense table of
//! values — the file's notes and its own copy of the checklist dropped. A thousand sessions
//! of 500 × 5 hold ~20 KB each this way instead of ~700 KB as parsed, and their checklists
//! are one shared value ([`Checklists`]).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::model::{Candidate, Checklist, ScoreRef, Session, SessionHead, SessionKind, Status};

#[derive(Clone, Debug)]
pub struct ScoreSheet {
    pub id: String,
    pub evaluator: String,
    pub status: Status,
    /// The seal of a submitted session: how a review names it (a draft is named by the
    /// SHA-256 of its file's content, read again only when a review is found).
    pub seal: Option<String>,
    pub checklist: Arc<Checklist>,
    /// The candidates this session covers, in its own order.
    pub candidates: Vec<Candidate>,
    /// A self-assessment (docs/method.md §11): counted only for a candidate no evaluation
    /// covers.
    pub self_assessment: bool,
    pub period: Option<String>,
    /// Per criterion (the checklist's order) × candidate (the order above): the value, NaN
    /// where none was given or the evaluator chose N/A.
    values: Vec<f64>,
}

impl ScoreSheet {
    /// The scores of a valid session, its checklist given as the shared value.
    pub fn new(session: &Session, checklist: Arc<Checklist>) -> ScoreSheet {
        let scores: Vec<ScoreRef> = session.scores.iter().map(|s| s.score_ref()).collect();
        ScoreSheet::of_parts(&session.head(), checklist, &scores, &session.score_places())
    }

    /// The scores of a valid session read in parts (as [`crate::model::SessionView`] gives
    /// them): `places` are the scores' places in the grid ([`crate::model::score_places`]),
    /// `checklist` the shared value equal to `head.checklist`.
    pub fn of_parts(
        head: &SessionHead,
        checklist: Arc<Checklist>,
        scores: &[ScoreRef],
        places: &[(Option<usize>, Option<usize>)],
    ) -> ScoreSheet {
        let width = head.candidates.len();
        let mut values = vec![f64::NAN; checklist.criteria_count() * width];
        for (score, place) in scores.iter().zip(places) {
            if let (Some(v), false) = (score.value, score.na)
                && let &(Some(r), Some(k)) = place
            {
                values[r * width + k] = v;
            }
        }
        ScoreSheet {
            id: head.id.to_owned(),
            evaluator: head.evaluator.to_owned(),
            status: head.status,
            seal: head.seal.map(|s| s.sha256.clone()),
            checklist,
            candidates: head.candidates.to_vec(),
            self_assessment: head.kind == SessionKind::SelfAssessment,
            period: head.period.map(str::to_owned),
            values,
        }
    }

    /// The sheets of sessions held whole (the app's few), one checklist shared by equal ones.
    pub fn of_sessions<'a>(sessions: impl IntoIterator<Item = &'a Session>) -> Vec<ScoreSheet> {
        let checklists = Checklists::default();
        sessions
            .into_iter()
            .map(|s| ScoreSheet::new(s, checklists.share(&s.checklist)))
            .collect()
    }

    /// The value given for criterion `row` (its checklist's order) and candidate `column`
    /// (this sheet's order), if any.
    pub fn value(&self, row: usize, column: usize) -> Option<f64> {
        let v = self.values[row * self.candidates.len() + column];
        (!v.is_nan()).then_some(v)
    }

    /// Every value given: (criterion row, candidate in this sheet's order, value).
    pub fn values(&self) -> impl Iterator<Item = (usize, usize, f64)> + '_ {
        let width = self.candidates.len().max(1);
        self.values
            .iter()
            .enumerate()
            .filter(|(_, v)| !v.is_nan())
            .map(move |(i, v)| (i / width, i % width, *v))
    }
}

/// docs/method.md §11, per candidate in `candidates`' order: whether a session that is not a
/// self-assessment covers it (its self-assessment is then left out of §1 and §6).
pub(super) fn evaluated(sheets: &[ScoreSheet], candidates: &[super::CandidateInfo]) -> Vec<bool> {
    let mut evaluated = vec![false; candidates.len()];
    for c in sheets
        .iter()
        .filter(|s| !s.self_assessment)
        .flat_map(|s| &s.candidates)
    {
        if let Some(k) = candidates.iter().position(|k| k.id == c.id) {
            evaluated[k] = true;
        }
    }
    evaluated
}

/// `self_assessed` of each candidate (docs/formats.md "Results"): when any session is a
/// self-assessment, whether the candidate's values come from its self-assessment alone.
pub(super) fn self_assessed(
    sheets: &[ScoreSheet],
    candidates: &[super::CandidateInfo],
) -> Option<Vec<bool>> {
    if !sheets.iter().any(|s| s.self_assessment) {
        return None;
    }
    let evaluated = evaluated(sheets, candidates);
    Some(
        candidates
            .iter()
            .zip(evaluated)
            .map(|(c, evaluated)| {
                !evaluated
                    && sheets
                        .iter()
                        .any(|s| s.self_assessment && s.candidates.iter().any(|k| k.id == c.id))
            })
            .collect(),
    )
}

/// The distinct checklists of many sessions, each kept once: sessions with equal checklists
/// share one value, so that comparing them afterwards is comparing pointers. A checklist is
/// compared only with those of the same outline (id, groups and criteria in number), and
/// only until it is found equal — usually to the one checklist of the whole folder. (A hash
/// of its canonical form, computed for every file, cost an eighth of an aggregation: the
/// checklist serialized anew for each session.)
#[derive(Default)]
pub struct Checklists {
    by_outline: Mutex<HashMap<Outline, Vec<Arc<Checklist>>>>,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Outline {
    id: String,
    groups: usize,
    criteria: usize,
}

impl Checklists {
    /// The one shared value equal to `checklist` (the first one met is kept, not copied).
    pub fn share(&self, checklist: &Arc<Checklist>) -> Arc<Checklist> {
        let outline = Outline {
            id: checklist.id.clone(),
            groups: checklist.groups.len(),
            criteria: checklist.criteria_count(),
        };
        let mut by_outline = self.by_outline.lock().unwrap_or_else(|e| e.into_inner());
        let same = by_outline.entry(outline).or_default();
        if let Some(found) = same
            .iter()
            .find(|c| Arc::ptr_eq(c, checklist) || ***c == **checklist)
        {
            return found.clone();
        }
        same.push(checklist.clone());
        checklist.clone()
    }
}
