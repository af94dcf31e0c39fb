//! Nothing an evaluator typed is ever lost or silently changed: crashes, faults, concurrent
//! opens, conflicts, recovery and submission.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use evaldesk::i18n::Lang;
use evaldesk::model::{Session, Status, parse_session, to_pretty_json};
use evaldesk::store::{
    OpenSession, ReadOnly, RecoveryStore, StoreError, atomic_write, atomic_write_with, backup_path,
    load_sessions,
};
use serde_json::json;

use crate::common;

fn session() -> Session {
    serde_json::from_value(common::session()).unwrap()
}

fn write_session(dir: &Path, name: &str, s: &Session) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, to_pretty_json(s)).unwrap();
    path
}

/// Two versions of a session, different in size and content.
fn versions() -> (Session, Session) {
    let old = session();
    let mut new = session();
    for s in &mut new.scores {
        s.note = Some("ghi chú dài hơn để tệp mới lớn hơn tệp cũ — ".repeat(40));
    }
    new.scores[0].value = Some(1.0);
    (old, new)
}

/// Run this test binary again as a child doing `role` (see the `child_*` tests below). The
/// filter is the test's full name, under this module in the one integration binary.
fn spawn_child(role: &str, args: &[&str]) -> Child {
    let module = module_path!().split_once("::").map_or("", |(_, m)| m);
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            &format!("{module}::{role}"),
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("EVALDESK_TEST_CHILD", role)
        .env("EVALDESK_TEST_ARGS", args.join("\n"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn child_args(role: &str) -> Option<Vec<String>> {
    (std::env::var("EVALDESK_TEST_CHILD").ok()? == role).then(|| {
        std::env::var("EVALDESK_TEST_ARGS")
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect()
    })
}

/// Child: save the two versions over one file, alternately, until killed.
#[test]
#[ignore = "run as a child process by the kill test"]
fn child_save_loop() {
    let Some(args) = child_args("child_save_loop") else {
        return;
    };
    let (old, new) = versions();
    let (old, new) = (to_pretty_json(&old), to_pretty_json(&new));
    let path = PathBuf::from(&args[0]);
    loop {
        atomic_write(&path, new.as_bytes()).unwrap();
        atomic_write(&path, old.as_bytes()).unwrap();
    }
}

/// Child: open a session (taking its lock) and hold it until killed.
#[test]
#[ignore = "run as a child process by the lock test"]
fn child_hold_lock() {
    let Some(args) = child_args("child_hold_lock") else {
        return;
    };
    let _open = OpenSession::open(Path::new(&args[0]), "Trần Thị Bình").unwrap();
    std::fs::write(&args[1], "locked").unwrap();
    // Until killed; a minute at most, so a failed parent never leaves it behind for long.
    std::thread::sleep(Duration::from_secs(60));
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_file_never_a_partial_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.evaluation.json");
    let (old, new) = versions();
    let (old_text, new_text) = (to_pretty_json(&old), to_pretty_json(&new));
    std::fs::write(&path, &old_text).unwrap();
    // A small deterministic pseudo-random sequence of kill delays (0–24 ms).
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let (mut saw_old, mut saw_new) = (0, 0);
    const KILLS: usize = 200;
    for i in 0..KILLS {
        let mut child = spawn_child("child_save_loop", &[path.to_str().unwrap()]);
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        std::thread::sleep(Duration::from_micros(2_000 + (seed >> 33) % 22_000));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let loaded = parse_session(text.as_bytes())
            .unwrap_or_else(|p| panic!("kill {i}: damaged file: {p:?}"));
        if text == old_text {
            assert_eq!(loaded, old);
            saw_old += 1;
        } else if text == new_text {
            assert_eq!(loaded, new);
            saw_new += 1;
        } else {
            panic!("kill {i}: the file is neither version");
        }
    }
    println!("kill test: {KILLS} kills, file whole every time ({saw_old} old, {saw_new} new)");
    assert_eq!(saw_old + saw_new, KILLS);
}

#[test]
fn a_full_disk_midway_leaves_the_old_file_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.evaluation.json");
    std::fs::write(&path, "old content").unwrap();
    let e = atomic_write_with(&path, b"new content that does not fit", |w, bytes| {
        w.write_all(&bytes[..8])?;
        Err(std::io::Error::new(
            ErrorKind::StorageFull,
            "no space left on device",
        ))
    })
    .unwrap_err();
    assert_eq!(e.problem.text(Lang::Vi), "ổ đĩa đã đầy");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old content");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names,
        ["s.evaluation.json"],
        "no partial or temporary file is left"
    );
}

#[test]
fn a_save_keeps_the_previous_version_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.evaluation.json");
    atomic_write(&path, b"one").unwrap();
    atomic_write(&path, b"two").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
    assert_eq!(std::fs::read_to_string(backup_path(&path)).unwrap(), "one");
}

#[test]
fn a_target_that_is_a_folder_is_refused_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let e = atomic_write(dir.path(), b"x").unwrap_err();
    assert_eq!(e.problem.text(Lang::En), "this is a folder, not a file");
    let e = OpenSession::open(dir.path(), "A").unwrap_err();
    assert!(
        e.text(Lang::En)
            .contains("cannot read the file: this is a folder"),
        "{}",
        e.text(Lang::En)
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_fails_the_save_and_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), "s.evaluation.json", &session());
    let before = std::fs::read(&path).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.path().join("probe");
    if std::fs::write(&probe, "x").is_ok() {
        // Running as root, which ignores permissions: inject the error the OS would give.
        std::fs::remove_file(&probe).unwrap();
        let e = atomic_write_with(&path, b"x", |_, _| {
            Err(std::io::Error::from(ErrorKind::PermissionDenied))
        })
        .unwrap_err();
        assert_eq!(e.problem.text(Lang::En), "permission denied");
    } else {
        let e = atomic_write(&path, b"new").unwrap_err();
        assert_eq!(e.problem.text(Lang::En), "permission denied");
        // Opened there, the session cannot be locked, so it is read-only, with the reason.
        let open = OpenSession::open(&path, "A").unwrap();
        assert!(matches!(open.read_only, Some(ReadOnly::CannotLock(_))));
    }
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten_both_versions_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), "s.evaluation.json", &session());
    let mut open = OpenSession::open(&path, "Nguyễn Văn A").unwrap();
    assert!(!open.is_read_only());
    // Someone else saves the file meanwhile (from another PC, say, ignoring the lock).
    let mut theirs = session();
    theirs.scores[0].value = Some(0.0);
    std::fs::write(&path, to_pretty_json(&theirs)).unwrap();
    let mut ours = session();
    ours.scores[0].value = Some(4.0);
    let e = open.save(&ours).unwrap_err();
    let StoreError::Conflict { theirs: t, ours: o } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(t, &path);
    assert_eq!(
        parse_session(&std::fs::read(&path).unwrap()).unwrap(),
        theirs,
        "their file is untouched"
    );
    assert_eq!(
        parse_session(&std::fs::read(o).unwrap()).unwrap(),
        ours,
        "ours is kept beside it"
    );
    assert!(
        o.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("s.conflict-")
    );
    assert!(
        e.text(Lang::Vi)
            .contains("bản của bạn được lưu riêng thành")
    );
    // Work continues in our copy.
    ours.scores[1].value = Some(3.0);
    open.save(&ours).unwrap();
    assert_eq!(parse_session(&std::fs::read(o).unwrap()).unwrap(), ours);
}

#[test]
fn a_lock_held_by_another_process_opens_read_only_naming_the_holder() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), "s.evaluation.json", &session());
    let ready = dir.path().join("ready");
    let mut child = spawn_child(
        "child_hold_lock",
        &[path.to_str().unwrap(), ready.to_str().unwrap()],
    );
    let start = Instant::now();
    while !ready.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the child never took the lock"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let open = OpenSession::open(&path, "Nguyễn Văn A").unwrap();
    let Some(ReadOnly::LockedBy(info)) = &open.read_only else {
        panic!("{:?}", open.read_only)
    };
    assert_eq!(info.owner, "Trần Thị Bình");
    assert_eq!(info.pid, child.id());
    assert!(
        open.read_only
            .as_ref()
            .unwrap()
            .text(Lang::Vi)
            .starts_with("Trần Thị Bình (máy ")
    );
    let mut open = open;
    assert!(matches!(
        open.save(&session()),
        Err(StoreError::ReadOnly { .. })
    ));

    // The holder dies without cleaning up: its lock is now stale and may be taken over.
    child.kill().unwrap();
    child.wait().unwrap();
    let mut again = OpenSession::open(&path, "Nguyễn Văn A").unwrap();
    assert!(
        matches!(again.read_only, Some(ReadOnly::StaleLock(_))),
        "{:?}",
        again.read_only
    );
    again.take_over_lock("Nguyễn Văn A").unwrap();
    assert!(!again.is_read_only());
    again.save(&session()).unwrap();
}

#[test]
fn a_second_window_in_the_same_process_is_read_only_and_closing_frees_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), "s.evaluation.json", &session());
    let first = OpenSession::open(&path, "A").unwrap();
    let second = OpenSession::open(&path, "A").unwrap();
    assert!(!first.is_read_only());
    assert!(matches!(second.read_only, Some(ReadOnly::LockedBy(_))));
    drop(first);
    assert!(
        !evaldesk::store::lock::lock_path(&path).exists(),
        "closing removes the lock file"
    );
    assert!(!OpenSession::open(&path, "A").unwrap().is_read_only());
}

#[test]
fn truncated_corrupted_and_newer_files_are_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let full = to_pretty_json(&session());
    let mut newer = common::session();
    newer["version"] = json!(2);
    let cases: [(&str, Vec<u8>, &str); 3] = [
        (
            "truncated",
            full.as_bytes()[..full.len() / 2].to_vec(),
            "cut off",
        ),
        (
            "corrupted",
            full.replace("\"scores\"", "\"sc\0res\"").into_bytes(),
            "damaged",
        ),
        (
            "newer",
            serde_json::to_vec(&newer).unwrap(),
            "newer EvalDesk",
        ),
    ];
    for (name, bytes, words) in cases {
        let path = dir.path().join(format!("{name}.evaluation.json"));
        std::fs::write(&path, &bytes).unwrap();
        let e = OpenSession::open(&path, "A").unwrap_err();
        assert!(
            e.text(Lang::En).contains(words),
            "{name}: {}",
            e.text(Lang::En)
        );
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name} was changed");
        assert!(!evaldesk::store::lock::lock_path(&path).exists());
    }
}

#[test]
fn a_crash_between_autosaves_is_recovered_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = RecoveryStore::new(dir.path().join("config/recovery"));
    let path = write_session(dir.path(), "s.evaluation.json", &session());
    {
        // The app had the session open: a crash leaves its lock file behind, held by nobody.
        let info = evaldesk::store::lock::LockInfo::here("A");
        std::fs::write(
            evaldesk::store::lock::lock_path(&path),
            serde_json::to_string(&info).unwrap(),
        )
        .unwrap();
        // Scores typed after the last save, kept only in the recovery copy…
        let mut unsaved = session();
        unsaved.scores[0].value = Some(1.0);
        unsaved.scores[0].note = Some("sửa sau lần lưu cuối".into());
        unsaved.scores.pop();
        std::thread::sleep(Duration::from_millis(20));
        recovery.write(&path, &unsaved).unwrap();
        // …then the app dies: no save, no cleanup.
    }
    let pending = recovery.pending();
    assert_eq!(pending.len(), 1);
    let r = &pending[0];
    assert!(r.newer);
    assert_eq!(r.session_path, std::path::absolute(&path).unwrap());
    let changes = r.changes();
    assert_eq!(changes.len(), 2);
    assert_eq!(
        (changes[0].criterion.as_str(), changes[0].candidate.as_str()),
        ("G1.1", "m-office")
    );
    assert_eq!(changes[0].on_disk.as_ref().unwrap().value, Some(3.0));
    assert_eq!(changes[0].recovered.as_ref().unwrap().value, Some(1.0));
    assert_eq!(
        (
            changes[1].criterion.as_str(),
            changes[1].recovered.is_none()
        ),
        ("G2.1", true)
    );

    // Restoring gives exactly the unsaved scores; the copy goes only after the save.
    let mut open = OpenSession::open(&path, "A").unwrap();
    assert!(
        matches!(open.read_only, Some(ReadOnly::StaleLock(_))),
        "the dead app's lock is stale"
    );
    open.take_over_lock("A").unwrap();
    open.save(&r.session).unwrap();
    recovery.remove(&path);
    assert_eq!(
        parse_session(&std::fs::read(&path).unwrap()).unwrap(),
        r.session
    );
    assert!(recovery.pending().is_empty());
}

#[test]
fn submit_lists_every_missing_score_then_seals_and_opens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session();
    s.scores.truncate(4);
    let path = write_session(dir.path(), "s.evaluation.json", &s);
    let run = |p: &Path| {
        Command::new(env!("CARGO_BIN_EXE_evaldesk"))
            .args(["submit", "--lang", "en"])
            .arg(p)
            .output()
            .unwrap()
    };
    let o = run(&path);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("cannot submit yet: 2 scores are missing:"),
        "{err}"
    );
    assert!(
        err.contains("  G2.1 Chi phí 5 năm × M-Office")
            && err.contains("  G2.1 Chi phí 5 năm × V-Office")
    );
    assert_eq!(
        parse_session(&std::fs::read(&path).unwrap()).unwrap(),
        s,
        "an incomplete session is not changed"
    );

    let path = write_session(dir.path(), "s.evaluation.json", &session());
    let o = run(&path);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    let saved = parse_session(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved.status, Status::Submitted);
    let sha = saved.seal.as_ref().unwrap().sha256.clone();
    assert!(
        out.contains(&format!(
            "Seal fingerprint (write it on the signed paper copy): {}",
            &sha[..32]
        )),
        "{out}"
    );
    assert_eq!(
        run(&path).status.code(),
        Some(1),
        "a submitted session is not submitted again"
    );

    let open = OpenSession::open(&path, "A").unwrap();
    assert_eq!(open.read_only, Some(ReadOnly::Submitted));
    let copy = open.copy_as_new_draft("A").unwrap();
    assert!(!copy.is_read_only());
    assert_eq!(copy.session.status, Status::Draft);
    assert!(copy.session.seal.is_none());
    assert_ne!(copy.session.id, saved.id);
    assert_eq!(copy.session.scores, saved.scores);
    assert_eq!(
        parse_session(&std::fs::read(&path).unwrap()).unwrap(),
        saved,
        "the sealed original is untouched"
    );
}

#[test]
fn a_folder_loads_every_valid_session_and_lists_each_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..20 {
        let mut s = session();
        s.id = format!("id-{i}");
        s.evaluator.name = format!("Cán bộ {i}");
        write_session(dir.path(), &format!("good{i:02}.evaluation.json"), &s);
    }
    std::fs::write(dir.path().join("bad1.evaluation.json"), "{").unwrap();
    std::fs::write(dir.path().join("bad2.evaluation.json"), [0xffu8, 0xfe]).unwrap();
    let evaldesk::store::Loaded { sessions, bad, .. } = load_sessions(&[dir.path().to_owned()]);
    assert_eq!(sessions.len(), 20);
    assert_eq!(bad.len(), 2);
    assert!(
        bad[0].file.ends_with("bad1.evaluation.json")
            && bad[1].file.ends_with("bad2.evaluation.json")
    );
    assert!(
        sessions.windows(2).all(|w| w[0].0 < w[1].0),
        "sorted by path"
    );
}

#[test]
fn a_new_session_never_overwrites_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), "s.evaluation.json", &session());
    let before = std::fs::read(&path).unwrap();
    let e = OpenSession::create(&path, session(), "A").unwrap_err();
    assert!(matches!(e, StoreError::Exists { .. }));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn submit_is_refused_while_the_app_holds_the_lock_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), "s.evaluation.json", &session());
    let before = std::fs::read(&path).unwrap();
    // The app on another desk has the session open for scoring.
    let _app = OpenSession::open(&path, "Trần Thị Bình").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_evaldesk"))
        .args(["submit", "--lang", "en"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("Trần Thị Bình (computer ") && err.contains("has this session open"),
        "names the holder and the computer: {err}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is unchanged"
    );
    assert!(
        !evaldesk::store::backup_path(&path).exists(),
        "no backup was written either"
    );
}

#[test]
fn submit_keeps_the_draft_as_the_backup_and_prints_the_seal_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_session(dir.path(), "s.evaluation.json", &session());
    let draft = std::fs::read(&path).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_evaldesk"))
        .args(["submit", "--lang", "en"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    let saved = parse_session(&std::fs::read(&path).unwrap()).unwrap();
    let sha = saved.seal.unwrap().sha256;
    assert!(String::from_utf8(o.stdout).unwrap().contains(&sha));
    assert_eq!(
        std::fs::read(evaldesk::store::backup_path(&path)).unwrap(),
        draft,
        "the backup holds the draft"
    );
    assert!(
        !evaldesk::store::lock::lock_path(&path).exists(),
        "the lock is released"
    );
}

#[test]
fn a_failed_save_keeps_its_cause_and_says_the_same_thing_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let error = StoreError::Save(atomic_write(dir.path(), b"x").unwrap_err());
    assert!(
        std::error::Error::source(&error).is_some(),
        "the save's own error is kept as the source"
    );
    assert_eq!(
        error.to_string(),
        error.text(Lang::En),
        "one English text, not two"
    );
    assert!(error.text(Lang::En).contains("The old file is untouched"));
}
