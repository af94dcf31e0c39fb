//! The bundled demo year, `evaluations/demo-year/2015-Q1` … `2015-Q4`, that `cargo run
//! --example demo_agencies -- --year` writes: every quarter is valid, and the trend over them
//! lines every agency up, with the one missing a quarter and the one joining in Q3 shown so.

use serde_json::Value;

use crate::common::{evaldesk, stderr};

const QUARTERS: [&str; 4] = [
    "evaluations/demo-year/2015-Q1",
    "evaluations/demo-year/2015-Q2",
    "evaluations/demo-year/2015-Q3",
    "evaluations/demo-year/2015-Q4",
];

fn dir(path: &str) -> String {
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_quarter_of_the_demo_year_validates() {
    for q in QUARTERS {
        let out = evaldesk(&["validate", &dir(q)]);
        assert!(out.status.success(), "{q}: {}", stderr(&out));
    }
}

#[test]
fn the_trend_over_the_demo_year_ranks_every_agency_in_each_quarter_it_held() {
    let mut args = vec!["trend".to_owned(), "--json".into()];
    args.extend(QUARTERS.iter().map(|q| dir(q)));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = evaldesk(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let trend: Value = serde_json::from_slice(&out.stdout).expect("the trend is JSON");
    let labels: Vec<&str> = trend["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["2015-Q1", "2015-Q2", "2015-Q3", "2015-Q4"]);
    let candidates = trend["candidates"].as_array().unwrap();
    assert_eq!(
        candidates.len(),
        13,
        "11 agencies self-assess, 2 more are evaluated"
    );
    let ranked = |c: &Value| {
        c["periods"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["rank"].as_u64().is_some() && p["total"].as_f64().is_some())
            .count()
    };
    for c in candidates {
        let expected = match c["id"].as_str().unwrap() {
            "h-duc-trong" => 3, // did not submit in Q1
            "so-tnmt" => 2,     // joins in Q3
            _ => 4,
        };
        assert_eq!(ranked(c), expected, "{}", c["id"]);
        assert_eq!(
            c["periods_scored"].as_u64(),
            Some(expected as u64),
            "{}",
            c["id"]
        );
    }
    // The year moves: some agencies climb, some fall.
    let first_last = |id: &str| {
        let c = candidates.iter().find(|c| c["id"] == id).unwrap();
        let p = c["periods"].as_array().unwrap();
        (
            p[0]["total"].as_f64().unwrap(),
            p[3]["total"].as_f64().unwrap(),
        )
    };
    let (q1, q4) = first_last("h-di-linh");
    assert!(q4 > q1 + 20.0, "Di Linh improves: {q1} then {q4}");
    let (q1, q4) = first_last("tp-bao-loc");
    assert!(q4 < q1 - 10.0, "Bao Loc declines: {q1} then {q4}");
}
