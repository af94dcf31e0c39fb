//! A session open for editing: locked, checked for changes by others before every save,
//! saved atomically, read-only when submitted or held by someone else.

use std::path::{Path, PathBuf};

use super::lock::{self, LockAttempt, LockInfo, SessionLock};
use super::{SaveError, atomic_write, content_hash as hash, read_bytes};
use crate::i18n::{Lang, Msg, When, tr};
use crate::model::problem::IoProblem;
use crate::model::{InvalidFile, Session, Status, now_timestamp, parse_session, to_pretty_json};

/// Why a session is open read-only.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadOnly {
    /// Submitted and sealed: it can only be copied as a new draft.
    Submitted,
    /// Someone else has it open.
    LockedBy(LockInfo),
    /// A lock whose holder seems gone; the user may take it over.
    StaleLock(LockInfo),
    /// The lock file cannot be created (a read-only folder, say).
    CannotLock(IoProblem),
    /// A review closed and sealed at the end of its meeting: it can no longer change.
    Final,
}

/// What went wrong with a session file, for a person.
/// (`Display` is the English text of the catalog, for logs; people get [`StoreError::msgs`].)
#[derive(Debug, thiserror::Error)]
#[error("{}", self.text(Lang::En))]
pub enum StoreError {
    Invalid(InvalidFile),
    Save(#[source] SaveError),
    ReadOnly {
        path: PathBuf,
        why: ReadOnly,
    },
    /// The file changed on disk since it was opened; ours was saved beside it instead.
    Conflict {
        theirs: PathBuf,
        ours: PathBuf,
    },
    Exists {
        path: PathBuf,
    },
}

/// "Name (computer X, since 22/04/2015 16:30)".
pub fn lock_holder(info: &LockInfo) -> Msg {
    // A system that gave no user name (the "?" of `lock::user_name`) is said in words.
    let owner = match info.owner.trim() {
        "" | "?" => tr::lock_unknown_user(),
        name => tr::verbatim(name),
    };
    tr::lock_holder(owner, &info.machine, When::rfc3339(info.since.clone()))
}

impl ReadOnly {
    pub fn msg(&self) -> Msg {
        match self {
            ReadOnly::Submitted => tr::ro_submitted(),
            ReadOnly::LockedBy(info) => tr::ro_locked_by(lock_holder(info)),
            ReadOnly::StaleLock(info) => tr::ro_stale_lock(lock_holder(info)),
            ReadOnly::CannotLock(p) => tr::ro_cannot_lock(p.msg()),
            ReadOnly::Final => tr::mt_ro_final(),
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        self.msg().text(lang)
    }
}

impl StoreError {
    /// Every line a person should read, as messages drawn in the language of the moment.
    pub fn msgs(&self) -> Vec<Msg> {
        match self {
            StoreError::Invalid(e) => e.msgs(),
            other => vec![other.msg()],
        }
    }

    /// The first (for most errors the only) line.
    pub fn msg(&self) -> Msg {
        match self {
            StoreError::Invalid(e) => e
                .msgs()
                .into_iter()
                .next()
                .unwrap_or_else(|| tr::verbatim(&e.file)),
            StoreError::Save(e) => e.msg(),
            StoreError::ReadOnly { why, .. } => why.msg(),
            StoreError::Conflict { theirs, ours } => tr::conflict(theirs, ours),
            StoreError::Exists { path } => tr::file_exists(path),
        }
    }

    /// Every line a person should read, in their language.
    pub fn text(&self, lang: Lang) -> String {
        self.msgs()
            .iter()
            .map(|m| m.text(lang))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// A session file open in this process.
#[derive(Debug)]
pub struct OpenSession {
    pub path: PathBuf,
    /// The session as last read or saved.
    pub session: Session,
    /// Why it cannot be edited, if it cannot.
    pub read_only: Option<ReadOnly>,
    /// Hash of the file's bytes as last read or written: a different hash on disk means
    /// someone else saved it.
    disk_hash: [u8; 32],
    lock: Option<SessionLock>,
}

impl OpenSession {
    /// Open a session for editing as `owner`: read-only if submitted or locked by someone else.
    /// Invalid files, and files from a newer EvalDesk, are refused.
    pub fn open(path: &Path, owner: &str) -> Result<OpenSession, StoreError> {
        let (session, disk_hash) = read(path)?;
        let mut open = OpenSession {
            path: path.to_owned(),
            session,
            read_only: None,
            disk_hash,
            lock: None,
        };
        if open.session.status == Status::Submitted {
            open.read_only = Some(ReadOnly::Submitted);
            return Ok(open);
        }
        open.apply_lock(lock::acquire(path, owner));
        if open.lock.is_some() {
            // Read again now that the lock is ours: whoever held it may have saved (or
            // submitted) between our first read and our lock.
            let (session, disk_hash) = read(path)?;
            if session.status == Status::Submitted {
                open.lock = None;
                open.read_only = Some(ReadOnly::Submitted);
            }
            open.session = session;
            open.disk_hash = disk_hash;
        }
        Ok(open)
    }

    /// Create a new session file (never overwriting one) and open it, locked.
    pub fn create(path: &Path, session: Session, owner: &str) -> Result<OpenSession, StoreError> {
        if path.exists() {
            return Err(StoreError::Exists {
                path: path.to_owned(),
            });
        }
        let bytes = to_pretty_json(&session);
        atomic_write(path, bytes.as_bytes()).map_err(StoreError::Save)?;
        let mut open = OpenSession {
            path: path.to_owned(),
            session,
            read_only: None,
            disk_hash: hash(bytes.as_bytes()),
            lock: None,
        };
        open.apply_lock(lock::acquire(path, owner));
        Ok(open)
    }

    fn apply_lock(&mut self, attempt: std::io::Result<LockAttempt>) {
        (self.lock, self.read_only) = lock_outcome(attempt);
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// After the user agreed: take over a stale lock. The file is read again, in case the
    /// previous holder saved after we opened it.
    pub fn take_over_lock(&mut self, owner: &str) -> Result<(), StoreError> {
        let (session, disk_hash) = read(&self.path)?;
        self.session = session;
        self.disk_hash = disk_hash;
        self.apply_lock(lock::take_over(&self.path, owner));
        Ok(())
    }

    /// Save `session` over the file. If the file changed on disk since it was read, it is left
    /// alone and `session` is saved beside it as `NAME.conflict-TIME.evaluation.json`, which
    /// this `OpenSession` then continues with.
    pub fn save(&mut self, session: &Session) -> Result<(), StoreError> {
        let written = self.ticket()?.write(session);
        self.finish(written, session.clone())
    }

    /// What a save needs to be carried out on another thread while this `OpenSession`, and
    /// its lock, stay where they are; [`OpenSession::finish`] takes the outcome back.
    pub fn ticket(&self) -> Result<SaveTicket, StoreError> {
        if let Some(why) = &self.read_only {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
                why: why.clone(),
            });
        }
        Ok(SaveTicket {
            path: self.path.clone(),
            disk_hash: self.disk_hash,
        })
    }

    /// Take back what [`SaveTicket::write`] did with `session`: after a conflict, continue
    /// with the copy written beside the file, locked as this user.
    pub fn finish(
        &mut self,
        written: Result<Written, StoreError>,
        session: Session,
    ) -> Result<(), StoreError> {
        match written? {
            Written::Over(disk_hash) => {
                self.disk_hash = disk_hash;
                self.session = session;
                Ok(())
            }
            Written::Beside { ours, disk_hash } => {
                let theirs = std::mem::replace(&mut self.path, ours.clone());
                self.lock = None;
                self.apply_lock(lock::acquire(&ours, &session.evaluator.name));
                self.disk_hash = disk_hash;
                self.session = session;
                Err(StoreError::Conflict { theirs, ours })
            }
        }
    }

    /// After a successful submission: read-only from now on, and the lock is released.
    pub fn mark_submitted(&mut self) {
        self.read_only = Some(ReadOnly::Submitted);
        self.lock = None;
    }

    /// An editable copy of this session with a new id, as a draft, in a new file beside it.
    /// It `revises` this one, so that an aggregation that finds both counts the copy only
    /// (without it, the evaluator's scores counted twice).
    pub fn copy_as_new_draft(&self, owner: &str) -> Result<OpenSession, StoreError> {
        let mut copy = self.session.clone();
        copy.revises = Some(copy.id.clone());
        copy.id = uuid::Uuid::new_v4().to_string();
        copy.status = Status::Draft;
        copy.seal = None;
        copy.created = now_timestamp();
        copy.modified = copy.created.clone();
        let path = sibling(&self.path, "copy", SESSION_SUFFIX);
        OpenSession::create(&path, copy, owner)
    }
}

/// The lock held, or why the file is read-only, after an attempt to lock it: shared by the
/// session's and the review's open files.
pub(super) fn lock_outcome(
    attempt: std::io::Result<LockAttempt>,
) -> (Option<SessionLock>, Option<ReadOnly>) {
    match attempt {
        Ok(LockAttempt::Acquired(lock)) => (Some(lock), None),
        Ok(LockAttempt::HeldBy(info)) => (None, Some(ReadOnly::LockedBy(info))),
        Ok(LockAttempt::Stale(info)) => (None, Some(ReadOnly::StaleLock(info))),
        Err(e) => (None, Some(ReadOnly::CannotLock(IoProblem::from_io(&e)))),
    }
}

/// A save to carry out: the file, and the hash of its bytes when last read or written.
pub struct SaveTicket {
    pub(super) path: PathBuf,
    pub(super) disk_hash: [u8; 32],
}

/// Where a save went: over the file, or beside it because the file had changed on disk.
pub enum Written {
    Over([u8; 32]),
    Beside { ours: PathBuf, disk_hash: [u8; 32] },
}

impl SaveTicket {
    /// Write `session`, atomically, over the file, or beside it if someone else changed it.
    pub fn write(&self, session: &Session) -> Result<Written, StoreError> {
        self.write_text(&to_pretty_json(session), SESSION_SUFFIX)
    }

    /// Write a document's text over the file, or beside it (`NAME.conflict-TIME{suffix}`)
    /// if someone else changed it.
    pub(super) fn write_text(&self, bytes: &str, suffix: &str) -> Result<Written, StoreError> {
        let on_disk = std::fs::read(&self.path).ok().map(|b| hash(&b));
        if on_disk.is_some_and(|h| h != self.disk_hash) {
            let ours = sibling(&self.path, "conflict", suffix);
            atomic_write(&ours, bytes.as_bytes()).map_err(StoreError::Save)?;
            let disk_hash = hash(bytes.as_bytes());
            return Ok(Written::Beside { ours, disk_hash });
        }
        atomic_write(&self.path, bytes.as_bytes()).map_err(StoreError::Save)?;
        Ok(Written::Over(hash(bytes.as_bytes())))
    }
}

fn read(path: &Path) -> Result<(Session, [u8; 32]), StoreError> {
    // Read the bytes once: the hash must be of exactly what was parsed.
    let invalid = |problems| StoreError::Invalid(InvalidFile::new(path, problems));
    let bytes = read_bytes(path).map_err(|p| invalid(vec![p]))?;
    let session = parse_session(&bytes).map_err(invalid)?;
    Ok((session, hash(&bytes)))
}

const SESSION_SUFFIX: &str = ".evaluation.json";

/// `NAME.TAG-YYYYMMDD-HHMMSS{suffix}` beside `path`, not yet existing.
pub(super) fn sibling(path: &Path, tag: &str, suffix: &str) -> PathBuf {
    let name = path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let stem = name
        .strip_suffix(suffix)
        .or_else(|| name.strip_suffix(".json"))
        .unwrap_or(&name);
    let time = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let folder = path.parent().unwrap_or(Path::new(""));
    super::free_path(folder, &format!("{stem}.{tag}-{time}"), suffix)
}
