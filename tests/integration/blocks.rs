//! The report of an agency quarter (issue 27): a ranking table per block after the overall
//! one, the agencies' words, and — each evaluator having scored different agencies — why
//! there is no robustness figure instead of one.

use std::path::Path;

use serde_json::{Value, json};

use crate::common::{evaldesk, stderr, write_json, zip_entry};

/// One criterion on 0–4 (total = 25 × value); two blocks and one agency in neither.
fn checklist() -> Value {
    json!({
        "format": "evaldesk.checklist", "version": 1, "id": "cq", "title": "Ứng dụng CNTT",
        "subject": "agency",
        "scale": {"min": 0, "max": 4, "step": 1},
        "categories": [
            {"id": "so", "title": {"vi": "Sở, ban, ngành", "en": "Departments"}},
            {"id": "huyen", "title": {"vi": "UBND huyện, thành phố", "en": "Districts"}}
        ],
        "candidates": [
            {"id": "so-a", "name": "Sở Nội vụ", "category": "so"},
            {"id": "so-b", "name": "Sở Tư pháp", "category": "so"},
            {"id": "hu-a", "name": "UBND huyện Ba Vì", "category": "huyen"},
            {"id": "hu-b", "name": "UBND huyện Đan Phượng", "category": "huyen"},
            {"id": "khac", "name": "Ban Quản lý"}
        ],
        "groups": [{"id": "G1", "title": "Hạ tầng",
                    "criteria": [{"id": "G1.1", "title": "Máy tính"}]}]
    })
}

/// A session by `evaluator` of the agencies `values` names, as assigned to them.
fn session(id: &str, evaluator: &str, values: &[(&str, f64)]) -> Value {
    let cl = checklist();
    let candidates: Vec<Value> = cl["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| values.iter().any(|(id, _)| k["id"] == *id))
        .cloned()
        .collect();
    let scores: Vec<Value> = values
        .iter()
        .map(|(k, v)| json!({"criterion": "G1.1", "candidate": k, "value": v}))
        .collect();
    json!({
        "format": "evaldesk.session", "version": 1, "id": id,
        "evaluator": {"name": evaluator}, "created": "2015-04-20T08:00:00+07:00",
        "modified": "2015-04-20T08:00:00+07:00", "status": "draft", "checklist": cl,
        "candidates": candidates, "scores": scores
    })
}

/// The departments by one evaluator, the districts and the agency in no block by another.
fn quarter(dir: &Path) {
    let so = session("s1", "Nguyễn Văn A", &[("so-a", 1.0), ("so-b", 3.0)]);
    let other = [("hu-a", 4.0), ("hu-b", 2.0), ("khac", 3.0)];
    write_json(dir, "a.evaluation.json", &so);
    write_json(
        dir,
        "b.evaluation.json",
        &session("s2", "Trần Thị B", &other),
    );
}

/// The names of `names` in the order they come in `text` after `from` (and before `until`).
fn order<'a>(text: &str, from: &str, until: Option<&str>, names: &[&'a str]) -> Vec<&'a str> {
    let start = text.find(from).unwrap_or_else(|| panic!("no {from:?}")) + from.len();
    let rest = &text[start..];
    let rest = until
        .and_then(|u| rest.find(u))
        .map_or(rest, |end| &rest[..end]);
    let mut found: Vec<(usize, &str)> = names
        .iter()
        .filter_map(|n| rest.find(n).map(|at| (at, *n)))
        .collect();
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}

const ALL: [&str; 5] = [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "UBND huyện Ba Vì",
    "UBND huyện Đan Phượng",
    "Ban Quản lý",
];

#[test]
fn the_report_ranks_each_block_after_the_overall_table_and_says_why_no_robustness() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    std::fs::create_dir(&sessions).unwrap();
    quarter(&sessions);
    let out = dir.path().join("report");
    let o = evaldesk(&[
        "report",
        "--out",
        out.to_str().unwrap(),
        sessions.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let docx = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "docx"))
        .expect("a DOCX");
    let xml = zip_entry(&docx, "word/document.xml");
    let so = "Xếp hạng — Sở, ban, ngành";
    let huyen = "Xếp hạng — UBND huyện, thành phố";
    let other = "Xếp hạng — Đơn vị chưa xếp khối";
    // The blocks come after the overall table, in the checklist's order.
    let (a, b, c) = (xml.find(so), xml.find(huyen), xml.find(other));
    assert!(a.is_some() && a < b && b < c, "{a:?} {b:?} {c:?}");
    // Overall: Ba Vì 100, Tư pháp and Ban Quản lý 75, Đan Phượng 50, Nội vụ 25.
    let ranking = "Cơ quan, đơn vị";
    assert_eq!(
        order(&xml, ranking, Some(so), &ALL),
        [
            "UBND huyện Ba Vì",
            "Sở Tư pháp",
            "Ban Quản lý",
            "UBND huyện Đan Phượng",
            "Sở Nội vụ"
        ]
    );
    assert_eq!(
        order(&xml, so, Some(huyen), &ALL),
        ["Sở Tư pháp", "Sở Nội vụ"]
    );
    assert_eq!(
        order(&xml, huyen, Some(other), &ALL),
        ["UBND huyện Ba Vì", "UBND huyện Đan Phượng"]
    );
    // Each evaluator scored different agencies: no figure, and why.
    assert!(
        xml.contains("Không tính độ vững theo tổ chấm"),
        "no sentence why"
    );
    assert!(!xml.contains("số trường hợp"), "a robustness figure");
    // No word of products in the agencies' report.
    assert!(!xml.contains("sản phẩm") && !xml.contains("Sản phẩm"));
    let html = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "html"))
        .expect("an HTML");
    let html = std::fs::read_to_string(html).unwrap();
    assert!(html.contains(huyen) && html.contains("Không tính độ vững theo tổ chấm"));
}

#[test]
fn the_workbook_ranking_carries_each_agencys_block_and_rank_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    std::fs::create_dir(&sessions).unwrap();
    quarter(&sessions);
    let out = dir.path().join("report");
    let o = evaldesk(&[
        "report",
        "--out",
        out.to_str().unwrap(),
        sessions.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let xlsx = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "xlsx"))
        .expect("a workbook");
    let strings = zip_entry(&xlsx, "xl/sharedStrings.xml");
    assert!(
        strings.contains(">Khối<") && strings.contains(">Hạng trong khối<"),
        "{strings}"
    );
}

#[test]
fn the_summary_speaks_of_agencies_and_says_why_there_is_no_robustness_figure() {
    let dir = tempfile::tempdir().unwrap();
    quarter(dir.path());
    let o = evaldesk(&["summary", dir.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("Cơ quan, đơn vị"), "{text}");
    assert!(text.contains("Không tính độ vững theo tổ chấm: mỗi người đánh giá chấm những cơ quan, đơn vị khác nhau"), "{text}");
    assert!(
        !text.contains("số trường hợp") && !text.contains("sản phẩm"),
        "{text}"
    );
}
