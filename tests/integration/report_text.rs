//! Text an evaluator typed, in every export: characters XML forbids (U+000B that Word's
//! Shift+Enter pastes, U+FFFE, U+0001) in a note, an evaluator's and a candidate's name leave
//! the DOCX, the SVGs and the workbook readable; what a spreadsheet would run stays text in
//! the CSV; a note longer than a cell holds is cut in the workbook only, with a marker; the
//! workbook and the CSV carry each seal whole.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use crate::common::{self, zip_entry as entry};

const BAD: &str = "\u{0B}\u{FFFE}\u{01}";

fn read(path: &str) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// Rename V-Office everywhere a name is kept (the session's candidates and its checklist's).
fn rename_candidate(v: &mut Value, to: &str) {
    match v {
        Value::Object(o) => {
            if o.get("name") == Some(&json!("V-Office")) {
                o.insert("name".into(), json!(to));
            }
            o.values_mut().for_each(|x| rename_candidate(x, to));
        }
        Value::Array(a) => a.iter_mut().for_each(|x| rename_candidate(x, to)),
        _ => {}
    }
}

/// The demo sessions, typed into the way careless hands and clipboards do; the sealed one
/// sealed again. Returns the folder, the long note and the sealed session's SHA-256.
fn typed_sessions(dir: &Path) -> (PathBuf, String, String) {
    let to = dir.join("sessions");
    std::fs::create_dir(&to).unwrap();
    let long = format!("- Chưa có{BAD} biên bản: {}", "kiểm thử ".repeat(5_000));
    let mut sha = String::new();
    for name in ["an-nguyen", "binh-tran", "chau-le"] {
        let mut s = read(&format!("evaluations/demo/{name}.evaluation.json"));
        rename_candidate(&mut s, &format!("V-Office{BAD}"));
        if name == "binh-tran" {
            s["evaluator"]["name"] = json!(format!("Trần Thị{BAD}Bình"));
            s["evaluator"]["organization"] = json!("=HYPERLINK(\"http://x.example\",\"bấm\")");
            for score in s["scores"].as_array_mut().unwrap() {
                // A cell the evaluators disagree on, so the report quotes its note.
                if score["criterion"] == "G2.3" && score["candidate"] == "m-office" {
                    score["note"] = json!(long);
                } else if score["criterion"] == "G1.1" {
                    score["note"] = json!("+ Có hỗ trợ");
                }
            }
        }
        if s.get("seal").is_some() {
            common::seal(&mut s);
            sha = s["seal"]["sha256"].as_str().unwrap().to_owned();
        }
        let file = to.join(format!("{name}.evaluation.json"));
        std::fs::write(file, serde_json::to_vec_pretty(&s).unwrap()).unwrap();
    }
    (to, long, sha)
}

#[test]
fn typed_text_leaves_every_export_readable_and_nothing_runs_as_a_formula() {
    let dir = tempfile::tempdir().unwrap();
    let (sessions, long, sha) = typed_sessions(dir.path());
    let out = dir.path().join("report");
    let o = Command::new(env!("CARGO_BIN_EXE_evaldesk"))
        .args(["--lang", "en", "report", "--out", out.to_str().unwrap()])
        .arg(&sessions)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let doc = entry(&out.join("report.docx"), "word/document.xml");
    roxmltree::Document::parse(&doc).expect("the DOCX's XML parses");
    // U+000B is the line break Word meant; the rest of the note whole.
    let (first, rest) = long.split_once(BAD).unwrap();
    let broken =
        format!("{first}</w:t><w:br w:type=\"textWrapping\" /><w:t xml:space=\"preserve\">");
    assert!(doc.contains(&broken), "a line break in the DOCX");
    assert!(
        doc.contains(rest.trim_end()),
        "the long note whole in the DOCX"
    );
    assert!(doc.contains("Trần Thị</w:t>") && doc.contains(">Bình</w:t>"));
    assert!(
        doc.contains(&sha[..32]) && !doc.contains(&sha),
        "32 hex characters on paper"
    );

    for e in std::fs::read_dir(out.join("charts")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "svg") {
            let svg = std::fs::read_to_string(&p).unwrap();
            roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        }
    }
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(!html.contains(['\u{0B}', '\u{FFFE}', '\u{01}']));

    let book = out.join("scores.xlsx");
    let strings = entry(&book, "xl/sharedStrings.xml");
    let parsed = roxmltree::Document::parse(&strings).expect("the workbook's strings parse");
    let cells: Vec<String> = parsed
        .descendants()
        .filter(|n| n.has_tag_name("si"))
        .map(|n| {
            n.descendants()
                .filter(|t| t.is_text())
                .filter_map(|t| t.text())
                .collect()
        })
        .collect();
    let cut = cells
        .iter()
        .find(|c| c.starts_with("- Chưa có"))
        .expect("the long note in the workbook");
    assert!(
        cut.ends_with("… [cut: the full text is in scores.csv]"),
        "a visible marker"
    );
    assert!(cut.encode_utf16().count() <= 32_767);
    assert!(cells.contains(&sha), "the workbook carries the seal whole");

    let csv = std::fs::read_to_string(out.join("scores.csv")).unwrap();
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"bấm\"\")\""),
        "{}",
        &csv[..600]
    );
    assert!(csv.contains(",'+ Có hỗ trợ"));
    assert!(
        csv.contains(&format!("'{long}")),
        "the long note whole, as text"
    );
    assert!(
        csv.contains(&format!(",{sha},")),
        "the CSV carries the seal whole"
    );
    // Numbers are written as numbers: no apostrophe before a value.
    assert!(!csv.contains(",'0") && !csv.contains(",'1") && !csv.contains(",'4"));
}
