//! What the committee reads of a consensus meeting: the demo folder with a review beside its
//! sessions, exported by `evaldesk report`, read back from bao-cao.docx (the decisions'
//! section, the headline, the declaration column), bien-ban-hop.docx (the minutes: chair,
//! secretary, each reason, the ranking, the signatures), the workbook's Decisions sheet, the
//! decisions CSV and `summary`; a reason typed with markup and a formula stays text in each.

use std::path::{Path, PathBuf};

use evaldesk::model::{Decision, Meeting, Member, Review, ReviewKind, Session};
use serde_json::Value;

use crate::common::{evaldesk, zip_entry as entry};

mod appraisal;
mod read;
use read::{Cell, docx_parts, sheet, table_with};

/// A reason with what XML escapes and what a spreadsheet would run.
const UNSAFE: &str = "=cmd|' /C calc'!A0 <b>&\"ký số\"</b>";
const REASON: &str = "Buổi trình diễn 27/4: chỉ ký số được văn bản đi";

/// The demo sessions copied into `dir/demo`, with a review beside them deciding G2.3 ×
/// M-Office (2, for `reason`) and G6.8 × M-Office (N/A); `meeting` as given; final or draft.
fn reviewed_folder(dir: &Path, reason: &str, meeting: Option<Meeting>, last: bool) -> PathBuf {
    reviewed_folder_of(ReviewKind::Consensus, dir, reason, meeting, last)
}

fn reviewed_folder_of(
    kind: ReviewKind,
    dir: &Path,
    reason: &str,
    meeting: Option<Meeting>,
    last: bool,
) -> PathBuf {
    let folder = dir.join("demo");
    std::fs::create_dir(&folder).unwrap();
    for e in std::fs::read_dir("evaluations/demo").unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), folder.join(e.file_name())).unwrap();
    }
    let loaded = evaldesk::store::load_sessions(std::slice::from_ref(&folder));
    assert!(loaded.bad.is_empty());
    let sessions: Vec<Session> = loaded.sessions.into_iter().map(|(_, s)| s).collect();
    let refs: Vec<&Session> = sessions.iter().collect();
    let mut review = Review::new_draft(kind, &refs);
    review.decisions.push(Decision {
        criterion: "G2.3".into(),
        candidate: "m-office".into(),
        value: Some(2.0),
        na: None,
        reason: reason.into(),
        by: Some("Nguyễn Văn Hùng".into()),
        at: Some("2015-04-28T10:15:00+07:00".into()),
    });
    review.decisions.push(Decision {
        criterion: "G6.8".into(),
        candidate: "m-office".into(),
        value: None,
        na: Some(true),
        reason: "Gói triển khai không gồm ứng dụng di động".into(),
        by: None,
        at: None,
    });
    review.meeting = meeting;
    if last {
        review.finalize("2015-04-28T11:00:00+07:00".into());
    }
    std::fs::write(
        folder.join("hop.review.json"),
        evaldesk::model::to_pretty_json(&review),
    )
    .unwrap();
    folder
}

fn meeting() -> Meeting {
    let member = |name: &str, present: bool| Member {
        name: name.into(),
        role: Some("Tổ viên".into()),
        present: Some(present),
    };
    Meeting {
        date: Some("2015-04-28".into()),
        place: Some("Phòng họp tầng 3, Sở Thông tin và Truyền thông".into()),
        chair: Some("Nguyễn Văn Hùng".into()),
        secretary: Some("Lê Thị Hoa".into()),
        members: vec![
            member("Nguyễn Văn An", true),
            member("Trần Thị Bình", true),
            member("Phạm Quốc Dũng", false),
        ],
    }
}

/// `report` of `folder` into `dir/out`, in `lang`.
fn report(dir: &Path, folder: &Path, lang: &str) -> PathBuf {
    let out = dir.join("out");
    let o = evaldesk(&[
        "--lang",
        lang,
        "report",
        "--date",
        "2015-04-29",
        "--place",
        "Ninh Bình",
        "--agency",
        "Sở Thông tin và Truyền thông",
        "--agency-short",
        "STTTT",
        "--out",
        out.to_str().unwrap(),
        folder.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    out
}

fn totals(folder: &Path) -> Vec<(String, f64)> {
    let o = evaldesk(&[
        "--lang",
        "vi",
        "summary",
        "--json",
        folder.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let json: Value = serde_json::from_slice(&o.stdout).unwrap();
    json["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().into(),
                c["total"].as_f64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn the_report_shows_each_decision_beside_the_evaluators_values() {
    let dir = tempfile::tempdir().unwrap();
    let folder = reviewed_folder(dir.path(), REASON, Some(meeting()), false);
    let out = report(dir.path(), &folder, "vi");
    let (paragraphs, tables) = docx_parts(&out.join("bao-cao.docx"));
    assert!(
        paragraphs.iter().any(|p| p == "5. Kết quả họp thống nhất"),
        "the section right after the results: {paragraphs:?}"
    );
    let headline = "Kết quả trên đã tính 2 quyết định của cuộc họp thống nhất ngày 28/04/2015; \
                    biên bản họp còn là bản nháp";
    assert!(
        paragraphs.iter().any(|p| p.starts_with(headline)),
        "{paragraphs:?}"
    );
    let decisions = table_with(&tables, "Lý do");
    assert_eq!(
        decisions[0],
        [
            "Tiêu chí",
            "Sản phẩm",
            "Điểm từng cán bộ",
            "Trước họp",
            "Thống nhất",
            "Lý do"
        ]
    );
    assert_eq!(
        decisions[1],
        [
            "G2.3 Ký số văn bản đi",
            "M-Office",
            "Nguyễn Văn An\u{a0}3\nTrần Thị Bình\u{a0}1\nLê Minh Châu\u{a0}3",
            "2,33",
            "2",
            REASON
        ]
    );
    assert_eq!(decisions[2][0], "G6.8 Truy cập trên thiết bị di động");
    assert_eq!(decisions[2][4], "Không áp dụng");
    assert_eq!(decisions[2][5], "Gói triển khai không gồm ứng dụng di động");
    // What each evaluator declared: the demo sessions declare nothing.
    let evaluators = table_with(&tables, "Cam kết không xung đột lợi ích");
    assert_eq!(evaluators.len(), 4);
    assert!(evaluators[1..].iter().all(|row| row[4] == "không"));
    let html = std::fs::read_to_string(out.join("bao-cao.html")).unwrap();
    assert!(html.contains("<h2>5. Kết quả họp thống nhất</h2>"));
    assert!(html.contains(REASON));
}

#[test]
fn the_minutes_name_who_met_each_decision_and_the_ranking() {
    let dir = tempfile::tempdir().unwrap();
    let folder = reviewed_folder(dir.path(), REASON, Some(meeting()), false);
    let out = report(dir.path(), &folder, "vi");
    let (paragraphs, tables) = docx_parts(&out.join("bien-ban-hop.docx"));
    for line in [
        "DỰ THẢO",
        "BIÊN BẢN",
        "Họp thống nhất kết quả đánh giá theo Tiêu chí đánh giá phần mềm quản lý văn bản và điều hành",
        "I. Thời gian, địa điểm",
        "Thời gian bắt đầu: …… giờ ……, ngày 28 tháng 04 năm 2015.",
        "Địa điểm: Phòng họp tầng 3, Sở Thông tin và Truyền thông.",
        "II. Thành phần tham dự",
        "Chủ trì: Nguyễn Văn Hùng.",
        "Thư ký: Lê Thị Hoa.",
        "- Nguyễn Văn An, Tổ viên",
        // Nobody ticked the declaration in the demo: the minutes say so, by name.
        "Cán bộ chấm chưa cam kết không có xung đột lợi ích: Nguyễn Văn An, Trần Thị Bình, Lê Minh Châu.",
        "III. Nội dung",
        "- G2.3 Ký số văn bản đi — M-Office: từ 1 đến 3",
        "IV. Kết luận",
        "Cuộc họp kết thúc vào …… giờ …… cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và nhất trí.",
    ] {
        assert!(
            paragraphs.iter().any(|p| p == line),
            "{line}: {paragraphs:?}"
        );
    }
    // The absent member is listed after "vắng mặt", not among those present.
    let absent = paragraphs
        .iter()
        .position(|p| p == "Thành viên vắng mặt:")
        .unwrap();
    assert_eq!(paragraphs[absent + 1], "- Phạm Quốc Dũng, Tổ viên");
    let header = &tables[0][0];
    assert!(
        header[0].contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG") && header[0].contains("Số: ……/BB-STTTT")
    );
    assert!(
        header[1].contains("Ninh Bình, ngày 28 tháng 04 năm 2015"),
        "{header:?}"
    );
    let decisions = table_with(&tables, "Lý do");
    assert_eq!(decisions.len(), 3);
    assert_eq!(decisions[1][0], "1");
    assert_eq!(decisions[1][6], REASON);
    assert_eq!(decisions[2][6], "Gói triển khai không gồm ứng dụng di động");
    // The ranking with the decisions in it, as `summary --json` has it.
    let ranking = table_with(&tables, "Tổng điểm");
    let expected = totals(&folder);
    assert_eq!(ranking.len(), expected.len() + 1);
    for (row, (name, total)) in ranking[1..].iter().zip(&expected) {
        assert_eq!(row[1], *name);
        assert_eq!(row[2], format!("{total:.2}").replace('.', ","));
    }
    // The secretary signs on the left, the chair on the right.
    let sign = &tables.last().unwrap()[0];
    assert!(
        sign[0].starts_with("THƯ KÝ") && sign[0].ends_with("Lê Thị Hoa"),
        "{sign:?}"
    );
    assert!(
        sign[1].starts_with("CHỦ TRÌ") && sign[1].ends_with("Nguyễn Văn Hùng"),
        "{sign:?}"
    );
}

#[test]
fn the_workbook_and_the_csv_list_the_decisions_with_numbers_as_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let folder = reviewed_folder(dir.path(), REASON, Some(meeting()), false);
    let out = report(dir.path(), &folder, "vi");
    let rows = sheet(&out.join("bang-diem.xlsx"), "Quyết định");
    assert_eq!(rows.len(), 3, "a header and two decisions");
    let cell = |r: usize, col: &str| {
        rows[r]
            .iter()
            .find(|(at, _)| *at == format!("{col}{}", r + 1))
            .map(|(_, c)| c)
    };
    assert_eq!(cell(0, "F"), Some(&Cell::Text("Thống nhất".into())));
    assert_eq!(cell(1, "A"), Some(&Cell::Text("G2.3".into())));
    assert_eq!(cell(1, "C"), Some(&Cell::Text("M-Office".into())));
    match cell(1, "E") {
        Some(Cell::Number(before)) => assert!((before - 7.0 / 3.0).abs() < 1e-9),
        other => panic!("before is a number: {other:?}"),
    }
    assert_eq!(cell(1, "F"), Some(&Cell::Number(2.0)));
    assert_eq!(cell(1, "G"), Some(&Cell::Text(REASON.into())));
    assert_eq!(cell(2, "F"), Some(&Cell::Text("Không áp dụng".into())));

    let csv = std::fs::read_to_string(out.join("quyet-dinh.csv")).unwrap();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert_eq!(
        lines[1],
        format!(
            "G2.3;Ký số văn bản đi;M-Office;Nguyễn Văn An 3 · Trần Thị Bình 1 · Lê Minh Châu 3;\
             {};2;;{REASON};Nguyễn Văn Hùng;2015-04-28T10:15:00+07:00",
            format!("{}", 7.0f64 / 3.0).replace('.', ",")
        )
    );
    assert!(lines[2].starts_with("G6.8;Truy cập trên thiết bị di động;M-Office;"));
    assert!(lines[2].contains(";;x;Gói triển khai"), "{}", lines[2]);
}

#[test]
fn summary_lists_the_decisions_after_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let folder = reviewed_folder(dir.path(), REASON, Some(meeting()), false);
    let o = evaldesk(&["--lang", "vi", "summary", folder.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("Kết quả trên đã tính 2 quyết định của cuộc họp thống nhất ngày 28/04/2015"),
        "{text}"
    );
    let heading = text.find("Quyết định của tổ chuyên gia:\n").expect(&text);
    assert!(heading > text.find("V-Office").unwrap(), "after the table");
    assert!(text.contains(&format!(
        "  G2.3 Ký số văn bản đi × M-Office: 2,33 → 2 — {REASON}\n"
    )));
    assert!(text.contains(
        "  G6.8 Truy cập trên thiết bị di động × M-Office: 2,33 → Không áp dụng — \
         Gói triển khai không gồm ứng dụng di động\n"
    ));
}

#[test]
fn a_reason_with_markup_and_a_formula_stays_text_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let folder = reviewed_folder(dir.path(), UNSAFE, Some(meeting()), false);
    let out = report(dir.path(), &folder, "vi");
    for docx in ["bao-cao.docx", "bien-ban-hop.docx"] {
        let (_, tables) = docx_parts(&out.join(docx));
        let decisions = table_with(&tables, "Lý do");
        assert_eq!(decisions[1].last().unwrap(), UNSAFE, "{docx}");
    }
    let html = std::fs::read_to_string(out.join("bao-cao.html")).unwrap();
    assert!(!html.contains("<b>&\"ký"), "markup escaped");
    assert!(html.contains("=cmd|' /C calc'!A0 &lt;b&gt;&amp;&quot;ký số&quot;&lt;/b&gt;"));
    let rows = sheet(&out.join("bang-diem.xlsx"), "Quyết định");
    assert!(
        rows[1].contains(&("G2".into(), Cell::Text(UNSAFE.into()))),
        "a string cell, not a formula: {:?}",
        rows[1]
    );
    let csv = std::fs::read_to_string(out.join("quyet-dinh.csv")).unwrap();
    let quoted = format!("\"'{}\"", UNSAFE.replace('"', "\"\""));
    assert!(csv.contains(&format!(";{quoted};")), "{csv}");
}

#[test]
fn without_a_review_there_are_no_minutes_and_no_decisions() {
    let dir = tempfile::tempdir().unwrap();
    let out = report(dir.path(), Path::new("evaluations/demo"), "vi");
    assert!(!out.join("bien-ban-hop.docx").exists());
    assert!(!out.join("quyet-dinh.csv").exists());
    let xml = entry(&out.join("bao-cao.docx"), "word/document.xml");
    assert!(!xml.contains("Kết quả họp thống nhất") && !xml.contains("Kết quả trên đã tính"));
    assert!(!entry(&out.join("bang-diem.xlsx"), "xl/workbook.xml").contains("Quyết định"));
    let o = evaldesk(&["--lang", "vi", "summary", "evaluations/demo"]);
    assert!(!String::from_utf8_lossy(&o.stdout).contains("Quyết định của tổ chuyên gia"));
}

#[test]
fn an_english_report_of_a_final_review_without_a_meeting_leaves_blanks() {
    let dir = tempfile::tempdir().unwrap();
    let folder = reviewed_folder(dir.path(), REASON, None, true);
    let out = report(dir.path(), &folder, "en");
    let (paragraphs, tables) = docx_parts(&out.join("meeting-minutes.docx"));
    assert!(!paragraphs.iter().any(|p| p == "DRAFT"), "a final review");
    for line in [
        "MINUTES",
        "Began: …… h ……, on ……/……/…….",
        "Place: …….",
        "Chair: …….",
        "Secretary: …….",
        "Members present: ……",
    ] {
        assert!(
            paragraphs.iter().any(|p| p == line),
            "{line}: {paragraphs:?}"
        );
    }
    let sign = &tables.last().unwrap()[0];
    assert!(sign[0].starts_with("SECRETARY") && sign[1].starts_with("CHAIR"));
    let (paragraphs, _) = docx_parts(&out.join("report.docx"));
    assert!(
        paragraphs
            .iter()
            .any(|p| p == "5. Consensus meeting decisions")
    );
    assert!(
        paragraphs
            .iter()
            .any(|p| p == "These results include the 2 decisions of the consensus meeting."),
        "{paragraphs:?}"
    );
    assert!(out.join("decisions.csv").exists());
}

#[test]
fn an_appraisal_is_called_one_in_the_report_the_minutes_and_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let folder = reviewed_folder_of(
        ReviewKind::Appraisal,
        dir.path(),
        REASON,
        Some(meeting()),
        true,
    );
    let out = report(dir.path(), &folder, "vi");
    let (paragraphs, _) = docx_parts(&out.join("bao-cao.docx"));
    assert!(
        paragraphs.iter().any(|p| p == "5. Kết quả thẩm định"),
        "{paragraphs:?}"
    );
    assert!(
        paragraphs
            .iter()
            .any(|p| p
                == "Kết quả trên đã tính 2 quyết định của cuộc họp thẩm định ngày 28/04/2015.")
    );
    let (paragraphs, _) = docx_parts(&out.join("bien-ban-hop.docx"));
    assert!(
        paragraphs
            .iter()
            .any(|p| p.starts_with("Họp thẩm định kết quả tự đánh giá theo "))
    );
    assert!(!paragraphs.iter().any(|p| p == "DỰ THẢO"), "a final review");
    let o = evaldesk(&["--lang", "vi", "summary", folder.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("Quyết định của hội đồng thẩm định:\n"));
}
