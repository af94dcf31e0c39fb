//! `evaldesk validate` as a user runs it: exit codes, one line per problem, a count.

use std::process::{Command, Output};

use crate::common::{self, evaldesk};

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn valid_files_exit_zero_with_a_count() {
    let o = evaldesk(&[
        "validate",
        "--lang",
        "en",
        "assets/checklists",
        "evaluations/demo",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        stdout(&o).trim(),
        "Checked 5 files: 5 valid (2 checklists, 3 sessions), 0 invalid (0 problems)."
    );
}

#[test]
fn vietnamese_is_the_language_when_asked() {
    let o = evaldesk(&["validate", "--lang", "vi", "evaluations/demo"]);
    assert!(
        stdout(&o).starts_with("Đã kiểm tra 3 tệp: 3 hợp lệ"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn a_bad_file_is_one_line_and_exit_one() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.evaluation.json");
    let mut v = common::session();
    v["scores"][0]["value"] = serde_json::json!(9);
    std::fs::write(&bad, serde_json::to_vec(&v).unwrap()).unwrap();
    let missing = dir.path().join("missing.json");
    let o = evaldesk(&[
        "validate",
        "--lang",
        "en",
        bad.to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "{}: scores[0].value: the score 9 is outside the scale 0 to 4",
            bad.display()
        )
    );
    assert_eq!(
        lines[1],
        format!(
            "{}: cannot read the file: no such file or folder",
            missing.display()
        )
    );
    assert_eq!(
        lines[2],
        "Checked 2 files: 0 valid (0 checklists, 0 sessions), 2 invalid (2 problems)."
    );
}

#[test]
fn bad_usage_exits_two() {
    assert_eq!(evaldesk(&["validate"]).status.code(), Some(2));
    assert_eq!(
        evaldesk(&["validate", "--lang", "fr", "x"]).status.code(),
        Some(2)
    );
    assert_eq!(evaldesk(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn a_folder_of_thousands_of_files_is_checked_without_changing_any() {
    let dir = tempfile::tempdir().unwrap();
    let good = serde_json::to_vec(&common::session()).unwrap();
    for i in 0..2000 {
        let bytes: Vec<u8> = match i % 4 {
            0 => good.clone(),
            1 => good[..good.len() / 2].to_vec(),
            2 => (0..200u32).map(|b| (b * 37 + i) as u8).collect(),
            _ => Vec::new(),
        };
        std::fs::write(dir.path().join(format!("f{i:04}.json")), bytes).unwrap();
    }
    let before: Vec<_> = (0..2000)
        .map(|i| std::fs::read(dir.path().join(format!("f{i:04}.json"))).unwrap())
        .collect();
    let o = evaldesk(&["validate", "--lang", "en", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert_eq!(
        out.lines().last().unwrap(),
        "Checked 2,000 files: 500 valid (0 checklists, 500 sessions), 1,500 invalid (1,500 problems)."
    );
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let after: Vec<_> = (0..2000)
        .map(|i| std::fs::read(dir.path().join(format!("f{i:04}.json"))).unwrap())
        .collect();
    assert!(before == after, "validate changed a file");
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.json");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo is not available; skipping");
        return;
    }
    // Named explicitly: refused in words. In a folder: not a document, skipped.
    let o = evaldesk(&["validate", "--lang", "en", fifo.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).starts_with(&format!(
        "{}: cannot read the file: this is not a regular file",
        fifo.display()
    )));
    let o = evaldesk(&["validate", "--lang", "en", dir.path().to_str().unwrap()]);
    assert_eq!(
        stdout(&o).trim(),
        "Checked 0 files: 0 valid (0 checklists, 0 sessions), 0 invalid (0 problems)."
    );
}
