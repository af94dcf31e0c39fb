//! The appraisal in the report: three agencies assessed themselves
//! (`tests/support/agencies.rs`); the council accepted Sở Tư pháp's G1.1 and lowered its
//! G2.1 from 4 to 2. bao-cao.docx then has "Tự đánh giá và kết quả thẩm định": Sở Tư pháp
//! claimed 93.75 and keeps (87.5 + 50) / 2 = 68.75, one criterion changed, with the reason;
//! tu-danh-gia.csv holds the same change.

#[path = "../../support/agencies.rs"]
mod agencies;

use std::path::{Path, PathBuf};

use evaldesk::model::{Decision, Review, ReviewKind, Session};
use sha2::{Digest, Sha256};

use super::read::{docx_parts, table_with};

const REASON: &str = "Chỉ có 3 dịch vụ mức độ 3";

fn decision(criterion: &str, value: f64, reason: &str) -> Decision {
    Decision {
        criterion: criterion.into(),
        candidate: "so-tp".into(),
        value: Some(value),
        na: None,
        reason: reason.into(),
        by: Some("Nguyễn Văn Hùng".into()),
        at: None,
    }
}

/// The quarter and its appraisal in `dir/quy`.
fn appraised_folder(dir: &Path) -> PathBuf {
    let folder = dir.join("quy");
    std::fs::create_dir_all(folder.join("minh-chung")).unwrap();
    std::fs::write(
        folder.join(agencies::EVIDENCE_FILE),
        agencies::EVIDENCE_BYTES,
    )
    .unwrap();
    let sha: String = Sha256::digest(agencies::EVIDENCE_BYTES)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    for (name, session) in agencies::quarter(&sha) {
        let text = serde_json::to_string_pretty(&session).unwrap();
        std::fs::write(folder.join(name), text).unwrap();
    }
    let loaded = evaldesk::store::load_sessions(std::slice::from_ref(&folder));
    assert!(loaded.bad.is_empty(), "{:?}", loaded.bad);
    let sessions: Vec<Session> = loaded.sessions.into_iter().map(|(_, s)| s).collect();
    let refs: Vec<&Session> = sessions.iter().collect();
    let mut review = Review::new_draft(ReviewKind::Appraisal, &refs);
    review.title = Some("Hội đồng thẩm định kết quả tự đánh giá kỳ 2015-Q2".into());
    review.decisions = vec![
        decision("G1.1", 4.0, "Đúng với minh chứng"),
        decision("G2.1", 2.0, REASON),
    ];
    std::fs::write(
        folder.join("tham-dinh.review.json"),
        evaldesk::model::to_pretty_json(&review),
    )
    .unwrap();
    folder
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

#[test]
fn the_report_shows_what_each_agency_claimed_beside_what_the_council_kept() {
    let dir = tempfile::tempdir().unwrap();
    let folder = appraised_folder(dir.path());
    let out = super::report(dir.path(), &folder, "vi");
    let (paragraphs, tables) = docx_parts(&out.join("bao-cao.docx"));
    assert!(
        paragraphs
            .iter()
            .any(|p| p.ends_with("Tự đánh giá và kết quả thẩm định")),
        "{paragraphs:?}"
    );
    let totals = table_with(&tables, "Số tiêu chí sửa");
    assert_eq!(
        totals[0],
        row(&[
            "Cơ quan, đơn vị",
            "Tự đánh giá",
            "Sau thẩm định",
            "Chênh lệch",
            "Số tiêu chí sửa"
        ])
    );
    assert_eq!(
        totals[1],
        row(&["Sở Tư pháp", "93,75", "68,75", "-25,00", "1"])
    );
    assert!(totals.contains(&row(&["UBND huyện An Phú", "62,50", "62,50", "+0,00", "0"])));
    // The changed values: the table with both the claimed value and a reason (the
    // decisions' section has its own table of reasons).
    let changed = tables
        .iter()
        .find(|t| {
            t.first()
                .is_some_and(|h| h.contains(&"Lý do".into()) && h.contains(&"Tự đánh giá".into()))
        })
        .expect("the table of changed values");
    let changed = changed
        .iter()
        .find(|r| r.first().is_some_and(|c| c == "Sở Tư pháp"))
        .expect("the changed value's row");
    assert_eq!(
        *changed,
        row(&[
            "Sở Tư pháp",
            "G2.1 Dịch vụ công trực tuyến",
            "4",
            "2",
            REASON
        ])
    );
    // The minutes name the council and list the changes agency by agency.
    let (minutes, _) = docx_parts(&out.join("bien-ban-hop.docx"));
    let has = |text: &str| minutes.iter().any(|p| p == text);
    assert!(
        has("Hội đồng: Hội đồng thẩm định kết quả tự đánh giá kỳ 2015-Q2."),
        "{minutes:?}"
    );
    assert!(has("Sở Tư pháp: sửa 1 giá trị"), "{minutes:?}");
    assert!(
        has(&format!(
            "- G2.1 Dịch vụ công trực tuyến: từ 4 thành 2 ({REASON})"
        )),
        "{minutes:?}"
    );
    let csv = std::fs::read_to_string(out.join("tu-danh-gia.csv")).unwrap();
    assert!(
        csv.contains(&format!("Sở Tư pháp;G2.1;4;2;{REASON};93,75;68,75")),
        "{csv}"
    );
}

/// On the demo quarter: Sở Y tế assessed itself but the department's evaluators scored it,
/// so its values differ from its claim without any decision of the council: the table says
/// who scored it rather than counting "changes". And no agency assessing itself is listed as
/// an evaluator who failed to declare no conflict of interest: it is not asked to.
#[test]
fn the_demo_quarter_says_who_scored_an_agency_and_asks_no_declaration_of_itself() {
    let dir = tempfile::tempdir().unwrap();
    let out = super::report(dir.path(), Path::new("evaluations/demo-agencies"), "vi");
    let (_, tables) = docx_parts(&out.join("bao-cao.docx"));
    let totals = table_with(&tables, "Số tiêu chí sửa");
    let y_te = totals
        .iter()
        .find(|r| r[0].starts_with("Sở Y tế"))
        .expect("Sở Y tế assessed itself");
    assert!(y_te[4].ends_with("(cán bộ của Sở chấm)"), "{y_te:?}");
    // Its differences are not listed as the council's changes: the changed cells are only
    // those the council decided, each with its reason (8 in the demo).
    let changed = tables
        .iter()
        .find(|t| {
            t[0] == [
                "Cơ quan, đơn vị",
                "Tiêu chí",
                "Tự đánh giá",
                "Sau thẩm định",
                "Lý do",
            ]
        })
        .expect("the changed cells' table");
    assert!(
        changed[1..].iter().all(|r| !r[0].starts_with("Sở Y tế")),
        "{changed:?}"
    );
    assert_eq!(changed.len() - 1, 8, "{changed:?}");
    let declared = table_with(&tables, "Cam kết không xung đột lợi ích");
    let col = declared[0]
        .iter()
        .position(|c| c == "Cam kết không xung đột lợi ích")
        .unwrap();
    let own: Vec<&Vec<String>> = declared[1..]
        .iter()
        .filter(|r| r[col] == "tự đánh giá (không áp dụng)")
        .collect();
    assert_eq!(own.len(), 10, "the ten self-assessments: {declared:?}");
}
