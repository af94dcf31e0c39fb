//! Recovery copies of the minutes open at a meeting: kept in the same folder and envelope as
//! a session's (recovery.rs), the envelope's `review` telling them apart. Found at the next
//! start, they are offered back with the decisions that differ from the file.

use std::path::PathBuf;

use super::RecoveryStore;
use crate::model::{Decision, Review, parse_review};

/// A recovery copy of a review found at start.
#[derive(Clone, Debug)]
pub struct ReviewRecovery {
    /// The recovery file itself.
    pub copy: PathBuf,
    /// The review file it belongs to.
    pub review_path: PathBuf,
    /// When the copy was written.
    pub saved: String,
    pub review: Review,
    /// The review file as it is now, if it can be read.
    pub on_disk: Option<Review>,
    /// The copy was written after the review file was last saved.
    pub newer: bool,
}

/// One (criterion, candidate) whose decision differs between the file and the copy.
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionChange {
    pub criterion: String,
    pub candidate: String,
    pub on_disk: Option<Decision>,
    pub recovered: Option<Decision>,
}

impl RecoveryStore {
    /// Every recovery copy of a review. Unreadable copies are skipped (and left in place).
    pub fn pending_reviews(&self) -> Vec<ReviewRecovery> {
        let mut found: Vec<ReviewRecovery> = self
            .found()
            .into_iter()
            .filter_map(|f| {
                let review = parse_review(f.envelope.review?.to_string().as_bytes()).ok()?;
                let on_disk = std::fs::read(&f.envelope.path)
                    .ok()
                    .and_then(|b| parse_review(&b).ok());
                Some(ReviewRecovery {
                    copy: f.copy,
                    review_path: f.envelope.path,
                    saved: f.envelope.saved,
                    review,
                    on_disk,
                    newer: f.newer,
                })
            })
            .collect();
        found.sort_by(|a, b| a.review_path.cmp(&b.review_path));
        found
    }
}

impl ReviewRecovery {
    /// The decisions that differ between the review file and the copy: those of the copy in
    /// its order, then those only the file has.
    pub fn changes(&self) -> Vec<DecisionChange> {
        let empty = Vec::new();
        let disk = self.on_disk.as_ref().map_or(&empty, |r| &r.decisions);
        let find = |decisions: &[Decision], d: &Decision| {
            decisions
                .iter()
                .find(|o| o.criterion == d.criterion && o.candidate == d.candidate)
                .cloned()
        };
        let mut out = Vec::new();
        for d in &self.review.decisions {
            let on_disk = find(disk, d);
            // When it was decided is not what the chair compares: value, N/A, reason.
            let same = on_disk.as_ref().is_some_and(|o| {
                o.value == d.value && o.is_na() == d.is_na() && o.reason == d.reason
            });
            if !same {
                out.push(DecisionChange {
                    criterion: d.criterion.clone(),
                    candidate: d.candidate.clone(),
                    on_disk,
                    recovered: Some(d.clone()),
                });
            }
        }
        for d in disk {
            if find(&self.review.decisions, d).is_none() {
                out.push(DecisionChange {
                    criterion: d.criterion.clone(),
                    candidate: d.candidate.clone(),
                    on_disk: Some(d.clone()),
                    recovered: None,
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ReviewKind, Session, parse_session, to_pretty_json};
    use crate::store::RecoveryWriter;

    fn decision(criterion: &str, value: f64, reason: &str) -> Decision {
        Decision {
            criterion: criterion.into(),
            candidate: "m-office".into(),
            value: Some(value),
            na: None,
            reason: reason.into(),
            by: None,
            at: None,
        }
    }

    /// The minutes change at the meeting, the app dies before saving: the next start finds
    /// the copy (and only as a review), listing the decisions the file lacks or has otherwise.
    #[test]
    fn a_review_left_unsaved_by_a_crash_is_pending_with_the_decisions_that_differ() {
        let dir = tempfile::tempdir().unwrap();
        let bytes = std::fs::read("evaluations/demo/an-nguyen.evaluation.json").unwrap();
        let session: Session = parse_session(&bytes).unwrap();
        let mut review = Review::new_draft(ReviewKind::Consensus, &[&session]);
        review.decisions = vec![decision("G1.1", 2.0, "Đã xem lại")];
        let path = dir.path().join("hop-thong-nhat.review.json");
        std::fs::write(&path, to_pretty_json(&review)).unwrap();
        let store = RecoveryStore::new(dir.path().join("recovery"));
        let writer = RecoveryWriter::new(store.clone());
        let mut working = review.clone();
        working.decisions = vec![
            decision("G1.1", 2.0, "Đã xem lại"),
            decision("G2.3", 2.0, "Ký số mới có một phần"),
        ];
        writer.write_review(&path, &working);
        working.decisions[0] = decision("G1.1", 1.0, "Đã xem lại");
        writer.write_review(&path, &working);
        // A crash: the writer finishes what it was asked, nobody removes the copy.
        drop(writer);
        assert!(store.pending().is_empty(), "not offered as a session");
        let pending = store.pending_reviews();
        assert_eq!(pending.len(), 1);
        let r = &pending[0];
        assert_eq!(r.review_path, std::path::absolute(&path).unwrap());
        assert_eq!(r.on_disk.as_ref(), Some(&review));
        let changes = r.changes();
        let cells: Vec<_> = changes
            .iter()
            .map(|c| {
                let value = |d: &Option<Decision>| d.as_ref().and_then(|d| d.value);
                (c.criterion.as_str(), value(&c.on_disk), value(&c.recovered))
            })
            .collect();
        assert_eq!(
            cells,
            [("G1.1", Some(2.0), Some(1.0)), ("G2.3", None, Some(2.0))]
        );
        // Removed once saved cleanly: nothing offered any more.
        let writer = RecoveryWriter::new(store.clone());
        writer.remove(&path);
        writer.flush();
        assert!(store.pending_reviews().is_empty());
    }
}
