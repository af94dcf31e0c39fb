//! The scoring screen's defects found when tried as an evaluator would, each driven as a user
//! drives it (egui_kittest) at 1366×768.

use std::path::{Path, PathBuf};
use std::time::Instant;

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::tests::{app_in, autosave, harness, on_disk, open_demo_copy, press, small_checklist};
use super::*;
use crate::model::{Expect, Parsed};

/// A new, empty session on the small checklist (G1.1 scale mandatory, G1.2 yes/no, G2.1
/// numeric), open for scoring.
pub(super) fn small_session(dir: &Path, lang: Lang) -> (PathBuf, Harness<'static, EvalDeskApp>) {
    let checklist = match crate::store::load_document(&small_checklist(dir), Expect::Checklist) {
        Ok(Parsed::Checklist(c)) => *c,
        other => panic!("{other:?}"),
    };
    let mut app = app_in(dir, lang);
    let request = NewSession {
        candidates: checklist.candidates.clone().unwrap(),
        checklist,
        evaluator: crate::model::Evaluator {
            name: "Hoa".into(),
            organization: None,
            role: None,
        },
        folder: dir.join("evaluations"),
        kind: crate::model::SessionKind::Evaluation,
        period: None,
    };
    app.apply(
        Action::NewSession(NewSessionAction::Create(Box::new(request))),
        Instant::now(),
    );
    let path = app.doc.as_ref().unwrap().file().path.clone();
    let mut h = harness(app);
    h.run();
    (path, h)
}

pub(super) fn scoring<'h>(h: &'h Harness<'static, EvalDeskApp>) -> &'h ScoringScreen {
    match &h.state().screen {
        Screen::Scoring(s) => s,
        _ => panic!("not on the scoring screen"),
    }
}

fn hint(h: &Harness<'static, EvalDeskApp>, lang: Lang) -> Option<String> {
    scoring(h).hint().map(|m| m.text(lang))
}

#[test]
fn eight_digits_typed_within_one_frame_land_in_the_eight_cells_that_follow() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut h) = open_demo_copy(dir.path());
    let digits = [
        Key::Num1,
        Key::Num0,
        Key::Num4,
        Key::Num3,
        Key::Num2,
        Key::Num2,
        Key::Num0,
        Key::Num1,
    ];
    // All sixteen events (press and release) in one frame, as a fast typist's keys arrive.
    for key in digits {
        for pressed in [true, false] {
            h.input_mut().events.push(egui::Event::Key {
                key,
                physical_key: None,
                pressed,
                repeat: false,
                modifiers: Modifiers::NONE,
            });
        }
    }
    h.step();
    h.run();
    autosave(&mut h);
    let s = on_disk(&path);
    let cells: Vec<Option<f64>> = ["G1.1", "G1.2", "G1.3", "G1.4"]
        .iter()
        .flat_map(|c| ["m-office", "v-office"].map(|k| s.score(c, k).and_then(|x| x.value)))
        .collect();
    let expected: Vec<Option<f64>> = [1.0, 0.0, 4.0, 3.0, 2.0, 2.0, 0.0, 1.0].map(Some).to_vec();
    assert_eq!(cells, expected, "every key, in order, one cell each");
    assert_eq!(
        scoring(&h).cursor.current(&s).map(|c| c.id.as_str()),
        Some("G1.5"),
        "the selection moved on by eight cells"
    );
}

#[test]
fn the_chosen_level_stands_out_from_the_selected_row_and_the_stripes() {
    let visuals = egui::Visuals::light();
    let (fill, ink) = chosen_colours(&visuals);
    assert_ne!(
        fill, visuals.selection.bg_fill,
        "not the row highlight's blue"
    );
    assert_ne!(fill, visuals.faint_bg_color, "not a stripe");
    assert_ne!(fill, ink);
    let luminance = |c: egui::Color32| c.r() as u32 + c.g() as u32 + c.b() as u32;
    assert!(
        luminance(ink).abs_diff(luminance(fill)) > 300,
        "text readable on the fill"
    );
}

#[test]
fn numbers_are_read_the_vietnamese_way_and_a_bad_one_stays_in_the_field_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut h) = small_session(dir.path(), Lang::Vi);
    // G2.1 (numeric) is the third row: down twice.
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::Num2);
    h.get_by_label("G2.1 M-Office: gõ số rồi Enter")
        .type_text(".45");
    h.run();
    assert!(
        h.query_by_label_contains("hiểu là").is_none(),
        "nothing to read back yet"
    );
    // Not yet: "2.45" in Vietnamese is not a number; Enter keeps it in the field and says why.
    let field = h.get_by_label("G2.1 M-Office: gõ số rồi Enter");
    assert_eq!(field.value().as_deref(), Some("2.45"));
    h.key_press(Key::Enter);
    h.run();
    h.run();
    assert!(
        hint(&h, Lang::Vi).is_some_and(|t| t.contains("dấu thập phân là “,”")),
        "{:?}",
        hint(&h, Lang::Vi)
    );
    assert_eq!(
        h.get_by_label("G2.1 M-Office: gõ số rồi Enter")
            .value()
            .as_deref(),
        Some("2.45"),
        "what was typed is kept"
    );
    assert!(on_disk(&path).score("G2.1", "m-office").is_none());
    // "2.450" is two thousand four hundred fifty, read back before it is kept.
    h.get_by_label("G2.1 M-Office: gõ số rồi Enter")
        .type_text("0");
    h.run();
    // Read back under the field, so the N/A button beside them stays in the cell (the
    // read-back beside the field pushed it out).
    let field = h.get_by_label("G2.1 M-Office: gõ số rồi Enter").rect();
    let read = h.get_by_label("hiểu là 2.450").rect();
    assert!(
        read.top() >= field.bottom() - 1.0,
        "{read:?} under {field:?}"
    );
    let na = h
        .get_all_by_label_contains("N/A")
        .map(|n| n.rect())
        .find(|r| (r.center().y - field.center().y).abs() < 30.0 && r.left() > field.left())
        .expect("the cell's N/A button");
    assert!(na.left() >= field.right(), "N/A after the field");
    assert!(
        na.left() - field.right() < 40.0,
        "N/A next to the field, not pushed on by the read-back: {na:?} after {field:?}"
    );
    h.key_press(Key::Enter);
    h.run();
    autosave(&mut h);
    assert_eq!(
        on_disk(&path).score("G2.1", "m-office").unwrap().value,
        Some(2450.0)
    );
    h.get_by_label("G2.1 M-Office: 2.450");
}

#[test]
fn the_filter_matches_without_accents_and_says_when_nothing_matches() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut h) = open_demo_copy(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_label("Lọc tiêu chí (Ctrl+F)").type_text("ky so");
    h.run();
    h.get_by_label("Ký số văn bản đi");
    h.get_by_label("Lọc tiêu chí (Ctrl+F)").type_text("zzz");
    h.run();
    h.get_by_label_contains("Không có tiêu chí nào khớp “ky sozzz”");
}

#[test]
fn n_a_on_a_mandatory_criterion_warns_and_a_valid_key_clears_the_hint() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut h) = small_session(dir.path(), Lang::Vi);
    press(&mut h, Key::N);
    assert!(
        hint(&h, Lang::Vi).is_some_and(|t| t.contains("là tiêu chí bắt buộc")),
        "{:?}",
        hint(&h, Lang::Vi)
    );
    assert_eq!(
        h.query_all_by_label_contains("là tiêu chí bắt buộc")
            .count(),
        2,
        "in the status bar and beside the note"
    );
    press(&mut h, Key::Num9);
    assert!(hint(&h, Lang::Vi).is_some_and(|t| t.contains("9 không có trên thang điểm")));
    press(&mut h, Key::Num3);
    assert_eq!(
        hint(&h, Lang::Vi),
        None,
        "the red hint goes after a key that worked"
    );
}

#[test]
fn ctrl_g_says_so_when_everything_is_scored() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut h) = small_session(dir.path(), Lang::En);
    for key in [Key::Num3, Key::Num4, Key::Num1, Key::N] {
        press(&mut h, key);
    }
    press(&mut h, Key::Num5);
    h.get_by_label("G2.1 M-Office: type a number, then Enter")
        .type_text("00");
    h.run();
    press(&mut h, Key::Enter);
    press(&mut h, Key::Num7);
    h.get_by_label("G2.1 V-Office: type a number, then Enter")
        .type_text("00");
    h.run();
    press(&mut h, Key::Enter);
    h.key_press_modifiers(Modifiers::COMMAND, Key::G);
    h.run();
    assert_eq!(
        hint(&h, Lang::En).as_deref(),
        Some("Every cell is scored: ready to submit (Ctrl+Enter).")
    );
}

#[test]
fn notes_take_several_lines_and_enter_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut h) = small_session(dir.path(), Lang::En);
    press(&mut h, Key::Num3);
    press(&mut h, Key::ArrowLeft);
    press(&mut h, Key::Enter);
    h.get_by_label("Note — M-Office").type_text("Line one");
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    h.run();
    h.get_by_label("Note — M-Office").type_text("line two");
    h.run();
    press(&mut h, Key::Enter);
    autosave(&mut h);
    assert_eq!(
        on_disk(&path)
            .score("G1.1", "m-office")
            .unwrap()
            .note
            .as_deref(),
        Some("Line one\nline two")
    );
}

#[test]
fn the_group_list_labels_progress_and_weight_and_switching_language_redraws_everything() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut h) = small_session(dir.path(), Lang::Vi);
    h.get_by_label_contains("đã chấm 0/4 · trọng\u{a0}số\u{a0}66,7\u{a0}%");
    press(&mut h, Key::Num9);
    h.get_by_label("English").click();
    h.run();
    h.get_by_label_contains("scored 0/4 · weight\u{a0}66.7\u{a0}%");
    h.get_by_label_contains("9 is not on this criterion's scale.");
}

#[test]
fn tab_reaches_new_evaluation_first_on_the_start_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_in(dir.path(), Lang::Vi));
    h.run();
    h.key_press(Key::Tab);
    h.run();
    assert!(h.get_by_label("Đánh giá mới…").is_focused());
}

#[test]
fn with_many_agencies_one_is_scored_at_a_time_and_arrows_change_which() {
    let dir = tempfile::tempdir().unwrap();
    let checklist = crate::store::bundled_checklists()
        .into_iter()
        .filter_map(|(_, c)| c.ok())
        .find(|c| c.id == "it-application")
        .expect("the agency checklist is bundled");
    let agencies: Vec<_> = checklist
        .candidates
        .clone()
        .unwrap()
        .into_iter()
        .take(6)
        .collect();
    let mut app = app_in(dir.path(), Lang::Vi);
    let request = NewSession {
        candidates: agencies.clone(),
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
    app.apply(
        Action::NewSession(NewSessionAction::Create(Box::new(request))),
        Instant::now(),
    );
    let path = app.doc.as_ref().unwrap().file().path.clone();
    let mut h = harness(app);
    h.run();
    let name = |k: usize| agencies[k].name.get(Lang::Vi).to_owned();
    // One column: the first agency's; the second is not shown.
    h.get_by_label(&name(0));
    assert!(
        h.query_by_label(&name(1)).is_none(),
        "one candidate at a time"
    );
    h.get_by_label_contains("6 đối tượng, chấm lần lượt");
    let picker = |h: &Harness<'static, EvalDeskApp>| {
        let combo = h.get_by_role(egui::accesskit::Role::ComboBox);
        format!("{:?}", combo.value())
    };
    assert!(
        // 41 criteria, 4 of them for districts only: 37 for a department.
        picker(&h).contains(&format!("{} — đã chấm 0/37", name(0))),
        "{}",
        picker(&h)
    );
    press(&mut h, Key::ArrowRight);
    h.get_by_label(&name(1));
    assert!(h.query_by_label(&name(0)).is_none());
    // G1.1 is numeric: type the number, Enter keeps it, for the agency shown.
    press(&mut h, Key::Num1);
    press(&mut h, Key::Enter);
    autosave(&mut h);
    let saved = on_disk(&path);
    assert_eq!(
        saved.score("G1.1", &agencies[1].id).and_then(|s| s.value),
        Some(1.0)
    );
    assert!(saved.score("G1.1", &agencies[0].id).is_none());
    assert!(
        picker(&h).contains(&format!("{} — đã chấm 1/37", name(1))),
        "{}",
        picker(&h)
    );
}

/// The buttons of a cell are painted, not egui buttons: each still has its name, shows the
/// level's label on hover, and scores its cell when clicked; N/A clicked again unscores it.
#[test]
fn a_level_yes_and_na_clicked_with_the_mouse_score_their_cell() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut h) = small_session(dir.path(), Lang::Vi);
    let value = |h: &Harness<'static, EvalDeskApp>, c: &str, k: &str| {
        let session = h.state().doc.as_ref().unwrap().session();
        session.score(c, k).map(|s| (s.value, s.is_na()))
    };
    let tip = "4 — Đáp ứng đầy đủ";
    let tips = |h: &Harness<'static, EvalDeskApp>| h.query_all_by_label(tip).count();
    let before = tips(&h);
    h.get_by_label("G1.1 V-Office: 4").hover();
    h.run();
    assert_eq!(tips(&h), before + 1, "the level's label on hover");
    h.get_by_label("G1.1 V-Office: 3").click();
    h.get_by_label("G1.2 M-Office: có").click();
    h.get_by_label("G1.2 V-Office: N/A").click();
    h.run();
    assert_eq!(value(&h, "G1.1", "v-office"), Some((Some(3.0), false)));
    assert_eq!(value(&h, "G1.1", "m-office"), None, "only the cell clicked");
    assert_eq!(value(&h, "G1.2", "m-office"), Some((Some(1.0), false)));
    assert_eq!(value(&h, "G1.2", "v-office"), Some((None, true)));
    assert_eq!(
        scoring(&h).cursor.cand,
        1,
        "the cell clicked last is selected"
    );
    h.get_by_label("G1.2 V-Office: N/A").click();
    h.run();
    assert_eq!(value(&h, "G1.2", "v-office"), None);
}

/// An autosave runs beside the window; the screen shows it done at a later frame, and
/// leaving the session while it runs waits for it: the file has the score, the lock is
/// released.
#[test]
fn leaving_while_an_autosave_runs_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut h) = open_demo_copy(dir.path());
    assert_ne!(on_disk(&path).scores[0].value, Some(0.0));
    press(&mut h, Key::Num0);
    let later = Instant::now() + std::time::Duration::from_secs(3);
    h.state_mut().autosave_if_due(later);
    assert!(h.state().doc.as_ref().unwrap().is_saving());
    h.state_mut().apply(Action::GoStart, Instant::now());
    assert!(h.state().doc.is_none(), "closed once saved");
    assert_eq!(on_disk(&path).scores[0].value, Some(0.0));
    assert!(
        !crate::store::lock::lock_path(&path).exists(),
        "the lock was released"
    );
}
