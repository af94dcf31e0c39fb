//! Locks for sessions on shared folders. Opening a session for editing creates `NAME.lock`
//! beside it with who holds it; the holder also keeps a shared OS lock on that file for as
//! long as it runs. The OS drops that lock when the process dies (even on a crash), so a
//! lock file nobody holds any more is recognised as stale. A shared lock (not exclusive) so
//! that others can still read who holds it, on Windows too.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// A lock older than this may be taken over even if its holder still seems to run.
pub const STALE_AFTER_HOURS: i64 = 24;

/// Who holds a lock, as written in the lock file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    pub owner: String,
    pub machine: String,
    pub pid: u32,
    pub since: String,
}

impl LockInfo {
    pub fn here(owner: &str) -> LockInfo {
        LockInfo {
            owner: owner.to_owned(),
            machine: machine_name(),
            pid: std::process::id(),
            since: crate::model::now_timestamp(),
        }
    }

    fn age_hours(&self) -> Option<i64> {
        let since = chrono::DateTime::parse_from_rfc3339(&self.since).ok()?;
        Some((chrono::Utc::now() - since.with_timezone(&chrono::Utc)).num_hours())
    }
}

/// A lock this process holds. Dropping it releases the lock and removes the lock file.
#[derive(Debug)]
pub struct SessionLock {
    path: PathBuf,
    file: Option<File>,
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        if let Some(file) = self.file.take() {
            let _ = file.unlock();
            drop(file);
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// The outcome of trying to lock a session.
#[derive(Debug)]
pub enum LockAttempt {
    Acquired(SessionLock),
    /// Someone holds it: open read-only.
    HeldBy(LockInfo),
    /// The holder is gone (its process ended) or the lock is over a day old: it may be taken
    /// over after asking the user.
    Stale(LockInfo),
}

/// `NAME.lock` beside the session file.
pub fn lock_path(session: &Path) -> PathBuf {
    let mut name = session.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    session.with_file_name(name)
}

/// Try to lock `session` for `owner`.
pub fn acquire(session: &Path, owner: &str) -> std::io::Result<LockAttempt> {
    let path = lock_path(session);
    match OpenOptions::new().write(true).create_new(true).open(&path) {
        Ok(mut file) => {
            let info =
                serde_json::to_string_pretty(&LockInfo::here(owner)).expect("lock info serializes");
            // Held before anything is written, so that another process finding the file
            // either sees it held or sees it empty (being made): both mean "taken".
            let written = hold_shared(&file)
                .and_then(|_| file.write_all(info.as_bytes()))
                .and_then(|_| file.sync_all());
            if let Err(e) = written {
                drop(file);
                let _ = std::fs::remove_file(&path);
                return Err(e);
            }
            Ok(LockAttempt::Acquired(SessionLock {
                path,
                file: Some(file),
            }))
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(inspect(&path)),
        Err(e) => Err(e),
    }
}

/// The shared hold on a lock file just created. Another process looking at the file takes
/// an exclusive hold for an instant to learn whether anyone holds it (see [`inspect`]); if
/// that instant falls right after our create, wait it out instead of giving up — giving up
/// made two submits at the same moment both fail, each seeing the other's lock.
fn hold_shared(file: &File) -> std::io::Result<()> {
    for _ in 0..200 {
        match try_hold_shared(file) {
            Ok(()) => return Ok(()),
            Err(std::fs::TryLockError::WouldBlock) => {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
    }
    try_hold_shared(file).map_err(std::io::Error::from)
}

/// A shared OS lock on the lock file. Unix: `flock`, advisory, on the whole file.
#[cfg(not(windows))]
fn try_hold_shared(file: &File) -> Result<(), std::fs::TryLockError> {
    file.try_lock_shared()
}

/// Windows' locks are mandatory, and a shared lock denies writing to its range to every
/// handle, the holder's own included: held over the whole file (`File::lock_shared`), the
/// holder could not write who it is. So one byte far past any content is held instead:
/// the holder writes and everyone reads the text freely, while [`inspect`]'s exclusive
/// probe of the whole file still fails as long as the holder runs.
#[cfg(windows)]
fn try_hold_shared(file: &File) -> Result<(), std::fs::TryLockError> {
    use std::os::windows::io::AsRawHandle;

    #[repr(C)]
    struct Overlapped {
        internal: usize,
        internal_high: usize,
        offset: u32,
        offset_high: u32,
        event: *mut core::ffi::c_void,
    }
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn LockFileEx(
            file: *mut core::ffi::c_void,
            flags: u32,
            reserved: u32,
            bytes_low: u32,
            bytes_high: u32,
            overlapped: *mut Overlapped,
        ) -> i32;
    }
    const LOCKFILE_FAIL_IMMEDIATELY: u32 = 1;
    const ERROR_LOCK_VIOLATION: i32 = 33;
    let mut at = Overlapped {
        internal: 0,
        internal_high: 0,
        offset: 0,
        offset_high: WINDOWS_HELD_BYTE_HIGH,
        event: core::ptr::null_mut(),
    };
    // SAFETY: the handle is the open file's, valid for the call; `at` lives across it and
    // has OVERLAPPED's layout; the call is synchronous (FAIL_IMMEDIATELY, no event).
    let locked = unsafe {
        LockFileEx(
            file.as_raw_handle().cast(),
            LOCKFILE_FAIL_IMMEDIATELY,
            0,
            1,
            0,
            &mut at,
        )
    };
    if locked != 0 {
        return Ok(());
    }
    let e = std::io::Error::last_os_error();
    if e.raw_os_error() == Some(ERROR_LOCK_VIOLATION) {
        Err(std::fs::TryLockError::WouldBlock)
    } else {
        Err(std::fs::TryLockError::Error(e))
    }
}

/// The high 32 bits of the offset of the byte a holder locks on Windows (2^62: no lock file
/// is ever that long). The lock is released when the holder's handle closes.
#[cfg(windows)]
const WINDOWS_HELD_BYTE_HIGH: u32 = 0x4000_0000;

/// Look at an existing lock file: held, or stale.
fn inspect(path: &Path) -> LockAttempt {
    let unknown = || LockInfo {
        owner: "?".into(),
        machine: "?".into(),
        pid: 0,
        since: String::new(),
    };
    let Ok(mut file) = File::open(path) else {
        // It vanished or cannot be read: report it held; the user may retry.
        return LockAttempt::HeldBy(unknown());
    };
    let mut text = String::new();
    let info = file
        .read_to_string(&mut text)
        .ok()
        .and_then(|_| serde_json::from_str::<LockInfo>(&text).ok());
    let holder_alive = match file.try_lock() {
        Ok(()) => {
            let _ = file.unlock();
            false
        }
        Err(_) => true,
    };
    match info {
        // A lock file still being written (just created) counts as held.
        None if holder_alive || text.is_empty() => LockAttempt::HeldBy(unknown()),
        None => LockAttempt::Stale(unknown()),
        Some(info) => {
            let too_old = info.age_hours().is_some_and(|h| h >= STALE_AFTER_HOURS);
            if holder_alive && !too_old {
                LockAttempt::HeldBy(info)
            } else {
                LockAttempt::Stale(info)
            }
        }
    }
}

/// Take over a stale lock: remove it and lock afresh. Fails if someone else got there first.
pub fn take_over(session: &Path, owner: &str) -> std::io::Result<LockAttempt> {
    match std::fs::remove_file(lock_path(session)) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    acquire(session, owner)
}

/// This computer's name, as others on the shared folder would recognise it.
pub fn machine_name() -> String {
    for var in ["COMPUTERNAME", "HOSTNAME"] {
        if let Ok(name) = std::env::var(var)
            && !name.trim().is_empty()
        {
            return name.trim().to_owned();
        }
    }
    std::fs::read_to_string("/etc/hostname")
        .map(|s| s.trim().to_owned())
        .unwrap_or_else(|_| "?".into())
}

/// The name of the person logged in, for a lock taken before an evaluator name is known.
pub fn user_name() -> String {
    ["USERNAME", "USER"]
        .iter()
        .find_map(|v| std::env::var(v).ok())
        .unwrap_or_else(|| "?".into())
}
