//! Categories (ranking blocks) and criteria that apply to some of them (docs/method.md §12),
//! as a department of home affairs ranks its agencies: "so" (departments) and "huyen"
//! (districts), each ranked overall and within its block.

use serde_json::{Value, json};

use crate::common::{self, evaldesk, stderr, summary_json, write_json};

/// Three groups, equal weights, on the 0–4 scale:
/// - G1: G1.1 (everyone), G1.2 (districts only; mandatory, at least 2);
/// - G2: G2.1 numeric, lower is better, departments only;
/// - G3 (districts only): G3.1.
fn checklist() -> Value {
    json!({
        "format": "evaldesk.checklist", "version": 1, "id": "cq", "title": "Cải cách hành chính",
        "subject": "agency",
        "scale": {"min": 0, "max": 4, "step": 1},
        "categories": [
            {"id": "so", "title": {"vi": "Sở, ban, ngành", "en": "Departments"}},
            {"id": "huyen", "title": "UBND huyện"}
        ],
        "candidates": [
            {"id": "so-a", "name": "Sở Nội vụ", "category": "so"},
            {"id": "so-b", "name": "Sở Tư pháp", "category": "so"},
            {"id": "hu-a", "name": "UBND huyện Ba Vì", "category": "huyen"}
        ],
        "groups": [
            {"id": "G1", "title": "Chỉ đạo", "criteria": [
                {"id": "G1.1", "title": "Kế hoạch"},
                {"id": "G1.2", "title": "Một cửa cấp xã", "applies_to": ["huyen"],
                 "mandatory": true, "threshold": 2}
            ]},
            {"id": "G2", "title": "Thời gian", "criteria": [
                {"id": "G2.1", "title": "Ngày xử lý", "kind": "numeric", "unit": "ngày",
                 "better": "lower", "applies_to": ["so"]}
            ]},
            {"id": "G3", "title": "Cấp xã", "applies_to": ["huyen"], "criteria": [
                {"id": "G3.1", "title": "Xã đạt chuẩn"}
            ]}
        ]
    })
}

/// One evaluator's session: the three listed agencies and "khac", which the checklist does
/// not list and which has no category. No cell that does not apply is scored.
fn session() -> Value {
    let cl = checklist();
    let mut candidates = cl["candidates"].as_array().unwrap().clone();
    candidates.push(json!({"id": "khac", "name": "Ban Quản lý"}));
    let score = |c: &str, k: &str, v: f64| json!({"criterion": c, "candidate": k, "value": v});
    json!({
        "format": "evaldesk.session", "version": 1, "id": "s1",
        "evaluator": {"name": "Nguyễn Văn A"}, "created": "2015-04-20T08:00:00+07:00",
        "modified": "2015-04-20T08:00:00+07:00", "status": "draft", "checklist": cl,
        "candidates": candidates,
        "scores": [
            score("G1.1", "so-a", 4.0), score("G1.1", "so-b", 3.0),
            score("G1.1", "hu-a", 2.0), score("G1.1", "khac", 4.0),
            score("G1.2", "hu-a", 4.0),
            score("G2.1", "so-a", 100.0), score("G2.1", "so-b", 50.0),
            score("G3.1", "hu-a", 2.0)
        ]
    })
}

fn summary(sessions: &[Value]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    for (i, s) in sessions.iter().enumerate() {
        write_json(dir.path(), &format!("s{i}.evaluation.json"), s);
    }
    let o = summary_json(dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn candidate<'a>(results: &'a Value, id: &str) -> &'a Value {
    results["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap()
}

#[test]
fn criteria_that_do_not_apply_are_left_out_and_each_block_is_ranked() {
    let mut s = session();
    // Submitted without the cells that do not apply: complete all the same.
    common::seal(&mut s);
    let r = summary(&[s]);
    // so-a: G1 = G1.1 only, 4/4 → 100; G2: v_min over the departments is 50 (hu-a has no
    // G2.1), 50/100 → 50; G3 does not apply. T = (100 + 50) / 2 = 75.
    // so-b: G1 = 3/4 → 75; G2 = 50/50 → 100. T = 87.5.
    // hu-a: G1 = (2/4 + 4/4) / 2 → 75; G2 does not apply; G3 = 2/4 → 50. T = 62.5.
    // khac (no category): only G1.1 applies, 4/4 → 100. T = 100.
    let expect = [
        ("khac", 100.0, 1, Value::Null, Value::Null),
        ("so-b", 87.5, 2, json!("so"), json!(1)),
        ("so-a", 75.0, 3, json!("so"), json!(2)),
        ("hu-a", 62.5, 4, json!("huyen"), json!(1)),
    ];
    for (i, (id, total, rank, category, category_rank)) in expect.into_iter().enumerate() {
        let c = &r["candidates"][i];
        assert_eq!(c["id"], id, "{r:#}");
        // Within 1e-9: a total from one group of three is 100 × (1/3) / (1/3).
        assert!(
            (c["total"].as_f64().unwrap() - total).abs() < 1e-9,
            "{id}: {c}"
        );
        assert_eq!(c["rank"], rank, "{id}");
        assert_eq!(c["category"], category, "{id}");
        assert_eq!(c["category_rank"], category_rank, "{id}");
    }
    // The district-only mandatory G1.2 fails nobody it does not apply to.
    for id in ["khac", "so-a", "so-b", "hu-a"] {
        assert_eq!(candidate(&r, id)["qualified"], true, "{id}");
    }
    // A department's G3 is not a group it was scored in; a district's G2 neither.
    let groups = |id: &str| -> Vec<Value> {
        candidate(&r, id)["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["id"].clone())
            .collect()
    };
    assert_eq!(groups("so-a"), [json!("G1"), json!("G2")]);
    assert_eq!(groups("hu-a"), [json!("G1"), json!("G3")]);
    // No warning about cells nobody was meant to score.
    let warnings = r["warnings"].to_string();
    assert!(!warnings.contains("Nobody scored"), "{warnings}");
}

#[test]
fn a_district_counts_the_district_criterion_and_fails_it_when_below_the_threshold() {
    let mut s = session();
    // hu-a's G1.2 at 1, below 2: G1 = (2/4 + 1/4) / 2 → 37.5; T = (37.5 + 50) / 2 = 43.75.
    s["scores"][4]["value"] = json!(1);
    let r = summary(&[s]);
    let hu = candidate(&r, "hu-a");
    assert_eq!(hu["total"], 43.75);
    assert_eq!(hu["qualified"], false);
    assert_eq!(hu["failed"], json!(["G1.2"]));
    assert_eq!(candidate(&r, "so-a")["total"], 75.0);
}

#[test]
fn the_numeric_minimum_is_taken_among_the_agencies_the_criterion_applies_to() {
    // Two evaluators: so-a's G2.1 is (100 + 60) / 2 = 80, so-b's (50 + 30) / 2 = 40; the
    // minimum among the departments is 40, so so-a's G2 is 40/80 → 50 and so-b's 100.
    let a = session();
    let mut b = session();
    b["id"] = json!("s2");
    b["evaluator"]["name"] = json!("Trần Thị B");
    b["scores"][5]["value"] = json!(60);
    b["scores"][6]["value"] = json!(30);
    let r = summary(&[a, b]);
    let g2 = |id: &str| candidate(&r, id)["groups"][1]["score"].clone();
    assert_eq!(g2("so-a"), json!(50.0));
    assert_eq!(g2("so-b"), json!(100.0));
}

/// `evaldesk validate` on one session file: its problem lines.
fn problems(session: &Value) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = write_json(dir.path(), "bad.evaluation.json", session);
    let o = evaldesk(&["validate", "--lang", "en", path.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let prefix = format!("{}: ", path.display());
    String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix(&prefix).map(str::to_owned))
        .collect()
}

#[test]
fn a_score_on_a_cell_that_does_not_apply_is_refused_with_its_place() {
    let mut s = session();
    let scores = s["scores"].as_array_mut().unwrap();
    scores.push(json!({"criterion": "G2.1", "candidate": "hu-a", "value": 10}));
    scores.push(json!({"criterion": "G1.2", "candidate": "khac", "na": true}));
    assert_eq!(
        problems(&s),
        [
            "scores[8]: criterion G2.1 does not apply to UBND huyện Ba Vì (UBND huyện): it must not be scored",
            "scores[9]: criterion G1.2 does not apply to Ban Quản lý (no category): it must not be scored",
        ]
    );
}

#[test]
fn bad_categories_in_the_checklist_are_refused_with_their_places() {
    let mut s = session();
    let cl = &mut s["checklist"];
    cl["candidates"][1]["category"] = json!("xa");
    cl["groups"][0]["criteria"][0]["applies_to"] = json!([]);
    // G3 applies to districts only; its criterion cannot reach departments.
    cl["groups"][2]["criteria"][0]["applies_to"] = json!(["so"]);
    s["candidates"][1]["category"] = json!("xa");
    let lines = problems(&s);
    assert!(lines.contains(&"checklist.candidates[1].category: there is no category \"xa\" in the checklist (its categories: so, huyen)".to_owned()), "{lines:#?}");
    assert!(lines.contains(&"checklist.groups[0].criteria[0].applies_to: \"applies_to\" lists no category: the criterion would apply to none".to_owned()), "{lines:#?}");
    assert!(lines.contains(&"checklist.groups[2].criteria[0].applies_to[0]: the category \"so\" is not among those its group G3 applies to".to_owned()), "{lines:#?}");
    assert!(lines.contains(&"candidates[1].category: there is no category \"xa\" in the checklist (its categories: so, huyen)".to_owned()), "{lines:#?}");
}

#[test]
fn applies_to_without_categories_is_refused() {
    let mut s = common::session();
    s["checklist"]["groups"][1]["applies_to"] = json!(["so"]);
    s["candidates"][0]["category"] = json!("so");
    let lines = problems(&s);
    // V-Office has no category, so G2 (for "so" only) does not apply to it: its G2.1 score
    // is refused as well.
    assert_eq!(
        lines,
        [
            "checklist.groups[1].applies_to[0]: the checklist has no categories: list them in its \"categories\" first",
            "candidates[0].category: the checklist has no categories: list them in its \"categories\" first",
            "scores[5]: criterion G2.1 does not apply to V-Office (no category): it must not be scored",
        ]
    );
}

#[test]
fn a_listed_candidate_in_another_category_than_the_checklists_is_refused() {
    let mut s = session();
    s["candidates"][2]["category"] = json!("so");
    let lines = problems(&s);
    assert!(
        lines.contains(&"candidates[2].category: \"hu-a\" has the category \"so\" here but \"huyen\" in the checklist".to_owned()),
        "{lines:#?}"
    );
}

#[test]
fn one_candidate_with_two_categories_in_two_sessions_names_both_files() {
    let dir = tempfile::tempdir().unwrap();
    let a = session();
    let mut b = session();
    b["id"] = json!("s2");
    b["evaluator"]["name"] = json!("Trần Thị B");
    // "khac" is not listed in the checklist: each session may give it one of its own, but
    // one aggregation cannot hold both.
    b["candidates"][3]["category"] = json!("so");
    b["scores"]
        .as_array_mut()
        .unwrap()
        .retain(|s| s["candidate"] != "khac");
    b["scores"]
        .as_array_mut()
        .unwrap()
        .push(json!({"criterion": "G1.1", "candidate": "khac", "value": 1}));
    b["scores"]
        .as_array_mut()
        .unwrap()
        .push(json!({"criterion": "G2.1", "candidate": "khac", "value": 10}));
    let one = write_json(dir.path(), "a.evaluation.json", &a);
    let two = write_json(dir.path(), "b.evaluation.json", &b);
    let o = summary_json(dir.path());
    assert_ne!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "{}: candidates[3].category: puts \"khac\" in the category \"so\", but {} puts it in none: each has one category",
            two.display(),
            one.display()
        )),
        "{err}"
    );
}

/// The product demo's checklist has no blocks: no `category` in its results (the agency
/// demo's are checked in bundled_agency.rs).
#[test]
fn the_product_demo_has_no_categories_in_its_results() {
    for dir in ["evaluations/demo"] {
        let o = summary_json(std::path::Path::new(dir));
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let r: Value = serde_json::from_slice(&o.stdout).unwrap();
        for c in r["candidates"].as_array().unwrap() {
            assert!(
                c.get("category").is_none() && c.get("category_rank").is_none(),
                "{c}"
            );
        }
    }
}

#[test]
fn resampling_the_panel_agrees_that_a_criterion_that_does_not_apply_fails_nobody() {
    // Two evaluators, so the panel is resampled exactly (3 multisets). khac leads every one
    // (100 against at most 87.5): the district-only mandatory G1.2 must not disqualify it,
    // nor the departments, in the resamples any more than in the results.
    let mut b = session();
    b["id"] = json!("s2");
    b["evaluator"]["name"] = json!("Trần Thị B");
    let dir = tempfile::tempdir().unwrap();
    write_json(dir.path(), "a.evaluation.json", &session());
    write_json(dir.path(), "b.evaluation.json", &b);
    let path = dir.path().to_str().unwrap();
    for extra in [&[][..], &["--median"][..]] {
        let mut args = vec!["summary", "--json", "--lang", "en"];
        args.extend_from_slice(extra);
        args.push(path);
        let o = evaldesk(&args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let r: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(r["robustness"]["method"], "exact", "{extra:?}");
        let khac = r["robustness"]["winners"]
            .as_array()
            .unwrap()
            .iter()
            .find(|w| w["candidate"] == "khac")
            .unwrap();
        assert_eq!(khac["share"], 1.0, "{extra:?}: {r:#}");
    }
}

#[test]
fn an_aggregation_refuses_a_score_on_a_cell_that_does_not_apply() {
    // The fast path of `summary` (scores read from the file's text) names it as `validate`.
    let dir = tempfile::tempdir().unwrap();
    let mut s = session();
    s["scores"]
        .as_array_mut()
        .unwrap()
        .push(json!({"criterion": "G3.1", "candidate": "so-b", "value": 3}));
    let path = write_json(dir.path(), "a.evaluation.json", &s);
    let o = summary_json(dir.path());
    assert_ne!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "{}: scores[8]: criterion G3.1 does not apply to Sở Tư pháp (Sở, ban, ngành): it must not be scored",
            path.display()
        )),
        "{err}"
    );
}

/// A review cannot decide a cell that does not apply (it would score it): refused at the
/// decision, naming the criterion and the agency; a decision on a cell that applies is used.
#[test]
fn a_review_deciding_a_cell_that_does_not_apply_is_refused() {
    let s = session();
    let parsed = evaldesk::model::parse_session(s.to_string().as_bytes()).unwrap();
    let review = |criterion: &str, candidate: &str| {
        json!({
            "format": "evaldesk.review", "version": 1, "id": "r1", "kind": "appraisal",
            "checklist": {"id": "cq", "sha256": evaldesk::model::checklist_pin(&parsed.checklist)},
            "sessions": [{"id": "s1", "sha256": evaldesk::model::session_pin(&parsed)}],
            "decisions": [{"criterion": criterion, "candidate": candidate, "value": 1,
                           "reason": "Hội đồng thẩm định"}],
            "status": "draft"
        })
    };
    let dir = tempfile::tempdir().unwrap();
    write_json(dir.path(), "s1.evaluation.json", &s);
    // G1.2 is for districts only; Sở Nội vụ is a department.
    write_json(dir.path(), "td.review.json", &review("G1.2", "so-a"));
    let o = summary_json(dir.path());
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("td.review.json: decisions[0]")
            && err.contains("G1.2")
            && err.contains("Sở Nội vụ"),
        "{err}"
    );
    write_json(dir.path(), "td.review.json", &review("G1.2", "hu-a"));
    let o = summary_json(dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
