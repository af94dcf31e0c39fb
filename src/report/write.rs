//! The report folder, written whole or not at all: every file is made in a temporary folder
//! beside the destination, which is moved into place only when all of them are done (see
//! [`super::folder`]: what may be replaced, and how).

use std::path::{Path, PathBuf};

use super::content::Report;
use super::folder::{self, FolderError, Kind};
use super::settings::ReportSettings;
use crate::i18n::{Lang, Msg, tr};
use crate::model::Session;
use crate::model::problem::IoProblem;
use crate::scoring::Results;

/// The files of a report, named in its language.
pub struct Names {
    /// The report's own folder, when the app makes one.
    pub report: &'static str,
    pub docx: &'static str,
    pub xlsx: &'static str,
    pub html: &'static str,
    pub csv: &'static str,
    pub charts: &'static str,
    /// The minutes of the meeting and its decisions as CSV: written only with a review.
    pub minutes: &'static str,
    pub decisions_csv: &'static str,
}

pub fn names(lang: Lang) -> Names {
    match lang {
        Lang::Vi => Names {
            report: "bao-cao",
            docx: "bao-cao.docx",
            xlsx: "bang-diem.xlsx",
            html: "bao-cao.html",
            csv: "diem-chi-tiet.csv",
            charts: "bieu-do",
            minutes: "bien-ban-hop.docx",
            decisions_csv: "quyet-dinh.csv",
        },
        Lang::En => Names {
            report: "report",
            docx: "report.docx",
            xlsx: "scores.xlsx",
            html: "report.html",
            csv: "scores.csv",
            charts: "charts",
            minutes: "meeting-minutes.docx",
            decisions_csv: "decisions.csv",
        },
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{}", self.msg().text(Lang::En))]
pub enum ReportError {
    /// The folder may not be written or replaced: said on its own, nothing was tried.
    Folder(FolderError),
    Failed {
        folder: PathBuf,
        reason: Msg,
    },
}

impl ReportError {
    /// A folder's refusal on its own; a failure to read or make it as the report's failure.
    pub fn from_folder(dir: &Path, e: FolderError) -> ReportError {
        match e {
            FolderError::Io { .. } => ReportError::Failed {
                folder: dir.to_owned(),
                reason: e.msg(),
            },
            e => ReportError::Folder(e),
        }
    }

    pub fn msg(&self) -> Msg {
        match self {
            ReportError::Folder(e) => e.msg(),
            ReportError::Failed { folder, reason } => tr::report_failed(folder, reason.clone()),
        }
    }
}

/// Write the report on `r` (from `sessions`, the ones counted) into `dir`, which must not
/// be or hold any of `inputs` (the files read); an existing `dir` is replaced only with
/// [`folder::IfExists::ReplaceExport`], and only when EvalDesk wrote it (see [`super::folder`]). `progress` is told each
/// file as it is made. Returns the folder's files.
#[allow(clippy::too_many_arguments)]
pub fn write_report(
    dir: &Path,
    if_exists: folder::IfExists,
    inputs: &[PathBuf],
    r: &Results,
    sessions: &[&Session],
    settings: &ReportSettings,
    lang: Lang,
    mut progress: impl FnMut(&Path),
) -> Result<Vec<PathBuf>, ReportError> {
    let folder_failed = |e: FolderError| ReportError::from_folder(dir, e);
    let target = folder::check(dir, if_exists, inputs).map_err(folder_failed)?;
    let failed = |reason: Msg| ReportError::Failed {
        folder: dir.to_owned(),
        reason,
    };
    let io = |path: &Path, e: &std::io::Error| failed(tr::io_at(path, IoProblem::from_io(e).msg()));
    let temp = target.begin().map_err(folder_failed)?;
    let n = names(lang);
    let report = Report::build(r, sessions, settings, lang);
    let write = |name: &str, bytes: &[u8]| -> Result<(), ReportError> {
        std::fs::write(temp.path().join(name), bytes).map_err(|e| io(&dir.join(name), &e))
    };
    // Each error names the file it stopped (and, in the workbook, the score).
    let at = |name: &str, reason: Msg| failed(tr::io_at(&dir.join(name), reason));

    let docx = super::docx::docx(&report, r).map_err(|e| at(n.docx, e.msg()))?;
    write(n.docx, &docx)?;
    progress(&dir.join(n.docx));
    let xlsx =
        super::xlsx::xlsx(r, sessions, lang).map_err(|e| failed(e.msg(&dir.join(n.xlsx))))?;
    write(n.xlsx, &xlsx)?;
    progress(&dir.join(n.xlsx));
    let html = super::html::html(&report, r).map_err(|e| at(n.html, plain(&e.to_string())))?;
    write(n.html, html.as_bytes())?;
    progress(&dir.join(n.html));
    write(n.csv, super::csv::raw_scores(sessions, lang).as_bytes())?;
    progress(&dir.join(n.csv));
    // The meeting's own files, whenever the results include its decisions.
    let mut files = vec![n.docx, n.xlsx, n.html, n.csv, n.charts];
    if let Some(minutes) = super::minutes::Minutes::build(r, sessions, settings, lang) {
        let docx = super::minutes::docx(&minutes, r).map_err(|e| at(n.minutes, e.msg()))?;
        write(n.minutes, &docx)?;
        progress(&dir.join(n.minutes));
        files.push(n.minutes);
    }
    if let Some(csv) = super::csv::decisions(r, lang) {
        write(n.decisions_csv, csv.as_bytes())?;
        progress(&dir.join(n.decisions_csv));
        files.push(n.decisions_csv);
    }
    if let Some(csv) = super::claimed::csv(r, sessions, lang) {
        let name = super::claimed::csv_name(lang);
        write(name, csv.as_bytes())?;
        progress(&dir.join(name));
        files.push(name);
    }
    let width = crate::charts::Page::A4.width_px(300);
    crate::charts::export(&temp.path().join(n.charts), r, lang, width, |p| {
        if let Some(name) = p.file_name() {
            progress(&dir.join(n.charts).join(name));
        }
    })
    .map_err(|e| failed(e.msg()))?;
    target.finish(temp, Kind::Report).map_err(folder_failed)?;
    let mut files: Vec<PathBuf> = files.iter().map(|f| dir.join(f)).collect();
    files.sort();
    Ok(files)
}

/// A library's own words as the reason in one of ours: without the full stop they end
/// with, since ours goes on after them ("…characters.. No file was written").
pub fn plain(text: &str) -> Msg {
    tr::verbatim(text.trim_end().trim_end_matches('.').to_owned())
}
