//! The meeting screen as the chair uses it, at 1366×768, in the whole app (every action
//! applied as in real use).

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::i18n::Lang;
use crate::model::{Expect, Parsed, ReviewStatus};
use crate::ui::{Action, EvalDeskApp, MeetingScreen, Screen};

/// The demo's results, from copies in a folder of the test's own.
fn demo_results(dir: &Path) -> (PathBuf, Harness<'static, EvalDeskApp>) {
    let folder = dir.join("evaluations");
    std::fs::create_dir_all(&folder).unwrap();
    for f in ["an-nguyen", "binh-tran", "chau-le"] {
        let name = format!("{f}.evaluation.json");
        std::fs::copy(format!("evaluations/demo/{name}"), folder.join(&name)).unwrap();
    }
    let mut app = crate::ui::tests::app_in(dir, Lang::Vi);
    app.apply(
        Action::OpenResults(vec![folder.clone()]),
        std::time::Instant::now(),
    );
    let mut h = crate::ui::tests::harness(app);
    h.run();
    (folder, h)
}

fn meeting<'a>(h: &'a Harness<'static, EvalDeskApp>) -> &'a MeetingScreen {
    match &h.state().screen {
        Screen::Meeting(s) => s,
        _ => panic!("the meeting screen is shown"),
    }
}

/// M-Office's total on the strip, as the screen shows it.
fn m_office_total(h: &Harness<'static, EvalDeskApp>) -> f64 {
    let results = meeting(h).standing().unwrap();
    results
        .candidates
        .iter()
        .find(|c| c.id == "m-office")
        .unwrap()
        .total
}

fn click(h: &mut Harness<'static, EvalDeskApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn type_into(h: &mut Harness<'static, EvalDeskApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

#[test]
fn the_chair_decides_a_flagged_cell_closes_the_minutes_and_reopens_them_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let (folder, mut h) = demo_results(dir.path());
    click(&mut h, "Họp thống nhất");
    let path = folder.join("hop-thong-nhat.review.json");
    assert!(path.exists(), "a new draft beside the sessions");
    let before = m_office_total(&h);
    // The disagreement G2.3 × M-Office (1, 3, 3) is in the list; the chair opens it.
    click(&mut h, "G2.3 · M-Office");
    h.get_by_label_contains("Chưa tích hợp ký số bằng USB token");
    h.get_by_label("Giá trị tổng hợp hiện nay: 2,33");
    type_into(&mut h, "Giá trị thống nhất", "2");
    // No reason yet: Decide says why, and pressing it (or Ctrl+Enter) decides nothing.
    h.get_by_label("Hãy ghi lý do trước: mỗi quyết định cần có lý do.");
    click(&mut h, "Quyết định (Ctrl+Enter)");
    assert!(
        h.state()
            .meeting
            .as_ref()
            .unwrap()
            .review()
            .decisions
            .is_empty()
    );
    type_into(
        &mut h,
        "Lý do (bắt buộc)",
        "Hội đồng xem lại bản trình diễn: ký số mới có một phần.",
    );
    click(&mut h, "Quyết định (Ctrl+Enter)");
    let doc = h.state().meeting.as_ref().unwrap();
    assert_eq!(doc.review().decisions.len(), 1);
    assert_eq!(doc.review().decisions[0].agreed(), Some(2.0));
    h.get_by_label("Đã quyết định: từ 2,33 thành 2");
    let after = m_office_total(&h);
    assert!(after < before, "M-Office's total moved: {before} → {after}");
    let shown = format!("{:.2}", after).replace('.', ",");
    h.get_by_label_contains(&format!("M-Office: {shown}"));
    // Undo takes the decision back, the total with it; redo brings both back.
    click(&mut h, "Hoàn tác (Ctrl+Z)");
    assert!(
        h.state()
            .meeting
            .as_ref()
            .unwrap()
            .review()
            .decisions
            .is_empty()
    );
    assert_eq!(m_office_total(&h), before);
    click(&mut h, "Làm lại (Ctrl+Y)");
    assert_eq!(m_office_total(&h), after);
    // Closing the minutes asks first; then they are sealed and read-only.
    click(&mut h, "Kết thúc họp, chốt biên bản…");
    click(&mut h, "Chốt và niêm phong");
    h.get_by_label_contains("Biên bản đã chốt và niêm phong");
    click(&mut h, "Đồng ý");
    let Ok(Parsed::Review(saved)) = crate::store::load_document(&path, Expect::Review) else {
        panic!("a valid review on disk");
    };
    assert_eq!(saved.status, ReviewStatus::Final);
    assert_eq!(saved.decisions.len(), 1);
    // Back to the results, which now include the decision; the meeting reopens read-only.
    click(&mut h, "« Kết quả");
    match &h.state().screen {
        Screen::Results(s) => {
            let applied = s.results.as_ref().unwrap().review.as_ref().unwrap();
            assert_eq!(applied.decisions.len(), 1);
        }
        _ => panic!("back on the results screen"),
    }
    click(&mut h, "Họp thống nhất");
    assert!(h.state().meeting.as_ref().unwrap().is_read_only());
    h.get_by_label_contains("Biên bản này đã chốt và niêm phong nên chỉ xem được.");
    click(&mut h, "G2.3 · M-Office — đã quyết định");
    h.get_by_label("Đã quyết định: từ 2,33 thành 2");
    assert!(!folder.join("hop-thong-nhat-2.review.json").exists());
}
