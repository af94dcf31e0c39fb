//! Recovery copies: between autosaves, the latest state of an open session (or of the
//! minutes open at a meeting, review_recovery.rs) is kept in the user's config folder. If
//! the app dies before it saves, the next start finds the copy and offers it back, showing what differs. Copies are removed only after a successful save or
//! when the user chooses; never silently.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{SaveError, atomic_write};
use crate::model::{Review, Score, Session, now_timestamp, parse_session, to_pretty_json};

const RECOVERY_FORMAT: &str = "evaldesk.recovery";

/// The folder of EvalDesk's per-user files: `EVALDESK_CONFIG_DIR` if set, else the
/// platform's config folder (`%APPDATA%\EvalDesk`, `~/Library/Application Support/EvalDesk`,
/// `$XDG_CONFIG_HOME/evaldesk` or `~/.config/evaldesk`).
pub fn config_dir() -> Option<PathBuf> {
    let var = |v: &str| {
        std::env::var_os(v)
            .filter(|s| !s.is_empty())
            .map(PathBuf::from)
    };
    if let Some(dir) = var("EVALDESK_CONFIG_DIR") {
        return Some(dir);
    }
    if cfg!(windows) {
        return var("APPDATA").map(|d| d.join("EvalDesk"));
    }
    if cfg!(target_os = "macos") {
        return var("HOME").map(|h| h.join("Library/Application Support/EvalDesk"));
    }
    var("XDG_CONFIG_HOME")
        .or_else(|| var("HOME").map(|h| h.join(".config")))
        .map(|d| d.join("evaldesk"))
}

/// What a recovery file holds: where the document lives, when the copy was made, and the
/// document as it was then — a session, or the minutes of a meeting (`review`).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Envelope {
    format: String,
    pub(super) path: PathBuf,
    pub(super) saved: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) session: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) review: Option<serde_json::Value>,
}

/// A recovery file read back: where it is, what it holds, and whether it was written after
/// the document's file was last saved.
pub(super) struct Found {
    pub(super) copy: PathBuf,
    pub(super) envelope: Envelope,
    pub(super) newer: bool,
}

/// The recovery copies of one user.
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    dir: PathBuf,
}

/// A recovery copy found at start.
#[derive(Clone, Debug)]
pub struct Recovery {
    /// The recovery file itself.
    pub copy: PathBuf,
    /// The session file it belongs to.
    pub session_path: PathBuf,
    /// When the copy was written.
    pub saved: String,
    pub session: Session,
    /// The session file as it is now, if it can be read.
    pub on_disk: Option<Session>,
    /// The copy was written after the session file was last saved.
    pub newer: bool,
}

/// One (criterion, candidate) whose score differs between the file and the recovery copy.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreChange {
    pub criterion: String,
    pub candidate: String,
    pub on_disk: Option<Score>,
    pub recovered: Option<Score>,
}

impl RecoveryStore {
    pub fn new(dir: PathBuf) -> Self {
        RecoveryStore { dir }
    }

    /// `recovery/` in the user's config folder.
    pub fn default_location() -> Option<Self> {
        config_dir().map(|d| RecoveryStore::new(d.join("recovery")))
    }

    /// One copy per session file, named after a hash of its absolute path.
    fn copy_path(&self, session_path: &Path) -> PathBuf {
        let absolute =
            std::path::absolute(session_path).unwrap_or_else(|_| session_path.to_owned());
        let digest = Sha256::digest(absolute.to_string_lossy().as_bytes());
        let name: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{name}.recovery.json"))
    }

    /// Keep the latest state of `session`, which lives at `session_path`.
    pub fn write(&self, session_path: &Path, session: &Session) -> Result<(), SaveError> {
        let value = serde_json::from_str(&to_pretty_json(session)).expect("a session is JSON");
        self.write_envelope(session_path, Some(value), None)
    }

    /// Keep the latest state of the minutes `review`, which live at `review_path`.
    pub fn write_review(&self, review_path: &Path, review: &Review) -> Result<(), SaveError> {
        let value = serde_json::from_str(&to_pretty_json(review)).expect("a review is JSON");
        self.write_envelope(review_path, None, Some(value))
    }

    fn write_envelope(
        &self,
        path: &Path,
        session: Option<serde_json::Value>,
        review: Option<serde_json::Value>,
    ) -> Result<(), SaveError> {
        std::fs::create_dir_all(&self.dir).map_err(|e| {
            SaveError::new(&self.dir, crate::model::problem::IoProblem::from_io(&e))
        })?;
        let envelope = Envelope {
            format: RECOVERY_FORMAT.into(),
            path: std::path::absolute(path).unwrap_or_else(|_| path.to_owned()),
            saved: now_timestamp(),
            session,
            review,
        };
        let text = serde_json::to_string_pretty(&envelope).expect("the envelope serializes");
        atomic_write(&self.copy_path(path), text.as_bytes())
    }

    /// Forget the copy of a session that has just been saved (or that the user discarded).
    pub fn remove(&self, session_path: &Path) {
        let _ = std::fs::remove_file(self.copy_path(session_path));
    }

    /// Every recovery copy of a session, with the session file it belongs to. Unreadable
    /// copies are skipped (and left in place for a person to look at).
    pub fn pending(&self) -> Vec<Recovery> {
        let mut found: Vec<Recovery> = self
            .found()
            .into_iter()
            .filter_map(|f| {
                let session = parse_session(f.envelope.session?.to_string().as_bytes()).ok()?;
                let on_disk = std::fs::read(&f.envelope.path)
                    .ok()
                    .and_then(|b| parse_session(&b).ok());
                Some(Recovery {
                    copy: f.copy,
                    session_path: f.envelope.path,
                    saved: f.envelope.saved,
                    session,
                    on_disk,
                    newer: f.newer,
                })
            })
            .collect();
        found.sort_by(|a, b| a.session_path.cmp(&b.session_path));
        found
    }

    /// Every readable recovery file of this user, of any document.
    pub(super) fn found(&self) -> Vec<Found> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().ends_with(".recovery.json"))
            .filter_map(|copy| {
                let envelope: Envelope =
                    serde_json::from_slice(&std::fs::read(&copy).ok()?).ok()?;
                if envelope.format != RECOVERY_FORMAT {
                    return None;
                }
                let copy_time = std::fs::metadata(&copy).and_then(|m| m.modified()).ok();
                let file_time = std::fs::metadata(&envelope.path)
                    .and_then(|m| m.modified())
                    .ok();
                let newer = match (copy_time, file_time) {
                    (Some(c), Some(f)) => c > f,
                    _ => true,
                };
                Some(Found {
                    copy,
                    envelope,
                    newer,
                })
            })
            .collect()
    }
}

impl Recovery {
    /// The scores that differ between the session file and the copy, in checklist order.
    pub fn changes(&self) -> Vec<ScoreChange> {
        let empty = Vec::new();
        let disk_scores = self.on_disk.as_ref().map_or(&empty, |s| &s.scores);
        let find = |scores: &[Score], c: &str, k: &str| {
            scores
                .iter()
                .find(|s| s.criterion == c && s.candidate == k)
                .cloned()
        };
        let mut out = Vec::new();
        for (_, c) in self.session.checklist.criteria() {
            for k in &self.session.candidates {
                let (on_disk, recovered) = (
                    find(disk_scores, &c.id, &k.id),
                    find(&self.session.scores, &c.id, &k.id),
                );
                if on_disk != recovered {
                    out.push(ScoreChange {
                        criterion: c.id.clone(),
                        candidate: k.id.clone(),
                        on_disk,
                        recovered,
                    });
                }
            }
        }
        out
    }
}
