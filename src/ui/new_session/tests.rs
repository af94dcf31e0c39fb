//! The new-evaluation form, driven as a user drives it (egui_kittest).

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::*;

type State = (NewSessionScreen, Vec<Action>);

fn harness() -> Harness<'static, State> {
    let bundled: Vec<Checklist> = crate::store::bundled_checklists()
        .into_iter()
        .filter_map(|(_, c)| c.ok())
        .collect();
    let screen = NewSessionScreen::new(bundled.first().cloned(), bundled, Path::new("ev"));
    Harness::builder()
        .with_size(eframe::egui::vec2(1366.0, 768.0))
        .with_context_setup(crate::ui::setup_context)
        .build_ui_state(
            |ui, (s, actions): &mut State| s.ui(ui, Lang::Vi, actions),
            (screen, Vec::new()),
        )
}

#[test]
fn a_checklist_file_is_asked_of_the_app_not_read_by_the_form() {
    let mut h = harness();
    h.run();
    h.get_by_label("hoặc tệp danh sách tiêu chí (.checklist.json)")
        .focus();
    h.run();
    h.get_by_label("hoặc tệp danh sách tiêu chí (.checklist.json)")
        .type_text("does-not-exist.checklist.json");
    h.run();
    h.get_by_label("Mở").click();
    h.run();
    assert_eq!(
        h.state().1,
        [Action::NewSession(NewSessionAction::LoadChecklist(
            PathBuf::from("does-not-exist.checklist.json")
        ))]
    );
    // What the app found is shown by the form, in the language of the moment.
    h.state_mut()
        .0
        .checklist_loaded(Err(vec![tr::io_not_found()]));
    h.run();
    h.get_by_label("không có tệp hoặc thư mục này");
}

#[test]
fn create_asks_for_the_session_with_the_candidates_of_the_checklist() {
    let mut h = harness();
    h.run();
    h.get_by_label("Họ và tên").focus();
    h.run();
    h.get_by_label("Họ và tên").type_text("Lê Minh Châu");
    h.run();
    h.get_by_label("Tạo phiên đánh giá").click();
    h.run();
    let [Action::NewSession(NewSessionAction::Create(request))] = h.state().1.as_slice() else {
        panic!("{:?}", h.state().1)
    };
    assert_eq!(request.evaluator.name, "Lê Minh Châu");
    let ids: Vec<&str> = request.candidates.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["m-office", "v-office"]);
    assert_eq!(request.folder, PathBuf::from("ev"));
}

#[test]
fn with_many_agencies_the_evaluator_ticks_the_ones_assigned_and_names_stay_bilingual() {
    let bundled: Vec<Checklist> = crate::store::bundled_checklists()
        .into_iter()
        .filter_map(|(_, c)| c.ok())
        .collect();
    let agencies = bundled
        .iter()
        .find(|c| c.id == "it-application")
        .cloned()
        .expect("the agency checklist is bundled");
    let screen = NewSessionScreen::new(Some(agencies), bundled, Path::new("ev"));
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(1366.0, 768.0))
        .with_context_setup(crate::ui::setup_context)
        .build_ui_state(
            |ui, (s, actions): &mut State| s.ui(ui, Lang::Vi, actions),
            (screen, Vec::new()),
        );
    h.run();
    h.get_by_label_contains("Phiên này chấm 0 trên 23 đối tượng");
    // Agencies have no vendor or version to type.
    assert!(h.query_by_label("Nhà cung cấp, dòng 1").is_none());
    assert!(h.query_by_label("Tên, dòng 1").is_some());
    h.get_by_label("Họ và tên").focus();
    h.run();
    h.get_by_label("Họ và tên").type_text("Lê Minh Châu");
    h.run();
    // Nothing ticked yet: the form says a candidate is needed.
    h.get_by_label("Tạo phiên đánh giá").scroll_to_me();
    h.run();
    h.get_by_label("Tạo phiên đánh giá").click();
    h.run();
    assert!(h.state().1.is_empty());
    h.get_by_label_contains(&tr::need_candidate().text(Lang::Vi));
    for row in [1, 3] {
        let label = format!("Chấm, dòng {row}");
        h.get_by_label(&label).scroll_to_me();
        h.run();
        h.get_by_label(&label).click();
        h.run();
    }
    h.get_by_label_contains("Phiên này chấm 2 trên 23 đối tượng");
    h.get_by_label("Tạo phiên đánh giá").scroll_to_me();
    h.run();
    h.get_by_label("Tạo phiên đánh giá").click();
    h.run();
    let [Action::NewSession(NewSessionAction::Create(request))] = h.state().1.as_slice() else {
        panic!("{:?}", h.state().1)
    };
    let ids: Vec<&str> = request.candidates.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["so-tttt", "so-tai-chinh"]);
    assert_eq!(
        request.candidates[0].name.get(Lang::En),
        "Department of Information and Communications (sample data)",
        "the checklist's entry is kept whole"
    );
}
