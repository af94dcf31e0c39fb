//! The results computed off the window's thread when they take long — more sessions than
//! robustness enumerates means 10,000 draws (scoring.md §8) — so the screen keeps answering
//! and says what it is doing. A few sessions are scored at once: their figure is exact and
//! takes milliseconds, and the screen's first frame is then complete.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::scoring::{self, Aggregation, Results, ScoreSheet};

/// Up to this many sessions, the results are computed before the next frame.
pub const AT_ONCE_UP_TO: usize = scoring::robustness::EXACT_UP_TO;

pub struct Computation {
    results: Receiver<Results>,
    /// How many sessions are being scored, for the words on the screen.
    pub sessions: usize,
}

impl Computation {
    pub fn start(sheets: Vec<ScoreSheet>, aggregation: Aggregation) -> Computation {
        let (send, results) = channel();
        let sessions = sheets.len();
        std::thread::spawn(move || {
            // Nobody is waiting any more when the sessions counted changed meanwhile.
            let _ = send.send(scoring::compute_sheets(&sheets, aggregation));
        });
        Computation { results, sessions }
    }

    /// The results, once they are there.
    pub fn poll(&self) -> Option<Results> {
        match self.results.try_recv() {
            Ok(results) => Some(results),
            Err(TryRecvError::Empty) => None,
            // compute panicked: a bug, which the thread has already printed.
            Err(TryRecvError::Disconnected) => None,
        }
    }
}

/// Session files being read off the window's thread (more of them than are scored at once).
pub struct Reading {
    loaded: Receiver<crate::store::Loaded>,
    /// How many files are being read, for the words on the screen.
    pub files: usize,
}

impl Reading {
    pub fn start(paths: Vec<std::path::PathBuf>, files: usize) -> Reading {
        let (send, loaded) = channel();
        std::thread::spawn(move || {
            let _ = send.send(crate::store::load_sessions(&paths));
        });
        Reading { loaded, files }
    }

    /// The sessions read, once they are there.
    pub fn poll(&self) -> Option<crate::store::Loaded> {
        self.loaded.try_recv().ok()
    }
}
