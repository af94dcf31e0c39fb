//! A review open for editing at the meeting: locked like a session (lock.rs), checked for
//! changes by others before every save and saved atomically (the session's [`SaveTicket`]),
//! read-only when final or held by someone else. Reviews are small (a few dozen decisions),
//! so they are saved on the window's thread.

use std::path::{Path, PathBuf};

use super::lock::{self, SessionLock};
use super::open::{ReadOnly, SaveTicket, StoreError, Written, lock_holder, lock_outcome};
use super::{atomic_write, content_hash as hash, free_path, read_bytes};
use crate::i18n::{Msg, tr};
use crate::model::{InvalidFile, Review, ReviewKind, ReviewStatus, parse_review, to_pretty_json};

pub const REVIEW_SUFFIX: &str = ".review.json";

/// The name a new review is given beside the sessions: the minutes of a consensus meeting
/// ("họp thống nhất") or of an appraisal ("thẩm định"), without diacritics so every file
/// system and mail program keeps it.
pub fn review_stem(kind: ReviewKind) -> &'static str {
    match kind {
        ReviewKind::Consensus => "hop-thong-nhat",
        ReviewKind::Appraisal => "tham-dinh",
    }
}

/// The first free `hop-thong-nhat.review.json`, `hop-thong-nhat-2.review.json`, … in `folder`.
pub fn free_review_path(folder: &Path, kind: ReviewKind) -> PathBuf {
    free_path(folder, review_stem(kind), REVIEW_SUFFIX)
}

impl ReadOnly {
    /// Why a review is read-only, in the words of minutes rather than of a session.
    pub fn review_msg(&self) -> Msg {
        match self {
            ReadOnly::Final => tr::mt_ro_final(),
            ReadOnly::LockedBy(info) => tr::mt_ro_locked_by(lock_holder(info)),
            ReadOnly::StaleLock(info) => tr::mt_ro_stale_lock(lock_holder(info)),
            ReadOnly::CannotLock(p) => tr::mt_ro_cannot_lock(p.msg()),
            ReadOnly::Submitted => tr::ro_submitted(),
        }
    }
}

/// A review file open in this process.
#[derive(Debug)]
pub struct OpenReview {
    pub path: PathBuf,
    /// The review as last read or saved.
    pub review: Review,
    /// Why it cannot be edited, if it cannot.
    pub read_only: Option<ReadOnly>,
    disk_hash: [u8; 32],
    lock: Option<SessionLock>,
}

impl OpenReview {
    /// Open a review for editing as `owner`: read-only if final or locked by someone else.
    pub fn open(path: &Path, owner: &str) -> Result<OpenReview, StoreError> {
        let (review, disk_hash) = read(path)?;
        let mut open = OpenReview {
            path: path.to_owned(),
            review,
            read_only: None,
            disk_hash,
            lock: None,
        };
        if open.review.status == ReviewStatus::Final {
            open.read_only = Some(ReadOnly::Final);
            return Ok(open);
        }
        (open.lock, open.read_only) = lock_outcome(lock::acquire(path, owner));
        if open.lock.is_some() {
            // Read again under our lock: its last holder may have saved (or closed it) since.
            let (review, disk_hash) = read(path)?;
            if review.status == ReviewStatus::Final {
                open.lock = None;
                open.read_only = Some(ReadOnly::Final);
            }
            open.review = review;
            open.disk_hash = disk_hash;
        }
        Ok(open)
    }

    /// Create a new review file (never over an existing one) and open it, locked.
    pub fn create(path: &Path, review: Review, owner: &str) -> Result<OpenReview, StoreError> {
        if path.exists() {
            return Err(StoreError::Exists {
                path: path.to_owned(),
            });
        }
        let bytes = to_pretty_json(&review);
        atomic_write(path, bytes.as_bytes()).map_err(StoreError::Save)?;
        let (lock, read_only) = lock_outcome(lock::acquire(path, owner));
        Ok(OpenReview {
            path: path.to_owned(),
            review,
            read_only,
            disk_hash: hash(bytes.as_bytes()),
            lock,
        })
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// After the user agreed: take over a stale lock, reading the file again.
    pub fn take_over_lock(&mut self, owner: &str) -> Result<(), StoreError> {
        let (review, disk_hash) = read(&self.path)?;
        self.review = review;
        self.disk_hash = disk_hash;
        // Closed by its last holder before the app ended: nothing to take over.
        if self.review.status == ReviewStatus::Final {
            self.mark_final();
            return Ok(());
        }
        (self.lock, self.read_only) = lock_outcome(lock::take_over(&self.path, owner));
        Ok(())
    }

    /// Save `review` over the file; if someone else changed the file since it was read, it
    /// is left alone and ours is saved beside it (`NAME.conflict-TIME.review.json`), which
    /// this `OpenReview` then continues with, locked for `owner`.
    pub fn save(&mut self, review: &Review, owner: &str) -> Result<(), StoreError> {
        if let Some(why) = &self.read_only {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
                why: why.clone(),
            });
        }
        let ticket = SaveTicket {
            path: self.path.clone(),
            disk_hash: self.disk_hash,
        };
        match ticket.write_text(&to_pretty_json(review), REVIEW_SUFFIX)? {
            Written::Over(disk_hash) => {
                self.disk_hash = disk_hash;
                self.review = review.clone();
                Ok(())
            }
            Written::Beside { ours, disk_hash } => {
                let theirs = std::mem::replace(&mut self.path, ours.clone());
                self.lock = None;
                (self.lock, self.read_only) = lock_outcome(lock::acquire(&ours, owner));
                self.disk_hash = disk_hash;
                self.review = review.clone();
                Err(StoreError::Conflict { theirs, ours })
            }
        }
    }

    /// After the review was saved final: read-only from now on, and the lock let go.
    pub fn mark_final(&mut self) {
        self.read_only = Some(ReadOnly::Final);
        self.lock = None;
    }
}

fn read(path: &Path) -> Result<(Review, [u8; 32]), StoreError> {
    // One read: the hash must be of exactly the bytes parsed.
    let invalid = |problems| StoreError::Invalid(InvalidFile::new(path, problems));
    let bytes = read_bytes(path).map_err(|p| invalid(vec![p]))?;
    let review = parse_review(&bytes).map_err(invalid)?;
    Ok((review, hash(&bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Session, now_timestamp, parse_session};

    fn demo(dir: &Path) -> (PathBuf, Review) {
        let bytes = std::fs::read("evaluations/demo/an-nguyen.evaluation.json").unwrap();
        let session: Session = parse_session(&bytes).unwrap();
        let review = Review::new_draft(ReviewKind::Consensus, &[&session]);
        (free_review_path(dir, ReviewKind::Consensus), review)
    }

    #[test]
    fn a_new_review_never_replaces_a_file_and_takes_a_free_name() {
        let dir = tempfile::tempdir().unwrap();
        let (path, review) = demo(dir.path());
        assert!(path.ends_with("hop-thong-nhat.review.json"));
        let first = OpenReview::create(&path, review.clone(), "Chủ tọa").unwrap();
        assert!(!first.is_read_only());
        assert!(matches!(
            OpenReview::create(&path, review.clone(), "Chủ tọa"),
            Err(StoreError::Exists { .. })
        ));
        let next = free_review_path(dir.path(), ReviewKind::Appraisal);
        assert!(next.ends_with("tham-dinh.review.json"));
        std::fs::write(&next, "{}").unwrap();
        let after = free_review_path(dir.path(), ReviewKind::Appraisal);
        assert!(after.ends_with("tham-dinh-2.review.json"));
    }

    #[test]
    fn a_review_open_elsewhere_is_read_only_and_says_who_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let (path, review) = demo(dir.path());
        let _mine = OpenReview::create(&path, review, "Nguyễn Chủ Tọa").unwrap();
        let theirs = OpenReview::open(&path, "Thư ký").unwrap();
        match &theirs.read_only {
            Some(ReadOnly::LockedBy(info)) => assert_eq!(info.owner, "Nguyễn Chủ Tọa"),
            other => panic!("locked by the chair: {other:?}"),
        }
        let text = theirs
            .read_only
            .unwrap()
            .review_msg()
            .text(crate::i18n::Lang::En);
        assert!(text.contains("Nguyễn Chủ Tọa"), "{text}");
    }

    #[test]
    fn a_review_changed_by_someone_else_is_left_alone_and_ours_saved_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let (path, review) = demo(dir.path());
        let mut open = OpenReview::create(&path, review.clone(), "Chủ tọa").unwrap();
        let mut theirs = review.clone();
        theirs.title = Some(crate::model::Text::Plain("Của người khác".into()));
        std::fs::write(&path, to_pretty_json(&theirs)).unwrap();
        let mut ours = review;
        ours.modified = Some(now_timestamp());
        let e = open.save(&ours, "Chủ tọa").unwrap_err();
        assert!(matches!(e, StoreError::Conflict { .. }), "{e:?}");
        assert_eq!(read(&path).unwrap().0, theirs, "theirs untouched");
        assert!(open.path.to_string_lossy().ends_with(".review.json"));
        assert_eq!(read(&open.path).unwrap().0, ours);
    }

    #[test]
    fn a_stale_lock_on_minutes_closed_since_is_not_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let (path, review) = demo(dir.path());
        let mut open = OpenReview::create(&path, review.clone(), "Chủ tọa").unwrap();
        open.lock = None;
        let stale = serde_json::to_string(&lock::LockInfo::here("Người khác")).unwrap();
        std::fs::write(lock::lock_path(&path), stale).unwrap();
        let mut closed = review;
        closed.finalize(now_timestamp());
        std::fs::write(&path, to_pretty_json(&closed)).unwrap();
        open.take_over_lock("Chủ tọa").unwrap();
        assert_eq!(open.read_only, Some(ReadOnly::Final));
        assert_eq!(open.review, closed);
    }

    #[test]
    fn a_final_review_opens_read_only() {
        let dir = tempfile::tempdir().unwrap();
        let (path, mut review) = demo(dir.path());
        review.finalize(now_timestamp());
        std::fs::write(&path, to_pretty_json(&review)).unwrap();
        let open = OpenReview::open(&path, "Chủ tọa").unwrap();
        assert_eq!(open.read_only, Some(ReadOnly::Final));
        assert!(
            !lock::lock_path(&path).exists(),
            "no lock on a final review"
        );
    }
}
