//! Saving without ever leaving a partial file: write a temporary file beside the target,
//! flush and sync it, keep the previous version as `NAME.bak`, then rename over the target.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::model::problem::IoProblem;

/// Why a save failed. The file that was there before is untouched.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.msg().text(crate::i18n::Lang::En))]
pub struct SaveError {
    pub path: PathBuf,
    pub problem: IoProblem,
}

impl SaveError {
    /// "Could not save FILE: why. The old file is untouched."
    pub fn msg(&self) -> crate::i18n::Msg {
        crate::i18n::tr::save_failed(&self.path, self.problem.msg())
    }
}

/// The backup kept beside a saved file: `NAME.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Replace `path` with `bytes` atomically: readers see the old file or the new one, never a
/// mix, even if the process is killed or the power fails midway.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    atomic_write_with(path, bytes, |file, bytes| file.write_all(bytes))
}

/// [`atomic_write`] with the write itself supplied, so tests can make it fail midway as a
/// full disk would.
pub fn atomic_write_with(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut dyn Write, &[u8]) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let fail = |e: std::io::Error| SaveError {
        path: path.to_owned(),
        problem: IoProblem::from_io(&e),
    };
    if path.is_dir() {
        return Err(SaveError {
            path: path.to_owned(),
            problem: IoProblem::IsFolder,
        });
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".evaldesk-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(fail)?;
    // On any error below, `temp` is dropped and deleted: no partial file is left behind.
    write(temp.as_file_mut(), bytes).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    if path.exists() {
        // The previous version stays one step back. A copy, not a rename, so that `path`
        // exists at every moment.
        std::fs::copy(path, backup_path(path)).map_err(fail)?;
    }
    temp.persist(path).map_err(|e| fail(e.error))?;
    sync_folder(folder);
    Ok(())
}

/// Make the rename itself durable (Unix only; Windows has no folder handle to sync).
#[cfg(unix)]
fn sync_folder(folder: &Path) {
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) {}
