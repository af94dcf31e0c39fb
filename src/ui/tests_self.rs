//! An agency's self-assessment driven as its IT officer drives it (egui_kittest, 1366×768):
//! the form, a document typed in, a file attached, submit refused while evidence lacks, then
//! submitted; the file on disk checked at the end.

use std::path::{Path, PathBuf};
use std::time::Instant;

use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use serde_json::json;

use super::tests::{app_in, autosave, harness, on_disk, press};
use super::*;
use crate::model::{SessionKind, Status};

/// A checklist of agencies: G1.1 scale; G1.2 and G2.1 (yes/no) require evidence.
fn agency_checklist(dir: &Path) -> PathBuf {
    let checklist = json!({
        "format": "evaldesk.checklist", "version": 1, "id": "agencies",
        "title": "Ứng dụng CNTT của cơ quan", "subject": "agency",
        "scale": {"min": 0, "max": 4, "step": 1},
        "candidates": [
            {"id": "so-noi-vu", "name": "Sở Nội vụ"},
            {"id": "so-tttt", "name": "Sở Thông tin và Truyền thông"}
        ],
        "groups": [
            {"id": "G1", "title": "Hạ tầng và báo cáo", "criteria": [
                {"id": "G1.1", "title": "Mạng nội bộ"},
                {"id": "G1.2", "title": "Báo cáo định kỳ", "evidence": "required"}
            ]},
            {"id": "G2", "title": "Cổng thông tin", "criteria": [
                {"id": "G2.1", "title": "Cổng thông tin điện tử", "kind": "yes_no",
                 "evidence": "required"}
            ]}
        ]
    });
    let path = dir.join("agencies.checklist.json");
    std::fs::write(&path, serde_json::to_string_pretty(&checklist).unwrap()).unwrap();
    path
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn type_into(h: &mut Harness<'static, EvalDeskApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn click(h: &mut Harness<'static, EvalDeskApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// The form: the agency picks itself; its name fills the organization; the period is this
/// quarter's; the file is named after the agency and says `kind: self`.
fn start_self_assessment(dir: &Path) -> (PathBuf, Harness<'static, EvalDeskApp>) {
    let mut app = app_in(dir, Lang::Vi);
    app.open_path(&agency_checklist(dir));
    let mut h = harness(app);
    h.run();
    assert!(h.query_by_label("Cơ quan tự đánh giá").is_none());
    click(&mut h, "Tự đánh giá của cơ quan");
    // The agency, from the checklist's list (a combo box: opened, then the entry).
    h.get_by_label("Cơ quan tự đánh giá").click();
    h.run();
    h.get_by_label("Sở Thông tin và Truyền thông").click();
    h.run();
    let organization = h.get_by_label("Cơ quan").value();
    assert_eq!(
        organization.as_deref(),
        Some("Sở Thông tin và Truyền thông")
    );
    let quarter = self_quarter();
    assert_eq!(h.get_by_label("Kỳ đánh giá").value(), Some(quarter.clone()));
    type_into(&mut h, "Họ và tên", "Trần Văn Cường");
    click(&mut h, "Tạo phiên đánh giá");
    let path = h
        .state()
        .doc
        .as_ref()
        .expect("a session is open")
        .file()
        .path
        .clone();
    assert_eq!(
        path.file_name().unwrap().to_string_lossy(),
        "tu-danh-gia-so-tttt.evaluation.json"
    );
    let created = on_disk(&path);
    assert_eq!(created.kind, Some(SessionKind::SelfAssessment));
    assert_eq!(created.period, Some(quarter.clone()));
    let ids: Vec<&str> = created.candidates.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["so-tttt"], "the agency alone");
    assert_eq!(
        created.evaluator.organization.as_deref(),
        Some("Sở Thông tin và Truyền thông")
    );
    h.get_by_label(&format!(
        "Tự đánh giá của Sở Thông tin và Truyền thông · kỳ {quarter}"
    ));
    (path, h)
}

fn self_quarter() -> String {
    super::new_session::current_quarter()
}

#[test]
fn an_agency_self_assesses_with_a_typed_document_and_an_attached_file_and_submits() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut h) = start_self_assessment(dir.path());
    // Every cell scored: 3, 2, yes (one candidate: each digit moves down a row).
    press(&mut h, Key::Num3);
    press(&mut h, Key::Num2);
    press(&mut h, Key::Num1);
    autosave(&mut h);
    h.get_by_label_contains("Đã chấm 3/3");
    // The table shows one group at a time: G2's one criterion, marked.
    assert_eq!(h.query_all_by_label("cần minh chứng").count(), 1);

    // Submit refused: the two cells lacking evidence are listed, with their count.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    h.get_by_label_contains("Còn thiếu 2 mục");
    h.get_by_label("Trong đó 2 ô thiếu minh chứng hoặc ghi chú lý do.");
    let lacking = "G1.2 Báo cáo định kỳ × Sở Thông tin và Truyền thông: thiếu minh chứng hoặc \
                   ghi chú lý do";
    assert!(h.query_by_label("Nộp và niêm phong").is_none());
    // Its link goes to the cell, where the panel asks for evidence.
    click(&mut h, lacking);
    h.get_by_label_contains("Tiêu chí này yêu cầu minh chứng");

    // A document typed in: a date not YYYY-MM-DD is refused with the reason, then fixed.
    type_into(&mut h, "Số văn bản", "Báo cáo số 12/BC-STTTT");
    type_into(&mut h, "Ngày (YYYY-MM-DD)", "31/03/2015");
    type_into(&mut h, "Trích yếu", "Báo cáo ứng dụng CNTT quý I");
    type_into(&mut h, "Trang", "3");
    click(&mut h, "Thêm văn bản");
    h.get_by_label_contains("Ngày \"31/03/2015\" không đúng dạng YYYY-MM-DD");
    h.get_by_label("Ngày (YYYY-MM-DD)").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Ngày (YYYY-MM-DD)").type_text("2015-03-31");
    h.run();
    click(&mut h, "Thêm văn bản");
    h.get_by_label(
        "Báo cáo số 12/BC-STTTT · ngày 2015-03-31 · Báo cáo ứng dụng CNTT quý I · trang 3",
    );
    assert_eq!(
        h.query_all_by_label("cần minh chứng").count(),
        0,
        "G1 has its evidence"
    );

    // A file attached to G2.1: what the dialog would send, with the file chosen.
    let original = dir.path().join("Kế hoạch ứng dụng CNTT 2015.pdf");
    let bytes = b"%PDF-1.4 ke hoach 2015".to_vec();
    std::fs::write(&original, &bytes).unwrap();
    // The submit dialog lists what is left, G2.1; its link goes there.
    click(&mut h, "Nộp và niêm phong… (Ctrl+Enter)");
    h.get_by_label("Trong đó 1 ô thiếu minh chứng hoặc ghi chú lý do.");
    click(
        &mut h,
        "G2.1 Cổng thông tin điện tử × Sở Thông tin và Truyền thông: thiếu minh chứng hoặc \
         ghi chú lý do",
    );
    h.get_by_label("Đính kèm tệp…");
    h.state_mut().apply(
        Action::Scoring(ScoringAction::AttachEvidence {
            criterion: "G2.1".into(),
            candidate: "so-tttt".into(),
            path: Some(original.clone()),
        }),
        Instant::now(),
    );
    h.run();
    assert!(h.state().notice.is_none(), "{:?}", h.state().notice);
    h.get_by_label("Mở: Kế hoạch ứng dụng CNTT 2015.pdf");
    assert_eq!(h.query_all_by_label("cần minh chứng").count(), 0);

    // "Xoá" takes the item off the score, never the copy; undo brings it back.
    let copy = path
        .parent()
        .unwrap()
        .join("minh-chung/ke-hoach-ung-dung-cntt-2015.pdf");
    click(&mut h, "Xoá: Kế hoạch ứng dụng CNTT 2015.pdf");
    assert_eq!(h.query_all_by_label("cần minh chứng").count(), 1);
    assert_eq!(std::fs::read(&copy).unwrap(), bytes, "the copy stays");
    h.state_mut().apply(Action::Undo, Instant::now());
    h.run();
    assert_eq!(h.query_all_by_label("cần minh chứng").count(), 0);

    // Now it can be submitted.
    click(&mut h, "Nộp và niêm phong… (Ctrl+Enter)");
    click(&mut h, "Nộp và niêm phong");
    let sealed = on_disk(&path);
    assert_eq!(sealed.status, Status::Submitted);
    assert_eq!(sealed.kind, Some(SessionKind::SelfAssessment));
    let typed = sealed
        .score("G1.2", "so-tttt")
        .unwrap()
        .evidence
        .clone()
        .unwrap();
    assert_eq!(typed.len(), 1);
    assert_eq!(
        typed[0].reference.as_deref(),
        Some("Báo cáo số 12/BC-STTTT")
    );
    assert_eq!(typed[0].date.as_deref(), Some("2015-03-31"));
    assert_eq!(
        typed[0].title.as_deref(),
        Some("Báo cáo ứng dụng CNTT quý I")
    );
    assert_eq!(typed[0].page.as_deref(), Some("3"));
    let attached = sealed
        .score("G2.1", "so-tttt")
        .unwrap()
        .evidence
        .clone()
        .unwrap();
    assert_eq!(attached.len(), 1);
    assert_eq!(
        attached[0].file.as_deref(),
        Some("minh-chung/ke-hoach-ung-dung-cntt-2015.pdf")
    );
    assert_eq!(attached[0].sha256, Some(sha256_hex(&bytes)));
    assert_eq!(
        attached[0].title.as_deref(),
        Some("Kế hoạch ứng dụng CNTT 2015.pdf")
    );
    assert_eq!(std::fs::read(&copy).unwrap(), bytes);
    // The store reads it back whole: valid, its evidence file checked against its hash.
    let loaded = crate::store::load_session(&path).expect("a valid self-assessment");
    assert_eq!(loaded, sealed);
    let check = crate::store::evidence::check_files(&sealed, &path);
    assert!(
        check.errors.is_empty() && check.warnings.is_empty(),
        "{check:?}"
    );
}
