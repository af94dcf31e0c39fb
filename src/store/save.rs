//! Saving without ever leaving a partial file or following a planted link: the new content
//! goes to a temporary file beside the target, is synced, and is renamed over the target; the
//! previous version is kept as `NAME.bak` the same way (a new file renamed into place, so a
//! `.bak` that is a link, or a hard link to the session, is replaced, never written through,
//! and the old backup stays whole until the new one is).
//!
//! On Windows a file that another program holds open (Explorer's preview pane, an antivirus
//! scan, a colleague's program on a shared folder) cannot be renamed over, where Linux
//! allows it: the rename is tried again for about a second, then the save fails with a
//! message saying so, the old file untouched.

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
    /// Another program held `path` open through every retry of the rename.
    pub held_open: bool,
}

impl SaveError {
    pub fn new(path: &Path, problem: IoProblem) -> SaveError {
        SaveError {
            path: path.to_owned(),
            problem,
            backup_of: None,
            held_open: false,
        }
    }

    /// The failed rename of a temporary file over `path`.
    fn replacing(path: &Path, e: &std::io::Error) -> SaveError {
        SaveError {
            held_open: held_open(e),
            ..SaveError::new(path, IoProblem::from_io(e))
        }
    }

    /// "Could not save FILE: why. The old file is untouched." — naming the backup when it
    /// was the backup that failed.
    pub fn msg(&self) -> Msg {
        if self.held_open {
            return tr::save_held_open(&self.path);
        }
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
    write: impl FnMut(&mut dyn Write, &[u8]) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    replacing_with(path, bytes, write, &mut |from, to| {
        std::fs::rename(from, to)
    })
}

/// How a temporary file is renamed over its target: `std::fs::rename`, or in tests one
/// that fails as Windows does when another program has the target open.
type Rename<'a> = dyn FnMut(&Path, &Path) -> std::io::Result<()> + 'a;

fn replacing_with(
    path: &Path,
    bytes: &[u8],
    mut write: impl FnMut(&mut dyn Write, &[u8]) -> std::io::Result<()>,
    rename: &mut Rename,
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
            held_open: false,
        };
        if std::fs::symlink_metadata(&backup).is_ok_and(|m| m.is_dir()) {
            return Err(backup_fail(std::io::Error::from(
                std::io::ErrorKind::IsADirectory,
            )));
        }
        let temp = temp_file(folder, &old, existing.as_ref(), &mut write).map_err(backup_fail)?;
        replace(temp, &backup, rename).map_err(|e| SaveError {
            backup_of: Some(path.to_owned()),
            ..SaveError::replacing(&backup, &e)
        })?;
    }
    replace(new, path, rename).map_err(|e| SaveError::replacing(path, &e))?;
    sync_folder(folder);
    Ok(())
}

/// How long to wait before each new try of a rename that another program's open handle
/// refused: about a second in all, which outlasts a preview being drawn or a file being
/// scanned, and is short enough for a save the user is waiting for.
const HELD_OPEN_WAITS_MS: [u64; 6] = [20, 50, 100, 150, 250, 400];

/// Rename `temp` over `target`, trying again while another program holds `target` open.
/// On failure the temporary file is deleted (dropped); the target is untouched.
fn replace(
    temp: tempfile::NamedTempFile,
    target: &Path,
    rename: &mut Rename,
) -> std::io::Result<()> {
    // The temporary file's own handle is closed first: Windows renames a file more
    // readily when no handle to it is open, and nothing writes to it any more.
    let temp = temp.into_temp_path();
    let mut waits = HELD_OPEN_WAITS_MS.iter();
    loop {
        match rename(&temp, target) {
            Ok(()) => {
                // Renamed: the path no longer names our temporary file; nothing to delete.
                let _ = temp.keep();
                return Ok(());
            }
            Err(e) if held_open(&e) => match waits.next() {
                Some(ms) => std::thread::sleep(Duration::from_millis(*ms)),
                None => return Err(e),
            },
            Err(e) => return Err(e),
        }
    }
}

/// Does this error say another program has the file open, so a later try may succeed?
/// Windows: ERROR_ACCESS_DENIED (5, what MoveFileEx returns for a target open without
/// FILE_SHARE_DELETE), ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33). Unix:
/// EBUSY, what a Linux PC gets from a Windows server (an SMB share mounted with cifs) when
/// a colleague there has the file open.
fn held_open(e: &std::io::Error) -> bool {
    #[cfg(windows)]
    const HELD_OPEN: [i32; 3] = [5, 32, 33];
    #[cfg(unix)]
    const HELD_OPEN: [i32; 1] = [libc::EBUSY];
    #[cfg(not(any(windows, unix)))]
    const HELD_OPEN: [i32; 0] = [];
    e.raw_os_error()
        .is_some_and(|code| HELD_OPEN.contains(&code))
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

// Windows has no file group: a new file takes the folder's inherited permissions (ACLs),
// which the colleagues who share the folder already have.
#[cfg(not(unix))]
fn keep_group(_file: &std::fs::File, _meta: &std::fs::Metadata) {}

/// A new file is readable by the others who share the folder (rw-r--r--), as files saved
/// by office programs are; a temporary file would otherwise keep its private mode.
#[cfg(unix)]
fn new_file_permissions(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))
}

// Windows: the temporary file is not private there; it has the folder's inherited ACLs.
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

/// Make the rename itself durable. Unix only: Windows has no folder handle to sync, and
/// NTFS journals the rename itself.
#[cfg(unix)]
fn sync_folder(folder: &Path) {
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// A rename that fails as it does on this platform while another program holds the
    /// target open, `times` times, then renames.
    fn held_open_for(times: usize) -> impl FnMut(&Path, &Path) -> std::io::Result<()> {
        #[cfg(windows)]
        let code = 32; // ERROR_SHARING_VIOLATION
        #[cfg(not(windows))]
        let code = libc::EBUSY;
        let mut left = times;
        move |from, to| {
            if left > 0 {
                left -= 1;
                return Err(std::io::Error::from_raw_os_error(code));
            }
            std::fs::rename(from, to)
        }
    }

    fn leftovers(folder: &Path) -> Vec<PathBuf> {
        std::fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| is_temp_name(p))
            .collect()
    }

    #[test]
    fn a_file_held_open_for_a_moment_is_saved_once_it_is_let_go() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Nguyễn Văn A.evaluation.json");
        std::fs::write(&path, "cũ").unwrap();
        // Explorer's preview lets go after a few tries, for the backup and for the file.
        let mut rename = held_open_for(3);
        replacing_with(&path, "mới".as_bytes(), |f, b| f.write_all(b), &mut rename).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "mới");
        assert_eq!(std::fs::read_to_string(backup_path(&path)).unwrap(), "cũ");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_file_held_open_throughout_is_left_whole_and_the_user_told_why() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Đánh giá quý II.evaluation.json");
        std::fs::write(&path, "cũ").unwrap();
        let started = std::time::Instant::now();
        let mut rename = held_open_for(usize::MAX);
        let e = replacing_with(&path, "mới".as_bytes(), |f, b| f.write_all(b), &mut rename)
            .unwrap_err();
        // It tried for about a second (not forever, not at once), then gave up cleanly.
        let waited = started.elapsed();
        assert!(waited >= Duration::from_millis(900), "{waited:?}");
        assert!(waited < Duration::from_secs(5), "{waited:?}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "cũ");
        assert!(leftovers(dir.path()).is_empty());
        let vi = e.msg().text(Lang::Vi);
        assert!(vi.contains("đang mở tệp này"), "{vi}");
        assert!(vi.contains(".evaluation.json"), "{vi}");
        assert!(
            e.msg()
                .text(Lang::En)
                .contains("another program has it open")
        );
    }

    #[test]
    fn other_rename_failures_are_not_retried() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        let started = std::time::Instant::now();
        let mut rename = |_: &Path, _: &Path| -> std::io::Result<()> {
            Err(std::io::ErrorKind::PermissionDenied.into())
        };
        let e = replacing_with(&path, b"x", |f, b| f.write_all(b), &mut rename).unwrap_err();
        assert!(started.elapsed() < Duration::from_millis(200));
        assert!(!e.held_open);
        assert!(!path.exists());
        assert!(leftovers(dir.path()).is_empty());
    }
}
