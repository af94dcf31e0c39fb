//! `evaldesk summary` as a committee secretary runs it.

use serde_json::{Value, json};

use crate::common::{self, evaldesk};

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

#[test]
fn the_table_names_the_winner_and_is_ready_for_a_memo() {
    let o = evaldesk(&["summary", "--lang", "en", "evaluations/demo"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with(
        "EVALUATION RESULTS — Document-management and workflow software criteria (dms-vn)"
    ));
    assert!(lines[1].starts_with("3 sessions"));
    assert!(
        lines[6].starts_with("Rank  Candidate  Total  Qualified     G1"),
        "{}",
        lines[6]
    );
    assert!(
        lines[7].starts_with("1     V-Office   84.44        yes  93.75"),
        "{}",
        lines[7]
    );
    assert!(
        lines[8].starts_with("2     M-Office   81.25        yes  75.00"),
        "{}",
        lines[8]
    );
    // The committee's question first: the most critical group, and the panel's robustness.
    assert_eq!(
        lines[3],
        "The smallest change of one group's weight that changes the winner: G8 Cost and licensing from 8\u{a0}% to 15.4\u{a0}%."
    );
    assert_eq!(
        lines[4],
        "If the panel were drawn again from the same evaluators, V-Office would come first in 100\u{a0}% of cases."
    );
    // Said from today's weight, naming who would lead instead of today's leader.
    assert!(out.contains("G8 Cost and licensing: if its weight rose above 15.4\u{a0}% (now 8\u{a0}%), M-Office would lead instead of V-Office."), "{out}");
    assert!(out.contains("G1 Incoming documents: if its weight fell below 1.2\u{a0}% (now 18\u{a0}%), M-Office would lead instead of V-Office."), "{out}");
    assert!(out.contains("G6 Technology, security and operation (now 14\u{a0}%): robust"));
    assert!(
        out.contains("2 sessions are still drafts, not submitted: Lê Minh Châu, Trần Thị Bình.")
    );
    assert!(out.contains("Evaluators disagree on G6.8 Mobile access for M-Office: from 1 to 4."));
}

#[test]
fn vietnamese_uses_the_decimal_comma() {
    let o = evaldesk(&["summary", "--lang", "vi", "evaluations/demo"]);
    let out = text(&o.stdout);
    assert!(out.contains("1     V-Office      84,44"), "{out}");
    assert!(out.contains("Chi phí và bản quyền: nếu trọng số tăng quá 15,4\u{a0}% (hiện 8\u{a0}%), M-Office sẽ dẫn đầu thay cho V-Office."), "{out}");
}

#[test]
fn an_unqualified_candidate_is_named_once_with_the_criterion_its_value_and_the_threshold() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = common::session();
    s["scores"][0]["value"] = json!(1); // G1.1 M-Office below the threshold 2
    let path = dir.path().join("a.evaluation.json");
    std::fs::write(&path, serde_json::to_string_pretty(&s).unwrap()).unwrap();
    let o = evaldesk(&["summary", "--lang", "en", path.to_str().unwrap()]);
    let out = text(&o.stdout);
    assert_eq!(
        out.matches("M-Office fails").count() + out.matches("M-Office is not qualified").count(),
        1,
        "{out}"
    );
    assert!(
        out.contains("M-Office fails the mandatory criteria: G1.1 Văn bản đến (1, needs 2)"),
        "{out}"
    );
}

#[test]
fn json_gives_the_full_precision_numbers_of_the_library() {
    let o = evaldesk(&["summary", "--json", "--lang", "en", "evaluations/demo"]);
    assert_eq!(o.status.code(), Some(0));
    let j: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(j["checklist"], "dms-vn");
    assert_eq!(j["sessions"], 3);
    assert_eq!(j["aggregation"], "mean");
    assert_eq!(j["candidates"][0]["id"], "v-office");
    assert_eq!(j["candidates"][0]["rank"], 1);
    // Redone independently with a separate Python computation on the same files.
    assert!((j["candidates"][0]["total"].as_f64().unwrap() - 84.44369545886903).abs() < 1e-9);
    assert!((j["candidates"][1]["total"].as_f64().unwrap() - 81.25461160022563).abs() < 1e-9);
    let sum: f64 = j["weights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["weight"].as_f64().unwrap())
        .sum();
    assert!((sum - 1.0).abs() < 1e-12);
    let median = evaldesk(&["summary", "--json", "--median", "evaluations/demo"]);
    let m: Value = serde_json::from_slice(&median.stdout).unwrap();
    assert_eq!(m["aggregation"], "median");
}

#[test]
fn sessions_on_different_checklists_are_refused_naming_both_files() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.evaluation.json");
    let b = dir.path().join("b.evaluation.json");
    std::fs::write(&a, serde_json::to_vec(&common::session()).unwrap()).unwrap();
    let mut other = common::session();
    other["id"] = json!("other");
    other["evaluator"]["name"] = json!("Trần Thị B");
    other["checklist"]["groups"][0]["weight"] = json!(70);
    std::fs::write(&b, serde_json::to_vec(&other).unwrap()).unwrap();
    let o = evaldesk(&["summary", "--lang", "en", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty(), "no results are printed");
    assert_eq!(
        text(&o.stderr).trim(),
        format!(
            "{}: checklist: was scored against a different checklist than {}",
            b.display(),
            a.display()
        )
    );
}

#[test]
fn sessions_covering_different_candidates_are_combined() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.evaluation.json");
    let b = dir.path().join("b.evaluation.json");
    std::fs::write(&a, serde_json::to_vec(&common::session()).unwrap()).unwrap();
    let mut other = common::session();
    other["id"] = json!("another-evaluator");
    other["evaluator"]["name"] = json!("Trần Thị B");
    other["candidates"][1] = json!({"id": "x-office", "name": "X-Office"});
    other["scores"] = json!([]);
    std::fs::write(&b, serde_json::to_vec(&other).unwrap()).unwrap();
    let o = evaldesk(&[
        "summary",
        "--json",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let j: Value = serde_json::from_slice(&o.stdout).unwrap();
    let mut ids: Vec<&str> = j["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    ids.sort();
    assert_eq!(ids, ["m-office", "v-office", "x-office"], "the union");
}

#[test]
fn an_invalid_file_is_refused_as_validate_refuses_it() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.evaluation.json");
    std::fs::write(&bad, b"{\"format\": \"evaldesk.session\", \"version\": 9}").unwrap();
    let o = evaldesk(&[
        "summary",
        "--lang",
        "en",
        "evaluations/demo",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains(&format!(
        "{}: version: this file was written by a newer EvalDesk",
        bad.display()
    )));
    assert!(o.stdout.is_empty());
}

#[test]
fn a_sixteen_group_pairwise_matrix_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = common::session();
    let groups: Vec<Value> = (0..16).map(|i| json!({"id": format!("H{i}"), "title": "x", "criteria": [{"id": format!("H{i}.1"), "title": "x"}]})).collect();
    s["checklist"]["groups"] = json!(groups);
    s["checklist"]["group_pairwise"] = json!(vec![vec![1.0; 16]; 16]);
    s["scores"] = json!([]);
    let f = dir.path().join("big.evaluation.json");
    std::fs::write(&f, serde_json::to_vec(&s).unwrap()).unwrap();
    let o = evaldesk(&["summary", "--lang", "en", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains(
            "checklist.group_pairwise: a 16 × 16 pairwise matrix is too large: at most 15 items"
        ),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn no_sessions_found_is_an_error_not_an_empty_table() {
    let dir = tempfile::tempdir().unwrap();
    let o = evaldesk(&["summary", "--lang", "en", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("No evaluation sessions"));
    assert_eq!(evaldesk(&["summary"]).status.code(), Some(2));
}
