//! Whether the files a session's evidence attaches are still the ones recorded
//! (docs/formats.md, a score's `evidence`): paths are relative to the session file's folder.

use std::path::{Path, PathBuf};

use crate::model::problem::SelfProblem;
use crate::model::{Located, Problem, Session, seal, validate};

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
fn sha256_of(path: &Path) -> Option<String> {
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
