//! Writing charts or the report in the background, so the window keeps answering: the app
//! starts the job, polls it each frame and shows its progress. Each file is written whole
//! (see [`crate::charts::export`] and [`crate::report::write::write_report`]).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;

use super::dialogs::Notice;
use crate::charts::{Chart, export_folder};
use crate::i18n::{Lang, Msg, tr};
use crate::model::Session;
use crate::report::folder::IfExists;
use crate::report::settings::ReportSettings;
use crate::report::write::write_report;
use crate::scoring::Results;

pub struct ExportJob {
    /// What is being written ("Export charts…", "Export report…"), the progress window's title.
    pub title: Msg,
    pub folder: PathBuf,
    total: usize,
    done: Arc<AtomicUsize>,
    /// The files written, or why none was.
    handle: Option<JoinHandle<Result<usize, Msg>>>,
    /// What to say when it went well.
    said: fn(usize, &Path) -> Msg,
}

impl ExportJob {
    fn spawn(
        title: Msg,
        folder: &Path,
        total: usize,
        said: fn(usize, &Path) -> Msg,
        work: impl FnOnce(&dyn Fn()) -> Result<usize, Msg> + Send + 'static,
    ) -> ExportJob {
        let done = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&done);
        let handle = std::thread::spawn(move || {
            work(&|| {
                counter.fetch_add(1, Ordering::Relaxed);
            })
        });
        ExportJob {
            title,
            folder: folder.to_owned(),
            total,
            done,
            handle: Some(handle),
            said,
        }
    }

    /// Every chart as PNG (`width` pixels) and SVG into the new folder `folder`, which must
    /// not hold any of `inputs` (the files being read).
    pub fn charts(
        folder: &Path,
        inputs: Vec<PathBuf>,
        results: Results,
        lang: Lang,
        width: u32,
    ) -> ExportJob {
        let dir = folder.to_owned();
        Self::spawn(
            tr::export_charts(),
            folder,
            2 * Chart::ALL.len(),
            |n, folder| tr::export_done(n, folder),
            move |tick| {
                export_folder(
                    &dir,
                    IfExists::Refuse,
                    &inputs,
                    &results,
                    lang,
                    width,
                    |_| tick(),
                )
                .map(|files| files.len())
                .map_err(|e| e.msg())
            },
        )
    }

    /// The whole report into the new folder `folder`, which must not hold any of `inputs`.
    pub fn report(
        folder: &Path,
        inputs: Vec<PathBuf>,
        results: Results,
        sessions: Vec<Session>,
        settings: ReportSettings,
        lang: Lang,
    ) -> ExportJob {
        let dir = folder.to_owned();
        Self::spawn(
            tr::export_report(),
            folder,
            4 + 2 * Chart::ALL.len(),
            |_, folder| tr::report_done(folder),
            move |tick| {
                let counted: Vec<&Session> = sessions.iter().collect();
                write_report(
                    &dir,
                    IfExists::Refuse,
                    &inputs,
                    &results,
                    &counted,
                    &settings,
                    lang,
                    |_| tick(),
                )
                .map(|files| files.len())
                .map_err(|e| e.msg())
            },
        )
    }

    pub fn progress(&self) -> Msg {
        tr::export_progress(self.done.load(Ordering::Relaxed), self.total)
    }

    pub fn fraction(&self) -> f32 {
        self.done.load(Ordering::Relaxed) as f32 / self.total as f32
    }

    /// The outcome once the job has ended, as the notice to show; None while it runs.
    pub fn finished(&mut self) -> Option<Notice> {
        if !self.handle.as_ref().is_some_and(JoinHandle::is_finished) {
            return None;
        }
        let outcome = self.handle.take()?.join();
        Some(match outcome {
            Ok(Ok(_)) => Notice::written(
                vec![(self.said)(self.done.load(Ordering::Relaxed), &self.folder)],
                &self.folder,
            ),
            Ok(Err(msg)) => Notice::error(vec![msg]),
            // The writers do not panic on results they were given; if one ever did, say so
            // rather than take the window down.
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The app's exports are refused as the CLI's are: the sessions' own folder is never
    /// written into, even when it is the folder named.
    #[test]
    fn an_export_into_the_sessions_folder_is_refused_and_it_stays_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let sessions_dir = dir.path().join("evaluations");
        std::fs::create_dir(&sessions_dir).unwrap();
        for e in std::fs::read_dir("evaluations/demo").unwrap() {
            let p = e.unwrap().path();
            std::fs::copy(&p, sessions_dir.join(p.file_name().unwrap())).unwrap();
        }
        let before: Vec<_> = std::fs::read_dir(&sessions_dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        let loaded = crate::store::load_sessions(std::slice::from_ref(&sessions_dir));
        let sessions: Vec<Session> = loaded.sessions.into_iter().map(|(_, s)| s).collect();
        let results = crate::scoring::compute(&sessions, crate::scoring::Aggregation::Mean);
        let inputs = vec![sessions_dir.clone()];
        let mut job = ExportJob::charts(&sessions_dir, inputs, results, Lang::En, 400);
        let said: Vec<String> = job.wait().iter().map(|m| m.text(Lang::En)).collect();
        assert!(said[0].contains("is being read"), "{said:?}");
        let after: Vec<_> = std::fs::read_dir(&sessions_dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(before, after);
    }
}
