//! docs/method.md, rule by rule, on examples computed by hand; then its invariants as properties.

use evaldesk::model::Session;
use evaldesk::scoring::{Aggregation, Results, compute};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::common;

const EPS: f64 = 1e-9;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < EPS
}

/// A checklist on the 0–4 scale with these groups; candidates A, B (and C when asked).
fn checklist(groups: Value) -> Value {
    common::checklist_with(groups)
}

/// A session; each score is (criterion, candidate, value) with `null` meaning N/A.
fn session(
    id: &str,
    checklist: &Value,
    candidates: &[&str],
    scores: &[(&str, &str, Value)],
) -> Session {
    let scores: Vec<Value> = scores
        .iter()
        .map(|(c, k, v)| {
            if v.is_null() {
                json!({"criterion": c, "candidate": k, "na": true})
            } else {
                json!({"criterion": c, "candidate": k, "value": v})
            }
        })
        .collect();
    let v = common::session_with(id, checklist, candidates, scores);
    evaldesk::model::parse_session(v.to_string().as_bytes()).unwrap_or_else(|p| panic!("{p:?}"))
}

fn cand<'a>(r: &'a Results, id: &str) -> &'a evaldesk::scoring::CandidateResult {
    r.candidates.iter().find(|c| c.id == id).unwrap()
}

fn group(r: &Results, cand_id: &str, g: &str) -> Option<f64> {
    cand(r, cand_id)
        .groups
        .iter()
        .find(|s| s.id == g)
        .map(|s| s.score)
}

fn two_groups() -> Value {
    checklist(json!([
        {"id": "G1", "title": "One", "weight": 3, "criteria": [
            {"id": "c1", "title": "c1"}, {"id": "c2", "title": "c2", "weight": 3}]},
        {"id": "G2", "title": "Two", "weight": 1, "criteria": [{"id": "c3", "title": "c3", "kind": "yes_no"}]}
    ]))
}

#[test]
fn scale_and_yes_no_weights_group_scores_and_totals() {
    let cl = two_groups();
    let s = session(
        "s1",
        &cl,
        &["A", "B"],
        &[
            ("c1", "A", json!(4)),
            ("c2", "A", json!(2)),
            ("c3", "A", json!(1)),
            ("c1", "B", json!(0)),
            ("c2", "B", json!(4)),
            ("c3", "B", json!(0)),
        ],
    );
    let r = compute(&[s], Aggregation::Mean);
    // A: G1 = 100 × (1×1 + 3×0.5) / 4 = 62.5; G2 = 100; T = (3×62.5 + 1×100) / 4 = 71.875.
    assert!(close(group(&r, "A", "G1").unwrap(), 62.5));
    assert!(close(group(&r, "A", "G2").unwrap(), 100.0));
    assert!(close(cand(&r, "A").total, 71.875));
    // B: G1 = 100 × 3 / 4 = 75; G2 = 0; T = 3 × 75 / 4 = 56.25.
    assert!(close(cand(&r, "B").total, 56.25));
    assert_eq!(
        (r.candidates[0].id.as_str(), r.candidates[0].rank),
        ("A", 1)
    );
    assert_eq!(
        (r.candidates[1].id.as_str(), r.candidates[1].rank),
        ("B", 2)
    );
    // Normalized weights as reported.
    assert!(close(r.group_weights[0].1, 0.75) && close(r.group_weights[1].1, 0.25));
    let w: Vec<f64> = r.criteria.iter().map(|c| c.weight).collect();
    assert!(close(w[0], 0.25) && close(w[1], 0.75) && close(w[2], 1.0));
}

#[test]
fn mean_and_median_across_evaluators() {
    let cl = checklist(
        json!([{"id": "G", "title": "G", "criteria": [{"id": "c", "title": "c"}, {"id": "y", "title": "y", "kind": "yes_no"}]}]),
    );
    let values = [1, 2, 4, 4];
    let sessions: Vec<Session> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            session(
                &format!("s{i}"),
                &cl,
                &["A"],
                &[("c", "A", json!(v)), ("y", "A", json!(i % 2))],
            )
        })
        .collect();
    let mean = compute(&sessions, Aggregation::Mean);
    // mean 11/4 = 2.75 → s = 0.6875; yes/no mean 0.5 → s = 0.5; G = 100 × (0.6875 + 0.5) / 2.
    assert!(close(mean.criteria[0].values[0].unwrap(), 2.75));
    assert!(
        close(mean.criteria[1].scores[0].unwrap(), 0.5),
        "a yes/no mean may fall between"
    );
    assert!(close(mean.candidates[0].total, 59.375));
    // Median of an even count: the mean of the two middle values, (2 + 4) / 2 = 3.
    let median = compute(&sessions, Aggregation::Median);
    assert!(close(median.criteria[0].values[0].unwrap(), 3.0));
    // Median of an odd count: the middle value.
    let median3 = compute(&sessions[1..], Aggregation::Median);
    assert!(close(median3.criteria[0].values[0].unwrap(), 4.0));
    assert_eq!(
        median.to_json(evaldesk::i18n::Lang::En)["aggregation"],
        "median"
    );
}

#[test]
fn na_and_missing_are_left_out_and_an_all_na_group_leaves_the_total() {
    let cl = two_groups();
    let s1 = session(
        "s1",
        &cl,
        &["A", "B"],
        &[
            ("c1", "A", json!(4)),
            ("c2", "A", Value::Null),
            ("c3", "A", Value::Null),
            ("c1", "B", json!(2)),
            ("c2", "B", json!(2)),
            ("c3", "B", json!(1)),
        ],
    );
    let r = compute(&[s1], Aggregation::Mean);
    // A: c2 N/A → G1 over c1 only = 100; G2 all N/A → left out; T = G1 = 100.
    assert!(close(group(&r, "A", "G1").unwrap(), 100.0));
    assert_eq!(group(&r, "A", "G2"), None, "an all-N/A group is not listed");
    assert!(close(cand(&r, "A").total, 100.0));
    // B: G1 = 50, G2 = 100 → (3×50 + 100) / 4 = 62.5.
    assert!(close(cand(&r, "B").total, 62.5));
    // Unscored criteria are warned about.
    assert!(
        r.to_json(evaldesk::i18n::Lang::En)["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w.as_str().unwrap().contains("Nobody scored c2 c2 for A"))
    );
}

#[test]
fn a_candidate_with_nothing_scored_totals_zero() {
    let cl = two_groups();
    let s = session("s1", &cl, &["A", "B"], &[("c1", "B", json!(1))]);
    let r = compute(&[s], Aggregation::Mean);
    assert_eq!(cand(&r, "A").total, 0.0);
    assert!(cand(&r, "A").groups.is_empty());
}

fn numeric(better: &str) -> Value {
    checklist(json!([{"id": "G", "title": "G", "criteria": [
        {"id": "p", "title": "price", "kind": "numeric", "unit": "triệu đồng", "better": better}]}]))
}

#[test]
fn numeric_lower_is_better_uses_the_ratio_rule() {
    let cl = numeric("lower");
    let s = session(
        "s",
        &cl,
        &["A", "B", "C"],
        &[
            ("p", "A", json!(2000)),
            ("p", "B", json!(4000)),
            ("p", "C", json!(2500)),
        ],
    );
    let r = compute(&[s], Aggregation::Mean);
    assert!(close(cand(&r, "A").total, 100.0));
    assert!(close(cand(&r, "B").total, 50.0));
    assert!(close(cand(&r, "C").total, 80.0));
}

#[test]
fn a_price_of_zero_scores_full_and_the_others_zero() {
    let cl = numeric("lower");
    let s = session(
        "s",
        &cl,
        &["A", "B"],
        &[("p", "A", json!(0)), ("p", "B", json!(4000))],
    );
    let r = compute(&[s], Aggregation::Mean);
    assert!(close(cand(&r, "A").total, 100.0));
    assert!(close(cand(&r, "B").total, 0.0));
}

#[test]
fn numeric_higher_is_better_divides_by_the_highest() {
    let cl = numeric("higher");
    let s = session(
        "s",
        &cl,
        &["A", "B"],
        &[("p", "A", json!(1000)), ("p", "B", json!(250))],
    );
    let r = compute(&[s], Aggregation::Mean);
    assert!(close(cand(&r, "A").total, 100.0) && close(cand(&r, "B").total, 25.0));
    let zero = session(
        "s",
        &cl,
        &["A", "B"],
        &[("p", "A", json!(0)), ("p", "B", json!(0))],
    );
    let r = compute(&[zero], Aggregation::Mean);
    assert!(
        r.candidates.iter().all(|c| c.total == 0.0),
        "all 0 when the highest is 0"
    );
}

#[test]
fn mandatory_failures_disqualify_and_rank_below() {
    let cl = checklist(json!([{"id": "G", "title": "G", "criteria": [
        {"id": "m", "title": "must", "mandatory": true, "threshold": 2},
        {"id": "u", "title": "unicode", "kind": "yes_no", "mandatory": true},
        {"id": "p", "title": "price", "kind": "numeric", "better": "lower", "mandatory": true, "threshold": 3000},
        {"id": "x", "title": "extra", "weight": 10}]}]));
    // A: m mean (1+2)/2 = 1.5 < 2 → fails; highest total otherwise.
    // B: price 3500 > 3000 → fails. C: u unscored → fails. D passes all.
    let s1 = session(
        "s1",
        &cl,
        &["A", "B", "C", "D"],
        &[
            ("m", "A", json!(1)),
            ("u", "A", json!(1)),
            ("p", "A", json!(1000)),
            ("x", "A", json!(4)),
            ("m", "B", json!(4)),
            ("u", "B", json!(1)),
            ("p", "B", json!(3500)),
            ("x", "B", json!(4)),
            ("m", "C", json!(4)),
            ("p", "C", json!(1000)),
            ("x", "C", json!(4)),
            ("m", "D", json!(2)),
            ("u", "D", json!(1)),
            ("p", "D", json!(3000)),
            ("x", "D", json!(0)),
        ],
    );
    let s2 = session("s2", &cl, &["A", "B", "C", "D"], &[("m", "A", json!(2))]);
    let r = compute(&[s1, s2], Aggregation::Mean);
    assert_eq!(cand(&r, "A").failed, ["m"]);
    assert_eq!(cand(&r, "B").failed, ["p"]);
    assert_eq!(cand(&r, "C").failed, ["u"]);
    assert!(cand(&r, "D").qualified && cand(&r, "D").failed.is_empty());
    assert_eq!(
        r.candidates[0].id, "D",
        "the only qualified candidate ranks first despite the lowest total"
    );
    assert!(
        r.candidates[1..]
            .iter()
            .all(|c| c.total > r.candidates[0].total)
    );
    assert!(r.candidates[1..].iter().all(|c| !c.qualified));
    let warnings = r.to_json(evaldesk::i18n::Lang::En)["warnings"].clone();
    assert!(
        warnings
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w == "A is not qualified: it fails the mandatory m must."),
        "{warnings}"
    );
}

#[test]
fn equal_totals_share_a_rank() {
    let cl = checklist(json!([{"id": "G", "title": "G", "criteria": [{"id": "c", "title": "c"}]}]));
    let s = session(
        "s",
        &cl,
        &["A", "B", "C"],
        &[
            ("c", "A", json!(3)),
            ("c", "B", json!(3)),
            ("c", "C", json!(2)),
        ],
    );
    let r = compute(&[s], Aggregation::Mean);
    let ranks: Vec<usize> = r.candidates.iter().map(|c| c.rank).collect();
    assert_eq!(ranks, [1, 1, 3]);
}

#[test]
fn agreement_counts_spread_and_flags() {
    let cl = checklist(json!([{"id": "G", "title": "G", "criteria": [
        {"id": "s", "title": "s"}, {"id": "y", "title": "y", "kind": "yes_no"},
        {"id": "n", "title": "n", "kind": "numeric", "better": "lower"}]}]));
    let rows = [(1, 0, 100, 3), (4, 1, 160, 4), (4, 1, 120, 3)];
    let sessions: Vec<Session> = rows
        .iter()
        .enumerate()
        .map(|(i, (s, y, n, b))| {
            session(
                &format!("s{i}"),
                &cl,
                &["A", "B"],
                &[
                    ("s", "A", json!(s)),
                    ("y", "A", json!(y)),
                    ("n", "A", json!(n)),
                    ("s", "B", json!(b)),
                    ("n", "B", if i == 0 { json!(100) } else { Value::Null }),
                ],
            )
        })
        .collect();
    let r = compute(&sessions, Aggregation::Mean);
    let a: Vec<_> = r
        .agreement
        .iter()
        .map(|a| (a.criterion.as_str(), a.candidate.as_str()))
        .collect();
    // Checklist order, then candidate order; (n, B) has one value only and is left out.
    assert_eq!(a, [("s", "A"), ("s", "B"), ("y", "A"), ("n", "A")]);
    let s_a = &r.agreement[0];
    assert_eq!((s_a.n, s_a.min, s_a.max), (3, 1.0, 4.0));
    assert!(close(s_a.mean, 3.0));
    assert!(
        close(s_a.sd, 3f64.sqrt()),
        "sample SD: sqrt((4 + 1 + 1) / 2)"
    );
    assert!(s_a.disagree, "4 − 1 ≥ half the range (2)");
    assert!(!r.agreement[1].disagree, "4 − 3 < 2");
    assert!(r.agreement[2].disagree, "yes/no 0 and 1");
    assert!(r.agreement[3].disagree, "160 > 1.5 × 100");
}

#[test]
fn numeric_disagreement_needs_more_than_half_again() {
    let cl = numeric("lower");
    let s: Vec<Session> = [100, 150]
        .iter()
        .enumerate()
        .map(|(i, v)| session(&format!("s{i}"), &cl, &["A"], &[("p", "A", json!(v))]))
        .collect();
    assert!(
        !compute(&s, Aggregation::Mean).agreement[0].disagree,
        "150 is not > 1.5 × 100"
    );
}

#[test]
fn sensitivity_crossover_matches_the_hand_computation() {
    let cl = checklist(json!([
        {"id": "G1", "title": "G1", "criteria": [{"id": "a", "title": "a"}]},
        {"id": "G2", "title": "G2", "criteria": [{"id": "b", "title": "b"}]}]));
    // A: G1 = 100, G2 = 0 → T_A(p) = 100 p.  B: G1 = 50, G2 = 75 → T_B(p) = 75 − 25 p.
    // Equal at p = 75 / 125 = 0.6; today p₀ = 0.5 and B leads (62.5 against 50).
    let s = session(
        "s",
        &cl,
        &["A", "B"],
        &[
            ("a", "A", json!(4)),
            ("b", "A", json!(0)),
            ("a", "B", json!(2)),
            ("b", "B", json!(3)),
        ],
    );
    let r = compute(&[s], Aggregation::Mean);
    assert_eq!(r.candidates[0].id, "B");
    let g1 = &r.sensitivity[0];
    assert!(close(g1.share, 0.5));
    assert_eq!(g1.crossovers.len(), 1);
    let x = &g1.crossovers[0];
    assert!(close(x.share, 0.6), "{}", x.share);
    assert_eq!((x.from.as_str(), x.to.as_str()), ("B", "A"));
    assert!(close(x.distance, 10.0));
    // For G2 the lines are T_A = 100 − 100 p and T_B = 50 + 25 p: equal at p = 0.4, A leading below.
    let x2 = &r.sensitivity[1].crossovers[0];
    assert!(close(x2.share, 0.4));
    assert_eq!((x2.from.as_str(), x2.to.as_str()), ("A", "B"));
    assert!(close(x2.distance, -10.0));
    let json = r.to_json(evaldesk::i18n::Lang::En);
    assert_eq!(json["sensitivity"][0]["robust"], false);
}

#[test]
fn a_group_alone_is_robust_and_a_dominant_candidate_makes_every_group_robust() {
    let cl = checklist(json!([{"id": "G", "title": "G", "criteria": [{"id": "a", "title": "a"}]}]));
    let s = session(
        "s",
        &cl,
        &["A", "B"],
        &[("a", "A", json!(1)), ("a", "B", json!(3))],
    );
    assert!(compute(&[s], Aggregation::Mean).sensitivity[0].robust());
    let cl = two_groups();
    let s = session(
        "s",
        &cl,
        &["A", "B"],
        &[
            ("c1", "A", json!(4)),
            ("c2", "A", json!(4)),
            ("c3", "A", json!(1)),
            ("c1", "B", json!(3)),
            ("c2", "B", json!(3)),
            ("c3", "B", json!(0)),
        ],
    );
    assert!(
        compute(&[s], Aggregation::Mean)
            .sensitivity
            .iter()
            .all(|g| g.robust())
    );
}

#[test]
fn ahp_weights_replace_declared_weights_and_inconsistency_warns() {
    let mut cl = two_groups();
    cl["group_pairwise"] = json!([[1, 3], [0.3333333333333333, 1]]);
    cl["groups"][0]["weight"] = json!(1);
    let s = session(
        "s",
        &cl,
        &["A"],
        &[
            ("c1", "A", json!(4)),
            ("c2", "A", json!(4)),
            ("c3", "A", json!(0)),
        ],
    );
    let r = compute(&[s], Aggregation::Mean);
    assert!(close(r.group_weights[0].1, 0.75));
    assert!(close(r.candidates[0].total, 75.0));
    assert_eq!(r.consistency.len(), 1);
    assert_eq!(r.consistency[0].matrix, "groups");

    let cl = checklist(json!([{"id": "G", "title": "G", "criteria": [
        {"id": "a", "title": "a"}, {"id": "b", "title": "b"}, {"id": "c", "title": "c"}, {"id": "d", "title": "d"}],
        "criteria_pairwise": [[1, 3, 5, 0.14285714285714285], [0.3333333333333333, 1, 3, 5], [0.2, 0.3333333333333333, 1, 3], [7, 0.2, 0.3333333333333333, 1]]}]));
    let s = session("s", &cl, &["A"], &[("a", "A", json!(1))]);
    let r = compute(&[s], Aggregation::Mean);
    assert_eq!(r.consistency[0].matrix, "G");
    assert!(r.consistency[0].cr > 0.1);
    let warnings = r.to_json(evaldesk::i18n::Lang::En)["warnings"].clone();
    assert!(
        warnings.to_string().contains(
            "The pairwise comparisons between the criteria of group G are inconsistent: CR ="
        ),
        "{warnings}"
    );
}

#[test]
fn the_json_has_exactly_the_members_of_formats_md() {
    let cl = two_groups();
    let sessions = [
        session(
            "s1",
            &cl,
            &["A", "B"],
            &[("c1", "A", json!(4)), ("c1", "B", json!(1))],
        ),
        session(
            "s2",
            &cl,
            &["A", "B"],
            &[("c1", "A", json!(3)), ("c1", "B", json!(2))],
        ),
    ];
    let j = compute(&sessions, Aggregation::Mean).to_json(evaldesk::i18n::Lang::En);
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        keys(&j),
        [
            "checklist",
            "sessions",
            "aggregation",
            "candidates",
            "weights",
            "consistency",
            "agreement",
            "sensitivity",
            "robustness",
            "warnings"
        ]
    );
    assert_eq!(keys(&j["robustness"]), ["method", "resamples", "winners"]);
    assert_eq!(keys(&j["robustness"]["winners"][0]), ["candidate", "share"]);
    assert_eq!(
        keys(&j["candidates"][0]),
        [
            "id",
            "name",
            "total",
            "rank",
            "qualified",
            "failed",
            "groups",
            "lost"
        ]
    );
    assert_eq!(keys(&j["candidates"][0]["groups"][0]), ["id", "score"]);
    assert_eq!(keys(&j["weights"][0]), ["id", "weight", "criteria"]);
    assert_eq!(keys(&j["weights"][0]["criteria"][0]), ["id", "weight"]);
    assert_eq!(
        keys(&j["agreement"][0]),
        [
            "criterion",
            "candidate",
            "n",
            "min",
            "max",
            "mean",
            "sd",
            "disagree"
        ]
    );
    assert_eq!(
        keys(&j["sensitivity"][0]),
        ["group", "share", "robust", "crossovers"]
    );
    assert_eq!(j["checklist"], "t");
    assert_eq!(j["sessions"], 2);
    assert_eq!(j["consistency"], json!([]));
}

// ---- properties -------------------------------------------------------------------------

const CANDIDATES: [&str; 3] = ["A", "B", "C"];

fn property_checklist(weights: &[f64; 3]) -> Value {
    checklist(json!([
        {"id": "G1", "title": "G1", "weight": weights[0], "criteria": [
            {"id": "s1", "title": "s1", "weight": 2}, {"id": "s2", "title": "s2", "mandatory": true}]},
        {"id": "G2", "title": "G2", "weight": weights[1], "criteria": [
            {"id": "y1", "title": "y1", "kind": "yes_no"}, {"id": "h1", "title": "h1", "kind": "numeric", "better": "higher"}]},
        {"id": "G3", "title": "G3", "weight": weights[2], "criteria": [
            {"id": "p1", "title": "p1", "kind": "numeric", "better": "lower", "weight": 3}]}
    ]))
}

const CRITERIA: [(&str, u8); 5] = [("s1", 0), ("s2", 0), ("y1", 1), ("h1", 2), ("p1", 2)];

/// For every session, criterion and candidate: missing (0), N/A (1) or a value (2..).
fn sessions_strategy() -> impl Strategy<Value = Vec<Vec<(u8, u32)>>> {
    proptest::collection::vec(proptest::collection::vec((0u8..6, 0u32..10_000), 15), 1..5)
}

fn build(weights: &[f64; 3], raw: &[Vec<(u8, u32)>]) -> Vec<Session> {
    let cl = property_checklist(weights);
    raw.iter()
        .enumerate()
        .map(|(si, cells)| {
            let mut scores = Vec::new();
            for (i, (state, x)) in cells.iter().enumerate() {
                let (criterion, kind) = CRITERIA[i / 3];
                let candidate = CANDIDATES[i % 3];
                let value = match kind {
                    0 => json!(x % 5),
                    1 => json!(x % 2),
                    _ => json!(*x as f64 / 7.0),
                };
                match state {
                    0 => {}
                    1 => scores.push((criterion, candidate, Value::Null)),
                    _ => scores.push((criterion, candidate, value)),
                }
            }
            session(&format!("s{si}"), &cl, &CANDIDATES, &scores)
        })
        .collect()
}

fn total_at(r: &Results, id: &str, group: &str, p: f64) -> f64 {
    let c = cand(r, id);
    let w = |g: &str| r.group_weights.iter().find(|(id, _)| id == g).unwrap().1;
    let own = c.groups.iter().find(|s| s.id == group).map(|s| s.score);
    let (n, d) = c
        .groups
        .iter()
        .filter(|s| s.id != group)
        .fold((0.0, 0.0), |(n, d), s| {
            (n + w(&s.id) * s.score, d + w(&s.id))
        });
    match (own, d > 0.0) {
        (Some(g), true) => p * g + (1.0 - p) * n / d,
        (None, true) => n / d,
        (Some(g), false) => g,
        (None, false) => 0.0,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn totals_stay_between_0_and_100(raw in sessions_strategy(), w in proptest::array::uniform3(0.1f64..50.0)) {
        let r = compute(&build(&w, &raw), Aggregation::Mean);
        for c in &r.candidates {
            prop_assert!((0.0..=100.0 + EPS).contains(&c.total), "{}", c.total);
            for g in &c.groups { prop_assert!((0.0..=100.0 + EPS).contains(&g.score)); }
        }
    }

    #[test]
    fn raising_a_value_never_lowers_that_candidates_total(
        raw in sessions_strategy(), w in proptest::array::uniform3(0.1f64..50.0),
        cell in 0usize..9, median in any::<bool>()
    ) {
        // Cells 0..9 are the scale and yes/no criteria (higher is better).
        let aggregation = if median { Aggregation::Median } else { Aggregation::Mean };
        let before = compute(&build(&w, &raw), aggregation);
        let mut raised = raw.clone();
        let (state, x) = raised[0][cell];
        let kind = CRITERIA[cell / 3].1;
        let max = if kind == 0 { 4 } else { 1 };
        prop_assume!(state >= 2 && x % (max + 1) < max);
        raised[0][cell] = (state, x + 1);
        let after = compute(&build(&w, &raised), aggregation);
        let id = CANDIDATES[cell % 3];
        prop_assert!(cand(&after, id).total >= cand(&before, id).total - EPS);
    }

    #[test]
    fn the_order_of_sessions_and_scores_changes_nothing(raw in sessions_strategy(), w in proptest::array::uniform3(0.1f64..50.0), rot in 0usize..7) {
        let sessions = build(&w, &raw);
        let mut reordered = sessions.clone();
        let n = reordered.len();
        reordered.rotate_left(rot % n);
        for s in &mut reordered {
            s.scores.reverse();
            let k = s.scores.len().max(1);
            s.scores.rotate_left(rot % k);
        }
        let a = compute(&sessions, Aggregation::Mean).to_json(evaldesk::i18n::Lang::En);
        let b = compute(&reordered, Aggregation::Mean).to_json(evaldesk::i18n::Lang::En);
        prop_assert_eq!(a, b);
    }

    #[test]
    fn scaling_every_weight_changes_nothing(raw in sessions_strategy(), w in proptest::array::uniform3(0.1f64..50.0), k in 0.01f64..100.0) {
        let a = compute(&build(&w, &raw), Aggregation::Mean);
        let scaled = [w[0] * k, w[1] * k, w[2] * k];
        let b = compute(&build(&scaled, &raw), Aggregation::Mean);
        for (x, y) in a.candidates.iter().zip(&b.candidates) {
            prop_assert_eq!(&x.id, &y.id);
            prop_assert!((x.total - y.total).abs() < 1e-9);
        }
        for (x, y) in a.sensitivity.iter().zip(&b.sensitivity) {
            prop_assert!((x.share - y.share).abs() < 1e-9);
            prop_assert_eq!(x.crossovers.len(), y.crossovers.len());
        }
    }

    #[test]
    fn at_each_crossover_the_two_leaders_are_level(raw in sessions_strategy(), w in proptest::array::uniform3(0.1f64..50.0)) {
        let r = compute(&build(&w, &raw), Aggregation::Mean);
        for s in &r.sensitivity {
            for x in &s.crossovers {
                prop_assert!(x.share > 0.0 && x.share < 1.0);
                prop_assert_ne!(&x.from, &x.to);
                let (a, b) = (total_at(&r, &x.from, &s.group, x.share), total_at(&r, &x.to, &s.group, x.share));
                prop_assert!((a - b).abs() < 1e-6, "{} vs {}", a, b);
                prop_assert!(((x.share - s.share) * 100.0 - x.distance).abs() < 1e-9);
            }
        }
    }
}

/// The second worked example of docs/method.md ("A second example, with a price"), number for
/// number.
#[test]
fn the_second_worked_example_of_docs_method() {
    let cl = checklist(json!([
        {"id": "G1", "title": "Chức năng", "weight": 3, "criteria": [
            {"id": "c1", "title": "c1", "weight": 1}, {"id": "c2", "title": "c2", "weight": 3}]},
        {"id": "G2", "title": "Chi phí", "weight": 1, "criteria": [
            {"id": "price", "title": "price", "kind": "numeric", "better": "lower"}]}
    ]));
    let e1 = session(
        "e1",
        &cl,
        &["M", "V"],
        &[
            ("c1", "M", json!(4)),
            ("c2", "M", json!(2)),
            ("price", "M", json!(2000)),
            ("c1", "V", json!(3)),
            ("c2", "V", json!(4)),
            ("price", "V", json!(2500)),
        ],
    );
    let e2 = session(
        "e2",
        &cl,
        &["M", "V"],
        &[
            ("c1", "M", json!(3)),
            ("c2", "M", json!(2)),
            ("price", "M", json!(2000)),
            ("c1", "V", json!(3)),
            ("c2", "V", json!(3)),
            ("price", "V", json!(2500)),
        ],
    );
    let r = compute(&[e1, e2], Aggregation::Mean);
    assert!(close(group(&r, "M", "G1").unwrap(), 59.375));
    assert!(close(group(&r, "M", "G2").unwrap(), 100.0));
    assert!(close(cand(&r, "M").total, 69.53125));
    assert!(close(group(&r, "V", "G1").unwrap(), 84.375));
    assert!(close(group(&r, "V", "G2").unwrap(), 80.0));
    assert!(close(cand(&r, "V").total, 83.28125));
    assert_eq!(r.candidates[0].id, "V");
    let cost = &r.sensitivity[1];
    assert!(close(cost.share, 0.25));
    assert!(close(cost.crossovers[0].share, 25.0 / 45.0));
    assert_eq!(
        (
            cost.crossovers[0].from.as_str(),
            cost.crossovers[0].to.as_str()
        ),
        ("V", "M")
    );
    let a = &r.agreement[0];
    assert_eq!(
        (a.criterion.as_str(), a.candidate.as_str(), a.n),
        ("c1", "M", 2)
    );
    assert!(close(a.sd, 0.5f64.sqrt()) && !a.disagree);
}

/// Each evaluator's total is that session scored alone, as `compute` scores it (the demo
/// sessions, mean and median; the agency demo, where each session covers half the agencies).
#[test]
fn each_evaluators_total_is_the_session_scored_alone() {
    for folder in ["evaluations/demo", "evaluations/demo-agencies"] {
        let loaded = evaldesk::store::load_sessions(&[std::path::PathBuf::from(folder)]);
        let sessions: Vec<Session> = loaded.sessions.into_iter().map(|(_, s)| s).collect();
        for aggregation in [Aggregation::Mean, Aggregation::Median] {
            let r = compute(&sessions, aggregation);
            for (s, e) in sessions.iter().zip(&r.evaluators) {
                assert_eq!(e.session, s.id);
                let alone = compute(std::slice::from_ref(s), aggregation);
                for c in &r.candidates {
                    let own = alone.candidates.iter().find(|a| a.id == c.id);
                    match (e.totals[c.order], own) {
                        (Some(t), Some(a)) => {
                            assert!(close(t, a.total), "{folder} {}: {t} ≠ {}", c.id, a.total)
                        }
                        (None, None) => {}
                        (t, a) => panic!(
                            "{folder} {} {}: {t:?} vs {:?}",
                            s.id,
                            c.id,
                            a.map(|a| a.total)
                        ),
                    }
                }
            }
        }
    }
}
