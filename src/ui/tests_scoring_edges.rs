//! The rough edges of the scoring screen found at 1366×768 (issue 29) and the cells that do
//! not apply to an agency's block, each driven as a user drives it (egui_kittest).

use std::time::Instant;

use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::tests::{app_in, autosave, harness, on_disk, open_demo_copy, press, small_checklist};
use super::tests_scoring::{scoring, small_session};
use super::*;
use crate::model::{Expect, Parsed};

/// Issue 29 (3): ↓ leaves the filter for the table's first match, so the digit that follows
/// scores it (it was typed into the filter: "ky so1", no results); Esc clears the filter and
/// stays on the criterion reached (it went back to G1.1).
#[test]
fn down_leaves_the_filter_for_its_first_match_and_escape_stays_there() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut h) = open_demo_copy(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_label("Lọc tiêu chí (Ctrl+F)").type_text("ky so");
    h.run();
    press(&mut h, Key::ArrowDown);
    let (criterion, candidate) = match &h.state().screen {
        Screen::Scoring(s) => {
            let session = h.state().doc.as_ref().unwrap().session();
            let c = s.cursor.current(session).unwrap().id.clone();
            (c, session.candidates[s.cursor.cand].id.clone())
        }
        _ => panic!("the scoring screen"),
    };
    assert!(criterion.starts_with("G"), "{criterion}");
    press(&mut h, Key::Num2);
    autosave(&mut h);
    assert_eq!(
        on_disk(&path)
            .score(&criterion, &candidate)
            .and_then(|s| s.value),
        Some(2.0),
        "the digit scored the first match"
    );
    let Screen::Scoring(s) = &h.state().screen else {
        panic!()
    };
    assert_eq!(s.cursor.filter, "ky so", "nothing typed into the filter");
    press(&mut h, Key::Escape);
    let Screen::Scoring(s) = &h.state().screen else {
        panic!()
    };
    let session = h.state().doc.as_ref().unwrap().session();
    assert!(s.cursor.filter.is_empty());
    let here = s.cursor.current(session).unwrap();
    assert!(
        here.title.get(Lang::Vi).to_lowercase().contains("ký số"),
        "still on a 'ký số' criterion, not back at G1.1: {}",
        here.id
    );
}

/// Issue 29 (2): a note typed on a cell not scored yet was dropped without a word (the field
/// stayed disabled). It is kept, said to wait, and saved with the cell's first score.
#[test]
fn a_note_written_before_the_score_is_kept_and_saved_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut h) = small_session(dir.path(), Lang::Vi);
    press(&mut h, Key::Enter);
    h.get_by_label("Ghi chú — M-Office")
        .type_text("Chưa xem bản trình diễn");
    h.run();
    h.get_by_label_contains("Ghi chú này đang chờ điểm của ô");
    press(&mut h, Key::Escape);
    autosave(&mut h);
    assert_eq!(
        on_disk(&path).score("G1.1", "m-office"),
        None,
        "no score yet"
    );
    press(&mut h, Key::Num3);
    autosave(&mut h);
    let saved = on_disk(&path);
    let score = saved.score("G1.1", "m-office").expect("scored");
    assert_eq!(score.value, Some(3.0));
    assert_eq!(score.note.as_deref(), Some("Chưa xem bản trình diễn"));
}

/// A cell whose criterion does not apply to the candidate's category (docs/method.md §12)
/// takes no score from the screen: the saved file would be refused when read.
#[test]
fn a_cell_that_does_not_apply_takes_no_score() {
    let dir = tempfile::tempdir().unwrap();
    let mut checklist =
        match crate::store::load_document(&small_checklist(dir.path()), Expect::Checklist) {
            Ok(Parsed::Checklist(c)) => *c,
            other => panic!("{other:?}"),
        };
    checklist.categories = Some(vec![crate::model::Category {
        id: "so".into(),
        title: crate::model::Text::Plain("Sở".into()),
    }]);
    checklist.groups[1].applies_to = Some(vec!["so".into()]);
    let candidates = checklist.candidates.clone().unwrap();
    let mut app = app_in(dir.path(), Lang::En);
    let request = NewSession {
        candidates,
        checklist,
        evaluator: crate::model::Evaluator {
            name: "Hoa".into(),
            organization: None,
            role: None,
        },
        folder: dir.path().join("evaluations"),
        kind: crate::model::SessionKind::Evaluation,
        period: None,
    };
    let now = Instant::now();
    app.apply(
        Action::NewSession(NewSessionAction::Create(Box::new(request))),
        now,
    );
    for (criterion, value) in [("G2.1", 10.0), ("G1.1", 3.0)] {
        let score = crate::model::Score::with_value(None, criterion, "m-office", value);
        let action = ScoringAction::SetScore {
            criterion: criterion.into(),
            candidate: "m-office".into(),
            score: Some(score),
        };
        app.apply(Action::Scoring(action), now);
    }
    let session = app.doc.as_ref().unwrap().session();
    // M-Office has no category, and G2 is for "so" only.
    assert!(session.score("G2.1", "m-office").is_none());
    assert_eq!(session.score("G1.1", "m-office").unwrap().value, Some(3.0));
    // Nor is that cell missing: of M-Office's cells, only G1.2 is still to score.
    assert_eq!(
        session
            .missing()
            .iter()
            .filter(|(_, k)| *k == "m-office")
            .count(),
        1
    );
    // The group list counts only the cells that apply: G2 has none for these two.
    assert_eq!(session.group_progress(), [(1, 4), (0, 0)]);
    assert_eq!(session.progress(), (1, 4));
    // On screen, G2's cells say they do not apply instead of offering buttons.
    let mut h = harness(app);
    h.run();
    h.get_by_label_contains("G2 ").click();
    h.run();
    assert!(h.query_all_by_label("does not apply").count() >= 2);
}

/// Issue 29 (5): the new-evaluation form has the language switch every screen has, and the
/// submit dialog counts what is missing (74 rows had no count).
#[test]
fn the_new_evaluation_form_switches_language_and_submit_counts_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_in(dir.path(), Lang::Vi));
    h.run();
    h.get_by_label("Đánh giá mới…").click();
    h.run();
    assert!(matches!(h.state().screen, Screen::NewSession(_)));
    h.get_by_label("English").click();
    h.run();
    assert_eq!(h.state().lang, Lang::En);
    assert!(
        matches!(h.state().screen, Screen::NewSession(_)),
        "the form stays"
    );

    let (_, mut h) = small_session(dir.path(), Lang::Vi);
    let missing = h.state().doc.as_ref().unwrap().session().missing().len();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    h.get_by_label(&format!(
        "Còn thiếu {missing} mục (bấm vào một mục để đến đó):"
    ));
}

/// Issue 29 (5): after a crash, the restored session opens where the evaluator was (the
/// last cell the recovered copy changed), not at G1.1.
#[test]
fn a_restored_session_opens_at_the_cell_last_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = {
        let (path, mut h) = open_demo_copy(dir.path());
        for _ in 0..3 {
            press(&mut h, Key::ArrowDown);
        }
        press(&mut h, Key::Num0);
        let doc = h.state_mut().doc.take().unwrap();
        std::mem::forget(doc);
        path
    };
    std::fs::remove_file(crate::store::lock::lock_path(&path)).unwrap();
    let mut h = harness(app_in(dir.path(), Lang::Vi));
    h.run();
    h.get_by_label("Khôi phục bản chưa lưu").click();
    h.run();
    let s = scoring(&h);
    let session = h.state().doc.as_ref().unwrap().session();
    assert_eq!(s.cursor.current(session).unwrap().id, "G1.4");
    assert_eq!(session.candidates[s.cursor.cand].id, "m-office");
}

/// Issue 29 (1): after switching to English and back, the group panel kept the narrower
/// English width and every group wrapped to three or four lines; its width now does not
/// depend on the language switched from.
#[test]
fn the_group_panel_keeps_its_width_across_a_language_switch() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut h) = open_demo_copy(dir.path());
    // The group's entry: two lines (title, progress) when the panel is wide enough.
    let height = |h: &Harness<'static, EvalDeskApp>| {
        h.get_by_label_contains("G4 Tra cứu, thống kê, báo cáo")
            .rect()
            .height()
    };
    let before = height(&h);
    for lang in [Lang::En, Lang::Vi] {
        h.state_mut().apply(Action::SetLang(lang), Instant::now());
        for _ in 0..4 {
            h.run();
        }
    }
    let after = height(&h);
    assert!(
        after <= before + 1.0,
        "the entry grew from {before} to {after} px high"
    );
}
