//! docs/method.md §8 (robustness to the panel), §9 (the most critical group), docs/formats.md's
//! sessions covering some candidates and grades — on cases computed by hand.

use evaldesk::model::{Session, parse_session};
use evaldesk::scoring::{Aggregation, Method, compute};
use serde_json::{Value, json};

use crate::common;

/// A checklist on the 0–4 scale with these groups and the members of `extra` (grades…).
fn checklist(groups: Value, extra: Value) -> Value {
    let mut c = common::checklist_with(groups);
    for (k, v) in extra.as_object().unwrap() {
        c[k] = v.clone();
    }
    c
}

/// A session scoring the candidates of `scores` (criterion, candidate, value), in their order.
fn session(id: &str, checklist: &Value, scores: &[(&str, &str, f64)]) -> Session {
    let mut candidates: Vec<&str> = scores.iter().map(|(_, k, _)| *k).collect();
    candidates.dedup();
    let scores = scores
        .iter()
        .map(|(c, k, v)| json!({"criterion": c, "candidate": k, "value": v}))
        .collect();
    let v = common::session_with(id, checklist, &candidates, scores);
    parse_session(v.to_string().as_bytes()).unwrap_or_else(|p| panic!("{p:?}"))
}

fn one_criterion() -> Value {
    checklist(
        json!([{"id": "G", "title": "G", "criteria": [{"id": "c", "title": "c"}]}]),
        json!({}),
    )
}

fn share(r: &evaldesk::scoring::Results, id: &str) -> f64 {
    r.robustness
        .winners
        .iter()
        .find(|(c, _)| c == id)
        .unwrap()
        .1
}

#[test]
fn two_sessions_give_three_multisets_with_a_quarter_a_half_and_a_quarter() {
    let cl = one_criterion();
    // Alone, s1 makes A win (4 vs 1) and s2 makes B win (0 vs 4); together A 2 vs B 2.5:
    // B wins {s1, s2} and {s2, s2}: ½ + ¼; A wins {s1, s1}: ¼.
    let s1 = session("s1", &cl, &[("c", "A", 4.0), ("c", "B", 1.0)]);
    let s2 = session("s2", &cl, &[("c", "A", 0.0), ("c", "B", 4.0)]);
    let r = compute(&[s1, s2], Aggregation::Mean);
    assert_eq!(r.robustness.method, Method::Exact);
    assert_eq!(r.robustness.resamples, 3);
    assert_eq!(share(&r, "A"), 0.25);
    assert_eq!(share(&r, "B"), 0.75);
    let ids: Vec<&str> = r
        .robustness
        .winners
        .iter()
        .map(|(c, _)| c.as_str())
        .collect();
    assert_eq!(ids, ["A", "B"], "every candidate, in the candidates' order");
    let j = r.to_json(evaldesk::i18n::Lang::En);
    assert_eq!(j["robustness"]["method"], "exact");
    assert_eq!(
        j["robustness"]["winners"][1],
        json!({"candidate": "B", "share": 0.75})
    );
}

#[test]
fn one_session_gives_its_winner_a_share_of_one_and_ties_go_to_the_first_listed() {
    let cl = one_criterion();
    let r = compute(
        &[session("s", &cl, &[("c", "A", 3.0), ("c", "B", 3.0)])],
        Aggregation::Mean,
    );
    assert_eq!(r.robustness.resamples, 1);
    assert_eq!((share(&r, "A"), share(&r, "B")), (1.0, 0.0));
}

/// The lean path of §8 against `compute` on the repeated sessions, resample by resample.
#[test]
fn exact_shares_equal_the_full_computation_on_every_multiset() {
    let cl = checklist(
        json!([
            {"id": "G1", "title": "G1", "weight": 3, "criteria": [
                {"id": "a", "title": "a", "mandatory": true, "threshold": 2},
                {"id": "b", "title": "b", "kind": "yes_no"}]},
            {"id": "G2", "title": "G2", "criteria": [
                {"id": "p", "title": "p", "kind": "numeric", "better": "lower"}]}
        ]),
        json!({}),
    );
    let sessions = [
        session(
            "s1",
            &cl,
            &[
                ("a", "A", 1.0),
                ("b", "A", 1.0),
                ("p", "A", 100.0),
                ("a", "B", 3.0),
                ("b", "B", 0.0),
                ("p", "B", 150.0),
            ],
        ),
        session(
            "s2",
            &cl,
            &[
                ("a", "A", 4.0),
                ("b", "A", 1.0),
                ("p", "A", 200.0),
                ("a", "B", 2.0),
                ("b", "B", 1.0),
                ("p", "B", 120.0),
            ],
        ),
        session(
            "s3",
            &cl,
            &[
                ("a", "A", 3.0),
                ("b", "A", 0.0),
                ("p", "A", 90.0),
                ("a", "B", 2.0),
                ("b", "B", 1.0),
                ("p", "B", 300.0),
            ],
        ),
    ];
    for aggregation in [Aggregation::Mean, Aggregation::Median] {
        let r = compute(&sessions, aggregation);
        let mut expected = [0.0f64; 2];
        for i in 0..3 {
            for j in 0..3 {
                for k in 0..3 {
                    // Ordered draws, each 1/27: the multinomial probabilities, summed.
                    let drawn = [
                        sessions[i].clone(),
                        sessions[j].clone(),
                        sessions[k].clone(),
                    ];
                    let w = &compute(&drawn, aggregation).candidates[0];
                    let tied_first = compute(&drawn, aggregation)
                        .candidates
                        .iter()
                        .filter(|c| c.rank == 1)
                        .min_by_key(|c| c.order)
                        .map(|c| c.id.clone())
                        .unwrap();
                    assert_eq!(w.rank, 1);
                    expected[(tied_first == "B") as usize] += 1.0 / 27.0;
                }
            }
        }
        assert!(
            (share(&r, "A") - expected[0]).abs() < 1e-12,
            "{aggregation:?}: {} vs {}",
            share(&r, "A"),
            expected[0]
        );
        assert!((share(&r, "B") - expected[1]).abs() < 1e-12);
        assert!(
            expected[0] > 0.0 && expected[1] > 0.0,
            "the case is not one-sided"
        );
    }
}

#[test]
fn more_than_eight_sessions_are_sampled_with_a_fixed_seed() {
    let cl = one_criterion();
    let sessions: Vec<Session> = (0..9)
        .map(|i| {
            let a = if i % 3 == 0 { 4.0 } else { 2.0 };
            session(&format!("s{i}"), &cl, &[("c", "A", a), ("c", "B", 3.0)])
        })
        .collect();
    let r = compute(&sessions, Aggregation::Mean);
    assert_eq!(r.robustness.method, Method::Sampled);
    assert_eq!(r.robustness.resamples, 10_000);
    let total: f64 = r.robustness.winners.iter().map(|(_, s)| s).sum();
    assert!((total - 1.0).abs() < 1e-9);
    assert!(share(&r, "A") > 0.0 && share(&r, "B") > 0.0);
    assert_eq!(
        compute(&sessions, Aggregation::Mean).robustness,
        r.robustness,
        "same seed, same figure"
    );
}

#[test]
fn sessions_covering_some_candidates_give_results_for_the_union() {
    let cl = checklist(
        json!([{"id": "G", "title": "G", "criteria": [{"id": "c", "title": "c"}]}]),
        json!({"candidates": [{"id": "B", "name": "B"}, {"id": "A", "name": "A"}]}),
    );
    // s2 (sorted first by id? no: "s1" < "s2") covers A and C; s1 covers B and A.
    let s1 = session("s1", &cl, &[("c", "B", 2.0), ("c", "A", 4.0)]);
    let s2 = session("s2", &cl, &[("c", "C", 3.0), ("c", "A", 2.0)]);
    let r = compute(&[s2.clone(), s1.clone()], Aggregation::Mean);
    let mut order: Vec<(&str, usize)> = r
        .candidates
        .iter()
        .map(|c| (c.id.as_str(), c.order))
        .collect();
    order.sort_by_key(|(_, o)| *o);
    assert_eq!(
        order.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        ["B", "A", "C"],
        "the checklist's order, then first appearance"
    );
    let total = |id: &str| r.candidates.iter().find(|c| c.id == id).unwrap().total;
    assert_eq!(
        total("A"),
        75.0,
        "A's values come from both sessions: (4 + 2) / 2 of 4"
    );
    assert_eq!(total("B"), 50.0);
    assert_eq!(total("C"), 75.0);
    assert!(evaldesk::scoring::incompatible(&[("1".into(), s1), ("2".into(), s2)]).is_empty());
}

#[test]
fn a_candidate_id_with_two_names_is_refused_naming_both_files() {
    let cl = one_criterion();
    let s1 = session("s1", &cl, &[("c", "A", 2.0)]);
    let mut s2 = session("s2", &cl, &[("c", "A", 2.0)]);
    s2.candidates[0].name = "Another".into();
    let bad = evaldesk::scoring::incompatible(&[("one.json".into(), s1), ("two.json".into(), s2)]);
    assert_eq!(bad.len(), 1);
    assert_eq!(
        bad[0].lines(evaldesk::i18n::Lang::En),
        [
            "two.json: candidates[0].name: names \"A\" \"Another\", but one.json names it \"A\": one id must mean the same one in every session"
        ]
    );
}

#[test]
fn grades_band_the_totals_and_the_critical_group_is_the_nearest_crossover() {
    let cl = checklist(
        json!([
            {"id": "G1", "title": "G1", "weight": 3, "criteria": [{"id": "a", "title": "a"}]},
            {"id": "G2", "title": "G2", "weight": 1, "criteria": [{"id": "b", "title": "b"}]}
        ]),
        json!({"grades": [
            {"min": 80, "label": {"vi": "Tốt", "en": "Good"}},
            {"min": 65, "label": "Khá"},
            {"min": 0, "label": "Yếu"}]}),
    );
    // A: G1 100, G2 0 → 75; B: G1 50, G2 100 → 62.5. G2's share today 25 %;
    // A = 100 − 100p, B = 50 + 50p: equal at p = 1/3 (+8.3 points). G1 (75 %): the same
    // crossover seen from G1 at 66.7 % (−8.3 points): equally near; the first is reported.
    let s = session(
        "s",
        &cl,
        &[
            ("a", "A", 4.0),
            ("b", "A", 0.0),
            ("a", "B", 2.0),
            ("b", "B", 4.0),
        ],
    );
    let r = compute(&[s], Aggregation::Mean);
    let grade = |id: &str| {
        r.candidates
            .iter()
            .find(|c| c.id == id)
            .unwrap()
            .grade
            .clone()
            .unwrap()
    };
    assert_eq!(grade("A").get(evaldesk::i18n::Lang::En), "Khá");
    assert_eq!(grade("B").get(evaldesk::i18n::Lang::En), "Yếu");
    assert_eq!(
        r.to_json(evaldesk::i18n::Lang::En)["candidates"][0]["grade"],
        "Khá"
    );
    let (group, crossover) = r.critical().expect("the winner can change");
    assert_eq!(group.group, "G1");
    assert!((crossover.distance.abs() - 100.0 / 12.0).abs() < 1e-9);
}

#[test]
fn bad_grades_are_refused() {
    let cl = checklist(
        json!([{"id": "G", "title": "G", "criteria": [{"id": "c", "title": "c"}]}]),
        json!({"grades": [{"min": 50, "label": "Đạt"}, {"min": 60, "label": "Khá"}, {"min": 10, "label": "Yếu"}]}),
    );
    let problems = evaldesk::model::parse_checklist(cl.to_string().as_bytes()).unwrap_err();
    let lines: Vec<String> = problems
        .iter()
        .map(|p| p.text(evaldesk::i18n::Lang::En))
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("grades[1].min: the grades must go from the highest band down")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("grades[2].min: the last grade must start at 0")),
        "{lines:?}"
    );
}

/// Two groups: A is strong in G1, B in G2 (the §7 hand example: A = 100, 0; B = 50, 75).
fn two_group_sessions() -> Vec<Session> {
    let cl = checklist(
        json!([
            {"id": "G1", "title": "G1", "criteria": [{"id": "a", "title": "a"}]},
            {"id": "G2", "title": "G2", "criteria": [{"id": "b", "title": "b"}]}]),
        json!({}),
    );
    vec![
        session(
            "s1",
            &cl,
            &[
                ("a", "A", 4.0),
                ("b", "A", 0.0),
                ("a", "B", 2.0),
                ("b", "B", 4.0),
            ],
        ),
        session(
            "s2",
            &cl,
            &[
                ("a", "A", 4.0),
                ("b", "A", 0.0),
                ("a", "B", 2.0),
                ("b", "B", 2.0),
            ],
        ),
    ]
}

#[test]
fn each_evaluator_s_own_totals_are_those_of_their_session_scored_alone() {
    let sessions = two_group_sessions();
    let r = compute(&sessions, Aggregation::Mean);
    assert_eq!(r.evaluators.len(), 2);
    for (e, s) in r.evaluators.iter().zip(&sessions) {
        let alone = compute(std::slice::from_ref(s), Aggregation::Mean);
        assert_eq!(e.session, s.id);
        for c in &alone.candidates {
            let k = r.candidates.iter().find(|x| x.id == c.id).unwrap().order;
            let own = e.totals[k].unwrap();
            assert!(
                (own - c.total).abs() < 1e-9,
                "{}: {own} vs {}",
                c.id,
                c.total
            );
        }
    }
    // By hand: s1 gives B (50 + 100) / 2 = 75, s2 gives B (50 + 50) / 2 = 50; A 50 in both.
    let b = r.candidates.iter().find(|x| x.id == "B").unwrap().order;
    assert_eq!(r.evaluators[0].totals[b], Some(75.0));
    assert_eq!(r.evaluators[1].totals[b], Some(50.0));
}

#[test]
fn other_group_weights_change_totals_and_winner_and_todays_weights_change_nothing() {
    let r = compute(&two_group_sessions(), Aggregation::Mean);
    // Today (½, ½): A = 50, B = (50 + 75) / 2 = 62.5: B leads.
    assert_eq!(r.candidates[0].id, "B");
    let same = r.with_group_weights(&[1.0, 1.0]);
    for (x, y) in same.candidates.iter().zip(&r.candidates) {
        assert_eq!(x.id, y.id);
        assert!((x.total - y.total).abs() < 1e-12);
    }
    assert_eq!(same.sensitivity, r.sensitivity);
    // G1 at 80 %: A = 80, B = 0.8 × 50 + 0.2 × 75 = 55: A leads, ranks follow.
    let heavy = r.with_group_weights(&[4.0, 1.0]);
    assert_eq!(heavy.candidates[0].id, "A");
    assert!((heavy.candidates[0].total - 80.0).abs() < 1e-9);
    assert!((heavy.candidates[1].total - 55.0).abs() < 1e-9);
    assert_eq!((heavy.candidates[0].rank, heavy.candidates[1].rank), (1, 2));
    assert!((heavy.group_weights[0].1 - 0.8).abs() < 1e-12);
    // The sensitivity line agrees: at 60 % the two are equal (62.5 − 12.5 = 60 = 100 × 0.6).
    let a = r.candidates.iter().find(|x| x.id == "A").unwrap();
    let b = r.candidates.iter().find(|x| x.id == "B").unwrap();
    assert!((r.total_at(a, "G1", 0.6) - r.total_at(b, "G1", 0.6)).abs() < 1e-9);
}

/// Sessions that cover different candidates (each evaluator scored the agencies assigned to
/// them): robustness is `{"method": "not_applicable"}` alone, and the text says why.
#[test]
fn robustness_does_not_apply_when_evaluators_scored_different_candidates() {
    let exe = env!("CARGO_BIN_EXE_evaldesk");
    let out = std::process::Command::new(exe)
        .args(["summary", "--json", "evaluations/demo-agencies"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["robustness"], json!({"method": "not_applicable"}));
    let out = std::process::Command::new(exe)
        .args(["--lang", "en", "summary", "evaluations/demo-agencies"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Robustness to the panel does not apply"),
        "{text}"
    );
    assert!(!text.contains("% of cases"), "{text}");
}
