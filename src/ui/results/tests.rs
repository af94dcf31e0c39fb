//! The results screen as a committee member uses it, at 1366×768.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::*;

/// The screen alone at 1366×768, in Vietnamese, with the actions it pushes.
fn screen_harness(screen: ResultsScreen) -> Harness<'static, (ResultsScreen, Vec<Action>)> {
    Harness::builder()
        .with_size(eframe::egui::vec2(1366.0, 768.0))
        .with_context_setup(crate::ui::setup_context)
        .build_ui_state(
            |ui, (s, actions): &mut (ResultsScreen, Vec<Action>)| s.ui(ui, Lang::Vi, actions),
            (screen, Vec::new()),
        )
}

/// The demo's three sessions, copied into `dir`.
fn copy_demo(dir: &std::path::Path) {
    for f in ["an-nguyen", "binh-tran", "chau-le"] {
        let name = format!("{f}.evaluation.json");
        std::fs::copy(format!("evaluations/demo/{name}"), dir.join(name)).unwrap();
    }
}

#[test]
fn mean_and_median_switch_from_the_sessions_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    copy_demo(dir.path());
    let paths = vec![dir.path().to_owned()];
    let screen = ResultsScreen::new(&paths, crate::store::load_sessions(&paths));
    let mean = screen.results.clone().unwrap();
    let mut h = screen_harness(screen);
    h.run();
    h.get_by_label("Trung vị").click();
    h.run();
    assert_eq!(
        h.state().1,
        [Action::Results(ResultsAction::SetAggregation(
            Aggregation::Median
        ))]
    );
    // The files are gone: the switch must not need them.
    drop(dir);
    h.state_mut().0.set_aggregation(Aggregation::Median);
    let median = h.state().0.results.clone().expect("results from memory");
    assert_eq!(median.aggregation, Aggregation::Median);
    assert_ne!(median.candidates, mean.candidates);
}

#[test]
fn a_bad_file_is_named_and_the_good_sessions_still_give_results() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["an-nguyen", "binh-tran"] {
        let name = format!("{f}.evaluation.json");
        std::fs::copy(format!("evaluations/demo/{name}"), dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("broken.evaluation.json"), "{").unwrap();
    let paths = vec![dir.path().to_owned()];
    let screen = ResultsScreen::new(&paths, crate::store::load_sessions(&paths));
    let mut h = screen_harness(screen);
    h.run();
    h.get_by_label("1 tệp không được tính (xem lý do bên dưới); kết quả dùng 2 phiên còn lại.");
    h.get_by_label_contains("broken.evaluation.json: dòng 1, cột 1: tệp kết thúc giữa chừng");
    h.get_by_label_contains("xếp thứ nhất với");
    assert_eq!(h.state().0.results.as_ref().unwrap().sessions, 2);
}

/// The demo sessions copied into a folder of the test's own, opened in the whole app (so
/// every action is applied as in real use); the bytes of each file, to check they stay.
fn demo_results(
    dir: &std::path::Path,
) -> (
    egui_kittest::Harness<'static, crate::ui::EvalDeskApp>,
    Vec<(PathBuf, Vec<u8>)>,
) {
    let folder = dir.join("evaluations");
    std::fs::create_dir_all(&folder).unwrap();
    let mut files = Vec::new();
    for f in ["an-nguyen", "binh-tran", "chau-le"] {
        let name = format!("{f}.evaluation.json");
        let to = folder.join(&name);
        std::fs::copy(format!("evaluations/demo/{name}"), &to).unwrap();
        files.push((to.clone(), std::fs::read(&to).unwrap()));
    }
    let mut app = crate::ui::tests::app_in(dir, Lang::Vi);
    app.apply(Action::OpenResults(vec![folder]), std::time::Instant::now());
    let mut h = crate::ui::tests::harness(app);
    h.run();
    (h, files)
}

fn results_of<'a>(
    h: &'a egui_kittest::Harness<'static, crate::ui::EvalDeskApp>,
) -> &'a ResultsScreen {
    match &h.state().screen {
        crate::ui::Screen::Results(s) => s,
        _ => panic!("the results screen is shown"),
    }
}

#[test]
fn the_demo_shows_the_winner_its_margin_and_the_most_critical_group() {
    let dir = tempfile::tempdir().unwrap();
    let (h, _) = demo_results(dir.path());
    h.get_by_label("V-Office xếp thứ nhất với 84,44 điểm, hơn M-Office 3,19 điểm.");
    h.get_by_label_contains("nhóm G8 Chi phí và bản quyền từ 8\u{a0}% thành 15,4\u{a0}%");
    h.get_by_label_contains("V-Office xếp thứ nhất trong 100\u{a0}% số trường hợp");
    // The table heads its columns with group titles, not bare ids.
    h.get_by_label("G3 Hồ sơ công việc và lưu trữ");
}

#[test]
fn dragging_a_weight_changes_totals_and_winner_and_leaves_every_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, files) = demo_results(dir.path());
    h.get_by_label("Thử trọng số khác").click();
    h.run();
    let before = results_of(&h).results.clone().unwrap();
    // G8 (cost), the last slider: dragged from its start to three quarters of its rail.
    let sliders = h
        .get_all_by_role(egui::accesskit::Role::Slider)
        .collect::<Vec<_>>();
    assert_eq!(sliders.len(), 8, "one slider per group");
    let rail = sliders[7].rect();
    let y = rail.center().y;
    h.hover_at(egui::pos2(rail.left() + 2.0, y));
    h.drag_at(egui::pos2(rail.left() + 2.0, y));
    h.run();
    h.hover_at(egui::pos2(rail.left() + rail.width() * 0.75, y));
    h.run();
    h.drop_at(egui::pos2(rail.left() + rail.width() * 0.75, y));
    h.run();
    let after = results_of(&h).results.clone().unwrap();
    let share = after.group_weights[7].1;
    assert!(share > 0.5, "G8 now weighs {share}");
    assert_ne!(after.candidates[0].total, before.candidates[0].total);
    // M-Office is far better on cost: with most of the weight there, it leads.
    assert_eq!(after.candidates[0].id, "m-office");
    h.get_by_label_contains("M-Office xếp thứ nhất");
    h.get_by_label("Trọng số đã thay đổi — không phải của bảng tiêu chí. Không có gì được lưu.");
    // The panel's robustness is the checklist weights': the line under the headline, which
    // now names M-Office, says so instead of "V-Office first" alone (issue 29, item 6).
    h.get_by_label_contains("Với trọng số của bảng tiêu chí: Nếu chọn lại tổ chấm");
    for (path, bytes) in &files {
        assert_eq!(
            &std::fs::read(path).unwrap(),
            bytes,
            "{} unchanged",
            path.display()
        );
    }
    // Back to the checklist's weights: the totals as they were.
    h.get_by_label("Trở về trọng số của bảng tiêu chí").click();
    h.run();
    assert_eq!(
        results_of(&h).results.as_ref().unwrap().candidates,
        before.candidates
    );
}

#[test]
fn unticking_a_session_recomputes_and_an_empty_session_is_flagged_and_not_counted() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, files) = demo_results(dir.path());
    // An evaluator who opened a session and scored nothing.
    let mut empty: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&files[1].0).unwrap()).unwrap();
    empty["id"] = "empty-session".into();
    empty["evaluator"]["name"] = "Đỗ Văn Trống".into();
    empty["scores"] = serde_json::json!([]);
    let folder = files[0].0.parent().unwrap().to_owned();
    std::fs::write(folder.join("trong.evaluation.json"), empty.to_string()).unwrap();
    h.state_mut()
        .apply(Action::OpenResults(vec![folder]), std::time::Instant::now());
    h.run();
    h.get_by_label("chưa chấm gì: không tính trừ khi đánh dấu");
    assert_eq!(results_of(&h).results.as_ref().unwrap().sessions, 3);
    // "Submitted only": the one sealed session.
    h.get_by_label("Chỉ phiên đã nộp").scroll_to_me();
    h.run();
    h.get_by_label("Chỉ phiên đã nộp").click();
    h.run();
    assert_eq!(results_of(&h).results.as_ref().unwrap().sessions, 1);
}

#[test]
fn a_disagreement_opens_each_evaluator_s_value_and_note() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = demo_results(dir.path());
    let row = h.get_by_label("G2.3 Ký số văn bản đi — M-Office: từ 1 đến 3");
    row.scroll_to_me();
    h.run();
    h.get_by_label("G2.3 Ký số văn bản đi — M-Office: từ 1 đến 3")
        .click();
    h.run();
    h.get_by_label("Chưa tích hợp ký số bằng USB token trong buổi trình diễn; hãng hứa bổ sung.");
}

#[test]
fn an_idle_frame_draws_no_chart_and_a_new_tab_draws_one() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = demo_results(dir.path());
    let draws = results_of(&h).view.charts.draws;
    assert!(draws >= 1, "the totals chart is drawn");
    h.run();
    h.run();
    assert_eq!(
        results_of(&h).view.charts.draws,
        draws,
        "nothing changed, nothing drawn"
    );
    h.get_by_label("Mạng nhện").click();
    h.run();
    assert_eq!(results_of(&h).view.charts.draws, draws + 1);
}

#[test]
fn export_writes_every_chart_into_the_folder_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (h, _) = demo_results(dir.path());
    let results = results_of(&h).results.clone().unwrap();
    let out = dir.path().join("charts");
    let mut job =
        crate::ui::export_job::ExportJob::charts(&out, Vec::new(), results, Lang::Vi, 800);
    let outcome = job.wait();
    // Said as done, not as an error.
    assert_eq!(
        outcome.iter().map(|m| m.text(Lang::Vi)).collect::<Vec<_>>(),
        [format!("Đã ghi 18 tệp biểu đồ vào {}.", out.display())]
    );
    // The 18 pictures, and the manifest that marks the folder as EvalDesk's.
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 19);
}

#[test]
fn export_report_makes_a_new_folder_beside_the_sessions_each_time() {
    if crate::ui::files::dialogs_available() {
        // With a system dialog the user chooses; this test is for the path without one.
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (mut h, files) = demo_results(dir.path());
    let folder = files[0].0.parent().unwrap().to_owned();
    for expected in ["bao-cao", "bao-cao-2"] {
        h.state_mut().apply(
            Action::Results(ResultsAction::ExportReport),
            std::time::Instant::now(),
        );
        let lines = h.state_mut().export.as_mut().expect("a job runs").wait();
        let said: Vec<String> = lines.iter().map(|m| m.text(Lang::Vi)).collect();
        let out = folder.join(expected);
        assert_eq!(said, [format!("Đã ghi báo cáo vào {}.", out.display())]);
        assert!(out.join("bao-cao.docx").exists() && out.join("bieu-do").is_dir());
        h.state_mut().export = None;
    }
    for (path, bytes) in &files {
        assert_eq!(&std::fs::read(path).unwrap(), bytes, "sessions unchanged");
    }
}

/// More sessions than robustness enumerates: the files are read and the results computed
/// off the window's thread; the screen says so meanwhile, then shows them — the same as
/// computed directly.
#[test]
fn many_sessions_are_scored_off_the_window_thread_and_shown_when_ready() {
    let dir = tempfile::tempdir().unwrap();
    let demo = std::fs::read("evaluations/demo/binh-tran.evaluation.json").unwrap();
    let base: Session = serde_json::from_slice(&demo).unwrap();
    for i in 0..12 {
        let mut s = base.clone();
        s.id = format!("{}-{i}", base.id);
        s.evaluator.name = format!("{} {i}", base.evaluator.name);
        for score in s.scores.iter_mut().skip(i).step_by(5) {
            if let Some(v) = score.value.as_mut() {
                *v = (*v - 1.0).max(0.0);
            }
        }
        let text = crate::model::to_pretty_json(&s);
        std::fs::write(dir.path().join(format!("s{i:02}.evaluation.json")), text).unwrap();
    }
    let paths = vec![dir.path().to_owned()];
    let loaded = crate::store::load_sessions(&paths);
    let sessions: Vec<Session> = loaded.sessions.iter().map(|(_, s)| s.clone()).collect();
    drop(loaded);
    let screen = ResultsScreen::open(&paths);
    assert!(
        screen.reading.is_some(),
        "12 files are not read and scored in the frame"
    );
    let mut h = screen_harness(screen);
    h.step();
    if h.state().0.reading.is_some() {
        h.get_by_label("Đang đọc 12 tệp…");
    }
    // A guard against a hang, not a measure of speed.
    let waited = std::time::Instant::now();
    while h.state().0.is_computing() {
        assert!(waited.elapsed() < std::time::Duration::from_secs(120));
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    h.run();
    h.get_by_label_contains("xếp thứ nhất với");
    let shown = h.state().0.results.clone().unwrap();
    assert_eq!(shown.robustness.method, scoring::Method::Sampled);
    assert_eq!(shown, scoring::compute(&sessions, Aggregation::Mean));
    // Switching to the median starts again; the old figure is not shown meanwhile.
    h.state_mut().0.set_aggregation(Aggregation::Median);
    assert!(h.state().0.is_computing() && h.state().0.results.is_none());
}

/// Each evaluator scored the agencies assigned to them: drawing the panel again would compare
/// agencies on different evaluators, so the screen says robustness does not apply instead of
/// "Sở KH&CN comes first in 75 % of cases".
#[test]
fn agencies_scored_by_different_evaluators_have_no_robustness_figure() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("evaluations");
    std::fs::create_dir_all(&folder).unwrap();
    for entry in std::fs::read_dir("evaluations/demo-agencies").unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().ends_with(".evaluation.json") {
            std::fs::copy(&path, folder.join(path.file_name().unwrap())).unwrap();
        }
    }
    let mut app = crate::ui::tests::app_in(dir.path(), Lang::Vi);
    app.apply(Action::OpenResults(vec![folder]), std::time::Instant::now());
    let mut h = crate::ui::tests::harness(app);
    // Twelve sessions of 41 criteria are read and scored beside the window.
    let waited = std::time::Instant::now();
    h.step();
    while h.state().results_pending() {
        assert!(waited.elapsed() < std::time::Duration::from_secs(120));
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    h.run();
    h.get_by_label_contains("Không tính độ vững theo tổ chấm");
    assert!(h.query_by_label_contains("số trường hợp").is_none());
}

#[test]
fn sessions_without_a_declaration_of_no_conflict_are_named_above_the_evaluators() {
    let dir = tempfile::tempdir().unwrap();
    copy_demo(dir.path());
    // Bình's draft carries the declaration; An's and Châu's do not.
    let binh = dir.path().join("binh-tran.evaluation.json");
    let mut session = crate::store::load_session(&binh).unwrap();
    session.declaration = Some(crate::model::Declaration {
        no_conflict: true,
        at: Some("2015-04-22T16:30:00+07:00".into()),
    });
    std::fs::write(&binh, crate::model::to_pretty_json(&session)).unwrap();
    let paths = vec![dir.path().to_owned()];
    let screen = ResultsScreen::new(&paths, crate::store::load_sessions(&paths));
    let mut h = screen_harness(screen);
    h.run();
    // Bình is not named: only the two who did not declare.
    h.get_by_label(
        "2 phiên được tính chưa có cam kết không xung đột lợi ích: Nguyễn Văn An, Lê Minh Châu.",
    );
}

#[test]
fn a_review_beside_the_sessions_is_in_the_results_and_left_out_whole_when_it_does_not_hold() {
    let dir = tempfile::tempdir().unwrap();
    copy_demo(dir.path());
    let paths = vec![dir.path().to_owned()];
    let loaded = crate::store::load_sessions(&paths);
    let refs: Vec<_> = loaded
        .sessions
        .iter()
        .map(|(p, s)| (p.as_path(), s))
        .collect();
    let mut review = crate::store::review::new_review(crate::model::ReviewKind::Consensus, &refs);
    review.meeting = Some(crate::model::Meeting {
        date: Some("2015-04-28".into()),
        ..Default::default()
    });
    review.decisions.push(crate::model::Decision {
        criterion: "G2.3".into(),
        candidate: "m-office".into(),
        value: Some(2.0),
        na: None,
        reason: "Buổi trình diễn 27/4".into(),
        by: None,
        at: None,
    });
    std::fs::write(
        dir.path().join("hop-thong-nhat.review.json"),
        crate::model::to_pretty_json(&review),
    )
    .unwrap();
    let screen = ResultsScreen::new(&paths, crate::store::load_sessions(&paths));
    let total = |s: &ResultsScreen| {
        let r = s.results.as_ref().unwrap();
        r.candidates
            .iter()
            .find(|c| c.id == "m-office")
            .unwrap()
            .total
    };
    assert!(screen.results.as_ref().unwrap().review.is_some());
    let decided = total(&screen);
    let mut h = screen_harness(screen);
    h.run();
    h.get_by_label(
        "Kết quả trên đã tính 1 quyết định của cuộc họp thống nhất ngày 28/04/2015; biên bản họp còn là bản nháp nên các quyết định này còn có thể thay đổi.",
    );
    // One session no longer counted: the panel decided on three, so the review is left out
    // whole, and the screen says which and why.
    h.state_mut().0.set_counted(2, false);
    h.run();
    assert!(h.state().0.results.as_ref().unwrap().review.is_none());
    h.get_by_label_contains("không được tính vào kết quả này");
    h.get_by_label_contains("c4d5e6f7-2a3b-4c5d-9e8f-7a6b5c4d3e03");
    h.state_mut().0.set_counted(2, true);
    h.run();
    assert_eq!(total(&h.state().0), decided);
}

/// Issue 29 (8): the drill-down says a value's unit and what it scores ("2.450 triệu đồng
/// (100,00 điểm)", not "2.450 (100,00)"), and whose each value under it is.
#[test]
fn the_group_drill_down_gives_units_points_and_the_evaluators_names() {
    let dir = tempfile::tempdir().unwrap();
    copy_demo(dir.path());
    let paths = vec![dir.path().to_owned()];
    let screen = ResultsScreen::new(&paths, crate::store::load_sessions(&paths));
    let mut h = screen_harness(screen);
    h.run();
    h.get_by_label_contains("G8 Chi phí và bản quyền (")
        .scroll_to_me();
    h.run();
    h.get_by_label_contains("G8 Chi phí và bản quyền (").click();
    h.run();
    // A text with a tooltip labels it, so it is found by its value (a label's text).
    for text in [
        "2.450 triệu đồng (100,00 điểm)",
        "An 2.450 · Bình 2.450 · Châu 2.450",
    ] {
        assert!(h.query_all_by_value(text).count() > 0, "{text}");
    }
}

/// Issue 29 (9): the weights being tried could not be folded away; now they can, and the
/// banner saying the weights are not the checklist's stays.
#[test]
fn the_what_if_section_folds_away_while_weights_are_tried() {
    let dir = tempfile::tempdir().unwrap();
    copy_demo(dir.path());
    let paths = vec![dir.path().to_owned()];
    let screen = ResultsScreen::new(&paths, crate::store::load_sessions(&paths));
    let mut h = screen_harness(screen);
    h.run();
    h.get_by_label("Thử trọng số khác").click();
    h.run();
    h.state_mut().0.set_group_share(7, 0.3);
    h.run();
    h.run();
    let sliders = |h: &Harness<'static, (ResultsScreen, Vec<Action>)>| {
        h.query_all_by_role(eframe::egui::accesskit::Role::Slider)
            .count()
    };
    assert_eq!(
        sliders(&h),
        8,
        "open, one slider per group, weights being tried"
    );
    h.get_by_label("Thử trọng số khác").click();
    h.run();
    h.run();
    assert_eq!(sliders(&h), 0, "folded away");
    h.get_by_label_contains("Trọng số đã thay đổi — không phải của bảng tiêu chí.");
}

/// Issue 29 (9): when an export has been written, its notice offers to open the folder
/// (the app then shows it in the system's file manager).
#[test]
fn an_export_notice_offers_to_open_the_folder_written() {
    let folder = std::path::PathBuf::from("/tmp/bao-cao");
    let notice = crate::ui::dialogs::Notice::written(
        vec![crate::i18n::tr::export_done(18usize, &folder)],
        &folder,
    );
    let mut h = Harness::builder()
        .with_size(eframe::egui::vec2(1366.0, 768.0))
        .with_context_setup(crate::ui::setup_context)
        .build_ui_state(
            |ui, (notice, actions): &mut (crate::ui::dialogs::Notice, Vec<Action>)| {
                crate::ui::dialogs::show(ui.ctx(), Lang::Vi, Some(notice), (&[], &[]), actions)
            },
            (notice, Vec::new()),
        );
    h.run();
    h.get_by_label("Mở thư mục").click();
    h.run();
    assert!(h.state().1.contains(&Action::OpenFolder(folder)));
}
