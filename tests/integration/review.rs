//! docs/method.md §10 (a review's decisions in the results) on cases computed by hand, run
//! through `evaldesk summary --json` as a committee secretary runs it; the refusals of a bad
//! review are in `review/refused.rs`.
//!
//! Every checklist here is one group "G" on the 0–4 scale (s = v / 4), unless it says
//! otherwise; candidates come from the sessions (A before B).

mod refused;
mod submit;

use std::path::Path;

use evaldesk::model::{parse_session, seal};
use serde_json::{Value, json};

use crate::common;

/// A checklist of these groups (`checklist_with`), or of one group "G" of these criteria.
fn checklist(criteria: Value) -> Value {
    common::checklist_with(json!([{"id": "G", "title": "G", "criteria": criteria}]))
}

/// A criterion on the scale, of weight 1.
fn scale(id: &str) -> Value {
    json!({"id": id, "title": id})
}

/// A draft session by evaluator `id` scoring (criterion, candidate, value); candidates in the
/// order they first appear.
fn session(id: &str, cl: &Value, scores: &[(&str, &str, f64)]) -> Value {
    let mut candidates: Vec<&str> = Vec::new();
    for (_, k, _) in scores {
        if !candidates.contains(k) {
            candidates.push(k);
        }
    }
    let scores = scores
        .iter()
        .map(|(c, k, v)| json!({"criterion": c, "candidate": k, "value": v}))
        .collect();
    common::session_with(id, cl, &candidates, scores)
}

/// How a review names `session`: `evaldesk::model::session_pin` of it as read.
fn pin(session: &Value) -> String {
    let s = parse_session(session.to_string().as_bytes()).unwrap_or_else(|p| panic!("{p:?}"));
    evaldesk::model::session_pin(&s)
}

/// A draft consensus review `r1` of these sessions, pinned as the program pins them.
fn review(sessions: &[&Value], decisions: Value) -> Value {
    let first = parse_session(sessions[0].to_string().as_bytes()).unwrap();
    json!({
        "format": "evaldesk.review", "version": 1, "id": "r1", "kind": "consensus",
        "checklist": {"id": first.checklist.id,
                      "sha256": evaldesk::model::checklist_pin(&first.checklist)},
        "sessions": sessions.iter()
            .map(|s| json!({"id": s["id"], "sha256": pin(s)}))
            .collect::<Vec<_>>(),
        "decisions": decisions,
        "status": "draft"
    })
}

/// One decision giving `value` to (criterion, candidate).
fn decide(criterion: &str, candidate: &str, value: f64, reason: &str) -> Value {
    json!({"criterion": criterion, "candidate": candidate, "value": value, "reason": reason})
}

/// Close `review` as the program does: final, sealed over the review without `seal`.
fn finalize(review: &mut Value) {
    review["status"] = json!("final");
    review.as_object_mut().unwrap().remove("seal");
    review["seal"] = json!({"sha256": seal::of_value(review).unwrap()});
}

/// A folder holding each session as `<id>.evaluation.json` and the review, if any, as
/// `panel.review.json`.
fn folder(sessions: &[&Value], review: Option<&Value>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for s in sessions {
        let name = format!("{}.evaluation.json", s["id"].as_str().unwrap());
        common::write_json(dir.path(), &name, s);
    }
    if let Some(r) = review {
        common::write_json(dir.path(), "panel.review.json", r);
    }
    dir
}

/// `summary --json` of `dir` (with `extra` arguments first), which must succeed.
fn results(dir: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["summary", "--json", "--lang", "en"];
    args.extend_from_slice(extra);
    args.push(dir.to_str().unwrap());
    let o = common::evaldesk(&args);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// The results' entry for candidate `id`.
fn candidate<'a>(results: &'a Value, id: &str) -> &'a Value {
    results["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {results}"))
}

/// `(id, total, rank)` of every candidate, in the results' (rank) order.
fn ranking(results: &Value) -> Vec<(String, f64, u64)> {
    results["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let id = c["id"].as_str().unwrap().to_owned();
            (
                id,
                c["total"].as_f64().unwrap(),
                c["rank"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn assert_close(actual: &Value, expected: f64) {
    let a = actual
        .as_f64()
        .unwrap_or_else(|| panic!("{actual} is not a number"));
    assert!((a - expected).abs() < 1e-9, "{a} != {expected}");
}

/// Criteria c1 and c2 (weight 1 each) and two sessions:
///
/// | | s1 | s2 | mean |
/// |---|---|---|---|
/// | c1 A | 4 | 2 | 3 |
/// | c1 B | 3 | 3 | 3 |
/// | c2 A | 3 | 3 | 3 |
/// | c2 B | 2 | 2 | 2 |
fn two_criteria() -> (Value, Value) {
    let cl = checklist(json!([scale("c1"), scale("c2")]));
    let s1 = session(
        "s1",
        &cl,
        &[
            ("c1", "A", 4.0),
            ("c1", "B", 3.0),
            ("c2", "A", 3.0),
            ("c2", "B", 2.0),
        ],
    );
    let s2 = session(
        "s2",
        &cl,
        &[
            ("c1", "A", 2.0),
            ("c1", "B", 3.0),
            ("c2", "A", 3.0),
            ("c2", "B", 2.0),
        ],
    );
    (s1, s2)
}

#[test]
fn a_decision_that_changes_the_winner() {
    let (s1, s2) = two_criteria();
    // Without the review: A = 100 × (3/4 + 3/4) / 2 = 75, B = 100 × (3/4 + 2/4) / 2 = 62.5.
    let plain = results(folder(&[&s1, &s2], None).path(), &[]);
    assert_eq!(
        ranking(&plain),
        [("A".into(), 75.0, 1), ("B".into(), 62.5, 2)]
    );
    // The panel sets c1 A = 1 (before: (4 + 2) / 2 = 3): A = 100 × (1/4 + 3/4) / 2 = 50,
    // B unchanged at 62.5: B wins.
    let r = review(&[&s1, &s2], json!([decide("c1", "A", 1.0, "demo failed")]));
    let reviewed = results(folder(&[&s1, &s2], Some(&r)).path(), &[]);
    assert_eq!(
        ranking(&reviewed),
        [("B".into(), 62.5, 1), ("A".into(), 50.0, 2)]
    );
    assert_eq!(
        candidate(&reviewed, "A")["groups"],
        json!([{"id": "G", "score": 50.0}])
    );
    assert_eq!(reviewed["robustness"]["winners"][1]["candidate"], "B");
}

#[test]
fn a_decision_turns_a_failed_mandatory_criterion_into_a_pass() {
    let mut m = scale("m");
    m["mandatory"] = json!(true);
    m["threshold"] = json!(2);
    let cl = checklist(json!([m, scale("q")]));
    let s1 = session(
        "s1",
        &cl,
        &[
            ("m", "A", 1.0),
            ("q", "A", 4.0),
            ("m", "B", 3.0),
            ("q", "B", 2.0),
        ],
    );
    let s2 = session(
        "s2",
        &cl,
        &[
            ("m", "A", 2.0),
            ("q", "A", 4.0),
            ("m", "B", 3.0),
            ("q", "B", 2.0),
        ],
    );
    // Without the review: m A = (1 + 2) / 2 = 1.5 < 2, so A fails m; A = 100 × (1.5/4 + 4/4)
    // / 2 = 68.75, B = 100 × (3/4 + 2/4) / 2 = 62.5; qualified B ranks above A.
    let plain = results(folder(&[&s1, &s2], None).path(), &[]);
    assert_eq!(
        ranking(&plain),
        [("B".into(), 62.5, 1), ("A".into(), 68.75, 2)]
    );
    assert_eq!(candidate(&plain, "A")["qualified"], false);
    assert_eq!(candidate(&plain, "A")["failed"], json!(["m"]));
    // The panel sets m A = 2: A passes, A = 100 × (2/4 + 4/4) / 2 = 75 and ranks first.
    let r = review(
        &[&s1, &s2],
        json!([decide("m", "A", 2.0, "shown at the demo")]),
    );
    let reviewed = results(folder(&[&s1, &s2], Some(&r)).path(), &[]);
    assert_eq!(
        ranking(&reviewed),
        [("A".into(), 75.0, 1), ("B".into(), 62.5, 2)]
    );
    assert_eq!(candidate(&reviewed, "A")["qualified"], true);
    assert_eq!(candidate(&reviewed, "A")["failed"], json!([]));
    assert_eq!(reviewed["reviewed"][0]["before"], 1.5);
}

/// Groups G1 (c1 weight 1, c2 weight 3) and G2 (c3), weight 1 each; three sessions:
///
/// | | s1 | s2 | s3 | mean | median |
/// |---|---|---|---|---|---|
/// | c1 A | 0 | 0 | 3 | 1 | 0 |
/// | c2 A | 4 | 2 | 3 | 3 | 3 |
/// | c3 A | 4 | 1 | 1 | 2 | 1 |
/// | c1 B | 4 | 4 | 4 | 4 | 4 |
/// | c2 B | 2 | 2 | 2 | 2 | 2 |
/// | c3 B | 3 | 3 | 3 | 3 | 3 |
///
/// and a review deciding c1 A N/A.
fn na_case() -> tempfile::TempDir {
    let cl = common::checklist_with(json!([
        {"id": "G1", "title": "G1", "criteria": [
            {"id": "c1", "title": "c1"}, {"id": "c2", "title": "c2", "weight": 3}]},
        {"id": "G2", "title": "G2", "criteria": [{"id": "c3", "title": "c3"}]}
    ]));
    let a = [[0.0, 0.0, 3.0], [4.0, 2.0, 3.0], [4.0, 1.0, 1.0]];
    let b = [4.0, 2.0, 3.0];
    let sessions: Vec<Value> = (0..3)
        .map(|s| {
            let mut scores = Vec::new();
            for (i, c) in ["c1", "c2", "c3"].iter().enumerate() {
                scores.push((*c, "A", a[i][s]));
            }
            for (i, c) in ["c1", "c2", "c3"].iter().enumerate() {
                scores.push((*c, "B", b[i]));
            }
            session(&format!("s{}", s + 1), &cl, &scores)
        })
        .collect();
    let all: Vec<&Value> = sessions.iter().collect();
    let d = json!([{"criterion": "c1", "candidate": "A", "na": true,
                    "reason": "not offered in this version"}]);
    folder(&all, Some(&review(&all, d)))
}

#[test]
fn a_decision_na_leaves_the_cell_unscored_with_the_mean() {
    let r = results(na_case().path(), &[]);
    // A: c1 unscored, so G1 = 100 × (3 × 3/4) / 3 = 75 (over c2 alone; with c1's mean 1 it
    // would be 100 × (1 × 1/4 + 3 × 3/4) / 4 = 62.5); G2 = 100 × 2/4 = 50;
    // T = (75 + 50) / 2 = 62.5 (56.25 without the decision).
    let a = candidate(&r, "A");
    assert_eq!(
        a["groups"],
        json!([{"id": "G1", "score": 75.0}, {"id": "G2", "score": 50.0}])
    );
    assert_close(&a["total"], 62.5);
    // B: G1 = 100 × (1 × 4/4 + 3 × 2/4) / 4 = 62.5, G2 = 75, T = 68.75.
    assert_close(&candidate(&r, "B")["total"], 68.75);
    assert_eq!(
        r["reviewed"],
        json!([{"criterion": "c1", "candidate": "A", "na": true, "before": 1.0,
                "reason": "not offered in this version"}])
    );
    // Agreement still describes the evaluators' own values: 0, 0, 3.
    let c1a = &r["agreement"][0];
    assert_eq!(
        (&c1a["criterion"], &c1a["candidate"]),
        (&json!("c1"), &json!("A"))
    );
    assert_eq!(
        (&c1a["n"], &c1a["min"], &c1a["max"]),
        (&json!(3), &json!(0.0), &json!(3.0))
    );
    assert_eq!(c1a["decided"], true);
}

#[test]
fn a_decision_na_leaves_the_cell_unscored_with_the_median() {
    let r = results(na_case().path(), &["--median"]);
    assert_eq!(r["aggregation"], "median");
    // A: c1 unscored, G1 = 75 over c2 (median of 4, 2, 3 = 3); G2 = 100 × 1/4 = 25 (median of
    // 4, 1, 1 = 1); T = (75 + 25) / 2 = 50. B is the same every session: 68.75.
    let a = candidate(&r, "A");
    assert_eq!(
        a["groups"],
        json!([{"id": "G1", "score": 75.0}, {"id": "G2", "score": 25.0}])
    );
    assert_close(&a["total"], 50.0);
    assert_close(&candidate(&r, "B")["total"], 68.75);
    // `before` is the median of 0, 0, 3.
    assert_eq!(r["reviewed"][0]["before"], 0.0);
    assert_eq!(r["reviewed"][0]["na"], true);
}

/// One criterion c; B's cell decided 2 in the second folder.
///
/// | | s1 | s2 |
/// |---|---|---|
/// | c A | 1 | 4 |
/// | c B | 4 | 3 |
#[test]
fn robustness_keeps_the_decisions_in_every_resample() {
    let cl = checklist(json!([scale("c")]));
    let s1 = session("s1", &cl, &[("c", "A", 1.0), ("c", "B", 4.0)]);
    let s2 = session("s2", &cl, &[("c", "A", 4.0), ("c", "B", 3.0)]);
    let shares = |r: &Value| -> Vec<(String, f64)> {
        assert_eq!(r["robustness"]["method"], "exact");
        assert_eq!(r["robustness"]["resamples"], 3);
        let winners = r["robustness"]["winners"].as_array().unwrap();
        winners
            .iter()
            .map(|w| {
                (
                    w["candidate"].as_str().unwrap().into(),
                    w["share"].as_f64().unwrap(),
                )
            })
            .collect()
    };
    // Without the review (A vs B as means over the sessions drawn):
    //   {s1, s1} p = 1/4: A 1   vs B 4   → B
    //   {s1, s2} p = 1/2: A 2.5 vs B 3.5 → B
    //   {s2, s2} p = 1/4: A 4   vs B 3   → A
    // A 1/4, B 1/2 + 1/4 = 3/4.
    let plain = results(folder(&[&s1, &s2], None).path(), &[]);
    assert_eq!(shares(&plain), [("A".into(), 0.25), ("B".into(), 0.75)]);
    // B decided 2 (before (4 + 3) / 2 = 3.5), held in every resample:
    //   {s1, s1}: A 1 vs B 2 → B;  {s1, s2}: A 2.5 vs B 2 → A;  {s2, s2}: A 4 vs B 2 → A
    // A 1/2 + 1/4 = 3/4, B 1/4.
    let r = review(&[&s1, &s2], json!([decide("c", "B", 2.0, "re-tested")]));
    let reviewed = results(folder(&[&s1, &s2], Some(&r)).path(), &[]);
    assert_eq!(shares(&reviewed), [("A".into(), 0.75), ("B".into(), 0.25)]);
    // The whole panel: A = 100 × 2.5/4 = 62.5, B = 100 × 2/4 = 50.
    assert_eq!(
        ranking(&reviewed),
        [("A".into(), 62.5, 1), ("B".into(), 50.0, 2)]
    );
}

#[test]
fn reviewed_entries_are_in_checklist_then_candidate_order_with_before_and_reason() {
    let (s1, s2) = two_criteria();
    // Written in another order than the results list them.
    let decisions = json!([
        decide("c2", "B", 4.0, "late licence"),
        {"criterion": "c1", "candidate": "B", "na": true, "reason": "  not applicable  "},
        decide("c1", "A", 2.0, "demo: half of it")
    ]);
    let mut r = review(&[&s1, &s2], decisions);
    r["kind"] = json!("appraisal");
    r["id"] = json!("council-2015");
    finalize(&mut r);
    let out = results(folder(&[&s1, &s2], Some(&r)).path(), &[]);
    // `before`: c1 A (4 + 2)/2 = 3, c1 B (3 + 3)/2 = 3, c2 B (2 + 2)/2 = 2. Reasons as written.
    assert_eq!(
        out["reviewed"],
        json!([
            {"criterion": "c1", "candidate": "A", "value": 2.0, "before": 3.0,
             "reason": "demo: half of it"},
            {"criterion": "c1", "candidate": "B", "na": true, "before": 3.0,
             "reason": "  not applicable  "},
            {"criterion": "c2", "candidate": "B", "value": 4.0, "before": 2.0,
             "reason": "late licence"}
        ])
    );
    assert_eq!(
        out["review"],
        json!({"id": "council-2015", "kind": "appraisal", "status": "final", "decisions": 3})
    );
    // Agreement in checklist then candidate order; only c2 A was left to the evaluators.
    let decided: Vec<(&str, &str, bool)> = out["agreement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let (c, k) = (
                a["criterion"].as_str().unwrap(),
                a["candidate"].as_str().unwrap(),
            );
            (c, k, a["decided"].as_bool().unwrap())
        })
        .collect();
    assert_eq!(
        decided,
        [
            ("c1", "A", true),
            ("c1", "B", true),
            ("c2", "A", false),
            ("c2", "B", true)
        ]
    );
    // A = 100 × (2/4 + 3/4) / 2 = 62.5; B = 100 × (4/4) = 100 over c2 alone (c1 N/A).
    assert_eq!(
        ranking(&out),
        [("B".into(), 100.0, 1), ("A".into(), 62.5, 2)]
    );
    // A final review: no warning that the minutes are a draft.
    let warnings = out["warnings"].to_string();
    assert!(!warnings.contains("still a draft"), "{warnings}");
}

#[test]
fn a_draft_review_is_applied_with_a_warning() {
    let (s1, s2) = two_criteria();
    let r = review(&[&s1, &s2], json!([decide("c1", "A", 1.0, "demo failed")]));
    let out = results(folder(&[&s1, &s2], Some(&r)).path(), &[]);
    assert_eq!(
        out["review"],
        json!({"id": "r1", "kind": "consensus", "status": "draft", "decisions": 1})
    );
    let warnings = out["warnings"].to_string();
    assert!(warnings.contains("minutes are still a draft"), "{warnings}");
}
