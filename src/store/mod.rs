//! Files on disk: reading documents, finding them in folders, saving them safely.

pub mod autosave;
pub mod lock;
mod open;
pub mod recovery;
mod save;

pub use open::{OpenSession, ReadOnly, StoreError};
pub use recovery::{Recovery, RecoveryStore, ScoreChange};
pub use save::{SaveError, atomic_write, atomic_write_with, backup_path};

use std::path::{Path, PathBuf};

use crate::model::problem::IoProblem;
use crate::model::{Document, Expect, InvalidFile, Located, Place, Problem, parse_document};

/// Files larger than this are refused before reading: no real checklist or session comes
/// near it, and reading a stray disk image into memory would help nobody.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Read and fully validate one file.
pub fn load_document(path: &Path, expect: Expect) -> Result<Document, InvalidFile> {
    let bytes = read_bytes(path).map_err(|p| InvalidFile::new(path, vec![p]))?;
    parse_document(&bytes, expect).map_err(|problems| InvalidFile::new(path, problems))
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

/// Read and fully validate one session file.
pub fn load_session(path: &Path) -> Result<crate::model::Session, InvalidFile> {
    let bytes = read_bytes(path).map_err(|p| InvalidFile::new(path, vec![p]))?;
    crate::model::parse_session(&bytes).map_err(|problems| InvalidFile::new(path, problems))
}

/// The first of `STEM.evaluation.json`, `STEM-2.evaluation.json`, … in `folder` that does
/// not exist yet: new files never replace old ones.
pub fn free_session_path(folder: &Path, stem: &str) -> PathBuf {
    (1..)
        .map(|i| {
            let n = if i == 1 {
                String::new()
            } else {
                format!("-{i}")
            };
            folder.join(format!("{stem}{n}.evaluation.json"))
        })
        .find(|p| !p.exists())
        .expect("some name is free")
}

fn unreadable(problem: IoProblem) -> Located {
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
    std::fs::read(path).map_err(io_error)
}

/// Is this a file name EvalDesk reads when it scans a folder?
pub fn is_document_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// The JSON files under `dir`, recursively, sorted by path so every listing is in the same
/// order. Hidden folders (`.git`, …) are skipped. Folders that cannot be read are reported.
pub fn find_documents(dir: &Path) -> (Vec<PathBuf>, Vec<InvalidFile>) {
    let (mut files, mut errors) = (Vec::new(), Vec::new());
    let mut pending = vec![dir.to_owned()];
    while let Some(folder) = pending.pop() {
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) => {
                errors.push(InvalidFile::new(
                    &folder,
                    vec![unreadable(IoProblem::from_io(&e))],
                ));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            match entry.file_type() {
                Ok(t) if t.is_dir() && !hidden => pending.push(path),
                Ok(t) if t.is_file() && is_document_name(&path) => files.push(path),
                _ => {}
            }
        }
    }
    files.sort();
    (files, errors)
}

/// The files named on a command line: files as given, folders expanded to their JSON files.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<InvalidFile>) {
    let (mut files, mut errors) = (Vec::new(), Vec::new());
    for path in paths {
        if path.is_dir() {
            let (found, bad) = find_documents(path);
            files.extend(found);
            errors.extend(bad);
        } else {
            files.push(path.clone());
        }
    }
    (files, errors)
}

/// Load every session under `paths` in parallel (folders searched, checklists skipped). Each
/// bad file is reported with its reason and never blocks the others. Both lists are sorted
/// by path.
pub fn load_sessions(
    paths: &[PathBuf],
) -> (Vec<(PathBuf, crate::model::Session)>, Vec<InvalidFile>) {
    use rayon::prelude::*;
    let (files, mut bad) = expand_paths(paths);
    let loaded: Vec<_> = files
        .into_par_iter()
        .map(|f| (load_document(&f, Expect::Either), f))
        .collect();
    let mut sessions = Vec::new();
    for (result, file) in loaded {
        match result {
            Ok(Document::Session(s)) => sessions.push((file, *s)),
            Ok(Document::Checklist(_)) => {}
            Err(e) => bad.push(e),
        }
    }
    bad.sort_by(|a, b| a.file.cmp(&b.file));
    (sessions, bad)
}
