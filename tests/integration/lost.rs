//! docs/method.md §14, points lost, by hand through `summary --json`: every criterion's
//! effective weight e = (W_g / Σ W of the groups scored) × (w / Σ w of the group's criteria
//! scored), and 100 × e × (1 − s) lost on it; they add up to 100 − the total.

use serde_json::{Value, json};

use crate::common;

/// G1 (weight 2): c1, c2; G2 (weight 1): c3; scale 0–4, s = v / 4.
fn checklist() -> Value {
    common::checklist_with(json!([
        {"id": "G1", "title": "G1", "weight": 2, "criteria": [
            {"id": "c1", "title": "c1"}, {"id": "c2", "title": "c2"}]},
        {"id": "G2", "title": "G2", "weight": 1, "criteria": [{"id": "c3", "title": "c3"}]}
    ]))
}

fn results() -> Value {
    let cl = checklist();
    let v = |c: &str, k: &str, v: f64| json!({"criterion": c, "candidate": k, "value": v});
    let scores = vec![
        v("c1", "A", 4.0),
        v("c2", "A", 2.0),
        v("c3", "A", 1.0),
        json!({"criterion": "c1", "candidate": "B", "na": true}),
        v("c2", "B", 0.0),
        v("c3", "B", 2.0),
        v("c1", "C", 2.0),
        v("c2", "C", 2.0),
        v("c3", "C", 4.0),
    ];
    let dir = tempfile::tempdir().unwrap();
    let s = common::session_with("s1", &cl, &["A", "B", "C"], scores);
    common::write_json(dir.path(), "s1.evaluation.json", &s);
    let o = common::summary_json(dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn lost_of(r: &Value, id: &str) -> (f64, Vec<(String, f64)>) {
    let c = r["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap();
    let lost = c["lost"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let id = l["criterion"].as_str().unwrap().to_owned();
            (id, l["points"].as_f64().unwrap())
        })
        .collect();
    (c["total"].as_f64().unwrap(), lost)
}

fn assert_lost(r: &Value, id: &str, total: f64, expected: &[(&str, f64)]) {
    let (t, lost) = lost_of(r, id);
    assert!((t - total).abs() < 1e-9, "{id}: total {t}");
    let ids: Vec<&str> = lost.iter().map(|(c, _)| c.as_str()).collect();
    let want: Vec<&str> = expected.iter().map(|(c, _)| *c).collect();
    assert_eq!(ids, want, "{id}");
    for ((_, p), (_, e)) in lost.iter().zip(expected) {
        assert!((p - e).abs() < 1e-9, "{id}: {p} against {e}");
    }
    let sum: f64 = lost.iter().map(|(_, p)| p).sum();
    assert!(
        (sum - (100.0 - t)).abs() < 1e-9,
        "{id}: lost add up to 100 − total"
    );
}

#[test]
fn points_lost_by_hand_most_first_and_adding_up_to_100_minus_the_total() {
    let r = results();
    // A: every criterion scored; e = 2/3 × 1/2 = 1/3 for c1 and c2, 1/3 for c3.
    // c1 s = 1 loses nothing (not listed); c2 s = 0.5: 100/3 × 0.5 = 16.667;
    // c3 s = 0.25: 100/3 × 0.75 = 25. Total (2 × 75 + 25) / 3 = 58.333 = 100 − 41.667.
    assert_lost(&r, "A", 175.0 / 3.0, &[("c3", 25.0), ("c2", 50.0 / 3.0)]);
    // B: c1 N/A, so c2 alone in G1: e = 2/3; c3: 1/3. c2 s = 0: 66.667; c3 s = 0.5: 16.667.
    // Total (2 × 0 + 50) / 3 = 16.667.
    assert_lost(
        &r,
        "B",
        50.0 / 3.0,
        &[("c2", 200.0 / 3.0), ("c3", 50.0 / 3.0)],
    );
    // C: c1 and c2 both s = 0.5, e = 1/3 each: 16.667 twice, in checklist order; c3 full.
    // Total (2 × 50 + 100) / 3 = 66.667.
    assert_lost(
        &r,
        "C",
        200.0 / 3.0,
        &[("c1", 50.0 / 3.0), ("c2", 50.0 / 3.0)],
    );
}

#[test]
fn the_demos_points_lost_add_up_to_100_minus_each_total() {
    for dir in ["evaluations/demo", "evaluations/demo-agencies"] {
        for extra in [None, Some("--median")] {
            let mut args = vec!["summary", "--json"];
            args.extend(extra);
            args.push(dir);
            let o = common::evaldesk(&args);
            assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
            let r: Value = serde_json::from_slice(&o.stdout).unwrap();
            for c in r["candidates"].as_array().unwrap() {
                let sum: f64 = c["lost"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|l| l["points"].as_f64().unwrap())
                    .sum();
                let total = c["total"].as_f64().unwrap();
                assert!(
                    (sum - (100.0 - total)).abs() < 1e-9,
                    "{dir} {}: {sum}",
                    c["id"]
                );
            }
        }
    }
}
