//! The ranking's blocks on the results screen (docs/method.md §12): a tab per category, as
//! the province ranks its departments apart from its districts.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use serde_json::{Value, json};

use super::*;

/// Two blocks, "so" (departments) and "huyen" (districts), and one agency in neither; one
/// criterion on 0–4, so each total is 25 × the value.
fn session() -> Value {
    let agencies = json!([
        {"id": "so-a", "name": "Sở Nội vụ", "category": "so"},
        {"id": "so-b", "name": "Sở Tư pháp", "category": "so"},
        {"id": "hu-a", "name": "UBND huyện Ba Vì", "category": "huyen"},
        {"id": "hu-b", "name": "UBND huyện Đan Phượng", "category": "huyen"},
        {"id": "khac", "name": "Ban Quản lý"}
    ]);
    let checklist = json!({
        "format": "evaldesk.checklist", "version": 1, "id": "cq", "title": "Ứng dụng CNTT",
        "subject": "agency",
        "scale": {"min": 0, "max": 4, "step": 1},
        "categories": [
            {"id": "so", "title": {"vi": "Sở, ban, ngành", "en": "Departments"}},
            {"id": "huyen", "title": {"vi": "UBND huyện, thành phố", "en": "Districts"}}
        ],
        "candidates": agencies,
        "groups": [{"id": "G1", "title": "Hạ tầng", "criteria": [{"id": "G1.1", "title": "Máy tính"}]}]
    });
    // Overall: Ba Vì 100, Tư pháp 75, Ban Quản lý 75 … so the blocks are not the overall order.
    let values = [
        ("so-a", 1.0),
        ("so-b", 3.0),
        ("hu-a", 4.0),
        ("hu-b", 2.0),
        ("khac", 3.0),
    ];
    let scores: Vec<Value> = values
        .iter()
        .map(|(k, v)| json!({"criterion": "G1.1", "candidate": k, "value": v}))
        .collect();
    json!({
        "format": "evaldesk.session", "version": 1, "id": "s1",
        "evaluator": {"name": "Nguyễn Văn A"}, "created": "2015-04-20T08:00:00+07:00",
        "modified": "2015-04-20T08:00:00+07:00", "status": "draft", "checklist": checklist,
        "candidates": agencies, "scores": scores
    })
}

fn harness(
    dir: &std::path::Path,
    session: Value,
) -> Harness<'static, (ResultsScreen, Vec<Action>)> {
    let text = serde_json::to_string_pretty(&session).unwrap();
    std::fs::write(dir.join("a.evaluation.json"), text).unwrap();
    let paths = vec![dir.to_owned()];
    let screen = ResultsScreen::new(&paths, crate::store::load_sessions(&paths));
    assert!(screen.problems.is_empty(), "{:?}", screen.problems);
    Harness::builder()
        .with_size(eframe::egui::vec2(1366.0, 768.0))
        .with_context_setup(crate::ui::setup_context)
        .build_ui_state(
            |ui, (s, actions): &mut (ResultsScreen, Vec<Action>)| s.ui(ui, Lang::Vi, actions),
            (screen, Vec::new()),
        )
}

const NAMES: [&str; 5] = [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "UBND huyện Ba Vì",
    "UBND huyện Đan Phượng",
    "Ban Quản lý",
];

/// The agencies the ranking lists, top to bottom.
fn listed(h: &Harness<'static, (ResultsScreen, Vec<Action>)>) -> Vec<String> {
    h.query_all_by(|n| n.value().is_some_and(|v| NAMES.contains(&v.as_str())))
        .map(|n| n.value().unwrap())
        .collect()
}

#[test]
fn the_ranking_has_a_tab_per_block_each_ranking_its_own_agencies() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), session());
    h.run();
    let tabs: Vec<String> = h
        .query_all_by(|n| n.role() == egui::accesskit::Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| {
            ["Toàn", "Sở,", "UBND", "Đơn vị"]
                .iter()
                .any(|p| l.starts_with(p))
        })
        .collect();
    assert_eq!(
        tabs,
        [
            "Toàn tỉnh",
            "Sở, ban, ngành",
            "UBND huyện, thành phố",
            "Đơn vị chưa xếp khối"
        ]
    );
    // Overall: everyone, by total (Tư pháp and Ban Quản lý tie at 75).
    assert_eq!(
        listed(&h),
        [
            "UBND huyện Ba Vì",
            "Sở Tư pháp",
            "Ban Quản lý",
            "UBND huyện Đan Phượng",
            "Sở Nội vụ"
        ]
    );
    h.get_by_label("4");
    h.get_by_label("UBND huyện, thành phố").click();
    h.run();
    assert_eq!(listed(&h), ["UBND huyện Ba Vì", "UBND huyện Đan Phượng"]);
    // Đan Phượng is 4th overall and 2nd among the districts: the tab says 2nd.
    assert!(h.query_by_label("4").is_none());
    h.get_by_label("2");
    h.get_by_label("Sở, ban, ngành").click();
    h.run();
    assert_eq!(listed(&h), ["Sở Tư pháp", "Sở Nội vụ"]);
    h.get_by_label("Đơn vị chưa xếp khối").click();
    h.run();
    assert_eq!(listed(&h), ["Ban Quản lý"]);
    h.get_by_label("Toàn tỉnh").click();
    h.run();
    assert_eq!(listed(&h).len(), 5);
}

/// A checklist without categories draws no tab: the ranking is the overall one.
#[test]
fn without_categories_there_is_no_tab() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session();
    s["checklist"].as_object_mut().unwrap().remove("categories");
    for k in s["checklist"]["candidates"].as_array_mut().unwrap() {
        k.as_object_mut().unwrap().remove("category");
    }
    s["candidates"] = s["checklist"]["candidates"].clone();
    let mut h = harness(dir.path(), s);
    h.run();
    assert!(h.query_by_label("Toàn tỉnh").is_none());
    assert_eq!(listed(&h).len(), 5);
}
