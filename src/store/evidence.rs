//! Whether the files a session's evidence attaches are still the ones recorded
//! (docs/formats.md, a score's `evidence`): paths are relative to the session file's folder.
//! And attaching one: a copy in `minh-chung/` beside the session, hashed.

use std::path::{Path, PathBuf};

use crate::i18n::{Msg, tr};
use crate::model::problem::{IoProblem, SelfProblem};
use crate::model::{Evidence, Located, Problem, Session, seal, slug, validate};

/// The folder beside the session file that attached copies go to.
pub const EVIDENCE_FOLDER: &str = "minh-chung";

/// What the attached files say: errors (a file there with another SHA-256: the evidence was
/// changed) and warnings (a file not there: the score stands, its evidence unchecked).
#[derive(Debug, Default)]
pub struct FileCheck {
    pub errors: Vec<Located>,
    pub warnings: Vec<Located>,
}

/// Each well-formed `file` of `session` (a path below its folder, with a well-formed
/// SHA-256; anything else is validation's to word) read from beside `session_file`.
pub fn check_files(session: &Session, session_file: &Path) -> FileCheck {
    let mut check = FileCheck::default();
    let folder = session_file.parent().unwrap_or(Path::new(""));
    for (i, score) in session.scores.iter().enumerate() {
        for (j, item) in score.evidence.iter().flatten().enumerate() {
            let (Some(file), Some(sha)) = (&item.file, &item.sha256) else {
                continue;
            };
            if !validate::is_relative_below(file) || !seal::is_well_formed(sha) {
                continue;
            }
            let at = format!("scores[{i}].evidence[{j}]");
            let path: PathBuf = file
                .split('/')
                .fold(folder.to_owned(), |p, part| p.join(part));
            match sha256_of(&path) {
                Some(found) if found == *sha => {}
                Some(_) => check.errors.push(Located::at(
                    format!("{at}.sha256"),
                    Problem::SelfAssessment(SelfProblem::EvidenceChanged(path)),
                )),
                None => check.warnings.push(Located::at(
                    format!("{at}.file"),
                    Problem::SelfAssessment(SelfProblem::EvidenceMissing(path)),
                )),
            }
        }
    }
    check
}

/// The lowercase hex SHA-256 of a file's bytes, read in pieces (a scanned report may be
/// larger than any session); `None` when it is not a file that can be read.
pub(crate) fn sha256_of(path: &Path) -> Option<String> {
    use sha2::{Digest, Sha256};
    if !std::fs::metadata(path).ok()?.is_file() {
        return None;
    }
    let mut file = std::fs::File::open(path).ok()?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 16];
    loop {
        use std::io::Read;
        match file.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => hasher.update(&buffer[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
    Some(
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    )
}

/// Why a file could not be attached; nothing was added to the session then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttachError {
    /// The original could not be read.
    Read(PathBuf, IoProblem),
    /// The copy could not be written into the evidence folder.
    Write(PathBuf, IoProblem),
}

impl AttachError {
    pub fn msg(&self) -> Msg {
        match self {
            AttachError::Read(p, why) => tr::selfui_attach_read_failed(p, why.msg()),
            AttachError::Write(p, why) => tr::selfui_attach_write_failed(p, why.msg()),
        }
    }
}

/// Copy `original` into `minh-chung/` beside `session_file` and describe it as evidence:
/// `{file: "minh-chung/<name>", sha256, title: <the original's name>}`. The name is a safe
/// form of the original's; a file already there is never replaced (`-2`, `-3`… are tried),
/// unless it holds the same bytes, which are then shared. The copy is written to a temporary
/// file in that folder and only then named, so a half-copied file never bears the name.
pub fn attach(session_file: &Path, original: &Path) -> Result<Evidence, AttachError> {
    use std::io::Write as _;
    let folder = session_file
        .parent()
        .unwrap_or(Path::new(""))
        .join(EVIDENCE_FOLDER);
    let write_err = |e: &std::io::Error| AttachError::Write(folder.clone(), IoProblem::from_io(e));
    let read_err =
        |e: &std::io::Error| AttachError::Read(original.to_owned(), IoProblem::from_io(e));
    if !std::fs::metadata(original)
        .map_err(|e| read_err(&e))?
        .is_file()
    {
        return Err(AttachError::Read(original.to_owned(), IoProblem::NotAFile));
    }
    std::fs::create_dir_all(&folder).map_err(|e| write_err(&e))?;
    let mut temp = tempfile::Builder::new()
        .prefix(".attaching-")
        .tempfile_in(&folder)
        .map_err(|e| write_err(&e))?;
    let sha = copy_hashing(original, temp.as_file_mut()).map_err(|e| match e {
        Copy::Read(e) => read_err(&e),
        Copy::Write(e) => write_err(&e),
    })?;
    temp.as_file_mut().flush().map_err(|e| write_err(&e))?;
    temp.as_file().sync_all().map_err(|e| write_err(&e))?;
    let (stem, ext) = safe_name(original);
    for n in 1.. {
        let name = match n {
            1 => format!("{stem}{ext}"),
            n => format!("{stem}-{n}{ext}"),
        };
        let target = folder.join(&name);
        if target.exists() {
            // The same bytes under this name already: shared, not copied twice.
            if sha256_of(&target).as_deref() == Some(sha.as_str()) {
                let _ = temp.close();
                return Ok(evidence(&name, sha, original));
            }
            continue;
        }
        match temp.persist_noclobber(&target) {
            Ok(_) => return Ok(evidence(&name, sha, original)),
            // Taken in the meantime (another desk attaching): the next name.
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => temp = e.file,
            Err(e) => return Err(write_err(&e.error)),
        }
    }
    unreachable!("some name is free")
}

fn evidence(name: &str, sha256: String, original: &Path) -> Evidence {
    Evidence {
        file: Some(format!("{EVIDENCE_FOLDER}/{name}")),
        sha256: Some(sha256),
        title: original
            .file_name()
            .map(|n| n.to_string_lossy().into_owned()),
        ..Evidence::default()
    }
}

/// An ASCII name any system keeps as it is: "Báo cáo số 12.PDF" → ("bao-cao-so-12", ".pdf").
fn safe_name(original: &Path) -> (String, String) {
    let stem = original
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext: String = original
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(10)
        .collect();
    // `slug` gives "evaluation" for a name with no letter left: "minh-chung" says more.
    let stem = match slug(&stem) {
        s if s == "evaluation" && !stem.to_lowercase().contains("evaluation") => {
            EVIDENCE_FOLDER.to_owned()
        }
        s => s
            .chars()
            .take(60)
            .collect::<String>()
            .trim_end_matches('-')
            .to_owned(),
    };
    let ext = if ext.is_empty() {
        ext
    } else {
        format!(".{ext}")
    };
    (stem, ext)
}

enum Copy {
    Read(std::io::Error),
    Write(std::io::Error),
}

/// Copy `from` into `to` in pieces, hashing what is copied.
fn copy_hashing(from: &Path, to: &mut std::fs::File) -> Result<String, Copy> {
    use sha2::{Digest, Sha256};
    use std::io::{Read, Write};
    let mut file = std::fs::File::open(from).map_err(Copy::Read)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 16];
    loop {
        match file.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => {
                hasher.update(&buffer[..n]);
                to.write_all(&buffer[..n]).map_err(Copy::Write)?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(Copy::Read(e)),
        }
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_attached_file_is_copied_under_a_safe_name_never_over_another() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("tu-danh-gia.evaluation.json");
        let original = dir.path().join("Báo cáo số 12.PDF");
        std::fs::write(&original, b"report one").unwrap();
        let first = attach(&session, &original).unwrap();
        assert_eq!(first.file.as_deref(), Some("minh-chung/bao-cao-so-12.pdf"));
        assert_eq!(first.title.as_deref(), Some("Báo cáo số 12.PDF"));
        let copy = dir.path().join("minh-chung/bao-cao-so-12.pdf");
        assert_eq!(std::fs::read(&copy).unwrap(), b"report one");
        assert_eq!(first.sha256, sha256_of(&copy));
        // Another file of the same name: a second copy beside the first, which stays.
        std::fs::write(&original, b"report two").unwrap();
        let second = attach(&session, &original).unwrap();
        assert_eq!(
            second.file.as_deref(),
            Some("minh-chung/bao-cao-so-12-2.pdf")
        );
        assert_eq!(std::fs::read(&copy).unwrap(), b"report one");
        // The same bytes again: the copy already there is shared, no third file.
        let again = attach(&session, &original).unwrap();
        assert_eq!(again, second);
        let names: Vec<_> = std::fs::read_dir(dir.path().join("minh-chung"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
        // Not a file: nothing copied, the reason said.
        let folder = attach(&session, dir.path());
        assert!(matches!(
            folder,
            Err(AttachError::Read(_, IoProblem::NotAFile))
        ));
    }
}
