//! Numbers that stay finite (issue 23 §3, docs/formats.md "Versioning and bad input"): a value or a
//! weight above 1e15 is refused with its place, on both readings of a file; and whatever
//! numbers reach the method, no result is NaN or infinite, shares sum to 1, a standard
//! deviation is a number.

use std::path::Path;
use std::process::Output;

use evaldesk::i18n::Lang;
use evaldesk::model::{Expect, Session};
use evaldesk::scoring::{Aggregation, compute};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::common::{self, evaldesk, session_by, summary_json, write_json};

fn all_output(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The fixture session with its price for M-Office (scores[4]) written as `price` (raw JSON
/// text, so that 1.7e308 is written as a person would), id and evaluator made distinct.
fn priced_session(i: usize, price: &str) -> String {
    let mut s = session_by(&format!("s{i}"), &format!("Evaluator {i}"));
    s["scores"][4]["value"] = json!(123_456_789);
    serde_json::to_string_pretty(&s)
        .unwrap()
        .replace("123456789", price)
}

/// The English problems of a file, or None if it is accepted.
fn problems(path: &Path) -> Option<Vec<String>> {
    evaldesk::store::load_document(path, Expect::Either)
        .err()
        .map(|e| e.lines(Lang::En))
}

#[test]
fn validate_refuses_a_price_of_1_7e308_naming_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.evaluation.json");
    std::fs::write(&path, priced_session(1, "1.7e308")).unwrap();
    let o = evaldesk(&["validate", "--lang", "en", path.to_str().unwrap()]);
    let out = all_output(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains(&format!(
            "{}: scores[4].value: the number 1.7e308 is too large",
            path.display()
        )),
        "{out}"
    );
    assert!(out.contains("1,000,000,000,000,000"), "{out}");
    let o = evaldesk(&["validate", "--lang", "vi", path.to_str().unwrap()]);
    assert!(
        all_output(&o).contains("scores[4].value: con số 1.7e308 quá lớn"),
        "{}",
        all_output(&o)
    );
}

#[test]
fn summary_of_two_overflowing_sessions_stops_instead_of_ranking_with_nan() {
    let dir = tempfile::tempdir().unwrap();
    for i in 1..=2 {
        let path = dir.path().join(format!("s{i}.evaluation.json"));
        std::fs::write(&path, priced_session(i, "1.7e308")).unwrap();
    }
    let o = summary_json(dir.path());
    let out = all_output(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("scores[4].value"), "{out}");
    assert!(!out.contains("NaN") && !out.contains("null"), "{out}");
}

#[test]
fn validate_refuses_a_group_weight_of_1e308() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = common::checklist();
    c["groups"][0]["weight"] = json!(1e308);
    c["groups"][1]["weight"] = json!(1e308);
    let path = write_json(dir.path(), "c.checklist.json", &c);
    let o = evaldesk(&["validate", "--lang", "en", path.to_str().unwrap()]);
    let out = all_output(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    for place in ["groups[0].weight", "groups[1].weight"] {
        assert!(
            out.contains(&format!(
                "{}: {place}: the number 1e308 is too large",
                path.display()
            )),
            "{out}"
        );
    }
}

/// Every number that feeds a sum, one at a time just above the limit: refused at its place.
/// The limit itself is accepted.
#[test]
fn every_number_that_feeds_a_sum_is_bounded() {
    let dir = tempfile::tempdir().unwrap();
    type Change = fn(&mut Value, f64);
    let cases: [(&str, Change); 7] = [
        ("groups[1].weight", |c, x| {
            c["groups"][1]["weight"] = json!(x)
        }),
        ("groups[0].criteria[0].weight", |c, x| {
            c["groups"][0]["criteria"][0]["weight"] = json!(x)
        }),
        ("groups[1].criteria[0].threshold", |c, x| {
            c["groups"][1]["criteria"][0]["mandatory"] = json!(true);
            c["groups"][1]["criteria"][0]["threshold"] = json!(x);
        }),
        ("scale.max", |c, x| {
            c["scale"] = json!({"min": 0, "max": x, "step": 1});
        }),
        ("scale.min", |c, x| {
            c["scale"] = json!({"min": -x, "max": 4, "step": 1});
        }),
        ("scale.step", |c, x| {
            c["scale"] = json!({"min": 0, "max": x, "step": x});
        }),
        ("group_pairwise[0][1]", |c, x| {
            c["group_pairwise"] = json!([[1, x], [1.0 / x, 1]]);
        }),
    ];
    for (place, change) in cases {
        let mut c = common::checklist();
        change(&mut c, 2e15);
        let path = write_json(dir.path(), "c.checklist.json", &c);
        let lines = problems(&path).unwrap_or_else(|| panic!("{place}: accepted"));
        let expected = format!("{}: {place}: the number ", path.display());
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&expected) && l.contains("is too large")),
            "{place}: {lines:#?}"
        );
        let mut c = common::checklist();
        change(&mut c, 1e15);
        let path = write_json(dir.path(), "c.checklist.json", &c);
        assert_eq!(problems(&path), None, "{place} at the limit");
    }
}

/// The aggregation reads a draft's scores by hand (15 digits at most) and anything else the
/// full way: a value above 1e15, however written, gets the same refusal on both paths, and
/// the limit itself is taken by both.
#[test]
fn both_readings_refuse_a_value_above_the_limit_the_same_way() {
    for (price, refused) in [
        ("1.7e308", true),
        ("1000000000000001", true),
        ("2e15", true),
        ("1000000000000000", false),
        ("999999999999999", false),
        ("1e15", false),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.evaluation.json");
        std::fs::write(&path, priced_session(1, price)).unwrap();
        let paths = [dir.path().to_path_buf()];
        let whole = evaldesk::store::load_sessions(&paths);
        let sheets = evaldesk::store::load_score_sheets(&paths);
        let words = |bad: &[evaldesk::model::InvalidFile]| -> Vec<String> {
            bad.iter().flat_map(|b| b.lines(Lang::En)).collect()
        };
        assert_eq!(words(&whole.bad), words(&sheets.bad), "{price}");
        assert_eq!(
            whole.bad.is_empty(),
            !refused,
            "{price}: {:?}",
            words(&whole.bad)
        );
        if refused {
            assert!(
                words(&whole.bad)[0].contains("scores[4].value: the number"),
                "{price}"
            );
        }
    }
}

/// A session as written, not validated: what the method must survive if anything ever let
/// such numbers through.
fn unchecked(i: usize, price: f64, weights: (f64, f64)) -> Session {
    let mut s = session_by(&format!("s{i}"), &format!("Evaluator {i}"));
    s["scores"][4]["value"] = json!(price);
    s["checklist"]["groups"][0]["weight"] = json!(weights.0);
    s["checklist"]["groups"][1]["weight"] = json!(weights.1);
    serde_json::from_value(s).unwrap()
}

/// Every number of the results document (docs/formats.md), walked: none is null (serde_json's
/// NaN and infinity), and the shares sum to 1.
fn assert_all_numbers(j: &Value) {
    fn walk(v: &Value, path: &str) {
        match v {
            Value::Null => panic!("null at {path}"),
            Value::Number(n) => assert!(n.as_f64().is_some_and(f64::is_finite), "{path}"),
            Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    walk(x, &format!("{path}[{i}]"));
                }
            }
            Value::Object(m) => {
                for (k, x) in m {
                    walk(x, &format!("{path}.{k}"));
                }
            }
            _ => {}
        }
    }
    walk(j, "");
    let shares: f64 = j["robustness"]["winners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["share"].as_f64().unwrap())
        .sum();
    assert!((shares - 1.0).abs() < 1e-9, "shares sum to {shares}");
}

/// Defence in depth: even on numbers validation refuses, the method gives numbers. Two
/// prices of 1.7e308 once gave "ranks first with NaN points", and group weights of 1e308
/// every total 0.
#[test]
fn the_method_never_yields_nan_even_on_numbers_validation_refuses() {
    let sessions = [
        unchecked(1, 1.7e308, (60.0, 40.0)),
        unchecked(2, 1.7e308, (60.0, 40.0)),
    ];
    let r = compute(&sessions, Aggregation::Mean);
    assert!(r.candidates.iter().all(|c| c.total.is_finite()));
    assert_all_numbers(&r.to_json(Lang::En));
    let sessions = [
        unchecked(1, 2450.0, (1e308, 1e308)),
        unchecked(2, 2450.0, (1e308, 1e308)),
    ];
    let r = compute(&sessions, Aggregation::Mean);
    assert_all_numbers(&r.to_json(Lang::En));
    assert!(
        r.candidates.iter().all(|c| c.total > 0.0),
        "weights of 1e308 made every total 0: {:?}",
        r.candidates.iter().map(|c| c.total).collect::<Vec<_>>()
    );
    // One extreme session among ordinary ones (shares once summed to 0.741).
    let mut sessions: Vec<Session> = (1..=3)
        .map(|i| unchecked(i, 2450.0, (60.0, 40.0)))
        .collect();
    sessions.push(unchecked(4, 1.7e308, (60.0, 40.0)));
    sessions.push(unchecked(5, f64::MAX, (60.0, 40.0)));
    for aggregation in [Aggregation::Mean, Aggregation::Median] {
        assert_all_numbers(&compute(&sessions, aggregation).to_json(Lang::En));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Extreme values that validation accepts (up to 1e15, down to the smallest weight):
    /// totals within 0–100, every standard deviation a number, shares summing to 1, no null
    /// in `summary --json`; exact (up to 8 sessions) and sampled (more).
    #[test]
    fn extreme_but_allowed_values_give_numbers(
        prices in prop::collection::vec(
            prop_oneof![Just(0.0), Just(1e15), Just(5e-324), 0.0..1e15f64], 1..11),
        weights in (
            prop_oneof![Just(1e15), Just(1e-300), 1e-9..1e15f64],
            prop_oneof![Just(1e15), Just(1e-300), 1e-9..1e15f64],
        ),
        median in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        for (i, price) in prices.iter().enumerate() {
            let mut s = session_by(&format!("s{i}"), &format!("Evaluator {i}"));
            s["scores"][4]["value"] = json!(price);
            s["scores"][5]["value"] = json!(1e15 - price);
            s["checklist"]["groups"][0]["weight"] = json!(weights.0);
            s["checklist"]["groups"][1]["weight"] = json!(weights.1);
            write_json(dir.path(), &format!("s{i}.evaluation.json"), &s);
        }
        // Read as `summary` reads them: they are all valid.
        let loaded = evaldesk::store::load_score_sheets(&[dir.path().to_path_buf()]);
        prop_assert!(loaded.bad.is_empty(), "{:?}", loaded.bad);
        let sheets: Vec<_> = loaded.sessions.into_iter().map(|(_, s)| s).collect();
        let aggregation = if median { Aggregation::Median } else { Aggregation::Mean };
        let r = evaldesk::scoring::compute_sheets(&sheets, aggregation);
        for c in &r.candidates {
            prop_assert!((0.0..=100.0).contains(&c.total), "{}", c.total);
        }
        for a in &r.agreement {
            prop_assert!(a.sd.is_finite() && a.sd >= 0.0, "{:?}", a);
        }
        assert_all_numbers(&r.to_json(Lang::En));
    }
}
