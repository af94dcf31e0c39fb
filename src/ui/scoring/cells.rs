//! Where each cell's score is in the session, and how many cells are answered — made again
//! only when the document changes (its revision), not every frame: at 500 × 5, going over
//! the 2,500 scores three times a frame (the table's lookup, the progress in the status bar
//! and in the groups list) cost more than drawing the rows on screen.

use std::collections::HashMap;

use crate::model::{Score, Session};

pub struct CellIndex {
    /// The document revision this was made for.
    revision: Option<u64>,
    /// Criterion id → row in checklist order, and each row's group; a session's checklist
    /// never changes, so these are made once.
    rows: HashMap<String, usize>,
    group_of: Vec<usize>,
    /// Per row × session candidate: where the cell's score is in `session.scores`.
    at: Vec<Option<usize>>,
    width: usize,
    /// Cells with a value or N/A: in all, per group, per candidate.
    pub answered: usize,
    pub by_group: Vec<usize>,
    pub by_candidate: Vec<usize>,
    /// Cells to answer, per group and per candidate: those that apply (docs/method.md §12).
    pub of_group: Vec<usize>,
    pub of_candidate: Vec<usize>,
}

impl CellIndex {
    pub fn new(session: &Session) -> Self {
        let mut rows = HashMap::new();
        let mut group_of = Vec::new();
        for (gi, g) in session.checklist.groups.iter().enumerate() {
            for c in &g.criteria {
                rows.insert(c.id.clone(), group_of.len());
                group_of.push(gi);
            }
        }
        CellIndex {
            revision: None,
            rows,
            group_of,
            at: Vec::new(),
            width: 0,
            answered: 0,
            by_group: Vec::new(),
            by_candidate: Vec::new(),
            of_group: Vec::new(),
            of_candidate: Vec::new(),
        }
    }

    /// Brings the index up to date with `session` at `revision`.
    pub fn update(&mut self, session: &Session, revision: u64) {
        if self.revision == Some(revision) && self.width == session.candidates.len() {
            return;
        }
        self.revision = Some(revision);
        self.width = session.candidates.len();
        self.at = vec![None; self.group_of.len() * self.width];
        self.answered = 0;
        self.by_group = vec![0; session.checklist.groups.len()];
        self.by_candidate = vec![0; self.width];
        self.count_cells_that_apply(session);
        // Each score's place found as the loader finds it: next to the previous one's, by id
        // only when out of order (hashing 5,000 ids a change was most of this).
        for (i, place) in session.score_places().into_iter().enumerate() {
            let (Some(r), Some(k)) = place else { continue };
            self.at[r * self.width + k] = Some(i);
            if session.scores[i].is_answered() {
                self.answered += 1;
                self.by_group[self.group_of[r]] += 1;
                self.by_candidate[k] += 1;
            }
        }
    }

    /// The score of (criterion, the session's candidate number `k`), if any.
    pub fn score<'s>(&self, session: &'s Session, criterion: &str, k: usize) -> Option<&'s Score> {
        let r = *self.rows.get(criterion)?;
        let i = (*self.at.get(r * self.width + k)?)?;
        session.scores.get(i)
    }

    /// Cells in all: criteria × candidates, but those that do not apply.
    pub fn total(&self) -> usize {
        self.of_candidate.iter().sum()
    }

    /// How many cells apply, per group and per candidate (all of them without `applies_to`).
    fn count_cells_that_apply(&mut self, session: &Session) {
        let categories: Vec<Option<&str>> = session
            .candidates
            .iter()
            .map(crate::model::Candidate::category)
            .collect();
        let applies = session.checklist.applicability(&categories);
        self.of_group = vec![0; session.checklist.groups.len()];
        self.of_candidate = vec![0; self.width];
        for (r, &g) in self.group_of.iter().enumerate() {
            for k in 0..self.width {
                if applies.as_ref().is_none_or(|a| a[r][k]) {
                    self.of_group[g] += 1;
                    self.of_candidate[k] += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_session;

    /// The counts are the session's own (`progress`, `group_progress`), and they follow a
    /// change once the revision moves, whatever the order of the scores.
    #[test]
    fn counts_and_lookups_agree_with_the_session_and_follow_changes() {
        let bytes = std::fs::read("evaluations/demo/binh-tran.evaluation.json").unwrap();
        let mut session = parse_session(&bytes).unwrap();
        let mut index = CellIndex::new(&session);
        index.update(&session, 0);
        let check = |index: &CellIndex, session: &Session| {
            assert_eq!((index.answered, index.total()), session.progress());
            let groups: Vec<usize> = session.group_progress().iter().map(|g| g.0).collect();
            assert_eq!(index.by_group, groups);
            for (_, c) in session.checklist.criteria() {
                for (k, cand) in session.candidates.iter().enumerate() {
                    assert_eq!(
                        index.score(session, &c.id, k),
                        session.score(&c.id, &cand.id)
                    );
                }
            }
        };
        check(&index, &session);
        let removed = session.scores.remove(0);
        assert!(removed.is_answered());
        index.update(&session, 0);
        assert_ne!(
            index.answered,
            session.progress().0,
            "same revision: not made again"
        );
        index.update(&session, 1);
        check(&index, &session);
        // Out of order, and with gaps: every cell still found by id.
        session.scores.reverse();
        index.update(&session, 2);
        check(&index, &session);
        session.scores = session.scores.iter().step_by(3).cloned().collect();
        index.update(&session, 3);
        check(&index, &session);
    }

    /// With criteria that apply to some categories, the cells to answer are those that do
    /// apply: the screen's counts are the session's (docs/method.md §12).
    #[test]
    fn cells_that_do_not_apply_are_not_counted_as_work() {
        let bytes = std::fs::read("evaluations/demo/binh-tran.evaluation.json").unwrap();
        let mut session = parse_session(&bytes).unwrap();
        session.scores.clear();
        session.candidates[0].category = Some("so".into());
        let checklist = std::sync::Arc::make_mut(&mut session.checklist);
        checklist.categories = Some(vec![crate::model::Category {
            id: "so".into(),
            title: crate::model::Text::Plain("Sở".into()),
        }]);
        checklist.groups[0].applies_to = Some(vec!["so".into()]);
        let (first, rows) = (
            checklist.groups[0].criteria.len(),
            checklist.criteria_count(),
        );
        let width = session.candidates.len();
        let mut index = CellIndex::new(&session);
        index.update(&session, 0);
        // Group 1's criteria apply to the first candidate only.
        assert_eq!(index.total(), rows * width - first * (width - 1));
        assert_eq!(index.total(), session.progress().1);
        let groups: Vec<usize> = session.group_progress().iter().map(|g| g.1).collect();
        assert_eq!(index.of_group, groups);
        assert_eq!(index.of_group[0], first);
        assert_eq!(index.of_candidate[0], rows);
        assert_eq!(index.of_candidate[1], rows - first);
    }
}
