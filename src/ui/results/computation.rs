//! The results screen's slow work done off the window's thread — reading many files, and
//! scoring more sessions than robustness enumerates (10,000 draws, docs/method.md §8) — so the
//! screen keeps answering and says what it is doing. A few files are read and scored at
//! once: that takes milliseconds, and the screen's first frame is then complete.

use std::sync::mpsc::{Receiver, channel};

use crate::scoring;

/// Up to this many files or sessions, the work is done before the next frame.
pub const AT_ONCE_UP_TO: usize = scoring::robustness::EXACT_UP_TO;

/// One piece of work on a thread of its own, and how many items (files, sessions) it is
/// about, for the words on the screen.
pub struct Background<T> {
    result: Receiver<T>,
    pub items: usize,
}

impl<T: Send + 'static> Background<T> {
    pub fn start(items: usize, work: impl FnOnce() -> T + Send + 'static) -> Self {
        let (send, result) = channel();
        std::thread::spawn(move || {
            // Nobody is waiting any more when the screen started other work meanwhile.
            let _ = send.send(work());
        });
        Background { result, items }
    }

    /// The result, once it is there (never, if the work panicked: a bug, which the thread
    /// has already printed).
    pub fn poll(&self) -> Option<T> {
        self.result.try_recv().ok()
    }
}
