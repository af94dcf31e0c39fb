//! `evaldesk report` on the demo sessions: every file there, valid, saying the same numbers
//! as `summary --json`; a folder written whole or not at all.

use std::path::PathBuf;

use serde_json::Value;

use crate::common::{evaldesk, zip_entry as entry};

/// The report of the demo sessions in a fresh folder, and `summary --json` of the same.
fn demo_report(lang: &str) -> (tempfile::TempDir, PathBuf, Value) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report");
    let o = evaldesk(&[
        "--lang",
        lang,
        "report",
        "--date",
        "2015-04-22",
        "--place",
        "Ninh Bình",
        "--agency",
        "Sở Thông tin và Truyền thông",
        "--out",
        out.to_str().unwrap(),
        "evaluations/demo",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = evaldesk(&["--lang", lang, "summary", "--json", "evaluations/demo"]);
    let json: Value = serde_json::from_slice(&o.stdout).unwrap();
    (dir, out, json)
}

fn names(json: &Value, lang: &str) -> Vec<(String, f64)> {
    let _ = lang;
    json["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_owned(),
                c["total"].as_f64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn the_word_report_is_a4_with_the_administrative_margins_and_names_everything() {
    let (_dir, out, json) = demo_report("vi");
    let xml = entry(&out.join("bao-cao.docx"), "word/document.xml");
    assert!(
        xml.contains(r#"<w:pgSz w:w="11906" w:h="16838""#),
        "A4 portrait"
    );
    // 20 mm top and bottom, 30 mm left, 15 mm right.
    for (side, twips) in [
        ("top", 1134),
        ("bottom", 1134),
        ("left", 1701),
        ("right", 851),
    ] {
        assert!(
            xml.contains(&format!(r#"w:{side}="{twips}""#)),
            "{side} margin {twips}"
        );
    }
    for (name, total) in names(&json, "vi") {
        assert!(xml.contains(&name), "{name}");
        let shown = format!("{total:.2}").replace('.', ",");
        assert!(xml.contains(&shown), "the total {shown}");
    }
    for title in [
        "Quản lý văn bản đến",
        "Chi phí và bản quyền",
        "Hồ sơ công việc và lưu trữ",
    ] {
        assert!(xml.contains(title), "{title}");
    }
    for evaluator in ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu"] {
        assert!(xml.contains(evaluator), "{evaluator}");
    }
    for text in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "Số: ……/BC-……",
        "Ninh Bình, ngày 22 tháng 04 năm 2015",
        "Nơi nhận:",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    ] {
        assert!(xml.contains(text), "{text}");
    }
    let styles = entry(&out.join("bao-cao.docx"), "word/styles.xml");
    assert!(
        styles.contains(r#"w:eastAsia="Times New Roman""#)
            && styles.contains(r#"w:cs="Times New Roman""#),
        "Times New Roman in every font slot"
    );
    // Page numbers from page 2: a first-page header of its own.
    assert!(
        xml.contains("<w:titlePg"),
        "page 1 has its own, empty header"
    );
}

#[test]
fn the_workbook_totals_are_numbers_equal_to_summary_json() {
    let (_dir, out, json) = demo_report("vi");
    let book = out.join("bang-diem.xlsx");
    let sheet = entry(&book, "xl/worksheets/sheet1.xml");
    let doc = roxmltree::Document::parse(&sheet).unwrap();
    let totals: Vec<f64> = doc
        .descendants()
        .filter(|n| n.has_tag_name("c"))
        .filter(|c| {
            c.attribute("r")
                .is_some_and(|r| r.starts_with('C') && r != "C1")
        })
        .map(|c| {
            assert!(
                c.children().any(|f| f.has_tag_name("f")),
                "the total is a formula"
            );
            let v = c
                .children()
                .find(|v| v.has_tag_name("v"))
                .expect("a cached result");
            v.text()
                .unwrap()
                .parse::<f64>()
                .expect("a number, not text")
        })
        .collect();
    let expected: Vec<f64> = names(&json, "vi").into_iter().map(|(_, t)| t).collect();
    assert_eq!(totals.len(), expected.len());
    for (a, b) in totals.iter().zip(&expected) {
        assert!((a - b).abs() < 1e-9, "{a} vs {b}");
    }
    let workbook = entry(&book, "xl/workbook.xml");
    for sheet in [
        "Tổng điểm",
        "Điểm nhóm",
        "Điểm tiêu chí",
        "Điểm từng người",
        "Trọng số",
        "Độ thống nhất",
        "Độ nhạy",
        "Biểu đồ",
    ] {
        assert!(workbook.contains(sheet), "sheet {sheet}");
    }
    let charts = (1..=4).filter(|i| {
        std::fs::File::open(&book)
            .ok()
            .and_then(|f| zip::ZipArchive::new(f).ok())
            .is_some_and(|mut z| z.by_name(&format!("xl/charts/chart{i}.xml")).is_ok())
    });
    assert_eq!(
        charts.count(),
        4,
        "totals, group scores, contributions, radar"
    );
}

#[test]
fn the_html_needs_nothing_from_the_network_and_holds_every_chart() {
    let (_dir, out, json) = demo_report("en");
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    for external in [
        "src=\"http",
        "href=\"http",
        "url(http",
        "<link",
        "<script",
        "@import",
    ] {
        assert!(!html.contains(external), "{external}");
    }
    assert_eq!(
        html.matches("<svg class=\"chart\"").count(),
        8,
        "every chart of the report"
    );
    for (name, _) in names(&json, "en") {
        assert!(html.contains(&name));
    }
    assert!(html.contains("@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }"));
}

#[test]
fn the_csv_has_one_row_per_raw_score_and_a_byte_order_mark() {
    let (_dir, out, _) = demo_report("vi");
    let csv = std::fs::read_to_string(out.join("diem-chi-tiet.csv")).unwrap();
    assert!(
        csv.starts_with('\u{feff}'),
        "Excel reads Vietnamese letters with a BOM"
    );
    let scores: usize = ["an-nguyen", "binh-tran", "chau-le"]
        .iter()
        .map(|f| {
            let s: Value = serde_json::from_slice(
                &std::fs::read(format!("evaluations/demo/{f}.evaluation.json")).unwrap(),
            )
            .unwrap();
            s["scores"].as_array().unwrap().len()
        })
        .sum();
    assert_eq!(
        csv.lines().count(),
        scores + 1,
        "a header, then one row per score"
    );
    assert!(
        csv.contains("Chưa tích hợp ký số bằng USB token"),
        "notes are there"
    );
    assert_eq!(
        std::fs::read_dir(out.join("bieu-do")).unwrap().count(),
        18,
        "the charts as PNG and SVG"
    );
}

#[test]
fn an_existing_folder_is_kept_without_force_and_with_it_unless_evaldesk_wrote_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("mine.txt"), "do not lose").unwrap();
    let args = |force: bool| {
        let mut a = vec!["--lang", "en", "report", "--out", out.to_str().unwrap()];
        if force {
            a.push("--force");
        }
        a.push("evaluations/demo");
        a.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let run = |a: Vec<String>| evaldesk(&a.iter().map(String::as_str).collect::<Vec<_>>());
    let o = run(args(false));
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("already exists"));
    // --force replaces only a folder EvalDesk wrote (the report_force module has the rest).
    let o = run(args(true));
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("was not written by EvalDesk"));
    assert_eq!(
        std::fs::read_to_string(out.join("mine.txt")).unwrap(),
        "do not lose"
    );
    std::fs::remove_file(out.join("mine.txt")).unwrap();
    for _ in 0..2 {
        let o = run(args(true));
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert!(out.join("report.docx").exists());
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers,
        ["report"],
        "no temporary or replaced folder is left"
    );
}

#[test]
fn a_failing_export_leaves_nothing_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    // A name taken by a file, and a folder inside a file: neither can be made.
    let taken = dir.path().join("taken");
    std::fs::write(&taken, "a file").unwrap();
    let o = evaldesk(&[
        "--lang",
        "en",
        "report",
        "--force",
        "--out",
        taken.to_str().unwrap(),
        "evaluations/demo",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is a file, not a folder"));
    assert_eq!(std::fs::read_to_string(&taken).unwrap(), "a file");
    let inside = taken.join("report");
    let o = evaldesk(&[
        "--lang",
        "en",
        "report",
        "--out",
        inside.to_str().unwrap(),
        "evaluations/demo",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("Could not write the report") && err.contains("No file was written"),
        "{err}"
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["taken"]);
}

#[test]
fn a_bad_session_is_refused_as_summary_refuses_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.evaluation.json"), "{").unwrap();
    let out = dir.path().join("report");
    let o = evaldesk(&[
        "--lang",
        "en",
        "report",
        "--out",
        out.to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("bad.evaluation.json"));
    assert!(!out.exists());
}

#[test]
fn bad_report_settings_are_named_with_the_place_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("report-settings.json");
    std::fs::write(
        &settings,
        "{\n  \"agency\": \"Sở TT&TT\",\n  \"signer\": 42\n}",
    )
    .unwrap();
    let out = dir.path().join("report");
    let o = evaldesk(&[
        "--lang",
        "en",
        "report",
        "--settings",
        settings.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "evaluations/demo",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("report-settings.json") && err.contains("line 3"),
        "the file and the line: {err}"
    );
    assert!(!out.exists());
    let o = evaldesk(&[
        "--lang",
        "en",
        "report",
        "--date",
        "22/04/2015",
        "--out",
        out.to_str().unwrap(),
        "evaluations/demo",
    ]);
    assert_eq!(o.status.code(), Some(2), "a bad option is bad usage");
    assert!(String::from_utf8_lossy(&o.stderr).contains("written YYYY-MM-DD"));
    assert!(!out.exists());
    // Strict: the short form the message does not ask for, and a year before 1900.
    for date in ["2015-4-2", "0000-01-01"] {
        let o = evaldesk(&[
            "--lang",
            "en",
            "report",
            "--date",
            date,
            "--out",
            out.to_str().unwrap(),
            "evaluations/demo",
        ]);
        assert_eq!(o.status.code(), Some(2), "{date}");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("a date from 1900"),
            "{date}"
        );
        assert!(!out.exists());
    }
}
