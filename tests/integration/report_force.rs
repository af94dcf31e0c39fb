//! `report --force` and `charts --force` replace only a folder EvalDesk wrote: never the
//! sessions' folder (once, `report --force --out DIR DIR` deleted every session), never a
//! home folder, never a parent of what is read, never a file someone added or changed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use crate::common::{evaldesk, stderr};

/// Every file under `dir` with its bytes: what must not change.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.insert(p.clone(), Vec::new());
                stack.push(p);
            } else {
                out.insert(p.clone(), std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// A copy of the demo sessions in `dir/name`.
fn sessions_in(dir: &Path, name: &str) -> PathBuf {
    let to = dir.join(name);
    std::fs::create_dir_all(&to).unwrap();
    for e in std::fs::read_dir("evaluations/demo").unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
    }
    to
}

fn report(out: &Path, force: bool, input: &Path) -> Output {
    let mut args = vec!["--lang", "en", "report", "--out", out.to_str().unwrap()];
    if force {
        args.push("--force");
    }
    args.push(input.to_str().unwrap());
    evaldesk(&args)
}

fn charts(out: &Path, force: bool, input: &Path) -> Output {
    let out = out.to_str().unwrap();
    let mut args = vec!["--lang", "en", "charts", "--width", "400", "--out", out];
    if force {
        args.push("--force");
    }
    args.push(input.to_str().unwrap());
    evaldesk(&args)
}

#[test]
fn the_sessions_folder_as_out_with_force_is_refused_and_every_file_stays_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = sessions_in(dir.path(), "evaluations");
    std::fs::write(sessions.join("ghi-chu.txt"), "biên bản họp").unwrap();
    let before = snapshot(dir.path());
    for force in [true, false] {
        let o = report(&sessions, force, &sessions);
        assert_eq!(o.status.code(), Some(1), "report, force {force}");
        let err = stderr(&o);
        assert!(err.contains("is being read"), "{err}");
        let o = charts(&sessions, force, &sessions);
        assert_eq!(o.status.code(), Some(1), "charts, force {force}");
        assert!(stderr(&o).contains("is being read"));
        // The same folder named through a session file in it.
        let file = sessions.join("an-nguyen.evaluation.json");
        assert_eq!(report(&sessions, force, &file).status.code(), Some(1));
    }
    assert_eq!(
        snapshot(dir.path()),
        before,
        "nothing added, removed or changed"
    );
}

#[test]
fn a_parent_of_the_sessions_is_refused_even_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = sessions_in(&dir.path().join("evaluations"), "demo");
    let before = snapshot(dir.path());
    for out in [dir.path().to_owned(), dir.path().join("evaluations")] {
        for force in [true, false] {
            let o = report(&out, force, &sessions);
            assert_eq!(o.status.code(), Some(1));
            assert!(stderr(&o).contains("is being read"), "{}", stderr(&o));
            assert_eq!(charts(&out, force, &sessions).status.code(), Some(1));
        }
        // Written with `..`, the same folder.
        let round = sessions.join("..").join("..");
        assert_eq!(report(&round, true, &sessions).status.code(), Some(1));
    }
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_home_like_folder_with_unrelated_files_is_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(home.join("Documents")).unwrap();
    std::fs::write(home.join("Documents/to-trinh.docx"), "tờ trình").unwrap();
    std::fs::write(home.join(".bashrc"), "export A=1").unwrap();
    let before = snapshot(dir.path());
    let demo = Path::new("evaluations/demo");
    let o = report(&home, true, demo);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("was not written by EvalDesk") && err.contains(".evaldesk-export.json"),
        "{err}"
    );
    assert_eq!(charts(&home, true, demo).status.code(), Some(1));
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn force_replaces_an_earlier_export_whole_and_leaves_nothing_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let demo = Path::new("evaluations/demo");
    let out = dir.path().join("report");
    let o = report(&out, false, demo);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = report(&out, false, demo);
    assert_eq!(o.status.code(), Some(1), "an existing folder needs --force");
    assert!(stderr(&o).contains("already exists"));
    let o = report(&out, true, demo);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.join("report.docx").exists() && out.join("charts/1-totals.svg").exists());
    let charts_out = dir.path().join("charts");
    assert!(charts(&charts_out, false, demo).status.success());
    let o = charts(&charts_out, true, demo);
    assert!(o.status.success(), "{}", stderr(&o));
    // A report may replace charts EvalDesk wrote, and the other way round.
    assert!(report(&charts_out, true, demo).status.success());
    assert!(charts_out.join("report.docx").exists() && !charts_out.join("1-totals.png").exists());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(
        left,
        ["charts", "report"],
        "no temporary or replaced folder"
    );
    // The manifest lists exactly what is there.
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join(".evaldesk-export.json")).unwrap()).unwrap();
    let listed = manifest["files"].as_object().unwrap();
    assert_eq!(listed.len(), 4 + 18);
    assert!(listed.contains_key("charts/9-robustness.png"));
}

#[test]
fn a_file_added_to_or_changed_in_an_old_export_is_kept_and_the_folder_refused() {
    let dir = tempfile::tempdir().unwrap();
    let demo = Path::new("evaluations/demo");
    let out = dir.path().join("report");
    assert!(report(&out, false, demo).status.success());
    std::fs::write(out.join("charts/y-kien.txt"), "ý kiến của thư ký").unwrap();
    let before = snapshot(dir.path());
    let o = report(&out, true, demo);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("y-kien.txt") && err.contains("EvalDesk did not write"),
        "{err}"
    );
    assert_eq!(
        snapshot(dir.path()),
        before,
        "the note and the old report as they were"
    );
    std::fs::remove_file(out.join("charts/y-kien.txt")).unwrap();
    // A secretary's edits to the document are not lost either.
    std::fs::write(out.join("report.docx"), "edited").unwrap();
    let before = snapshot(dir.path());
    let o = report(&out, true, demo);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("was changed after EvalDesk wrote it"),
        "{}",
        stderr(&o)
    );
    assert_eq!(snapshot(dir.path()), before);
    // An empty folder someone made inside is theirs too.
    let other = dir.path().join("other");
    assert!(charts(&other, false, demo).status.success());
    std::fs::create_dir(other.join("scans")).unwrap();
    let o = charts(&other, true, demo);
    assert_eq!(o.status.code(), Some(1));
    assert!(other.join("scans").is_dir() && other.join("1-totals.png").exists());
}

#[test]
fn an_empty_folder_is_written_into_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("empty");
    std::fs::create_dir(&out).unwrap();
    let o = charts(&out, true, Path::new("evaluations/demo"));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.join("1-totals.png").exists());
}
