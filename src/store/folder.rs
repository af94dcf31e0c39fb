//! Finding documents in folders and loading sessions for an aggregation: which files count,
//! links followed (each file once), and no session counted twice.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::evaluators::Identity;
use super::{read_bytes, unreadable};
use crate::model::problem::IoProblem;
use crate::model::{Expect, InvalidFile, Located, Parsed, Place, Problem, Review, Session};

/// Which files a folder scan takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// Every `*.json` file (`validate` checks them all).
    Json,
    /// Only `*.evaluation.json`, `*.review.json` and `*.checklist.json`: what an
    /// aggregation reads, so a `results.json` written into the same folder is not mistaken
    /// for a session.
    Documents,
}

impl Wanted {
    fn takes(self, path: &Path) -> bool {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match self {
            Wanted::Json => name.ends_with(".json"),
            Wanted::Documents => {
                name.ends_with(".evaluation.json")
                    || name.ends_with(".review.json")
                    || name.ends_with(".checklist.json")
            }
        }
    }
}

/// What a scan found.
#[derive(Debug, Default)]
pub struct Listed {
    /// The files to read, sorted by path, each once.
    pub files: Vec<PathBuf>,
    /// Folders that could not be read.
    pub errors: Vec<InvalidFile>,
    /// Other files in the folders, not read (said in `--verbose`).
    pub ignored: Vec<PathBuf>,
}

/// The files under `dir`, recursively, sorted by path so every listing is in the same
/// order. Hidden entries (`.git`, EvalDesk's temporary files) are skipped; links are followed
/// (a linked folder once), and a file reached twice is listed once. Folders that cannot be
/// read are reported.
pub fn find_documents(dir: &Path, wanted: Wanted) -> Listed {
    let mut found = Listed::default();
    let mut seen_folders = HashSet::new();
    let mut seen_files = HashSet::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(folder) = pending.pop() {
        if !seen_folders.insert(std::fs::canonicalize(&folder).unwrap_or(folder.clone())) {
            continue;
        }
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) => {
                let problem = unreadable(IoProblem::from_io(&e));
                found.errors.push(InvalidFile::new(&folder, vec![problem]));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            // `metadata` follows links: a link to a session counts as that session.
            let Ok(meta) = std::fs::metadata(&path) else {
                found.ignored.push(path);
                continue;
            };
            if meta.is_dir() {
                pending.push(path);
            } else if meta.is_file() && wanted.takes(&path) {
                let real = std::fs::canonicalize(&path).unwrap_or(path.clone());
                if seen_files.insert(real) {
                    found.files.push(path);
                }
            } else {
                found.ignored.push(path);
            }
        }
    }
    found.files.sort();
    found.ignored.sort();
    found
}

/// The files named on a command line: files as given, folders expanded.
pub fn expand_paths(paths: &[PathBuf], wanted: Wanted) -> Listed {
    let mut all = Listed::default();
    for path in paths {
        if path.is_dir() {
            let found = find_documents(path, wanted);
            all.files.extend(found.files);
            all.errors.extend(found.errors);
            all.ignored.extend(found.ignored);
        } else {
            all.files.push(path.clone());
        }
    }
    all
}

impl<T> Loaded<T> {
    /// Nothing read (yet).
    pub fn empty() -> Self {
        Loaded {
            sessions: Vec::new(),
            bad: Vec::new(),
            identical: Vec::new(),
            replaced: Vec::new(),
            ignored: Vec::new(),
            reviews: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

/// Whether two files hold the same bytes (false if either cannot be read).
fn same_bytes(a: &Path, b: &Path) -> bool {
    matches!((read_bytes(a), read_bytes(b)), (Ok(a), Ok(b)) if a == b)
}

/// Sessions read for an aggregation: whole, or as what the caller keeps of each.
#[derive(Debug)]
pub struct Loaded<T = Session> {
    /// Sorted by path, each session once.
    pub sessions: Vec<(PathBuf, T)>,
    /// Files that cannot be used, with their problems; sorted by path.
    pub bad: Vec<InvalidFile>,
    /// (kept, left out): byte-for-byte identical copies of one session, counted once.
    pub identical: Vec<(PathBuf, PathBuf)>,
    /// (revision, revised): a session of the same evaluator that another one `revises`,
    /// left out (docs/formats.md, "Versioning and bad input").
    pub replaced: Vec<(PathBuf, PathBuf)>,
    /// Files in the folders that are not sessions or checklists.
    pub ignored: Vec<PathBuf>,
    /// The valid reviews found, sorted by path (docs/formats.md "Review"); which one counts
    /// is [`super::review::choose`]'s to say.
    pub reviews: Vec<(PathBuf, Review)>,
    /// Files that count but warn of something, with the places (an evidence file that is
    /// not there); sorted by path.
    pub warnings: Vec<InvalidFile>,
}

/// What one file holds, for an aggregation.
pub(super) enum Read<T> {
    /// A session: who scored, what the caller keeps of it, and what its evidence files
    /// warn of (a file not there).
    Session(Identity, T, Vec<Located>),
    Review(Box<Review>),
    /// A checklist: not counted.
    Other,
}

/// Load every session under `paths` in parallel (folders searched, checklists skipped). Each
/// bad file is reported with its reason and never blocks the others. One session (one `id`)
/// is never counted twice: identical copies count once, different ones are refused naming
/// both files.
pub fn load_sessions(paths: &[PathBuf]) -> Loaded {
    load_sessions_as(paths, |s| s)
}

/// [`load_sessions`] keeping only `keep(session)` of each: each file is read, checked and
/// turned into what is kept on one core while the others do the same, so no more than a
/// few files' text and parsed sessions are held at once.
pub fn load_sessions_as<T: Send>(
    paths: &[PathBuf],
    keep: impl Fn(Session) -> T + Sync,
) -> Loaded<T> {
    load_each(paths, |file, bytes| read_session_as(file, bytes, &keep))
}

/// One file's bytes by the full path: its session's identity and `keep(session)`, a
/// review, or every problem in it (its evidence files checked beside `file`).
pub(super) fn read_session_as<T>(
    file: &Path,
    bytes: &[u8],
    keep: impl Fn(Session) -> T,
) -> Result<Read<T>, Vec<Located>> {
    match crate::model::parse_document(bytes, Expect::Either)? {
        Parsed::Session(s) => {
            let check = super::evidence::check_files(&s, file);
            if !check.errors.is_empty() {
                return Err(check.errors);
            }
            Ok(Read::Session(
                Identity::of(&s.head()),
                keep(*s),
                check.warnings,
            ))
        }
        Parsed::Review(r) => Ok(Read::Review(r)),
        Parsed::Checklist(_) => Ok(Read::Other),
    }
}

/// The documents under `paths`, each file's bytes turned by `read` into its session's
/// identity and what is kept of it (or a review), in parallel; then sorted by path, with
/// sessions read twice told apart from copies, and each evaluator counted once.
pub(super) fn load_each<T: Send>(
    paths: &[PathBuf],
    read: impl Fn(&Path, &[u8]) -> Result<Read<T>, Vec<Located>> + Sync,
) -> Loaded<T> {
    use rayon::prelude::*;
    let found = expand_paths(paths, Wanted::Documents);
    let read: Vec<_> = found
        .files
        .into_par_iter()
        .map(|file| {
            let result = read_bytes(&file)
                .map_err(|p| vec![p])
                .and_then(|bytes| read(&file, &bytes))
                .map_err(|problems| InvalidFile::new(&file, problems));
            (file, result)
        })
        .collect();
    let mut loaded = Loaded {
        bad: found.errors,
        ignored: found.ignored,
        ..Loaded::empty()
    };
    let mut by_id: HashMap<String, PathBuf> = HashMap::new();
    let mut identities = Vec::new();
    for (file, result) in read {
        match result {
            // Two files of one session: the same bytes (read again, only now) are a copy.
            Ok(Read::Session(who, s, warned)) => match by_id.get(&who.id) {
                Some(first) if same_bytes(first, &file) => {
                    loaded.identical.push((first.clone(), file))
                }
                Some(first) => {
                    let problem = Problem::SameSession {
                        other: first.clone(),
                    };
                    let located = Located::new(Place::File, problem);
                    loaded.bad.push(InvalidFile::new(&file, vec![located]));
                }
                None => {
                    if !warned.is_empty() {
                        loaded.warnings.push(InvalidFile::new(&file, warned));
                    }
                    by_id.insert(who.id.clone(), file.clone());
                    loaded.sessions.push((file, s));
                    identities.push(who);
                }
            },
            Ok(Read::Review(r)) => loaded.reviews.push((file, *r)),
            Ok(Read::Other) => {}
            Err(e) => loaded.bad.push(e),
        }
    }
    loaded.bad.sort_by(|a, b| a.file.cmp(&b.file));
    super::evaluators::count_each_evaluator_once(&mut loaded, &identities);
    loaded
}
