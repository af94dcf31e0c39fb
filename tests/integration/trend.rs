//! docs/method.md §13 by hand: three periods through `evaldesk trend --json`, with an agency
//! missing in one period, one new in the last, a criterion added in the last, and a tie in
//! the year's figure broken by the last period's order (against the ids' order).

use serde_json::{Value, json};

use crate::common;

/// One group; `c2` only from the third period. Blocks `so` and `huyen`; grades at 80.
fn checklist(criteria: &[&str]) -> Value {
    let criteria: Vec<Value> = criteria
        .iter()
        .map(|c| json!({"id": c, "title": c}))
        .collect();
    let mut cl = common::checklist_with(json!([{"id": "G", "title": "G", "criteria": criteria}]));
    cl["categories"] = json!([{"id": "so", "title": "Sở"}, {"id": "huyen", "title": "Huyện"}]);
    cl["grades"] = json!([{"min": 80, "label": "Tốt"}, {"min": 0, "label": "Chưa tốt"}]);
    cl
}

const BLOCK: [(&str, &str); 4] = [("A", "so"), ("B", "so"), ("C", "huyen"), ("D", "huyen")];

/// A folder `name` holding one session on `criteria` with `values[agency] = [c1, c2, …]`.
fn period(
    root: &std::path::Path,
    name: &str,
    label: Option<&str>,
    criteria: &[&str],
    values: &[(&str, &[u32])],
) -> std::path::PathBuf {
    let dir = root.join(name);
    std::fs::create_dir(&dir).unwrap();
    let cl = checklist(criteria);
    let ids: Vec<&str> = values.iter().map(|(k, _)| *k).collect();
    let mut s = common::session_with(&format!("s-{name}"), &cl, &ids, Vec::new());
    let block = |k: &str| BLOCK.iter().find(|(id, _)| *id == k).unwrap().1;
    s["candidates"] = ids
        .iter()
        .map(|k| json!({"id": k, "name": format!("Đơn vị {k}"), "category": block(k)}))
        .collect();
    s["scores"] = values
        .iter()
        .flat_map(|(k, vs)| {
            criteria
                .iter()
                .zip(vs.iter())
                .map(move |(c, v)| json!({"criterion": c, "candidate": k, "value": v}))
        })
        .collect();
    if let Some(label) = label {
        s["period"] = json!(label);
    }
    common::write_json(&dir, "e.evaluation.json", &s);
    dir
}

/// Totals (s = v / 4, criteria weighted alike):
/// - 2015-Q1: A 75, B 100, C 50.
/// - q2 (no `period`: the folder's name): A 100, C 75; B not scored.
/// - 2015-Q3 (c2 added): A 75, B 50, C 100, D 62.5 (new).
///
/// Year: A 250/3; B (100 + 50) / 2 = 75; C 225/3 = 75; D 62.5.
fn year() -> Value {
    let root = tempfile::tempdir().unwrap();
    let one = ["c1"];
    let two = ["c1", "c2"];
    let dirs = [
        period(
            root.path(),
            "q1",
            Some("2015-Q1"),
            &one,
            &[("A", &[3]), ("B", &[4]), ("C", &[2])],
        ),
        period(root.path(), "q2", None, &one, &[("A", &[4]), ("C", &[3])]),
        period(
            root.path(),
            "q3",
            Some("2015-Q3"),
            &two,
            &[
                ("A", &[3, 3]),
                ("B", &[2, 2]),
                ("C", &[4, 4]),
                ("D", &[3, 2]),
            ],
        ),
    ];
    let mut args = vec!["trend", "--json"];
    let dirs: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    args.extend(dirs.iter().map(String::as_str));
    let o = common::evaldesk(&args);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn close(a: &Value, b: f64) -> bool {
    a.as_f64().is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn three_periods_line_up_by_agency_as_computed_by_hand() {
    let y = year();
    let labels: Vec<&str> = y["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["2015-Q1", "q2", "2015-Q3"]);
    assert_eq!(y["periods"][0]["sessions"], 1);
    assert_eq!(y["periods"][0]["checklist"], "t");

    let c = y["candidates"].as_array().unwrap();
    let order: Vec<&str> = c.iter().map(|c| c["id"].as_str().unwrap()).collect();
    // B and C tie at 75: C came before B in the last period (100 against 50), so C first.
    assert_eq!(order, ["A", "C", "B", "D"]);
    let ranks: Vec<u64> = c.iter().map(|c| c["rank"].as_u64().unwrap()).collect();
    assert_eq!(ranks, [1, 2, 2, 4]);

    let a = &c[0];
    assert!(close(&a["mean"], 250.0 / 3.0), "{a}");
    assert_eq!(a["periods_scored"], 3);
    assert!(close(&a["change"], -25.0), "{a}");
    // Rank 1 in q2, 2 in 2015-Q3: down one place.
    assert_eq!(a["rank_change"], -1);
    assert_eq!(a["category"], "so");
    assert_eq!(a["category_rank"], 1);
    assert_eq!(a["periods"][1]["grade"], "Tốt");
    assert_eq!(
        a["periods"][0]["category_rank"], 2,
        "B led the block in 2015-Q1"
    );

    let (cc, b, d) = (&c[1], &c[2], &c[3]);
    assert!(close(&cc["mean"], 75.0) && close(&b["mean"], 75.0));
    assert!(close(&cc["change"], 25.0));
    assert_eq!(cc["rank_change"], 1);
    assert_eq!(cc["category_rank"], 1);
    // B was not scored in q2: no change, and null in its place.
    assert_eq!(b["periods"][1], Value::Null);
    assert_eq!(b["change"], Value::Null);
    assert_eq!(b["rank_change"], Value::Null);
    assert_eq!(b["periods_scored"], 2);
    assert_eq!(b["category_rank"], 2);
    // D is new in the last period: scored once, no change.
    assert_eq!(d["periods"][0], Value::Null);
    assert!(close(&d["periods"][2]["total"], 62.5));
    assert_eq!(d["periods"][2]["rank"], 3);
    assert_eq!(d["periods_scored"], 1);
    assert_eq!(d["change"], Value::Null);
    assert_eq!(d["category_rank"], 2);
    assert!(c.iter().all(|c| c["qualified"] == true));
}

#[test]
fn the_text_ranks_each_block_with_the_change_since_the_period_before() {
    let root = tempfile::tempdir().unwrap();
    let one = ["c1"];
    let q1 = period(root.path(), "q1", None, &one, &[("A", &[2]), ("C", &[4])]);
    let q2 = period(root.path(), "q2", None, &one, &[("A", &[4]), ("C", &[3])]);
    let (q1, q2) = (q1.display().to_string(), q2.display().to_string());
    let o = common::evaldesk(&["trend", "--lang", "vi", &q1, &q2]);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let text = String::from_utf8(o.stdout).unwrap();
    let so = text.find("Sở").expect("the block Sở is titled");
    let huyen = text.find("Huyện").expect("the block Huyện is titled");
    assert!(so < huyen, "{text}");
    // A went from 50 (rank 2) to 100 (rank 1): up one place, 50 points.
    let a = text.lines().find(|l| l.contains("Đơn vị A")).unwrap();
    assert!(a.contains("▲ 1 · +50,00"), "{a}");
    let c = text.lines().find(|l| l.contains("Đơn vị C")).unwrap();
    assert!(c.contains("▼ 1 · -25,00"), "{c}");
}

#[test]
fn a_period_that_cannot_be_computed_is_named() {
    let root = tempfile::tempdir().unwrap();
    let q1 = period(root.path(), "q1", None, &["c1"], &[("A", &[2])]);
    let empty = root.path().join("q2");
    std::fs::create_dir(&empty).unwrap();
    let (q1, q2) = (q1.display().to_string(), empty.display().to_string());
    let o = common::evaldesk(&["trend", "--lang", "en", &q1, &q2]);
    assert_eq!(o.status.code(), Some(1));
    let err = common::stderr(&o);
    assert!(
        err.contains("q2") && err.contains("could not be computed"),
        "{err}"
    );
    assert!(
        o.stdout.is_empty(),
        "nothing is printed as if it were the year"
    );
}

#[test]
fn periods_on_different_checklists_are_said_to_measure_different_things() {
    let o = common::evaldesk(&[
        "trend",
        "--lang",
        "en",
        "evaluations/demo",
        "evaluations/demo-agencies",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let err = common::stderr(&o);
    assert!(
        err.contains("demo-agencies") && err.contains("different things"),
        "{err}"
    );
}

/// The three periods of [`year`] written as the year's report: the DOCX ranks each block by
/// the year's figure with every period's total and the change in words; the workbook has the
/// numbers and two native charts; the charts are there as PNG and SVG.
#[test]
fn the_year_report_ranks_each_block_with_every_period() {
    let root = tempfile::tempdir().unwrap();
    let one = ["c1"];
    let q1 = period(
        root.path(),
        "q1",
        None,
        &one,
        &[("A", &[2]), ("B", &[4]), ("C", &[4])],
    );
    let q2 = period(
        root.path(),
        "q2",
        None,
        &one,
        &[("A", &[4]), ("B", &[3]), ("C", &[3])],
    );
    let out = root.path().join("nam");
    let (q1, q2, o) = (
        q1.display().to_string(),
        q2.display().to_string(),
        out.display().to_string(),
    );
    let run = common::evaldesk(&[
        "trend",
        "--lang",
        "vi",
        "--out",
        &o,
        "--date",
        "2015-12-20",
        &q1,
        &q2,
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", common::stderr(&run));
    let doc = common::zip_entry(&out.join("bao-cao-nam.docx"), "word/document.xml");
    let text = docx_text(&doc);
    assert!(
        text.contains("xếp hạng mức độ ứng dụng công nghệ thông tin năm 2015"),
        "{text}"
    );
    let so = text
        .find("Xếp hạng khối Sở")
        .expect("the block Sở has its section");
    let huyen = text
        .find("Xếp hạng khối Huyện")
        .expect("the block Huyện has its section");
    assert!(so < huyen);
    // A: 50 then 100, up from rank 3 to 1 in the province; B: 100 then 75, from 1 to 2.
    let a = text.find("Đơn vị A").unwrap();
    let row = "Đơn vị A 50,00 100,00 75,00 Chưa tốt ▲ 2 +50,00";
    assert!(text[a..].starts_with(row), "{}", &text[a..]);
    let b = text.find("Đơn vị B").unwrap();
    let row = "Đơn vị B 100,00 75,00 87,50 Tốt ▼ 1 -25,00";
    assert!(text[b..].starts_with(row), "{}", &text[b..]);
    assert!(text.contains("Tăng hạng nhiều nhất: Đơn vị A (tăng 2 bậc)"));
    // No table wider than the page: every table's grid adds up to the text width.
    for grid in doc.split("<w:tblGrid>").skip(1) {
        let grid = &grid[..grid.find("</w:tblGrid>").unwrap()];
        let sum: i64 = grid
            .split("w:w=\"")
            .skip(1)
            .map(|w| w[..w.find('"').unwrap()].parse::<i64>().unwrap())
            .sum();
        assert!(sum <= 9360 + 10, "a table {sum} twips wide: {grid}");
    }
    let book = common::zip_entry(&out.join("xep-hang-nam.xlsx"), "xl/worksheets/sheet1.xml");
    assert!(
        book.contains("<v>75</v>"),
        "A's mean 75 is a number in the workbook"
    );
    common::zip_entry(&out.join("xep-hang-nam.xlsx"), "xl/charts/chart1.xml");
    common::zip_entry(&out.join("xep-hang-nam.xlsx"), "xl/charts/chart2.xml");
    for f in ["1-totals-by-period", "2-rank-changes"] {
        assert!(out.join("bieu-do").join(format!("{f}.png")).is_file());
        assert!(out.join("bieu-do").join(format!("{f}.svg")).is_file());
    }
}

/// The paragraphs' text of a DOCX body, runs joined.
fn docx_text(xml: &str) -> String {
    let mut out = String::new();
    for part in xml.split("<w:t").skip(1) {
        let Some(start) = part.find('>') else {
            continue;
        };
        let Some(end) = part.find("</w:t>") else {
            continue;
        };
        out.push_str(&part[start + 1..end]);
        out.push(' ');
    }
    out
}
