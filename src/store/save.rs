//! Saving without ever leaving a partial file or following a planted link: the new content
//! goes to a temporary file beside the target, is synced, and is renamed over the target; the
//! previous version is kept as `NAME.bak` the same way (a new file renamed into place, so a
//! `.bak` that is a link, or a hard link to the session, is replaced, never written through,
//! and the old backup stays whole until the new one is).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::i18n::{Msg, tr};
use crate::model::problem::IoProblem;

/// Why a save failed. The file that was there before, and its backup, are untouched.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.msg().text(crate::i18n::Lang::En))]
pub struct SaveError {
    /// The file that could not be written: the target, or its backup.
    pub path: PathBuf,
    pub problem: IoProblem,
    /// Set when it was the backup (`path`) of this file that could not be written.
    pub backup_of: Option<PathBuf>,
}

impl SaveError {
    pub fn new(path: &Path, problem: IoProblem) -> SaveError {
        SaveError {
            path: path.to_owned(),
            problem,
            backup_of: None,
        }
    }

    /// "Could not save FILE: why. The old file is untouched." — naming the backup when it
    /// was the backup that failed.
    pub fn msg(&self) -> Msg {
        match &self.backup_of {
            Some(file) => tr::save_backup_failed(file, &self.path, self.problem.msg()),
            None => tr::save_failed(&self.path, self.problem.msg()),
        }
    }
}

/// The backup kept beside a saved file: `NAME.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// The prefix and suffix of EvalDesk's temporary files, so they can be recognised and
/// cleaned up after a crash.
const TEMP_PREFIX: &str = ".evaldesk-";
const TEMP_SUFFIX: &str = ".tmp";
/// A temporary file older than this is left over from a crash: no save takes this long.
const STALE_TEMP: Duration = Duration::from_secs(10 * 60);

/// Replace `path` with `bytes` atomically: readers see the old file or the new one, never a
/// mix, even if the process is killed or the power fails midway.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    atomic_write_with(path, bytes, |file, bytes| file.write_all(bytes))
}

/// [`atomic_write`] with the writing supplied, so tests can make it fail midway as a full
/// disk would. `write` is called for the new content, then for the backup.
pub fn atomic_write_with(
    path: &Path,
    bytes: &[u8],
    mut write: impl FnMut(&mut dyn Write, &[u8]) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let fail = |e: std::io::Error| SaveError::new(path, IoProblem::from_io(&e));
    let existing = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => return Err(SaveError::new(path, IoProblem::IsFolder)),
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(fail(e)),
    };
    // A file the user marked read-only is not silently replaced.
    if existing
        .as_ref()
        .is_some_and(|m| m.permissions().readonly())
    {
        return Err(SaveError::new(path, IoProblem::FileReadOnly));
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    remove_stale_temps(folder);
    let old = match &existing {
        Some(_) => Some(std::fs::read(path).map_err(fail)?),
        None => None,
    };
    // On any error below, the temporary files are dropped and deleted: nothing partial is
    // left behind, and neither the file nor its backup has changed.
    let new = temp_file(folder, bytes, existing.as_ref(), &mut write).map_err(fail)?;
    if let Some(old) = old {
        let backup = backup_path(path);
        let backup_fail = |e: std::io::Error| SaveError {
            path: backup.clone(),
            problem: IoProblem::from_io(&e),
            backup_of: Some(path.to_owned()),
        };
        if std::fs::symlink_metadata(&backup).is_ok_and(|m| m.is_dir()) {
            return Err(backup_fail(std::io::Error::from(
                std::io::ErrorKind::IsADirectory,
            )));
        }
        let temp = temp_file(folder, &old, existing.as_ref(), &mut write).map_err(backup_fail)?;
        temp.persist(&backup).map_err(|e| backup_fail(e.error))?;
    }
    new.persist(path).map_err(|e| fail(e.error))?;
    sync_folder(folder);
    Ok(())
}

/// A synced temporary file in `folder` holding `bytes`, with the permissions (and, on Unix,
/// the group) of the file it will replace, so colleagues who could read it still can.
fn temp_file(
    folder: &Path,
    bytes: &[u8],
    like: Option<&std::fs::Metadata>,
    write: &mut impl FnMut(&mut dyn Write, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<tempfile::NamedTempFile> {
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(folder)?;
    match like {
        Some(meta) => {
            std::fs::set_permissions(temp.path(), meta.permissions())?;
            keep_group(temp.as_file(), meta);
        }
        None => new_file_permissions(temp.path())?,
    }
    write(temp.as_file_mut(), bytes)?;
    temp.as_file().sync_all()?;
    Ok(temp)
}

#[cfg(unix)]
fn keep_group(file: &std::fs::File, meta: &std::fs::Metadata) {
    use std::os::unix::fs::MetadataExt;
    // Only the owner or root may change the group; where it is not allowed, the folder's
    // default group stays.
    let _ = std::os::unix::fs::fchown(file, None, Some(meta.gid()));
}

#[cfg(not(unix))]
fn keep_group(_file: &std::fs::File, _meta: &std::fs::Metadata) {}

/// A new file is readable by the others who share the folder (rw-r--r--), as files saved
/// by office programs are; a temporary file would otherwise keep its private mode.
#[cfg(unix)]
fn new_file_permissions(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn new_file_permissions(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Is this one of EvalDesk's temporary files?
pub fn is_temp_name(path: &Path) -> bool {
    path.file_name()
        .map(|n| n.to_string_lossy())
        .is_some_and(|n| n.starts_with(TEMP_PREFIX) && n.ends_with(TEMP_SUFFIX))
}

/// Delete EvalDesk's temporary files in `folder` left over from a crash (older than a save
/// could take). Errors are ignored: this is tidying, not saving.
pub fn remove_stale_temps(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let now = SystemTime::now();
    // Runs on every autosave: only our own temporary files are looked at more closely.
    for entry in entries.flatten() {
        let path = entry.path();
        if !is_temp_name(&path) {
            continue;
        }
        let stale = entry
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok())
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age > STALE_TEMP);
        if stale {
            let _ = std::fs::remove_file(path);
        }
    }
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
