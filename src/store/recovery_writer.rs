//! Recovery copies written on a thread of their own. A copy is the whole session, and at
//! 500 × 5 writing it (serialized, then written atomically) took ~15 ms — on the window's
//! thread, after every score. Now the window hands over the latest session and goes on.
//!
//! Requests are carried out in the order made; a write that a later request for the same
//! file supersedes before the thread gets to it is skipped, since only the latest state
//! matters — and a removal after a save can never be followed by a stale write.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use super::{Recovery, RecoveryStore};
use crate::model::{Review, Session};

/// What a copy is of: a session being scored, or the minutes of a meeting.
enum Doc {
    Session(Session),
    Review(Review),
}

enum Job {
    Write(PathBuf, Box<Doc>),
    Remove(PathBuf),
}

impl Job {
    fn path(&self) -> &Path {
        match self {
            Job::Write(path, _) | Job::Remove(path) => path,
        }
    }
}

#[derive(Default)]
struct Queue {
    jobs: VecDeque<Job>,
    /// A job taken off the queue and not finished yet.
    busy: bool,
    closed: bool,
}

type Shared = Arc<(Mutex<Queue>, Condvar)>;

pub struct RecoveryWriter {
    store: RecoveryStore,
    shared: Shared,
    thread: Option<JoinHandle<()>>,
}

fn lock(shared: &Shared) -> MutexGuard<'_, Queue> {
    shared.0.lock().unwrap_or_else(|e| e.into_inner())
}

impl RecoveryWriter {
    pub fn new(store: RecoveryStore) -> RecoveryWriter {
        let shared: Shared = Arc::default();
        let thread = {
            let (store, shared) = (store.clone(), shared.clone());
            std::thread::spawn(move || {
                super::priority::below_the_window();
                work(&store, &shared)
            })
        };
        RecoveryWriter {
            store,
            shared,
            thread: Some(thread),
        }
    }

    /// Keep `session` as the recovery copy of the file at `session_path` (soon).
    pub fn write(&self, session_path: &Path, session: &Session) {
        self.push(Job::Write(
            session_path.to_owned(),
            Box::new(Doc::Session(session.clone())),
        ));
    }

    /// Keep `review` as the recovery copy of the minutes at `review_path` (soon).
    pub fn write_review(&self, review_path: &Path, review: &Review) {
        self.push(Job::Write(
            review_path.to_owned(),
            Box::new(Doc::Review(review.clone())),
        ));
    }

    /// Forget the recovery copy of the file at `session_path`, after any write asked before.
    pub fn remove(&self, session_path: &Path) {
        self.push(Job::Remove(session_path.to_owned()));
    }

    fn push(&self, job: Job) {
        lock(&self.shared).jobs.push_back(job);
        self.shared.1.notify_all();
    }

    /// Wait until every request made so far is carried out.
    pub fn flush(&self) {
        let mut queue = lock(&self.shared);
        while !queue.jobs.is_empty() || queue.busy {
            queue = self.shared.1.wait(queue).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// The recovery copies on disk, once every request made so far is carried out.
    pub fn pending(&self) -> Vec<Recovery> {
        self.flush();
        self.store.pending()
    }
}

impl Drop for RecoveryWriter {
    /// Finishes what was asked (the app is closing: the last copy must reach the disk).
    fn drop(&mut self) {
        lock(&self.shared).closed = true;
        self.shared.1.notify_all();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn work(store: &RecoveryStore, shared: &Shared) {
    loop {
        let job = {
            let mut queue = lock(shared);
            loop {
                if let Some(job) = queue.jobs.pop_front() {
                    let superseded = matches!(job, Job::Write(..))
                        && queue.jobs.iter().any(|later| later.path() == job.path());
                    if superseded {
                        continue;
                    }
                    queue.busy = true;
                    break job;
                }
                if queue.closed {
                    return;
                }
                shared.1.notify_all();
                queue = shared.1.wait(queue).unwrap_or_else(|e| e.into_inner());
            }
        };
        match job {
            // A copy that cannot be written is no worse than before: the autosave still
            // runs, and its failure is what the status bar shows.
            Job::Write(path, doc) => {
                let _ = match *doc {
                    Doc::Session(session) => store.write(&path, &session),
                    Doc::Review(review) => store.write_review(&path, &review),
                };
            }
            Job::Remove(path) => store.remove(&path),
        }
        lock(shared).busy = false;
        shared.1.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Session {
        let bytes = std::fs::read("evaluations/demo/binh-tran.evaluation.json").unwrap();
        crate::model::parse_session(&bytes).unwrap()
    }

    /// Many writes then a removal leave nothing; many writes leave the last one; both in
    /// the order asked, whatever the thread skipped.
    #[test]
    fn the_latest_request_for_a_file_is_what_the_disk_holds() {
        let dir = tempfile::tempdir().unwrap();
        let writer = RecoveryWriter::new(RecoveryStore::new(dir.path().join("recovery")));
        let (a, b) = (
            dir.path().join("a.evaluation.json"),
            dir.path().join("b.evaluation.json"),
        );
        let mut session = demo();
        for i in 0..50 {
            session.evaluator.name = format!("Người chấm {i}");
            writer.write(&a, &session);
            writer.write(&b, &session);
        }
        writer.remove(&b);
        let pending = writer.pending();
        assert_eq!(pending.len(), 1, "b's copy was removed after its writes");
        assert_eq!(pending[0].session.evaluator.name, "Người chấm 49");
        // Dropping the writer finishes what was asked.
        session.evaluator.name = "Cuối cùng".into();
        writer.write(&a, &session);
        drop(writer);
        let store = RecoveryStore::new(dir.path().join("recovery"));
        assert_eq!(store.pending()[0].session.evaluator.name, "Cuối cùng");
    }
}
