//! The report folder, written whole or not at all: every file is made in a temporary folder
//! beside the destination, which is renamed into place only when all of them are done. An
//! existing folder is replaced only when asked (`--force`), and then only after the new one
//! is complete.

use std::path::{Path, PathBuf};

use super::content::Report;
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
        },
        Lang::En => Names {
            report: "report",
            docx: "report.docx",
            xlsx: "scores.xlsx",
            html: "report.html",
            csv: "scores.csv",
            charts: "charts",
        },
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{}", self.msg().text(Lang::En))]
pub enum ReportError {
    Exists(PathBuf),
    NotAFolder(PathBuf),
    Failed { folder: PathBuf, reason: Msg },
}

impl ReportError {
    pub fn msg(&self) -> Msg {
        match self {
            ReportError::Exists(dir) => tr::report_exists(dir),
            ReportError::NotAFolder(dir) => tr::report_not_folder(dir),
            ReportError::Failed { folder, reason } => tr::report_failed(folder, reason.clone()),
        }
    }
}

/// Write the report on `r` (from `sessions`, the ones counted) into `dir`; `progress` is told
/// each file as it is made. Returns the folder's files.
pub fn write_report(
    dir: &Path,
    force: bool,
    r: &Results,
    sessions: &[&Session],
    settings: &ReportSettings,
    lang: Lang,
    mut progress: impl FnMut(&Path),
) -> Result<Vec<PathBuf>, ReportError> {
    if dir.exists() && !dir.is_dir() {
        return Err(ReportError::NotAFolder(dir.to_owned()));
    }
    if dir.exists() && !force {
        return Err(ReportError::Exists(dir.to_owned()));
    }
    let failed = |reason: Msg| ReportError::Failed {
        folder: dir.to_owned(),
        reason,
    };
    let io = |path: &Path, e: &std::io::Error| failed(tr::io_at(path, IoProblem::from_io(e).msg()));
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| io(&parent, &e))?;
    let temp = tempfile::Builder::new()
        .prefix(".evaldesk-report-")
        .tempdir_in(&parent)
        .map_err(|e| io(&parent, &e))?;
    let n = names(lang);
    let report = Report::build(r, sessions, settings, lang);
    let write = |name: &str, bytes: &[u8]| -> Result<PathBuf, ReportError> {
        let path = temp.path().join(name);
        std::fs::write(&path, bytes).map_err(|e| io(&dir.join(name), &e))?;
        Ok(path)
    };
    let draw = |e: crate::charts::ChartError| failed(tr::verbatim(e.to_string()));

    let docx = super::docx::docx(&report, r).map_err(draw)?;
    write(n.docx, &docx)?;
    progress(&dir.join(n.docx));
    let xlsx =
        super::xlsx::xlsx(r, sessions, lang).map_err(|e| failed(tr::verbatim(e.to_string())))?;
    write(n.xlsx, &xlsx)?;
    progress(&dir.join(n.xlsx));
    let html = super::html::html(&report, r).map_err(draw)?;
    write(n.html, html.as_bytes())?;
    progress(&dir.join(n.html));
    write(n.csv, super::csv::raw_scores(sessions, lang).as_bytes())?;
    progress(&dir.join(n.csv));
    let width = crate::charts::Page::A4.width_px(300);
    crate::charts::export(&temp.path().join(n.charts), r, lang, width, |p| {
        if let Some(name) = p.file_name() {
            progress(&dir.join(n.charts).join(name));
        }
    })
    .map_err(|e| failed(e.msg()))?;

    // Readable by the others who share the folder, like any folder made there.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(temp.path(), std::fs::Permissions::from_mode(0o755));
    }
    let made = temp.keep();
    let mut files: Vec<PathBuf> = [n.docx, n.xlsx, n.html, n.csv, n.charts]
        .iter()
        .map(|f| dir.join(f))
        .collect();
    files.sort();
    // Into place: the old folder (with --force) moved aside first, removed only once the
    // new one is there; put back if the new one cannot take its place.
    let aside = if dir.exists() {
        let aside = parent.join(format!(
            ".evaldesk-replaced-{}",
            made.file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
        if let Err(e) = std::fs::rename(dir, &aside) {
            let _ = std::fs::remove_dir_all(&made);
            return Err(io(dir, &e));
        }
        Some(aside)
    } else {
        None
    };
    if let Err(e) = std::fs::rename(&made, dir) {
        if let Some(aside) = &aside {
            let _ = std::fs::rename(aside, dir);
        }
        let _ = std::fs::remove_dir_all(&made);
        return Err(io(dir, &e));
    }
    if let Some(aside) = aside {
        let _ = std::fs::remove_dir_all(aside);
    }
    Ok(files)
}
