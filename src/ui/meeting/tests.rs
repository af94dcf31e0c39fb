//! The meeting screen as the chair uses it, at 1366×768, in the whole app (every action
//! applied as in real use).

use std::path::{Path, PathBuf};

use eframe::egui;
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

/// The results screen reads and computes off the window's thread: run until it is done.
pub(super) fn wait_for_results(h: &mut Harness<'static, EvalDeskApp>) {
    for _ in 0..500 {
        h.run();
        if !h.state().results_pending() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the results are computed");
}

pub(super) fn meeting<'a>(h: &'a Harness<'static, EvalDeskApp>) -> &'a MeetingScreen {
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

pub(super) fn click(h: &mut Harness<'static, EvalDeskApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

pub(super) fn type_into(h: &mut Harness<'static, EvalDeskApp>, label: &str, text: &str) {
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

/// The chair's decision, recorded for G2.3 × M-Office as in the meeting above.
fn decide_g23(h: &mut Harness<'static, EvalDeskApp>) {
    click(h, "G2.3 · M-Office");
    type_into(h, "Giá trị thống nhất", "2");
    type_into(h, "Lý do (bắt buộc)", "Ký số mới có một phần.");
    click(h, "Quyết định (Ctrl+Enter)");
}

fn decisions_on_disk(path: &Path) -> usize {
    match crate::store::load_document(path, Expect::Review) {
        Ok(Parsed::Review(r)) => r.decisions.len(),
        _ => panic!("a valid review at {}", path.display()),
    }
}

#[test]
fn after_a_crash_at_the_meeting_the_next_start_restores_the_unsaved_decision() {
    let dir = tempfile::tempdir().unwrap();
    let path = {
        let (folder, mut h) = demo_results(dir.path());
        click(&mut h, "Họp thống nhất");
        decide_g23(&mut h);
        // The app dies before the autosave: the decision is only in memory (and its copy).
        let doc = h.state_mut().meeting.take().unwrap();
        std::mem::forget(doc);
        folder.join("hop-thong-nhat.review.json")
    };
    assert_eq!(decisions_on_disk(&path), 0, "not saved");
    // (The forgotten lock is still held by this test process; release it as a crash would.)
    std::fs::remove_file(crate::store::lock::lock_path(&path)).unwrap();
    let mut h = crate::ui::tests::harness(crate::ui::tests::app_in(dir.path(), Lang::Vi));
    h.run();
    h.get_by_label("Khôi phục phần chưa lưu");
    h.get_by_label(
        "G2.3 × m-office: tệp đã lưu ghi chưa quyết định, bản chưa lưu ghi 2 (lý do: Ký số mới có một phần.)",
    );
    click(&mut h, "Khôi phục biên bản chưa lưu");
    assert_eq!(decisions_on_disk(&path), 1, "restored and saved");
    h.get_by_label_contains("Đã khôi phục và lưu biên bản hop-thong-nhat.review.json");
    assert!(h.state().pending_review_recovery.is_empty());
    let recovery = h.state().recovery.as_ref().unwrap();
    assert!(recovery.pending().is_empty());
    let left: Vec<_> = std::fs::read_dir(dir.path().join("config/recovery"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "a used recovery copy is removed: {left:?}");
    // The results show the restored minutes; the meeting goes on in them, editable.
    click(&mut h, "Đồng ý");
    wait_for_results(&mut h);
    click(&mut h, "Họp thống nhất");
    let doc = h.state().meeting.as_ref().unwrap();
    assert!(!doc.is_read_only(), "{:?}", doc.file().read_only);
    assert_eq!(doc.review().decisions.len(), 1);
}

/// Saving the minutes removes their recovery copy; a change writes one.
#[test]
fn a_change_at_the_meeting_keeps_a_recovery_copy_until_the_minutes_are_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut h) = demo_results(dir.path());
    click(&mut h, "Họp thống nhất");
    decide_g23(&mut h);
    let store = crate::store::RecoveryStore::new(dir.path().join("config/recovery"));
    h.state().recovery.as_ref().unwrap().flush();
    assert_eq!(
        store.pending_reviews().len(),
        1,
        "a copy after the decision"
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.state().recovery.as_ref().unwrap().flush();
    assert!(store.pending_reviews().is_empty(), "gone once saved");
}

fn review_on_disk(path: &Path) -> crate::model::Review {
    match crate::store::load_document(path, Expect::Review) {
        Ok(Parsed::Review(r)) => *r,
        _ => panic!("a valid review at {}", path.display()),
    }
}

#[test]
fn closed_minutes_copied_as_a_new_draft_revise_them_and_the_results_use_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let (folder, mut h) = demo_results(dir.path());
    click(&mut h, "Họp thống nhất");
    decide_g23(&mut h);
    click(&mut h, "Kết thúc họp, chốt biên bản…");
    click(&mut h, "Chốt và niêm phong");
    click(&mut h, "Đồng ý");
    let closed = review_on_disk(&folder.join("hop-thong-nhat.review.json"));
    assert_eq!(closed.status, ReviewStatus::Final);
    click(&mut h, "Sao thành bản nháp mới");
    let path = folder.join("hop-thong-nhat-2.review.json");
    let draft = review_on_disk(&path);
    assert_eq!(draft.status, ReviewStatus::Draft);
    assert_eq!(draft.revises.as_deref(), Some(closed.id.as_str()));
    assert_eq!(
        draft.decisions, closed.decisions,
        "the decisions carried over"
    );
    h.get_by_label_contains("Bản nháp mới hop-thong-nhat-2.review.json sửa đổi biên bản đã chốt");
    click(&mut h, "Đồng ý");
    // The draft is on the meeting screen, editable; the closed minutes are untouched.
    let doc = h.state().meeting.as_ref().unwrap();
    assert_eq!(doc.file().path, path);
    assert!(!doc.is_read_only());
    assert_eq!(
        review_on_disk(&folder.join("hop-thong-nhat.review.json")),
        closed
    );
    click(&mut h, "« Kết quả");
    wait_for_results(&mut h);
    match &h.state().screen {
        Screen::Results(s) => {
            let applied = s.results.as_ref().unwrap().review.as_ref().unwrap();
            assert_eq!(applied.review.id, draft.id, "the revision counts");
        }
        _ => panic!("back on the results screen"),
    }
    h.get_by_label_contains("là bản sửa của biên bản");
}

#[test]
fn minutes_left_locked_by_a_closed_app_can_be_taken_over_at_the_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let (folder, mut h) = demo_results(dir.path());
    click(&mut h, "Họp thống nhất");
    click(&mut h, "« Kết quả");
    wait_for_results(&mut h);
    let path = folder.join("hop-thong-nhat.review.json");
    // A lock file nobody holds any more: another chair's app ended without letting go.
    let stale = crate::store::lock::LockInfo::here("Người khác");
    let lock = crate::store::lock::lock_path(&path);
    std::fs::write(&lock, serde_json::to_string(&stale).unwrap()).unwrap();
    click(&mut h, "Họp thống nhất");
    assert!(h.state().meeting.as_ref().unwrap().is_read_only());
    h.get_by_label_contains("Biên bản này còn khóa của Người khác");
    click(&mut h, "Nhận quyền sửa biên bản");
    assert!(!h.state().meeting.as_ref().unwrap().is_read_only());
    let holder: crate::store::lock::LockInfo =
        serde_json::from_slice(&std::fs::read(&lock).unwrap()).unwrap();
    assert_eq!(holder.owner, h.state().user, "the lock is ours now");
    decide_g23(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert_eq!(decisions_on_disk(&path), 1, "saved after the take-over");
}

/// The chair's hands stay on the keyboard: ↓ to the next disagreement, Enter to its value,
/// the value typed, Tab to the reason, Ctrl+Enter decides, Ctrl+S saves.
#[test]
fn the_chair_decides_and_saves_from_the_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let (folder, mut h) = demo_results(dir.path());
    click(&mut h, "Họp thống nhất");
    let cells = {
        let doc = h.state().meeting.as_ref().unwrap();
        meeting(&h).cells(doc)
    };
    assert!(cells.len() >= 2, "the demo has disagreements: {cells:?}");
    assert_eq!(meeting(&h).selected.as_ref(), Some(&cells[0]));
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert_eq!(
        meeting(&h).selected.as_ref(),
        Some(&cells[1]),
        "the next one"
    );
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(h.get_by_label("Giá trị thống nhất").is_focused());
    h.event(egui::Event::Text("2".into()));
    h.run();
    h.key_press(egui::Key::Tab);
    h.run();
    assert!(h.get_by_label("Lý do (bắt buộc)").is_focused());
    h.event(egui::Event::Text("Hội đồng thống nhất.".into()));
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    let (criterion, candidate) = &cells[1];
    let doc = h.state().meeting.as_ref().unwrap();
    let decided = doc.review().decision(criterion, candidate).cloned();
    let decided = decided.expect("Ctrl+Enter decided the selected cell");
    assert_eq!(decided.agreed(), Some(2.0));
    assert_eq!(decided.reason, "Hội đồng thống nhất.");
    let path = folder.join("hop-thong-nhat.review.json");
    assert_eq!(decisions_on_disk(&path), 0, "not saved yet");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let saved = review_on_disk(&path);
    let on_disk = saved
        .decision(criterion, candidate)
        .expect("Ctrl+S saved it");
    assert_eq!(on_disk.agreed(), Some(2.0));
}
