//! The app driven as a user drives it (egui_kittest), with the embedded font and the strict
//! missing-glyph check on: any letter the font lacks fails the test.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::*;
use crate::model::{Session, Status, parse_session, slug};
use crate::store::{OpenSession, RecoveryStore};

#[path = "../../tests/support/small.rs"]
mod small;

pub(super) fn harness(app: EvalDeskApp) -> Harness<'static, EvalDeskApp> {
    Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .with_context_setup(setup_context)
        .build_ui_state(|ui, app: &mut EvalDeskApp| app.show(ui), app)
}

/// An app whose recovery copies go to a folder of the test's own.
pub(super) fn app_in(dir: &Path, lang: Lang) -> EvalDeskApp {
    EvalDeskApp::with_recovery(
        lang,
        dir.join("evaluations"),
        Some(RecoveryStore::new(dir.join("config/recovery"))),
    )
}

/// Let the autosave come due and run it, as two seconds of waiting would.
pub(super) fn autosave(h: &mut Harness<'static, EvalDeskApp>) {
    h.state_mut()
        .autosave_if_due(Instant::now() + Duration::from_secs(3));
    h.state_mut().wait_for_save();
    h.run();
}

pub(super) fn on_disk(path: &Path) -> Session {
    parse_session(&std::fs::read(path).unwrap()).unwrap()
}

/// A copy of a demo draft in `dir`, opened for scoring in a fresh app.
pub(super) fn open_demo_copy(dir: &Path) -> (PathBuf, Harness<'static, EvalDeskApp>) {
    let path = dir.join("s.evaluation.json");
    std::fs::copy("evaluations/demo/binh-tran.evaluation.json", &path).unwrap();
    let mut app = app_in(dir, Lang::Vi);
    app.open_path(&path);
    let mut h = harness(app);
    h.run();
    (path, h)
}

pub(super) fn note_on_disk(path: &Path, criterion: &str, candidate: &str) -> Option<String> {
    on_disk(path)
        .score(criterion, candidate)
        .and_then(|s| s.note.clone())
}

pub(super) fn press(h: &mut Harness<'static, EvalDeskApp>, key: Key) {
    h.key_press(key);
    h.run();
}

/// The small checklist (`tests/support/small.rs`, the integration tests' too) in `dir`.
pub(crate) fn small_checklist(dir: &Path) -> PathBuf {
    let path = dir.join("small.checklist.json");
    let text = serde_json::to_string_pretty(&small::checklist()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_start_screen_shows_the_bundled_checklists_and_the_demo_sessions_in_vietnamese() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path(), Lang::Vi);
    app.evaluations_dir = PathBuf::from("evaluations/demo");
    app.apply(Action::Start(StartAction::Rescan), Instant::now());
    let mut h = harness(app);
    h.run();
    h.get_by_label("Tiêu chí đánh giá phần mềm quản lý văn bản và điều hành");
    h.get_by_label("Đánh giá mức độ ứng dụng CNTT của cơ quan nhà nước");
    h.get_by_label("Nguyễn Văn An");
    h.get_by_label("Đã nộp, đã niêm phong");
    assert_eq!(
        h.query_all_by_label("Hợp lệ").count(),
        5,
        "the two checklists and three sessions are valid"
    );
    h.get_by_label("English").click();
    h.run();
    assert_eq!(h.state().lang, Lang::En);
    h.get_by_label("Bundled checklists");
    h.get_by_label("Document-management and workflow software criteria");
}

#[test]
fn an_invalid_session_is_listed_with_its_problem() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("evaluations")).unwrap();
    std::fs::write(
        dir.path().join("evaluations/broken.evaluation.json"),
        b"{\"format\": \"evaldesk.session\"",
    )
    .unwrap();
    let mut h = harness(app_in(dir.path(), Lang::Vi));
    h.run();
    h.get_by_label_contains("tệp kết thúc giữa chừng");
}

/// The whole evaluator's path, keyboard only once the session exists, checking the file on
/// disk after each step.
#[test]
fn an_evaluator_scores_with_the_keyboard_and_submits_a_sealed_session() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = small_checklist(dir.path());
    let mut app = app_in(dir.path(), Lang::Vi);
    app.open_path(&checklist);
    let mut h = harness(app);
    h.run();

    // The new-evaluation form, on the checklist opened.
    h.get_by_label("Họ và tên").focus();
    h.run();
    h.get_by_label("Họ và tên").type_text("Nguyễn Thị Hoa");
    h.run();
    h.get_by_label("Cơ quan").focus();
    h.run();
    h.get_by_label("Cơ quan").type_text("Sở Nội vụ");
    h.run();
    h.get_by_label("Tạo phiên đánh giá").click();
    h.run();
    let path = h
        .state()
        .doc
        .as_ref()
        .expect("a session is open")
        .file()
        .path
        .clone();
    assert!(path.starts_with(dir.path().join("evaluations")));
    assert!(
        path.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("nguyen-thi-hoa-")
    );
    let created = on_disk(&path);
    assert_eq!(created.evaluator.name, "Nguyễn Thị Hoa");
    assert_eq!(created.evaluator.organization.as_deref(), Some("Sở Nội vụ"));
    assert!(created.scores.is_empty());
    h.get_by_label_contains("Kiểm tra sổ đăng ký");

    // G1.1: 3 for M-Office, 4 for V-Office (digits move on to the next cell).
    press(&mut h, Key::Num3);
    press(&mut h, Key::Num4);
    autosave(&mut h);
    let s = on_disk(&path);
    assert_eq!(s.score("G1.1", "m-office").unwrap().value, Some(3.0));
    assert_eq!(s.score("G1.1", "v-office").unwrap().value, Some(4.0));

    // G1.2 (yes/no): 1 for M-Office, N/A for V-Office.
    press(&mut h, Key::Num1);
    press(&mut h, Key::N);
    // G2.1 (numeric, next group): type 2450 then Enter; V-Office 3900.
    press(&mut h, Key::Num2);
    h.get_by_label("G2.1 M-Office: gõ số rồi Enter")
        .type_text("450");
    h.run();
    press(&mut h, Key::Enter);
    press(&mut h, Key::Num3);
    h.get_by_label("G2.1 V-Office: gõ số rồi Enter")
        .type_text("900");
    h.run();
    press(&mut h, Key::Enter);
    autosave(&mut h);
    let s = on_disk(&path);
    assert_eq!(s.score("G1.2", "m-office").unwrap().value, Some(1.0));
    assert!(s.score("G1.2", "v-office").unwrap().is_na());
    assert_eq!(s.score("G2.1", "m-office").unwrap().value, Some(2450.0));
    assert_eq!(s.score("G2.1", "v-office").unwrap().value, Some(3900.0));
    h.get_by_label_contains("Đã chấm 6/6 (100\u{a0}%)");

    // A note on G2.1 V-Office (the selection stayed there after the last entry wrapped).
    press(&mut h, Key::ArrowUp);
    let Screen::Scoring(screen) = &h.state().screen else {
        panic!("still scoring")
    };
    let session = h.state().doc.as_ref().unwrap().session();
    assert_eq!(
        screen.cursor.current(session).map(|c| c.id.as_str()),
        Some("G1.2"),
        "up from G2.1 is the last criterion of G1"
    );
    assert_eq!(
        screen.cursor.cand, 0,
        "the last entry wrapped to the first candidate"
    );
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press(Key::ArrowRight);
    h.run();
    press(&mut h, Key::Enter);
    h.get_by_label("Ghi chú — V-Office")
        .type_text("Báo giá gồm VAT");
    h.run();
    press(&mut h, Key::Enter);
    autosave(&mut h);
    assert_eq!(
        note_on_disk(&path, "G2.1", "v-office").as_deref(),
        Some("Báo giá gồm VAT")
    );

    // Undo the note, then redo it; each autosaved.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    autosave(&mut h);
    assert_eq!(note_on_disk(&path, "G2.1", "v-office"), None);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    autosave(&mut h);
    assert_eq!(
        note_on_disk(&path, "G2.1", "v-office").as_deref(),
        Some("Báo giá gồm VAT")
    );
    // Ctrl+S saves at once, without waiting for the autosave: undone and saved, redone and
    // saved.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(
        note_on_disk(&path, "G2.1", "v-office"),
        None,
        "Ctrl+S saved"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(
        note_on_disk(&path, "G2.1", "v-office").as_deref(),
        Some("Báo giá gồm VAT"),
        "Ctrl+S saved"
    );

    // Submit: the dialog confirms, the evaluator declares no conflict of interest, it seals
    // and shows the fingerprint.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    h.get_by_label("Tôi cam kết không có xung đột lợi ích với các bên được đánh giá")
        .click();
    h.run();
    h.get_by_label("Nộp và niêm phong").click();
    h.run();
    let sealed = on_disk(&path);
    assert_eq!(sealed.status, Status::Submitted);
    let declared = sealed
        .declaration
        .as_ref()
        .expect("the declaration is recorded");
    assert!(declared.no_conflict && declared.at.is_some());
    let sha = sealed.seal.as_ref().unwrap().sha256.clone();
    h.get_by_label(&sha[..32]);
    h.get_by_label("Đóng").click();
    h.run();
    assert!(h.state().doc.as_ref().unwrap().file().is_read_only());

    // Reopened: read-only, with the banner and "Copy as new draft"; keys change nothing.
    h.state_mut().apply(Action::GoStart, Instant::now());
    h.state_mut().open_path(&path);
    h.run();
    h.get_by_label("Sao thành bản nháp mới");
    // Issue 29 (5): only the keys that move are offered; none that score.
    h.get_by_label_contains("phiên này chỉ xem được: không phím nào thay đổi điểm");
    assert_eq!(h.query_all_by_label_contains("số: chấm điểm").count(), 0);
    press(&mut h, Key::Num0);
    autosave(&mut h);
    assert_eq!(
        on_disk(&path),
        sealed,
        "a submitted session is never changed"
    );
    h.get_by_label_contains("Không có gì thay đổi: phiên này chỉ xem được.");

    // "Copy as new draft": an editable copy with a new id, beside the sealed original.
    h.get_by_label("Sao thành bản nháp mới").click();
    h.run();
    let copy = h.state().doc.as_ref().unwrap().file().path.clone();
    assert_ne!(copy, path);
    assert!(!h.state().doc.as_ref().unwrap().file().is_read_only());
    let draft = on_disk(&copy);
    assert_eq!((draft.status, draft.seal.is_none()), (Status::Draft, true));
    assert_ne!(draft.id, sealed.id);
    assert_eq!(draft.scores, sealed.scores);
    assert_eq!(on_disk(&path), sealed);
    // The new file is named, and Enter closes the message.
    let name = copy.file_name().unwrap().to_string_lossy().into_owned();
    h.get_by_label_contains(&format!("Đã tạo và mở bản nháp mới: {name}."));
    h.get_by_label("Đã xong");
    press(&mut h, Key::Enter);
    assert!(h.state().notice.is_none(), "Enter closed the notice");
    h.get_by_label_contains(&format!("Tệp: {name}"));
}

#[test]
fn the_results_screen_names_the_winner_of_the_demo_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path(), Lang::Vi);
    app.open_path(Path::new("evaluations/demo"));
    let mut h = harness(app);
    h.run();
    h.get_by_label("V-Office xếp thứ nhất với 84,44 điểm, hơn M-Office 3,19 điểm.");
    assert!(
        h.get_all_by_label("Trần Thị Bình").count() >= 1,
        "the evaluators are listed"
    );
    h.get_by_label_contains("2 phiên còn là bản nháp");
    h.get_by_label_contains(
        "nếu trọng số tăng quá 15,4\u{a0}% (hiện 8\u{a0}%), M-Office sẽ dẫn đầu thay cho V-Office",
    );
}

#[test]
fn a_locked_session_opens_read_only_naming_the_holder_and_the_app_keeps_working() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.evaluation.json");
    std::fs::copy("evaluations/demo/binh-tran.evaluation.json", &path).unwrap();
    let _holder = OpenSession::open(&path, "Trần Thị Bình").unwrap();
    let mut app = app_in(dir.path(), Lang::Vi);
    app.open_path(&path);
    let mut h = harness(app);
    h.run();
    // The lock's time as a person reads it (dd/mm/yyyy hh:mm), never raw RFC 3339.
    let today = chrono::Local::now().format("%d/%m/%Y").to_string();
    h.get_by_label_contains(&format!(
        "Trần Thị Bình (máy {}, từ {today} ",
        crate::store::lock::machine_name()
    ));
    h.get_by_label_contains("đang mở phiên này để chấm");
    let before = std::fs::read(&path).unwrap();
    press(&mut h, Key::Num0);
    autosave(&mut h);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    h.get_by_label("« Màn hình đầu").click();
    h.run();
    h.get_by_label("Đánh giá mới…");
}

#[test]
fn a_file_changed_on_disk_keeps_both_versions_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut h) = open_demo_copy(dir.path());
    // Someone else saves the file meanwhile.
    let mut theirs = on_disk(&path);
    theirs.evaluator.role = Some("changed elsewhere".into());
    std::fs::write(&path, crate::model::to_pretty_json(&theirs)).unwrap();
    press(&mut h, Key::Num0);
    autosave(&mut h);
    h.get_by_label_contains("bản của bạn được lưu riêng thành");
    assert_eq!(on_disk(&path), theirs, "their file is untouched");
    // Recovery copies are written off the window's thread: wait for what was asked.
    h.state().recovery.as_ref().unwrap().flush();
    let left: Vec<_> = std::fs::read_dir(dir.path().join("config/recovery"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "no recovery copy is left behind: {left:?}");
    let ours = h.state().doc.as_ref().unwrap().file().path.clone();
    assert_ne!(ours, path);
    assert_eq!(
        on_disk(&ours).score("G1.1", "m-office").unwrap().value,
        Some(0.0)
    );
    h.get_by_label("Đồng ý").click();
    h.run();
    h.get_by_label("Nộp và niêm phong… (Ctrl+Enter)");
}

#[test]
fn an_unreadable_file_gives_the_start_screen_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.evaluation.json");
    std::fs::write(&path, b"{\"format\": \"evaldesk.session\", \"version\": 1,").unwrap();
    let mut app = app_in(dir.path(), Lang::Vi);
    app.open_path(&path);
    let mut h = harness(app);
    h.run();
    h.get_by_label_contains("tệp kết thúc giữa chừng");
    h.get_by_label("Đồng ý").click();
    h.run();
    h.get_by_label("Đánh giá mới…");
    let mut app = app_in(dir.path(), Lang::Vi);
    app.open_path(&dir.path().join("does-not-exist.evaluation.json"));
    let mut h = harness(app);
    h.run();
    h.get_by_label_contains("không có tệp hoặc thư mục này");
}

#[test]
fn after_a_crash_the_next_start_offers_the_unsaved_scores_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = {
        let (path, mut h) = open_demo_copy(dir.path());
        press(&mut h, Key::Num0);
        // The app dies before the autosave: no save, and its lock file stays behind.
        let doc = h.state_mut().doc.take().unwrap();
        std::mem::forget(doc);
        path
    };
    assert_eq!(
        on_disk(&path).score("G1.1", "m-office").unwrap().value,
        Some(3.0),
        "not saved"
    );
    // (The forgotten lock is still held by this test process; release it as a crash would.)
    std::fs::remove_file(crate::store::lock::lock_path(&path)).unwrap();
    let mut h = harness(app_in(dir.path(), Lang::Vi));
    h.run();
    h.get_by_label("Khôi phục phần chưa lưu");
    h.get_by_label(
        "G1.1 Tiếp nhận văn bản đến (giấy và điện tử) × M-Office: tệp đã lưu ghi 3, bản chưa lưu ghi 0",
    );
    h.get_by_label("Khôi phục bản chưa lưu").click();
    h.run();
    assert_eq!(
        on_disk(&path).score("G1.1", "m-office").unwrap().value,
        Some(0.0),
        "restored and saved"
    );
    assert!(h.state().recovery.as_ref().unwrap().pending().is_empty());
    let left: Vec<_> = std::fs::read_dir(dir.path().join("config/recovery"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "a used recovery copy is removed: {left:?}");
}

#[test]
fn slugs_are_ascii_file_names() {
    assert_eq!(slug("Nguyễn Văn An"), "nguyen-van-an");
    assert_eq!(slug("Trần Thị Bình / Sở TT&TT"), "tran-thi-binh-so-tt-tt");
    assert_eq!(slug("  "), "evaluation");
}

#[test]
fn recent_sessions_show_their_evaluator_status_and_progress() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chau-le.evaluation.json");
    std::fs::copy("evaluations/demo/chau-le.evaluation.json", &path).unwrap();
    let mut app = app_in(dir.path(), Lang::En);
    let gone = dir.path().join("moved-away.evaluation.json");
    app.prefs.recent = vec![gone.clone(), path.clone()];
    app.apply(Action::Start(StartAction::Rescan), Instant::now());
    let mut h = harness(app);
    h.run();
    h.get_by_label("Recent sessions");
    h.get_by_label("Lê Minh Châu");
    h.get_by_label("86/90");
    // A file moved away says so, and can be taken off the list; the others stay.
    h.get_by_label(&gone.display().to_string());
    h.get_by_label("Remove from the list").click();
    h.run();
    assert_eq!(h.state().prefs.recent, std::slice::from_ref(&path));
    assert!(h.query_by_label(&gone.display().to_string()).is_none());
    h.get_by_label(&path.display().to_string()).click();
    h.run();
    assert!(
        h.state().doc.is_some(),
        "clicking a recent session opens it"
    );
}

#[test]
fn the_new_evaluation_form_says_what_is_missing_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path(), Lang::Vi);
    app.apply(Action::ShowNewEvaluation(None), Instant::now());
    let mut h = harness(app);
    h.run();
    // Remove both candidates (the second becomes the first).
    for _ in 0..2 {
        h.get_by_label("Bỏ, dòng 1").click();
        h.run();
    }
    h.get_by_label("Tạo phiên đánh giá").click();
    h.run();
    h.get_by_label("Cần nhập họ và tên người đánh giá.");
    h.get_by_label("Cần ít nhất một đối tượng được đánh giá.");
    assert!(h.state().doc.is_none());
    assert!(
        !dir.path().join("evaluations").exists(),
        "no file was created"
    );
}

#[test]
fn ctrl_g_finds_the_next_unscored_item_and_ctrl_f_filters_criteria() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.evaluation.json");
    std::fs::copy("evaluations/demo/chau-le.evaluation.json", &path).unwrap();
    let mut app = app_in(dir.path(), Lang::Vi);
    app.open_path(&path);
    let mut h = harness(app);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::G);
    h.run();
    h.get_by_label("G7.5 Kinh nghiệm triển khai ở địa phương khác");
    // Scored, then on to the next gap: G8.4.
    press(&mut h, Key::Num2);
    press(&mut h, Key::Num3);
    h.key_press_modifiers(Modifiers::COMMAND, Key::G);
    h.run();
    h.get_by_label("G8.4 Bảo hành, nâng cấp");

    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_label("Lọc tiêu chí (Ctrl+F)").type_text("ký số");
    h.run();
    h.get_by_label("Ký số văn bản đi");
    assert!(
        h.query_by_label("Vào sổ văn bản đến *").is_none(),
        "other criteria are filtered out"
    );
}
