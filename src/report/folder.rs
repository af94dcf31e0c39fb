//! The folder an export (the report, the charts) is written into: made whole in a temporary
//! folder beside it and moved into place at the end, and replaced only when EvalDesk wrote it.
//!
//! `--force` once renamed the old folder aside and removed it whole: `report --force --out
//! evaluations evaluations` deleted every session. Now every export leaves a manifest,
//! [`MANIFEST`], listing each file it wrote with its SHA-256; replacing a folder removes
//! exactly those files, and only when the folder holds nothing else and none of them was
//! changed since (a secretary's edits to the DOCX are not lost either). A folder that is, or
//! holds, a file being read is refused even without `--force`.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::i18n::{Lang, Msg, tr};
use crate::model::problem::IoProblem;

/// The manifest's name. A dot-file, so the folder scans (which skip them) never read it as a
/// session, and a report written beside the sessions stays out of their way.
pub const MANIFEST: &str = ".evaldesk-export.json";
const FORMAT: &str = "evaldesk-export";
/// Far more than any export lists; a bigger "manifest" is not one of ours.
const MANIFEST_MAX_BYTES: u64 = 1 << 20;

/// What the folder holds: written into the manifest, for a person reading it.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    Report,
    Charts,
}

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    format: String,
    version: u32,
    kind: String,
    /// Each file written, by its path inside the folder (`/` between folders), with the
    /// lowercase hex SHA-256 of its bytes.
    files: BTreeMap<String, String>,
}

#[derive(Debug, thiserror::Error)]
#[error("{}", self.msg().text(Lang::En))]
pub enum FolderError {
    NotAFolder(PathBuf),
    Exists(PathBuf),
    HoldsInput { folder: PathBuf, input: PathBuf },
    Link(PathBuf),
    NotOurs(PathBuf),
    Foreign { folder: PathBuf, file: PathBuf },
    Changed { folder: PathBuf, file: PathBuf },
    Io { path: PathBuf, problem: IoProblem },
}

impl FolderError {
    pub fn msg(&self) -> Msg {
        match self {
            FolderError::NotAFolder(dir) => tr::export_not_folder(dir),
            FolderError::Exists(dir) => tr::report_exists(dir),
            // The sessions' own folder given as the output: said as that, not "X holds X".
            FolderError::HoldsInput { folder, input } if resolved(folder) == resolved(input) => {
                tr::export_is_input(folder)
            }
            FolderError::HoldsInput { folder, input } => tr::export_holds_input(folder, input),
            FolderError::Link(dir) => tr::export_is_link(dir),
            FolderError::NotOurs(dir) => tr::export_not_ours(dir, MANIFEST),
            FolderError::Foreign { folder, file } => tr::export_foreign_file(folder, file),
            FolderError::Changed { folder, file } => tr::export_changed_file(file, folder),
            FolderError::Io { path, problem } => tr::io_at(path, problem.msg()),
        }
    }

    fn io(path: &Path, e: &std::io::Error) -> FolderError {
        FolderError::Io {
            path: path.to_owned(),
            problem: IoProblem::from_io(e),
        }
    }
}

/// What an export does when its folder exists already.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IfExists {
    /// Refuse: the user has not asked for anything to be replaced.
    Refuse,
    /// Replace it when it is empty or an unchanged export by EvalDesk (`--force`).
    ReplaceExport,
}

/// Where an export goes, checked: see [`check`].
pub struct Target {
    dir: PathBuf,
    parent: PathBuf,
    if_exists: IfExists,
    inputs: Vec<PathBuf>,
    /// The files of the folder being replaced (none for an empty one); None when it is new.
    replaces: Option<Vec<String>>,
}

/// May an export be written to `dir`? Never when `dir` is, or holds, one of `inputs` (the
/// sessions, checklists and settings being read); an existing `dir` only with [`IfExists::ReplaceExport`], and
/// then only when it is empty or an unchanged export by EvalDesk holding nothing else.
pub fn check(dir: &Path, if_exists: IfExists, inputs: &[PathBuf]) -> Result<Target, FolderError> {
    let out = resolved(dir);
    if let Some(input) = inputs.iter().find(|i| resolved(i).starts_with(&out)) {
        return Err(FolderError::HoldsInput {
            folder: dir.to_owned(),
            input: input.clone(),
        });
    }
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let replaces = match std::fs::symlink_metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(FolderError::io(dir, &e)),
        Ok(m) if m.file_type().is_symlink() => return Err(FolderError::Link(dir.to_owned())),
        Ok(m) if !m.is_dir() => return Err(FolderError::NotAFolder(dir.to_owned())),
        Ok(_) if if_exists == IfExists::Refuse => return Err(FolderError::Exists(dir.to_owned())),
        Ok(_) => Some(replaceable(dir)?),
    };
    Ok(Target {
        dir: dir.to_owned(),
        parent,
        if_exists,
        inputs: inputs.to_vec(),
        replaces,
    })
}

impl Target {
    /// The temporary folder beside the destination to write the export into.
    pub fn begin(&self) -> Result<tempfile::TempDir, FolderError> {
        std::fs::create_dir_all(&self.parent).map_err(|e| FolderError::io(&self.parent, &e))?;
        tempfile::Builder::new()
            .prefix(".evaldesk-export-")
            .tempdir_in(&self.parent)
            .map_err(|e| FolderError::io(&self.parent, &e))
    }

    /// `made` (from [`Target::begin`], complete) into place with its manifest: the folder it
    /// replaces, checked again (it may have changed while the export was made), moved aside
    /// first and emptied of its listed files only once the new one is there.
    pub fn finish(self, made: tempfile::TempDir, kind: Kind) -> Result<Vec<PathBuf>, FolderError> {
        let files = hash_tree(made.path())?;
        let manifest = Manifest {
            format: FORMAT.to_owned(),
            version: 1,
            kind: format!("{kind:?}").to_lowercase(),
            files,
        };
        let json = serde_json::to_vec_pretty(&manifest).unwrap_or_default();
        let at = made.path().join(MANIFEST);
        std::fs::write(&at, json).map_err(|e| FolderError::io(&self.dir.join(MANIFEST), &e))?;
        // Readable by the others who share the folder, like any folder made there.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(made.path(), std::fs::Permissions::from_mode(0o755));
        }
        let now = check(&self.dir, self.if_exists, &self.inputs)?;
        let made = made.keep();
        let aside = match &now.replaces {
            Some(_) => {
                let name = made.file_name().unwrap_or_default().to_string_lossy();
                let aside = self.parent.join(format!(".evaldesk-replaced-{name}"));
                if let Err(e) = std::fs::rename(&self.dir, &aside) {
                    let _ = std::fs::remove_dir_all(&made);
                    return Err(FolderError::io(&self.dir, &e));
                }
                Some(aside)
            }
            None => None,
        };
        if let Err(e) = std::fs::rename(&made, &self.dir) {
            if let Some(aside) = &aside {
                let _ = std::fs::rename(aside, &self.dir);
            }
            let _ = std::fs::remove_dir_all(&made);
            return Err(FolderError::io(&self.dir, &e));
        }
        if let (Some(aside), Some(old)) = (aside, now.replaces) {
            remove_listed(&aside, &old);
        }
        Ok(manifest
            .files
            .keys()
            .map(|f| self.dir.join(f.replace('/', std::path::MAIN_SEPARATOR_STR)))
            .collect())
    }
}

/// The files of `dir` that replacing it would remove: every file its manifest lists, once
/// the walk has found nothing else in it and none of them changed. An empty folder has none.
fn replaceable(dir: &Path) -> Result<Vec<String>, FolderError> {
    let mut entries = std::fs::read_dir(dir).map_err(|e| FolderError::io(dir, &e))?;
    if entries.next().is_none() {
        return Ok(Vec::new());
    }
    let manifest = read_manifest(dir)?;
    let found = hash_tree(dir)?;
    for (file, sha) in &found {
        match manifest.files.get(file) {
            Some(listed) if listed == sha => {}
            Some(_) => {
                return Err(FolderError::Changed {
                    folder: dir.to_owned(),
                    file: dir.join(file),
                });
            }
            None => {
                return Err(FolderError::Foreign {
                    folder: dir.to_owned(),
                    file: dir.join(file),
                });
            }
        }
    }
    Ok(manifest.files.into_keys().collect())
}

fn read_manifest(dir: &Path) -> Result<Manifest, FolderError> {
    let path = dir.join(MANIFEST);
    let not_ours = || FolderError::NotOurs(dir.to_owned());
    match std::fs::symlink_metadata(&path) {
        Ok(m) if m.is_file() && m.len() <= MANIFEST_MAX_BYTES => {}
        _ => return Err(not_ours()),
    }
    let bytes = std::fs::read(&path).map_err(|e| FolderError::io(&path, &e))?;
    let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|_| not_ours())?;
    // A path that could lead out of the folder makes it not ours: nothing outside is touched.
    let plain = |f: &str| {
        f.split('/').all(|part| {
            !part.is_empty() && part != "." && part != ".." && !part.contains(['\\', ':'])
        })
    };
    if manifest.format != FORMAT
        || manifest.version != 1
        || !manifest.files.keys().all(|f| plain(f))
    {
        return Err(not_ours());
    }
    Ok(manifest)
}

/// Every entry under `dir` but the manifest, by its path with `/`, and the SHA-256 of each
/// regular file; a link or any other kind of entry is given as `"-"`, which matches no
/// listed file (so it is never removed). A folder counts by its files.
fn hash_tree(dir: &Path) -> Result<BTreeMap<String, String>, FolderError> {
    let mut out = BTreeMap::new();
    let mut stack = vec![(dir.to_owned(), String::new())];
    while let Some((path, prefix)) = stack.pop() {
        let entries = std::fs::read_dir(&path).map_err(|e| FolderError::io(&path, &e))?;
        for entry in entries {
            let entry = entry.map_err(|e| FolderError::io(&path, &e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if prefix.is_empty() && name == MANIFEST {
                continue;
            }
            let key = format!("{prefix}{name}");
            let kind = entry
                .file_type()
                .map_err(|e| FolderError::io(&entry.path(), &e))?;
            if kind.is_dir() {
                // An empty folder someone made is theirs: listed as an entry of its own.
                let mut inside = std::fs::read_dir(entry.path())
                    .map_err(|e| FolderError::io(&entry.path(), &e))?;
                if inside.next().is_none() {
                    out.insert(format!("{key}/"), "-".to_owned());
                }
                stack.push((entry.path(), format!("{key}/")));
            } else if kind.is_file() {
                out.insert(key, sha256_file(&entry.path())?);
            } else {
                out.insert(key, "-".to_owned());
            }
        }
    }
    Ok(out)
}

fn sha256_file(path: &Path) -> Result<String, FolderError> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).map_err(|e| FolderError::io(path, &e))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 16];
    loop {
        let n = match file.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(FolderError::io(path, &e)),
        };
        hasher.update(&buffer[..n]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// The old folder, moved aside: its listed files and then its folders, each only if empty,
/// removed; anything else (put there since the check) is left where it is.
fn remove_listed(aside: &Path, files: &[String]) {
    let mut folders: Vec<PathBuf> = Vec::new();
    for f in files {
        let path = aside.join(f.replace('/', std::path::MAIN_SEPARATOR_STR));
        let _ = std::fs::remove_file(&path);
        let mut up = path.parent();
        while let Some(p) = up.filter(|p| *p != aside) {
            folders.push(p.to_owned());
            up = p.parent();
        }
    }
    let _ = std::fs::remove_file(aside.join(MANIFEST));
    folders.sort_by_key(|p| std::cmp::Reverse(p.components().count()));
    folders.dedup();
    for f in folders {
        let _ = std::fs::remove_dir(f);
    }
    let _ = std::fs::remove_dir(aside);
}

/// `path` made absolute with every link resolved, as far as it exists; the rest (a folder
/// still to be made) appended with `.` and `..` read as written.
fn resolved(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    for base in abs.ancestors() {
        let Ok(mut out) = base.canonicalize() else {
            continue;
        };
        for c in abs.strip_prefix(base).unwrap_or(Path::new("")).components() {
            match c {
                Component::ParentDir => {
                    out.pop();
                }
                Component::Normal(n) => out.push(n),
                _ => {}
            }
        }
        return out;
    }
    abs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolved_reads_a_folder_still_to_be_made_through_its_existing_parent() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().canonicalize().unwrap();
        assert_eq!(resolved(&dir.path().join("a/../b/./c")), real.join("b/c"));
        assert_eq!(resolved(dir.path()), real);
    }

    #[test]
    fn a_manifest_naming_a_file_outside_the_folder_is_not_ours() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        for bad in ["../victim.txt", "/etc/passwd", "a//b", "C:/x", "a\\..\\b"] {
            let manifest = format!(
                "{{\"format\":\"evaldesk-export\",\"version\":1,\"kind\":\"report\",\"files\":{{{}:\"-\"}}}}",
                serde_json::to_string(bad).unwrap()
            );
            std::fs::write(out.join(MANIFEST), manifest).unwrap();
            assert!(
                matches!(
                    check(&out, IfExists::ReplaceExport, &[]),
                    Err(FolderError::NotOurs(_))
                ),
                "{bad}"
            );
        }
    }
}
