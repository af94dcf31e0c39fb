//! A session as the rules and the scoring read it — its members but the scores, and each
//! score's ids, value and N/A — whether the session is held whole ([`Session`]) or read
//! straight from a file's text for an aggregation ([`SessionView`]: ids borrowed from the
//! text, notes skipped, the checklist left as text so that a folder's hundreds of identical
//! copies are parsed and checked once).

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::parse::{draft_text, takes_the_draft_path};
use super::{Candidate, Checklist, Evaluator, Score, Seal, Session, Status};

/// What the rules and the scoring read of one score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoreRef<'a> {
    pub criterion: &'a str,
    pub candidate: &'a str,
    pub value: Option<f64>,
    pub na: bool,
}

impl Score {
    pub fn score_ref(&self) -> ScoreRef<'_> {
        ScoreRef {
            criterion: &self.criterion,
            candidate: &self.candidate,
            value: self.value,
            na: self.is_na(),
        }
    }
}

/// A session's members other than its scores, as the rules read them.
#[derive(Clone, Copy, Debug)]
pub struct SessionHead<'a> {
    pub id: &'a str,
    pub evaluator: &'a str,
    pub created: &'a str,
    pub modified: &'a str,
    pub status: Status,
    pub checklist: &'a Checklist,
    pub candidates: &'a [Candidate],
    pub seal: Option<&'a Seal>,
}

impl Session {
    pub fn head(&self) -> SessionHead<'_> {
        SessionHead {
            id: &self.id,
            evaluator: &self.evaluator.name,
            created: &self.created,
            modified: &self.modified,
            status: self.status,
            checklist: &self.checklist,
            candidates: &self.candidates,
            seal: self.seal.as_ref(),
        }
    }

    /// Where each score is in the grid: see [`score_places`].
    pub fn score_places(&self) -> Vec<(Option<usize>, Option<usize>)> {
        score_places(
            &self.checklist,
            &self.candidates,
            self.scores
                .iter()
                .map(|s| (s.criterion.as_str(), s.candidate.as_str())),
        )
    }
}

/// Where each (criterion, candidate) is in the grid: (its criterion's row in checklist order,
/// its candidate's place in `candidates`), `None` for an id that is not there. The app writes
/// scores in that order, so each is first looked for just after the one before — two short
/// comparisons instead of two hash lookups, for the 2,500 scores of each of a thousand files;
/// any other order is found through a map made when first needed.
pub fn score_places<'a>(
    checklist: &Checklist,
    candidates: &[Candidate],
    scores: impl Iterator<Item = (&'a str, &'a str)>,
) -> Vec<(Option<usize>, Option<usize>)> {
    let criteria: Vec<&str> = checklist.criteria().map(|(_, c)| c.id.as_str()).collect();
    let candidates: Vec<&str> = candidates.iter().map(|c| c.id.as_str()).collect();
    let mut by_id: Option<std::collections::HashMap<&str, usize>> = None;
    let (mut row, mut column) = (0, 0);
    scores
        .map(|(criterion, candidate)| {
            let r = if criteria.get(row) == Some(&criterion) {
                Some(row)
            } else if criteria.get(row + 1) == Some(&criterion) {
                Some(row + 1)
            } else {
                by_id
                    .get_or_insert_with(|| {
                        criteria.iter().enumerate().map(|(i, c)| (*c, i)).collect()
                    })
                    .get(criterion)
                    .copied()
            };
            let next = (column + 1) % candidates.len().max(1);
            let k = if candidates.get(next) == Some(&candidate) {
                Some(next)
            } else {
                candidates.iter().position(|c| *c == candidate)
            };
            if let Some(r) = r {
                row = r;
            }
            if let Some(k) = k {
                column = k;
            }
            (r, k)
        })
        .collect()
}

/// A draft session read for an aggregation, borrowing from the file's text. Its members are
/// those of [`Session`], read by the same rules: every member known, none written twice,
/// each of its type; the checklist and the scores stay text (the scores are read by hand,
/// notes checked and dropped: [`SessionView::scores`]).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionView<'a> {
    #[serde(borrow)]
    format: Cow<'a, str>,
    version: u32,
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    pub evaluator: Evaluator,
    #[serde(borrow)]
    created: Cow<'a, str>,
    #[serde(borrow)]
    modified: Cow<'a, str>,
    pub status: Status,
    #[serde(borrow)]
    checklist: &'a RawValue,
    pub candidates: Vec<Candidate>,
    #[serde(borrow)]
    scores: &'a RawValue,
    #[serde(default)]
    seal: Option<Seal>,
}

// How many scores the last file read on this core had.
thread_local! {
    static LAST_SCORES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl<'a> SessionView<'a> {
    /// The session in `bytes` when it is a draft this reading can take: well-formed JSON of a
    /// session's shape, of a known format and version, without a seal (a seal is checked
    /// against the file as read). `None` for anything else: the full path
    /// ([`super::parse_document`]) reads it and words whatever is wrong.
    pub fn of_draft(bytes: &'a [u8]) -> Option<SessionView<'a>> {
        let view: SessionView = serde_json::from_str(draft_text(bytes)?).ok()?;
        takes_the_draft_path(&view.format, view.version, view.seal.is_some()).then_some(view)
    }

    /// The embedded checklist's text, exactly as in the file.
    pub fn checklist_text(&self) -> &'a str {
        self.checklist.get()
    }

    /// The scores, if they are written as the app writes them (see `score_scan`); `None`
    /// sends the file the full way. The list is made as long as the last file's: the files
    /// of one aggregation are alike, and a list grown score by score asked the system for
    /// fresh memory at each doubling (a twentieth of an aggregation, the system clearing
    /// pages).
    pub fn scores(&self) -> Option<Vec<ScoreRef<'a>>> {
        let scores = super::score_scan::scores(self.scores.get(), LAST_SCORES.get())?;
        LAST_SCORES.set(scores.len());
        Some(scores)
    }

    /// Its members as the rules read them, with its checklist as parsed.
    pub fn head<'b>(&'b self, checklist: &'b Checklist) -> SessionHead<'b> {
        SessionHead {
            id: &self.id,
            evaluator: &self.evaluator.name,
            created: &self.created,
            modified: &self.modified,
            status: self.status,
            checklist,
            candidates: &self.candidates,
            seal: self.seal.as_ref(),
        }
    }
}

#[cfg(test)]
mod score_places_tests {
    use super::*;

    /// In the app's order, shuffled, with gaps and with unknown ids: every score's place is
    /// the one its ids name.
    #[test]
    fn places_are_found_in_any_order() {
        let bytes = std::fs::read("evaluations/demo/binh-tran.evaluation.json").unwrap();
        let mut session = crate::model::parse_session(&bytes).unwrap();
        let expected = |s: &Session| -> Vec<(Option<usize>, Option<usize>)> {
            let rows: Vec<&str> = s.checklist.criteria().map(|(_, c)| c.id.as_str()).collect();
            s.scores
                .iter()
                .map(|score| {
                    (
                        rows.iter().position(|r| *r == score.criterion),
                        s.candidates.iter().position(|c| c.id == score.candidate),
                    )
                })
                .collect()
        };
        assert_eq!(session.score_places(), expected(&session));
        assert!(
            session
                .score_places()
                .iter()
                .all(|(r, k)| r.is_some() && k.is_some())
        );
        session.scores.retain(|s| !s.criterion.ends_with('2'));
        session.scores.reverse();
        session.scores.swap(0, 3);
        session.scores[5].criterion = "G9.9".into();
        session.scores[6].candidate = "nobody".into();
        assert_eq!(session.score_places(), expected(&session));
    }
}
