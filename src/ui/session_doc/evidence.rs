//! A self-assessment's evidence, changed through the document like any score (one undo step
//! each): an item added to a cell's score, an item taken off it. The files attached are the
//! app's to copy (`crate::store::evidence::attach`); here only the session changes. A
//! cleared score's evidence waits for the cell's next score, as its note does.

use std::time::Instant;

use super::SessionDoc;
use crate::model::{Evidence, Score};

impl SessionDoc {
    /// A cleared score's evidence waits, and comes back with the cell's next score (as its
    /// note does): switching N/A off and on again must not lose the documents attached.
    pub(super) fn carry_evidence(
        &mut self,
        cell: &(String, String),
        before: Option<&Score>,
        after: Option<&mut Score>,
    ) {
        match (before, after) {
            (Some(b), None) => {
                if let Some(items) = &b.evidence {
                    self.parked_evidence.insert(cell.clone(), items.clone());
                }
            }
            (_, Some(a)) => {
                let parked = self.parked_evidence.remove(cell);
                if a.evidence.is_none() {
                    a.evidence = parked;
                }
            }
            (None, None) => {}
        }
    }

    /// Undo or redo gave the cell back a score of its own: what waited for one is stale (it
    /// would come back on the next change, say when the last item is taken off).
    pub(super) fn unpark_restored(&mut self, cell: &(String, String), scored: bool) {
        if scored {
            self.parked_notes.remove(cell);
            self.parked_evidence.remove(cell);
        }
    }

    /// Add `item` to the evidence of a cell's score, as one undo step. A cell has evidence
    /// only with a value or N/A (the format's score), so a cell not scored yet takes none:
    /// false then, as when nothing changed or the session is read-only.
    pub fn add_evidence(
        &mut self,
        criterion: &str,
        candidate: &str,
        item: Evidence,
        now: Instant,
    ) -> bool {
        let Some(mut score) = self.score(criterion, candidate).cloned() else {
            return false;
        };
        score.evidence.get_or_insert_with(Vec::new).push(item);
        self.set_score(criterion, candidate, Some(score), now)
    }

    /// Take the item at `index` off a cell's evidence, as one undo step (the file it names,
    /// if any, stays where it is: another score may name it too).
    pub fn remove_evidence(
        &mut self,
        criterion: &str,
        candidate: &str,
        index: usize,
        now: Instant,
    ) -> bool {
        let Some(mut score) = self.score(criterion, candidate).cloned() else {
            return false;
        };
        let Some(items) = score.evidence.as_mut().filter(|e| index < e.len()) else {
            return false;
        };
        items.remove(index);
        // No list rather than an empty one: the file reads as it did before any evidence.
        if items.is_empty() {
            score.evidence = None;
        }
        self.set_score(criterion, candidate, Some(score), now)
    }
}
