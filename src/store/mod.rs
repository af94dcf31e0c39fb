//! Files on disk: reading documents, finding them in folders, saving them safely.

pub mod autosave;
mod evaluators;
pub mod evidence;
mod folder;
pub mod lock;
mod open;
mod open_review;
pub mod priority;
pub mod recovery;
mod recovery_writer;
pub mod review;
mod review_recovery;
mod save;
mod sheets;

pub use folder::{
    Listed, Loaded, Wanted, expand_paths, find_documents, load_sessions, load_sessions_as,
};
pub use open::{OpenSession, ReadOnly, SaveTicket, StoreError, Written, lock_holder};
pub use open_review::{OpenReview, REVIEW_SUFFIX, free_review_path, review_stem};
pub use recovery::{Recovery, RecoveryStore, ScoreChange};
pub use recovery_writer::RecoveryWriter;
pub use review_recovery::{DecisionChange, ReviewRecovery};
pub use save::{SaveError, atomic_write, atomic_write_with, backup_path, remove_stale_temps};
pub use sheets::load_score_sheets;

use std::path::{Path, PathBuf};

use crate::model::problem::IoProblem;
use crate::model::{Expect, InvalidFile, Located, Parsed, Place, Problem, parse_document};

/// Files larger than this are refused before reading: no real checklist or session comes
/// near it, and reading a stray disk image into memory would help nobody.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Read and fully validate one file.
pub fn load_document(path: &Path, expect: Expect) -> Result<Parsed, InvalidFile> {
    let bytes = read_bytes(path).map_err(|p| InvalidFile::new(path, vec![p]))?;
    let parsed =
        parse_document(&bytes, expect).map_err(|problems| InvalidFile::new(path, problems))?;
    if let Parsed::Session(session) = &parsed {
        let check = evidence::check_files(session, path);
        if !check.errors.is_empty() {
            return Err(InvalidFile::new(path, check.errors));
        }
    }
    Ok(parsed)
}

/// The checklists built into the program, each read and checked (a broken one is listed with
/// its problems rather than hidden). Read once by the app.
pub fn bundled_checklists() -> Vec<(String, Result<crate::model::Checklist, InvalidFile>)> {
    crate::assets::BUNDLED_CHECKLISTS
        .iter()
        .map(|b| {
            let parsed = crate::model::parse_checklist(b.json.as_bytes())
                .map_err(|p| InvalidFile::new(Path::new(b.file_name), p));
            (b.file_name.to_owned(), parsed)
        })
        .collect()
}

/// Read and fully validate one session file, its evidence files included (a changed one is
/// an error; one not there only warns, which an aggregation says: [`Loaded::warnings`]).
pub fn load_session(path: &Path) -> Result<crate::model::Session, InvalidFile> {
    let bytes = read_bytes(path).map_err(|p| InvalidFile::new(path, vec![p]))?;
    let session =
        crate::model::parse_session(&bytes).map_err(|problems| InvalidFile::new(path, problems))?;
    let check = evidence::check_files(&session, path);
    if !check.errors.is_empty() {
        return Err(InvalidFile::new(path, check.errors));
    }
    Ok(session)
}

/// The department's own checklists (the editor's copies and new ones): `checklists/` beside
/// the sessions' folder.
pub fn checklists_dir(evaluations_dir: &Path) -> PathBuf {
    evaluations_dir
        .parent()
        .unwrap_or(Path::new(""))
        .join("checklists")
}

/// The first of `STEM.evaluation.json`, `STEM-2.evaluation.json`, … in `folder` that does
/// not exist yet: new files never replace old ones.
pub fn free_session_path(folder: &Path, stem: &str) -> PathBuf {
    free_path(folder, stem, ".evaluation.json")
}

/// The first of `STEM.SUFFIX`, `STEM-2.SUFFIX`, … in `folder` that does not exist yet.
pub fn free_path(folder: &Path, stem: &str, suffix: &str) -> PathBuf {
    (1..)
        .map(|i| {
            let n = if i == 1 {
                String::new()
            } else {
                format!("-{i}")
            };
            folder.join(format!("{stem}{n}{suffix}"))
        })
        .find(|p| !p.exists())
        .expect("some name is free")
}

/// The SHA-256 of a file's bytes: tells whether the file on disk is still the one read, and
/// whether two files are byte-for-byte copies.
pub(crate) fn content_hash(bytes: &[u8]) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).into()
}

pub(crate) fn unreadable(problem: IoProblem) -> Located {
    Located::new(Place::File, Problem::Unreadable(problem))
}

pub(crate) fn read_bytes(path: &Path) -> Result<Vec<u8>, Located> {
    let io_error = |e: std::io::Error| unreadable(IoProblem::from_io(&e));
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if meta.is_dir() {
        return Err(unreadable(IoProblem::IsFolder));
    }
    if !meta.is_file() {
        // A pipe or a device would block or never end: not a file EvalDesk reads.
        return Err(unreadable(IoProblem::NotAFile));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(unreadable(IoProblem::TooLarge(meta.len())));
    }
    // The size may change while reading (a file still being copied in): read at most one
    // byte past the limit, never the whole of whatever it grows to.
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(io_error)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(unreadable(IoProblem::TooLarge(bytes.len() as u64)));
    }
    Ok(bytes)
}
