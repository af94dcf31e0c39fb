//! `evaldesk checklist import|export`: the editor's import and export, headless. Exit 1 on bad
//! input with every problem by row and column, 2 on bad usage; nothing written on error.

use std::path::{Path, PathBuf};
use std::process::Command;

fn evaldesk(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_evaldesk"))
        .args(["--lang", "en"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn export_then_import_gives_the_same_checklist() {
    let dir = tempfile::tempdir().unwrap();
    let original = repo("assets/checklists/dms-vn.checklist.json");
    let xlsx = dir.path().join("dms.xlsx");
    let (code, out, err) = evaldesk(&["checklist", "export", s(&original), "--out", s(&xlsx)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("dms.xlsx"), "{out}");
    let back = dir.path().join("dms.checklist.json");
    let (code, out, err) = evaldesk(&["checklist", "import", s(&xlsx), "--out", s(&back)]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Criteria read from the sheet “tieu-chi” (the first visible sheet)."),
        "{out}"
    );
    let parse = |p: &Path| evaldesk::model::parse_checklist(&std::fs::read(p).unwrap()).unwrap();
    assert_eq!(parse(&back), parse(&original));
}

#[test]
fn a_bad_sheet_exits_1_with_every_problem_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("tieu-chi.csv");
    std::fs::write(
        &csv,
        "group,group_title_vi,id,title_vi,kind,weight\nG1,Hạ tầng,G1.1,Máy tính,sometimes,2\nG1,,G1.2,Mạng,scale,abc\n",
    )
    .unwrap();
    let out = dir.path().join("x.checklist.json");
    let (code, _, err) = evaldesk(&["checklist", "import", s(&csv), "--out", s(&out)]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("was not imported (2 problems); nothing was written"),
        "{err}"
    );
    assert!(
        err.contains("row 2, column E (kind): “sometimes” is not a kind"),
        "{err}"
    );
    assert!(
        err.contains("row 3, column F (weight): “abc” is not a number"),
        "{err}"
    );
    assert!(!out.exists());
}

#[test]
fn bad_usage_exits_2_and_an_existing_output_is_kept_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = repo("assets/templates/tieu-chi-mau.csv");
    let wrong = dir.path().join("x.json");
    let (code, _, err) = evaldesk(&["checklist", "import", s(&sheet), "--out", s(&wrong)]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("must end in .checklist.json"), "{err}");
    assert!(!wrong.exists());
    let (code, _, _) = evaldesk(&["checklist", "import", s(&sheet)]);
    assert_eq!(code, 2);

    let out = dir.path().join("agency.checklist.json");
    std::fs::write(&out, "mine").unwrap();
    let (code, _, err) = evaldesk(&["checklist", "import", s(&sheet), "--out", s(&out)]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    let (code, _, err) = evaldesk(&[
        "checklist",
        "import",
        s(&sheet),
        "--out",
        s(&out),
        "--force",
    ]);
    assert_eq!(code, 0, "{err}");
    let c = evaldesk::model::parse_checklist(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(c.criteria_count(), 41);
    assert_eq!(c.id, "agency");
    // The sample sheet's blocks come with it into the blank checklist the command starts from.
    assert_eq!(c.categories.map(|k| k.len()), Some(2));
}
