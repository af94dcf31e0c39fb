//! The editor driven as a department officer drives it: a checklist built from nothing with
//! the mouse and the keyboard, a level switched to AHP, judgements entered, saved, valid.

use std::path::PathBuf;
use std::time::Instant;

use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::i18n::Lang;
use crate::model::{Expect, WeightLevel};
use crate::store;
use crate::ui::tests::{app_in, autosave, harness, press};
use crate::ui::{Action, EditorAction, EvalDeskApp, Screen};

fn click(h: &mut Harness<'static, EvalDeskApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Type into the field named `name` (the first one when the form shows several).
fn type_into(h: &mut Harness<'static, EvalDeskApp>, name: &str, text: &str) {
    h.get_by_label(name).focus();
    h.run();
    h.get_by_label(name).type_text(text);
    h.run();
    // Leave the field, so the keys that follow go to the list.
    press(h, Key::Escape);
}

fn editor_path(h: &Harness<'static, EvalDeskApp>) -> PathBuf {
    h.state()
        .editor
        .as_ref()
        .expect("the editor is open")
        .path
        .clone()
}

/// The consistency ratio of the groups' matrix being edited.
fn groups_cr(h: &Harness<'static, EvalDeskApp>) -> f64 {
    let checklist = &h
        .state()
        .editor
        .as_ref()
        .expect("the editor is open")
        .checklist;
    crate::scoring::ahp::ahp(checklist.group_pairwise.as_ref().expect("AHP on")).cr
}

fn pick(h: &mut Harness<'static, EvalDeskApp>, cell: &str, value: &str) {
    click(h, cell);
    click(h, value);
}

#[test]
fn a_three_group_checklist_built_from_nothing_with_ahp_weights_saves_valid() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_in(dir.path(), Lang::En));
    h.run();
    click(&mut h, "New checklist…");
    let path = editor_path(&h);
    assert!(path.starts_with(dir.path().join("checklists")), "{path:?}");
    assert!(path.exists(), "a new checklist is on disk at once");
    // No title and no groups yet: two things to fix, said at the top.
    h.get_by_label("2 problems to fix before evaluators use it");

    type_into(&mut h, "Title (Tiếng Việt)", "Tiêu chí thử");
    for (group, criterion) in [
        ("Hạ tầng", "Máy tính"),
        ("Dịch vụ công", "Hồ sơ trực tuyến"),
        ("Nhân lực", "Cán bộ chuyên trách"),
    ] {
        // The mouse adds the group (selected, with one empty criterion) …
        click(&mut h, "Add group");
        type_into(&mut h, "Title (Tiếng Việt)", group);
        // … the keyboard goes down to its criterion.
        press(&mut h, Key::ArrowDown);
        type_into(&mut h, "Title (Tiếng Việt)", criterion);
    }
    // A second criterion in the last group with Insert, then moved up with Alt+Up.
    press(&mut h, Key::Insert);
    type_into(&mut h, "Title (Tiếng Việt)", "Kế hoạch CNTT");
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    h.run();
    {
        let c = &h.state().editor.as_ref().unwrap().checklist;
        let titles: Vec<&str> = c.groups[2]
            .criteria
            .iter()
            .map(|k| k.title.get(Lang::Vi))
            .collect();
        assert_eq!(titles, ["Kế hoạch CNTT", "Cán bộ chuyên trách"]);
        let ids: Vec<&str> = c.groups.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, ["G1", "G2", "G3"]);
    }
    h.get_by_label("Valid");

    // Weights: the groups compared pairwise.
    click(&mut h, "Weights");
    click(&mut h, "Pairwise comparisons (AHP)");
    // Consistent: G1 is twice G2 and four times G3; G2 twice G3.
    pick(&mut h, "G1 / G2", "2 — G1 is slightly more important");
    pick(
        &mut h,
        "G1 / G3",
        "4 — G1 is moderately to strongly more important",
    );
    pick(&mut h, "G2 / G3", "2 — G2 is slightly more important");
    h.get_by_label("λmax = 3, CI = 0, CR = 0");
    h.get_by_label("The judgements are consistent enough (CR at most 0.10).");
    let weights = crate::scoring::group_weights(&h.state().editor.as_ref().unwrap().checklist);
    for (w, expected) in weights.iter().zip([4.0 / 7.0, 2.0 / 7.0, 1.0 / 7.0]) {
        assert!((w - expected).abs() < 1e-9, "{weights:?}");
    }
    // Shown as the weights the results will use: G1's share, beside its bar and again as
    // the global weight of its only criterion.
    assert_eq!(h.query_all_by_label("57.1\u{a0}%").count(), 2);

    // Inconsistent: G1 now extremely more important than G2, yet only as important as G3,
    // which G2 still outweighs.
    pick(&mut h, "G1 / G2", "9 — G1 is extremely more important");
    pick(&mut h, "G1 / G3", "1 — equally important");
    // The advice names the pair to revisit and what the other judgements imply.
    let advice = egui_kittest::kittest::by().label_contains("Revisit “Hạ tầng” against");
    assert!(h.query_all(advice).next().is_some(), "the advice is shown");
    let cr_before = groups_cr(&h);
    assert!(cr_before > 0.10, "{cr_before}");
    h.query_all(egui_kittest::kittest::by().label_contains("Use "))
        .next()
        .expect("a value to use is offered")
        .click();
    h.run();
    let cr_after = groups_cr(&h);
    assert!(cr_after < cr_before, "{cr_before} → {cr_after}");

    // Saved by autosave; the file passes the same checks as `evaldesk validate`.
    autosave(&mut h);
    let saved = store::load_document(&path, Expect::Checklist).expect("valid");
    let crate::model::Parsed::Checklist(saved) = saved else {
        panic!("a checklist")
    };
    assert_eq!(saved.groups.len(), 3);
    assert!(saved.pairwise(WeightLevel::Groups).is_some());
    assert_eq!(saved.title.get(Lang::Vi), "Tiêu chí thử");

    // Undo goes back one step at a time; back leaves the editor and frees the file.
    h.state_mut().apply(Action::Undo, Instant::now());
    click(&mut h, "« Start");
    assert!(matches!(h.state().screen, Screen::Start(_)));
    assert!(!store::lock::lock_path(&path).exists());
}

#[test]
fn the_field_at_fault_shows_validates_words_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_in(dir.path(), Lang::En));
    h.run();
    click(&mut h, "New checklist…");
    click(&mut h, "Add group");
    // The new group has no title: said under the title, as `validate` says it.
    let problem =
        crate::model::validate::checklist(&h.state().editor.as_ref().unwrap().checklist, "")
            .into_iter()
            .find(|p| p.place.to_string() == "groups[0].title")
            .expect("an untitled group is a problem");
    h.get_by_label(&problem.problem.msg().text(Lang::En));
    type_into(&mut h, "Title (Tiếng Việt)", "Hạ tầng");
    assert_eq!(
        h.query_all_by_label(&problem.problem.msg().text(Lang::En))
            .count(),
        0,
        "fixed, the problem goes"
    );
}

/// The import runs off the window's thread: the action returns at once, the editor shows the
/// progress in the frames that follow, and the checklist is replaced (with what was read
/// said) when the reading ends.
#[test]
fn a_spreadsheet_is_imported_off_the_window_thread_and_the_sheet_read_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_in(dir.path(), Lang::En));
    let blank = crate::model::Checklist::blank("thu", crate::model::Text::Plain("Thử".into()));
    h.state_mut().apply(
        Action::OpenEditor {
            checklist: Some(Box::new(blank)),
            path: None,
        },
        Instant::now(),
    );
    h.run();
    // A bad sheet first: the outcome names the file and every problem.
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "group,id,title_vi,weight\nG1,G1.1,Máy tính,abc\n").unwrap();
    h.state_mut().apply(
        Action::Editor(EditorAction::ImportSheet(Some(bad))),
        Instant::now(),
    );
    let started = Instant::now();
    while h.state().notice.is_none() {
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let lines: Vec<String> = h
        .state()
        .notice
        .as_ref()
        .unwrap()
        .lines
        .iter()
        .map(|m| m.text(Lang::En))
        .collect();
    assert!(
        lines[0].ends_with("bad.csv was not imported (2 problems); the checklist is unchanged:"),
        "{lines:?}"
    );
    h.state_mut().notice = None;
    let sheet =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/templates/tieu-chi-mau.xlsx");
    h.state_mut().apply(
        Action::Editor(EditorAction::ImportSheet(Some(sheet))),
        Instant::now(),
    );
    let state = h.state();
    assert!(
        matches!(&state.screen, Screen::Editor(s) if s.import.is_some()),
        "the reading goes on beside the window"
    );
    assert_eq!(state.editor.as_ref().unwrap().checklist.criteria_count(), 0);
    let started = Instant::now();
    while h.state().notice.is_none() {
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let state = h.state();
    let notice = state.notice.as_ref().unwrap();
    let lines: Vec<String> = notice.lines.iter().map(|m| m.text(Lang::En)).collect();
    assert!(!notice.error, "{lines:?}");
    assert_eq!(
        state.editor.as_ref().unwrap().checklist.criteria_count(),
        41,
        "the sample sheet holds the bundled agency checklist's criteria"
    );
    assert!(
        lines.contains(
            &"Criteria read from the sheet “tieu-chi” (the first visible sheet).".to_owned()
        ),
        "{lines:?}"
    );
}

/// Issue 29 (14): a weight is shown and typed as the language writes numbers, "2,5" in
/// Vietnamese (egui's own "2.5", "18.0" before), through the formatter every screen uses.
#[test]
fn weights_are_shown_and_typed_with_the_languages_decimal_mark() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_in(dir.path(), Lang::Vi));
    h.run();
    click(&mut h, "Bộ tiêu chí mới…");
    click(&mut h, "Thêm nhóm");
    let field = h.get_by_label("Trọng số G1");
    assert_eq!(field.value().as_deref(), Some("1"), "not 1.0");
    field.focus();
    h.run();
    h.get_by_label("Trọng số G1").type_text("2,5");
    h.run();
    press(&mut h, Key::Enter);
    let checklist = &h.state().editor.as_ref().unwrap().checklist;
    assert_eq!(checklist.groups[0].weight, Some(2.5));
    assert_eq!(
        h.get_by_label("Trọng số G1").value().as_deref(),
        Some("2,5")
    );
}

/// Issue 29 (13): a checklist open in another editor is refused naming the holder, the
/// computer and the time as a person reads them, as a session's lock says it (it read
/// "đang được ? (máy vm, từ 2026-12-01T19:21:05+00:00) sửa").
#[test]
fn a_checklist_open_elsewhere_names_who_has_it_and_since_when() {
    let dir = tempfile::tempdir().unwrap();
    let path = crate::ui::tests::small_checklist(dir.path());
    let Ok(crate::model::Parsed::Checklist(checklist)) =
        store::load_document(&path, Expect::Checklist)
    else {
        panic!("the small checklist is valid")
    };
    let crate::store::lock::LockAttempt::Acquired(_held) =
        crate::store::lock::acquire(&path, "Trần Thị Bình").unwrap()
    else {
        panic!("the lock is free")
    };
    let mut h = harness(app_in(dir.path(), Lang::Vi));
    h.run();
    h.state_mut().apply(
        Action::OpenEditor {
            checklist: Some(checklist),
            path: Some(path.clone()),
        },
        Instant::now(),
    );
    h.run();
    let today = chrono::Local::now().format("%d/%m/%Y").to_string();
    h.get_by_label_contains(&format!(
        "đang được Trần Thị Bình (máy {}, từ {today} ",
        crate::store::lock::machine_name()
    ));
    assert!(h.state().editor.is_none(), "not opened");
    // A system that gives no user name is said in words, not "?".
    let unknown = crate::store::lock::LockInfo {
        owner: "?".into(),
        ..crate::store::lock::LockInfo::here("x")
    };
    assert!(
        crate::store::lock_holder(&unknown)
            .text(Lang::Vi)
            .starts_with("một người dùng (hệ thống không cho biết tên) (máy ")
    );
}

/// Issue 29 (15): a valid checklist whose pairwise matrix is inconsistent (CR shown in red
/// below) says "valid, with a warning", not a plain green "valid".
#[test]
fn an_inconsistent_matrix_makes_the_status_valid_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let group = |id: &str| serde_json::json!({"id": id, "title": id, "criteria": [{"id": format!("{id}.1"), "title": "c"}]});
    let text = serde_json::json!({
        "format": "evaldesk.checklist", "version": 1, "id": "ahp", "title": "AHP",
        "scale": {"min": 0, "max": 4, "step": 1},
        "groups": [group("G1"), group("G2"), group("G3")],
        // G1 ≫ G2 ≫ G3 ≫ G1: as inconsistent as judgements get.
        "group_pairwise": [[1, 9, 0.1111111111], [0.1111111111, 1, 9], [9, 0.1111111111, 1]]
    });
    let checklist = crate::model::parse_checklist(text.to_string().as_bytes()).unwrap();
    let path = dir.path().join("ahp.checklist.json");
    let mut h = harness(app_in(dir.path(), Lang::Vi));
    h.run();
    h.state_mut().apply(
        Action::OpenEditor {
            checklist: Some(Box::new(checklist)),
            path: Some(path),
        },
        Instant::now(),
    );
    h.run();
    h.get_by_label("Hợp lệ, có cảnh báo: 1 ma trận so sánh cặp chưa đủ nhất quán (CR lớn hơn 0,1)");
    assert_eq!(h.query_all_by_label("Hợp lệ").count(), 0);
}

/// Issue 29 (11): Ctrl+Z and Ctrl+Y work on the weights and settings tabs too (they did only
/// on the criteria tab, even right after the import notice promised it).
#[test]
fn undo_and_redo_work_on_every_tab() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_in(dir.path(), Lang::Vi));
    h.run();
    click(&mut h, "Bộ tiêu chí mới…");
    click(&mut h, "Thêm nhóm");
    let groups = |h: &Harness<'static, EvalDeskApp>| {
        h.state().editor.as_ref().unwrap().checklist.groups.len()
    };
    assert_eq!(groups(&h), 1);
    // The tab (drawn first, in the top bar), not the group's weight field of the same name.
    h.get_all_by_label("Trọng số").next().unwrap().click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(groups(&h), 0, "Ctrl+Z on the weights tab");
    click(&mut h, "Thang điểm, xếp loại, ứng viên");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(groups(&h), 1, "Ctrl+Y on the settings tab");
}

/// Issue 29 (12): "Edit a copy" wrote `checklists/dms-vn.checklist.json`, which then appeared
/// nowhere on the start screen and kept the bundled id and title. The copy says it is one
/// (id and title) and the start screen lists the department's own checklists.
#[test]
fn a_copy_of_a_bundled_checklist_says_so_and_is_listed_on_the_start_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_in(dir.path(), Lang::Vi));
    h.run();
    h.get_all_by_label("Sửa một bản sao")
        .next()
        .unwrap()
        .click();
    h.run();
    let doc = h.state().editor.as_ref().expect("the editor is open");
    let (id, title) = (
        doc.checklist.id.clone(),
        doc.checklist.title.get(Lang::Vi).to_owned(),
    );
    assert!(id.ends_with("-ban-sao"), "{id}");
    assert!(title.ends_with("(bản sao)"), "{title}");
    let path = editor_path(&h);
    assert_eq!(
        path,
        dir.path()
            .join("checklists")
            .join(format!("{id}.checklist.json"))
    );
    assert!(path.exists(), "saved at once");
    h.state_mut()
        .apply(Action::Editor(EditorAction::Close), Instant::now());
    h.run();
    h.get_by_label("Bộ tiêu chí của đơn vị");
    h.get_by_label(&title);
    h.get_by_label(&format!("{id}.checklist.json"));
}
