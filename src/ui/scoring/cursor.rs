//! Where the evaluator is on the scoring screen: the group, the row among the visible
//! criteria, the candidate, and the filter. Pure: no egui, unit-tested below.

use crate::model::{Criterion, Session, fold_diacritics};

/// Up to this many candidates are scored side by side; with more (the agencies of a
/// province), one at a time, chosen with the arrow keys or the picker above the table.
pub const SIDE_BY_SIDE_UP_TO: usize = 4;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cursor {
    pub group: usize,
    /// Index into [`Cursor::rows`].
    pub row: usize,
    pub cand: usize,
    pub filter: String,
}

/// Lower case and without Vietnamese marks: "Ký số" and "ky so" match.
fn fold(text: &str) -> String {
    fold_diacritics(&text.to_lowercase())
}

impl Cursor {
    pub fn filtering(&self) -> bool {
        !self.filter.trim().is_empty()
    }

    /// The rows shown: the selected group's criteria, or every criterion whose id or title
    /// (in either language, with or without marks) matches the filter.
    pub fn rows<'s>(&self, session: &'s Session) -> Vec<(usize, &'s Criterion)> {
        let needle = fold(self.filter.trim());
        if needle.is_empty() {
            let group = session.checklist.groups.get(self.group);
            let criteria = group.map_or(&[][..], |g| &g.criteria[..]);
            return criteria.iter().map(|c| (self.group, c)).collect();
        }
        session
            .checklist
            .groups
            .iter()
            .enumerate()
            .flat_map(|(gi, g)| g.criteria.iter().map(move |c| (gi, c)))
            .filter(|(_, c)| {
                let titles = [
                    c.id.as_str(),
                    c.title.get(crate::i18n::Lang::Vi),
                    c.title.get(crate::i18n::Lang::En),
                ];
                titles.iter().any(|t| fold(t).contains(&needle))
            })
            .collect()
    }

    pub fn current<'s>(&self, session: &'s Session) -> Option<&'s Criterion> {
        self.rows(session).get(self.row).map(|(_, c)| *c)
    }

    /// Keep every index inside the session (after a change of filter, say).
    pub fn clamp(&mut self, session: &Session) {
        self.group = self
            .group
            .min(session.checklist.groups.len().saturating_sub(1));
        self.cand = self.cand.min(session.candidates.len().saturating_sub(1));
        self.row = self.row.min(self.rows(session).len().saturating_sub(1));
    }

    /// One criterion down or up, across group boundaries when not filtering.
    pub fn move_row(&mut self, session: &Session, down: bool) {
        let n = self.rows(session).len();
        if down && self.row + 1 < n {
            self.row += 1;
        } else if !down && self.row > 0 {
            self.row -= 1;
        } else if !self.filtering() {
            let groups = session.checklist.groups.len();
            if down && self.group + 1 < groups {
                self.group += 1;
                self.row = 0;
            } else if !down && self.group > 0 {
                self.group -= 1;
                self.row = session.checklist.groups[self.group]
                    .criteria
                    .len()
                    .saturating_sub(1);
            }
        }
    }

    pub fn move_cand(&mut self, session: &Session, right: bool) {
        if right && self.cand + 1 < session.candidates.len() {
            self.cand += 1;
        } else if !right && self.cand > 0 {
            self.cand -= 1;
        }
    }

    /// After scoring a cell: the next candidate, then the next criterion.
    pub fn advance(&mut self, session: &Session) {
        // One candidate at a time: on down the criteria of the one shown.
        if session.candidates.len() > SIDE_BY_SIDE_UP_TO {
            self.move_row(session, true);
        } else if self.cand + 1 < session.candidates.len() {
            self.cand += 1;
        } else {
            self.cand = 0;
            self.move_row(session, true);
        }
    }

    /// Clear the filter and stay on the criterion reached through it (its group, its row),
    /// not go back to the first group.
    pub fn clear_filter(&mut self, session: &Session) {
        let Some(here) = self.current(session).map(|c| c.id.clone()) else {
            self.filter.clear();
            return;
        };
        let candidate = session.candidates.get(self.cand).map(|c| c.id.clone());
        self.select(session, &here, candidate.as_deref().unwrap_or(""));
    }

    pub fn select_group(&mut self, group: usize) {
        self.group = group;
        self.row = 0;
        self.filter.clear();
    }

    /// Select a cell (after undo, from the submit dialog's list, by Ctrl+G).
    pub fn select(&mut self, session: &Session, criterion: &str, candidate: &str) {
        for (gi, g) in session.checklist.groups.iter().enumerate() {
            if let Some(row) = g.criteria.iter().position(|c| c.id == criterion) {
                self.group = gi;
                self.row = row;
                self.filter.clear();
            }
        }
        if let Some(k) = session.candidates.iter().position(|c| c.id == candidate) {
            self.cand = k;
        }
    }

    /// The next cell with neither a value nor N/A after this one, wrapping around. False
    /// when every cell is answered.
    pub fn next_unscored(&mut self, session: &Session) -> bool {
        let cells: Vec<(&str, &str)> = session
            .checklist
            .criteria()
            .flat_map(|(_, c)| {
                session
                    .candidates
                    .iter()
                    .map(move |k| (c.id.as_str(), k.id.as_str()))
            })
            .collect();
        let missing = session.missing();
        let candidate = session.candidates.get(self.cand).map(|k| k.id.as_str());
        let here = self
            .current(session)
            .and_then(|c| {
                cells
                    .iter()
                    .position(|(cr, k)| *cr == c.id && Some(*k) == candidate)
            })
            .unwrap_or(cells.len().saturating_sub(1));
        let next = (1..=cells.len())
            .map(|i| cells[(here + i) % cells.len()])
            .find(|cell| missing.contains(cell));
        match next {
            Some((criterion, candidate)) => {
                self.select(session, criterion, candidate);
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Score, parse_session};

    fn demo() -> Session {
        parse_session(&std::fs::read("evaluations/demo/binh-tran.evaluation.json").unwrap())
            .unwrap()
    }

    #[test]
    fn arrows_cross_group_boundaries_and_stop_at_the_ends() {
        let s = demo();
        let mut c = Cursor::default();
        c.move_row(&s, false);
        assert_eq!(
            (c.group, c.row),
            (0, 0),
            "nothing above the first criterion"
        );
        let first_group = s.checklist.groups[0].criteria.len();
        for _ in 0..first_group {
            c.move_row(&s, true);
        }
        assert_eq!((c.group, c.row), (1, 0));
        c.move_row(&s, false);
        assert_eq!((c.group, c.row), (0, first_group - 1));
    }

    #[test]
    fn the_filter_ignores_marks_and_matches_either_language() {
        let s = demo();
        let mut c = Cursor {
            filter: "ky so".into(),
            ..Cursor::default()
        };
        let rows = c.rows(&s);
        assert!(!rows.is_empty(), "“ky so” finds “ký số”");
        assert!(
            rows.iter()
                .all(|(_, k)| fold(k.title.get(crate::i18n::Lang::Vi)).contains("ky so"))
        );
        c.filter = "digital signature".into();
        assert!(!c.rows(&s).is_empty(), "the English title matches too");
    }

    #[test]
    fn next_unscored_with_a_filter_starts_from_the_selected_row() {
        let mut s = demo();
        s.scores.clear();
        let mut c = Cursor {
            filter: "signature".into(),
            ..Cursor::default()
        };
        let target = c.rows(&s)[0].1.id.clone();
        // Every cell answered except the filtered criterion's second candidate.
        for (_, k) in s.checklist.criteria() {
            for cand in &s.candidates {
                if !(k.id == target && cand.id == s.candidates[1].id) {
                    s.scores.push(Score::with_value(None, &k.id, &cand.id, 1.0));
                }
            }
        }
        assert!(c.next_unscored(&s));
        assert_eq!(c.current(&s).unwrap().id, target);
        assert_eq!(c.cand, 1);
        s.scores.push(Score::with_value(
            None,
            &target,
            &s.candidates[1].id.clone(),
            2.0,
        ));
        assert!(!c.next_unscored(&s), "everything scored: says so");
    }
}
