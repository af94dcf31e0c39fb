//! The appraisal as the council runs it, at 1366×768, in the whole app: three agencies
//! assessed themselves (`tests/support/agencies.rs`); the council accepts Sở Tư pháp's G1.1
//! and lowers its G2.1 from 4 to 2 with a reason. By docs/method.md §10–§11 its total goes
//! from the 93.75 it claimed to (87.5 + 2/4 × 100) / 2 = 68.75.

// The fixture is compiled once in the library, beside the scoring tests that use it too.
use crate::scoring::claimed_fixture as agencies;

use std::path::{Path, PathBuf};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sha2::{Digest, Sha256};

use super::tests::{click, type_into, wait_for_results};
use crate::i18n::Lang;
use crate::model::{Expect, Parsed, ReviewKind};
use crate::ui::{Action, EvalDeskApp, Screen};

/// The quarter's three self-assessments and the plan's file, in a folder of the test's own.
fn quarter(dir: &Path) -> (PathBuf, Harness<'static, EvalDeskApp>) {
    let folder = dir.join("evaluations");
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
    let mut app = crate::ui::tests::app_in(dir, Lang::Vi);
    app.apply(
        Action::OpenResults(vec![folder.clone()]),
        std::time::Instant::now(),
    );
    let mut h = crate::ui::tests::harness(app);
    wait_for_results(&mut h);
    (folder, h)
}

fn total(h: &Harness<'static, EvalDeskApp>, id: &str) -> f64 {
    let Screen::Results(s) = &h.state().screen else {
        panic!("the results screen is shown");
    };
    let r = s.results.as_ref().unwrap();
    r.candidates.iter().find(|c| c.id == id).unwrap().total
}

#[test]
fn the_council_accepts_one_claim_changes_another_and_the_results_follow() {
    let dir = tempfile::tempdir().unwrap();
    let (folder, mut h) = quarter(dir.path());
    assert_eq!(
        total(&h, "so-tp"),
        93.75,
        "its own values, before the appraisal"
    );
    // Self-assessments among the sessions: the button is the appraisal's.
    assert_eq!(h.query_all_by_label("Họp thống nhất").count(), 0);
    click(&mut h, "Thẩm định");
    let path = folder.join("tham-dinh.review.json");
    let Ok(Parsed::Review(created)) = crate::store::load_document(&path, Expect::Review) else {
        panic!("a new appraisal beside the sessions");
    };
    assert_eq!(created.kind, ReviewKind::Appraisal);
    let title = created.title.unwrap();
    assert_eq!(
        title.get(Lang::Vi),
        "Hội đồng thẩm định kết quả tự đánh giá kỳ 2015-Q2"
    );
    // The agencies, in the checklist's order, each with how far the council has got.
    h.get_by_label("Sở Tư pháp: đã xét 0/3 · đã sửa 0");
    h.get_by_label("Sở Y tế: đã xét 0/3 · đã sửa 0");
    h.get_by_label("UBND huyện An Phú: đã xét 0/4 · đã sửa 0");
    // Sở Tư pháp is a department: the districts' one-stop shop is not listed for it.
    h.get_by_label("Tiêu chí của Sở Tư pháp");
    assert_eq!(
        h.query_all_by_label("G2.2 Bộ phận một cửa điện tử").count(),
        0
    );
    // Its G1.1: what it claimed, its note, its evidence; the file opens with one click.
    click(&mut h, "G1.1 Kế hoạch ứng dụng CNTT");
    h.get_by_label("Cơ quan tự chấm: 4");
    h.get_by_label("Ghi chú của cơ quan: Đã ban hành kế hoạch năm");
    h.get_by_label("Kế hoạch số 15/KH-STP · 2015-01-10 · Kế hoạch ứng dụng CNTT năm 2015 · tr. 2");
    h.get_by_label_contains("Bản chụp kế hoạch");
    assert_eq!(h.query_all_by_label("Mở").count(), 1, "the file item only");
    click(&mut h, "Chấp nhận");
    h.get_by_label("Đã quyết định: 4 (Đúng với minh chứng)");
    // Its G2.1: the council changes 4 into 2, with its reason.
    click(&mut h, "G2.1 Dịch vụ công trực tuyến");
    h.get_by_label("Cơ quan tự chấm: 4");
    h.get_by_label("Không có minh chứng.");
    type_into(&mut h, "Giá trị thống nhất", "2");
    type_into(&mut h, "Lý do (bắt buộc)", "Chỉ có 3 dịch vụ mức độ 3");
    click(&mut h, "Quyết định (Ctrl+Enter)");
    h.get_by_label("Sở Tư pháp: đã xét 2/3 · đã sửa 1");
    click(&mut h, "Lưu (Ctrl+S)");
    let Ok(Parsed::Review(saved)) = crate::store::load_document(&path, Expect::Review) else {
        panic!("a valid review on disk");
    };
    let decided: Vec<(&str, &str, Option<f64>, &str)> = saved
        .decisions
        .iter()
        .map(|d| {
            let (c, k) = (d.criterion.as_str(), d.candidate.as_str());
            (c, k, d.agreed(), d.reason.as_str())
        })
        .collect();
    assert_eq!(
        decided,
        [
            ("G1.1", "so-tp", Some(4.0), "Đúng với minh chứng"),
            ("G2.1", "so-tp", Some(2.0), "Chỉ có 3 dịch vụ mức độ 3"),
        ]
    );
    // Back on the results: the appraised total, and claimed beside it.
    click(&mut h, "« Kết quả");
    wait_for_results(&mut h);
    assert_eq!(total(&h, "so-tp"), 68.75);
    h.get_by_label("Tự đánh giá và kết quả thẩm định");
    h.get_by_label("93,75");
    h.get_by_label("-25,00");
    h.get_by_label("Sở Tư pháp: sửa 1 tiêu chí");
}

/// The council's hands stay on the keyboard, as at a consensus meeting: down to the next
/// criterion of the agency, Enter to the value, Tab to the reason, Ctrl+Enter decides,
/// Ctrl+Z takes it back, Ctrl+S saves.
#[test]
fn the_council_appraises_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let (folder, mut h) = quarter(dir.path());
    click(&mut h, "Thẩm định");
    let selected = |h: &Harness<'static, EvalDeskApp>| super::tests::meeting(h).selected.clone();
    let cell = |c: &str| Some((c.to_owned(), "so-tp".to_owned()));
    assert_eq!(
        selected(&h),
        cell("G1.1"),
        "the first agency's first criterion"
    );
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert_eq!(selected(&h), cell("G1.2"));
    h.get_by_label("Cơ quan tự chấm: 3");
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(h.get_by_label("Giá trị thống nhất").is_focused());
    h.event(egui::Event::Text("1".into()));
    h.run();
    h.key_press(egui::Key::Tab);
    h.run();
    h.event(egui::Event::Text("Chưa có quyết định phân công".into()));
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    h.get_by_label("Sở Tư pháp: đã xét 1/3 · đã sửa 1");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    h.get_by_label("Sở Tư pháp: đã xét 0/3 · đã sửa 0");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let Ok(Parsed::Review(saved)) =
        crate::store::load_document(&folder.join("tham-dinh.review.json"), Expect::Review)
    else {
        panic!("a valid review on disk");
    };
    let d = saved
        .decision("G1.2", "so-tp")
        .expect("saved from the keyboard");
    assert_eq!(d.agreed(), Some(1.0));
    assert_eq!(d.reason, "Chưa có quyết định phân công");
}
