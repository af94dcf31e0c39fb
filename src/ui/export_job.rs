//! Writing every chart in the background, so the window keeps answering: the app starts the
//! job, polls it each frame and shows its progress; the files appear one by one, each whole
//! (see [`crate::charts::export`]).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;

use super::dialogs::Notice;
use crate::charts::{Chart, ExportError, export};
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::Results;

pub struct ExportJob {
    pub folder: PathBuf,
    done: Arc<AtomicUsize>,
    handle: Option<JoinHandle<Result<Vec<PathBuf>, ExportError>>>,
}

impl ExportJob {
    pub fn start(folder: &Path, results: Results, lang: Lang, width: u32) -> ExportJob {
        let done = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&done);
        let dir = folder.to_owned();
        let handle = std::thread::spawn(move || {
            export(&dir, &results, lang, width, |_| {
                counter.fetch_add(1, Ordering::Relaxed);
            })
        });
        ExportJob {
            folder: folder.to_owned(),
            done,
            handle: Some(handle),
        }
    }

    /// Files to write in all.
    pub fn total() -> usize {
        2 * Chart::ALL.len()
    }

    pub fn progress(&self) -> Msg {
        tr::export_progress(self.done.load(Ordering::Relaxed), Self::total())
    }

    pub fn fraction(&self) -> f32 {
        self.done.load(Ordering::Relaxed) as f32 / Self::total() as f32
    }

    /// The outcome once the job has ended, as the message to show; None while it runs.
    pub fn finished(&mut self) -> Option<Notice> {
        if !self.handle.as_ref().is_some_and(JoinHandle::is_finished) {
            return None;
        }
        let outcome = self.handle.take()?.join();
        Some(match outcome {
            Ok(Ok(files)) => Notice::done(vec![tr::export_done(files.len(), &self.folder)]),
            Ok(Err(e)) => Notice::error(vec![e.msg()]),
            // The drawing code does not panic on results it was given; if it ever did, say
            // so rather than take the window down.
            Err(_) => Notice::error(vec![tr::chart_write_failed(
                &self.folder,
                tr::verbatim("panic"),
            )]),
        })
    }

    /// Wait for the end and return the notice's lines (tests).
    pub fn wait(&mut self) -> Vec<Msg> {
        if let Some(h) = &self.handle {
            while !h.is_finished() {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
        }
        self.finished().map(|n| n.lines).unwrap_or_default()
    }
}
