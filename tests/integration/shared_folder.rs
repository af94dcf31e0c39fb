//! What shared folders really do to sessions (issue 14): planted links, full disks, two
//! people at once, permissions, files edited by hand. Each test failed before its fix.

use std::io::ErrorKind;
use std::path::Path;
use std::process::{Command, Stdio};

use evaldesk::i18n::Lang;
use evaldesk::model::{parse_session, to_pretty_json};
use evaldesk::store::{atomic_write, atomic_write_with, backup_path, lock::lock_path};

use crate::common::{self, evaldesk, summary_json, write_json, write_text};

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn a_bak_that_is_a_symbolic_link_is_replaced_not_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let victim = write_text(dir.path(), "victim.txt", "a colleague's other file");
    let path = write_text(dir.path(), "s.evaluation.json", "old");
    std::os::unix::fs::symlink(&victim, backup_path(&path)).unwrap();
    atomic_write(&path, b"new").unwrap();
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "a colleague's other file"
    );
    let bak = std::fs::symlink_metadata(backup_path(&path)).unwrap();
    assert!(
        bak.is_file() && !bak.file_type().is_symlink(),
        "the link was replaced"
    );
    assert_eq!(std::fs::read_to_string(backup_path(&path)).unwrap(), "old");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
}

#[test]
fn a_bak_that_is_a_hard_link_to_the_session_is_replaced_not_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_text(dir.path(), "s.evaluation.json", "old");
    std::fs::hard_link(&path, backup_path(&path)).unwrap();
    atomic_write(&path, b"new").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    assert_eq!(std::fs::read_to_string(backup_path(&path)).unwrap(), "old");
}

#[test]
fn a_full_disk_while_writing_the_backup_keeps_the_old_backup_and_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_text(dir.path(), "s.evaluation.json", "version two");
    write_text(dir.path(), "s.evaluation.json.bak", "version one");
    let mut calls = 0;
    let e = atomic_write_with(&path, b"version three", |w, bytes| {
        calls += 1;
        if calls == 1 {
            return w.write_all(bytes);
        }
        // The backup: half of it fits, then the disk is full.
        w.write_all(&bytes[..bytes.len() / 2])?;
        Err(std::io::Error::new(ErrorKind::StorageFull, "no space"))
    })
    .unwrap_err();
    assert_eq!(calls, 2);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "version two");
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).unwrap(),
        "version one",
        "the earlier backup is whole"
    );
    assert_eq!(
        names(dir.path()),
        ["s.evaluation.json", "s.evaluation.json.bak"]
    );
    let text = e.msg().text(Lang::En);
    assert!(
        text.contains("s.evaluation.json.bak") && text.contains("the disk is full"),
        "{text}"
    );
}

#[test]
fn a_bak_that_is_a_folder_is_named_in_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_text(dir.path(), "s.evaluation.json", "old");
    std::fs::create_dir(backup_path(&path)).unwrap();
    let e = atomic_write(&path, b"new").unwrap_err();
    let text = e.msg().text(Lang::En);
    assert!(
        text.contains("could not be kept as") && text.contains("s.evaluation.json.bak"),
        "{text}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_permissions_and_refuses_a_read_only_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = write_text(dir.path(), "s.evaluation.json", "old");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
    atomic_write(&path, b"new").unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o664, "colleagues keep their access");
    assert_eq!(mode(&backup_path(&path)), 0o664);
    let fresh = dir.path().join("new.evaluation.json");
    atomic_write(&fresh, b"x").unwrap();
    assert_eq!(
        mode(&fresh),
        0o644,
        "a new file is readable by the folder's users"
    );

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let e = atomic_write(&path, b"newer").unwrap_err();
    assert!(e.msg().text(Lang::En).contains("marked read-only"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
}

#[test]
fn temporary_files_left_by_a_crash_are_cleaned_up_on_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let old = write_text(dir.path(), ".evaldesk-crashed.tmp", "half a sess");
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
    let fresh = write_text(
        dir.path(),
        ".evaldesk-saving-now.tmp",
        "another save under way",
    );
    atomic_write(&dir.path().join("s.evaluation.json"), b"x").unwrap();
    assert!(!old.exists(), "the stale one is gone");
    assert!(fresh.exists(), "a save under way elsewhere is left alone");
}

#[test]
fn two_submits_of_one_draft_at_the_same_moment_one_succeeds_and_prints_the_seal_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let draft =
        to_pretty_json(&parse_session(&serde_json::to_vec(&common::session()).unwrap()).unwrap());
    let path = dir.path().join("s.evaluation.json");
    for round in 0..50 {
        std::fs::write(&path, &draft).unwrap();
        let _ = std::fs::remove_file(backup_path(&path));
        let spawn = || {
            Command::new(env!("CARGO_BIN_EXE_evaldesk"))
                .args(["submit", "--lang", "en"])
                .arg(&path)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        let outputs = [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()];
        let ok: Vec<_> = outputs.iter().filter(|o| o.status.success()).collect();
        assert_eq!(ok.len(), 1, "round {round}: exactly one submit succeeds");
        let saved = parse_session(&std::fs::read(&path).unwrap()).unwrap();
        let sha = saved.seal.expect("sealed").sha256;
        let printed = String::from_utf8_lossy(&ok[0].stdout).into_owned();
        assert!(
            printed.contains(&sha),
            "round {round}: the printed seal is the file's"
        );
        assert_eq!(
            std::fs::read_to_string(backup_path(&path)).unwrap(),
            draft,
            "round {round}: the backup holds the draft"
        );
        assert!(!lock_path(&path).exists(), "round {round}: no lock left");
        assert_eq!(
            names(dir.path()),
            ["s.evaluation.json", "s.evaluation.json.bak"],
            "round {round}: no conflict copy was sealed beside it"
        );
    }
}

#[test]
fn the_same_session_twice_is_counted_once_or_refused_naming_both_files() {
    let dir = tempfile::tempdir().unwrap();
    let text = serde_json::to_string_pretty(&common::session()).unwrap();
    let a = write_text(dir.path(), "a.evaluation.json", &text);
    write_text(dir.path(), "copy.evaluation.json", &text);
    let o = summary_json(dir.path());
    assert_eq!(o.status.code(), Some(0));
    let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(j["sessions"], 1, "identical copies count once");
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(err.contains("is a byte-for-byte copy of"), "{err}");
    // The same path given twice: once.
    let o = evaldesk(&[
        "summary",
        "--json",
        a.to_str().unwrap(),
        a.to_str().unwrap(),
    ]);
    let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(j["sessions"], 1);
    // A conflict copy with other scores: refused, naming both, saying what to do.
    let mut changed = common::session();
    changed["scores"][0]["value"] = serde_json::json!(0);
    write_json(
        dir.path(),
        "a.conflict-20151101-101010.evaluation.json",
        &changed,
    );
    let o = evaldesk(&["summary", "--lang", "en", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(
        err.contains("a.evaluation.json: is the same session as")
            && err.contains("a.conflict-20151101-101010.evaluation.json")
            && err.contains("keep the right one"),
        "{err}"
    );
    assert!(o.stdout.is_empty());
}

#[cfg(unix)]
#[test]
fn sessions_reached_through_links_are_counted_once_each() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let real = write_json(
        elsewhere.path(),
        "b.evaluation.json",
        &common::session_by("b", "Trần Thị B"),
    );
    write_json(dir.path(), "a.evaluation.json", &common::session());
    std::os::unix::fs::symlink(&real, dir.path().join("b.evaluation.json")).unwrap();
    std::os::unix::fs::symlink(&real, dir.path().join("b-again.evaluation.json")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), dir.path().join("linked-folder")).unwrap();
    let o = evaldesk(&["summary", "--json", dir.path().to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(j["sessions"], 2, "a and b, each once");
}

#[test]
fn summary_reads_only_sessions_so_its_own_output_in_the_folder_is_harmless() {
    let dir = tempfile::tempdir().unwrap();
    write_json(dir.path(), "a.evaluation.json", &common::session());
    let first = summary_json(dir.path());
    std::fs::write(dir.path().join("results.json"), &first.stdout).unwrap();
    let again = evaldesk(&[
        "summary",
        "--json",
        "--verbose",
        "--lang",
        "en",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(again.stdout, first.stdout);
    let err = String::from_utf8_lossy(&again.stderr).into_owned();
    assert!(
        err.contains("Not read (not a session or checklist file):") && err.contains("results.json"),
        "{err}"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_evaldesk"))
        .args(["summary", "--json", "evaluations/demo"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // as `| head -0` would
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[cfg(target_os = "linux")]
#[test]
fn submit_to_a_full_output_says_the_seal_is_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_json(dir.path(), "s.evaluation.json", &common::session());
    let full = std::fs::File::options()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_evaldesk"))
        .args(["submit", "--lang", "en"])
        .arg(&path)
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "the session is submitted");
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    let sha = parse_session(&std::fs::read(&path).unwrap())
        .unwrap()
        .seal
        .unwrap()
        .sha256;
    assert!(
        err.contains("submitted and sealed on disk") && err.contains(&sha[..32]),
        "{err}"
    );
}

#[test]
fn submit_with_no_conflict_records_the_declaration_under_the_seal() {
    let dir = tempfile::tempdir().unwrap();
    let plain = write_json(dir.path(), "a.evaluation.json", &common::session());
    let declared = write_json(dir.path(), "b.evaluation.json", &common::session());
    for (path, flag) in [(&plain, None), (&declared, Some("--no-conflict"))] {
        let o = Command::new(env!("CARGO_BIN_EXE_evaldesk"))
            .args(["submit", "--lang", "en"])
            .args(flag)
            .arg(path)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{o:?}");
    }
    let read = |p: &std::path::Path| parse_session(&std::fs::read(p).unwrap()).unwrap();
    assert_eq!(read(&plain).declaration, None);
    let s = read(&declared);
    let d = s.declaration.as_ref().expect("declared");
    assert!(d.no_conflict && d.at.as_deref() == Some(s.modified.as_str()));
    // The declaration is part of what the seal covers: parse_session checked it.
}
