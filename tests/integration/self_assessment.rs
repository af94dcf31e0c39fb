//! Self-assessments with evidence, and periods (docs/method.md §11, docs/formats.md session
//! `kind`, `period`, a score's `evidence`): totals computed by hand, and each bad file
//! refused with its place.
//!
//! The checklist: one group, G1.1 and G1.2 on 0–4, equal weights; G1.2 requires evidence.
//! The department's evaluator covers agency "a" (2 and 4); "a" and "b" each assess
//! themselves. a's self-assessment (4 and 4) is left out: a = (2/4 + 4/4)/2 = 75 points (with
//! it, the means 3 and 4 would give 87.5). b is covered by itself alone: (3/4 + 1/4)/2 = 50.

use std::path::Path;

use serde_json::{Value, json};

use crate::common::{self, evaldesk, stderr, summary_json, write_json, write_text};

fn checklist() -> Value {
    common::checklist_with(json!([
        {"id": "G1", "title": "Cải cách hành chính", "criteria": [
            {"id": "G1.1", "title": "Kế hoạch"},
            {"id": "G1.2", "title": "Báo cáo", "evidence": "required"}
        ]}
    ]))
}

fn score(criterion: &str, candidate: &str, value: u32) -> Value {
    json!({"criterion": criterion, "candidate": candidate, "value": value})
}

/// The department's evaluator, on "a".
fn evaluation() -> Value {
    let scores = vec![score("G1.1", "a", 2), score("G1.2", "a", 4)];
    common::session_with("dept", &checklist(), &["a"], scores)
}

/// Agency `agency`'s self-assessment; its G1.2 score carries `support` (evidence or note).
fn self_assessment(agency: &str, values: [u32; 2], support: Value) -> Value {
    let mut g12 = score("G1.2", agency, values[1]);
    for (k, v) in support.as_object().unwrap() {
        g12[k] = v.clone();
    }
    let scores = vec![score("G1.1", agency, values[0]), g12];
    let mut s = common::session_with(&format!("self-{agency}"), &checklist(), &[agency], scores);
    s["kind"] = json!("self");
    s
}

fn reference() -> Value {
    json!({"evidence": [{"ref": "Báo cáo số 12/BC-UBND", "date": "2015-03-31", "page": "3"}]})
}

/// The three sessions of the header, in a folder of their own.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_json(dir.path(), "dept.evaluation.json", &evaluation());
    let a = self_assessment("a", [4, 4], reference());
    write_json(dir.path(), "a.evaluation.json", &a);
    let b = self_assessment("b", [3, 1], json!({"note": "chưa có báo cáo năm"}));
    write_json(dir.path(), "b.evaluation.json", &b);
    dir
}

fn summary(dir: &Path) -> Value {
    let o = summary_json(dir);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn candidate<'a>(results: &'a Value, id: &str) -> &'a Value {
    let list = results["candidates"].as_array().unwrap();
    list.iter().find(|c| c["id"] == id).unwrap()
}

#[test]
fn an_agency_covered_by_an_evaluator_is_scored_without_its_self_assessment() {
    let dir = folder();
    let results = summary(dir.path());
    let a = candidate(&results, "a");
    assert_eq!(a["total"], json!(75.0));
    assert_eq!(a["self_assessed"], json!(false));
    // Its two sessions would have made agreement entries; only the evaluator's counts.
    assert_eq!(results["agreement"], json!([]));
    assert_eq!(results["sessions"], json!(3));
}

#[test]
fn an_agency_covered_only_by_itself_takes_its_own_values() {
    let dir = folder();
    let results = summary(dir.path());
    let b = candidate(&results, "b");
    assert_eq!(b["total"], json!(50.0));
    assert_eq!(b["self_assessed"], json!(true));
    assert_eq!(results["candidates"][0]["id"], "a");
    assert_eq!(results["robustness"], json!({"method": "not_applicable"}));
}

/// scoring.md §8 to the letter: robustness does not apply when some session does not cover
/// every candidate. With one agency, the department's session and the agency's own both
/// cover it: the panel of two can be drawn again (the self-assessment, left out of §1 by
/// §11, is drawn like any session, and a resample of it alone is the agency's own values).
#[test]
fn with_one_agency_every_session_covers_it_and_robustness_applies() {
    let dir = tempfile::tempdir().unwrap();
    write_json(dir.path(), "dept.evaluation.json", &evaluation());
    let a = self_assessment("a", [4, 4], reference());
    write_json(dir.path(), "a.evaluation.json", &a);
    let results = summary(dir.path());
    assert_eq!(results["robustness"]["method"], json!("exact"));
    assert_eq!(
        results["robustness"]["winners"],
        json!([{"candidate": "a", "share": 1.0}])
    );
    assert_eq!(candidate(&results, "a")["total"], json!(75.0));
}

/// The problems `load_sessions` reports for `name` in `dir`, as (place, English text).
fn problems_of(dir: &Path, name: &str) -> Vec<(String, String)> {
    let loaded = evaldesk::store::load_sessions(&[dir.to_owned()]);
    let mut bad = loaded.bad;
    bad.extend(evaldesk::scoring::incompatible(&loaded.sessions));
    bad.iter()
        .filter(|f| f.file.ends_with(name))
        .flat_map(|f| &f.problems)
        .map(|p| (p.place.to_string(), p.text(evaldesk::i18n::Lang::En)))
        .collect()
}

/// `dir` with a's self-assessment given this evidence item on G1.2.
fn with_evidence(item: Value) -> tempfile::TempDir {
    let dir = folder();
    let a = self_assessment("a", [4, 4], json!({"evidence": [item]}));
    write_json(dir.path(), "a.evaluation.json", &a);
    dir
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn evidence_outside_the_folder_is_refused_at_its_place() {
    let sha = sha256(b"x");
    for file in ["../x.pdf", "/etc/x.pdf", "C:/x.pdf", "minh-chung\\x.pdf"] {
        let dir = with_evidence(json!({"file": file, "sha256": sha}));
        let problems = problems_of(dir.path(), "a.evaluation.json");
        assert_eq!(problems.len(), 1, "{file}: {problems:?}");
        assert_eq!(problems[0].0, "scores[1].evidence[0].file", "{file}");
        assert!(problems[0].1.contains("relative path"), "{problems:?}");
    }
}

#[test]
fn evidence_needs_a_reference_a_date_and_a_hash() {
    let dir = with_evidence(json!({"date": "31/03/2015", "file": "bc.pdf"}));
    let problems = problems_of(dir.path(), "a.evaluation.json");
    let places: Vec<&str> = problems.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        places,
        ["scores[1].evidence[0].date", "scores[1].evidence[0].file"]
    );
    let dir = with_evidence(json!({"title": "Báo cáo"}));
    let problems = problems_of(dir.path(), "a.evaluation.json");
    assert_eq!(problems[0].0, "scores[1].evidence[0]");
    assert!(problems[0].1.contains("\"ref\""), "{problems:?}");
}

#[test]
fn a_changed_evidence_file_is_refused_and_a_missing_one_only_warned() {
    let bytes = b"%PDF-1.4 bao cao so 12";
    let item = json!({"ref": "BC 12", "file": "minh-chung/bc-12.pdf", "sha256": sha256(bytes)});
    let dir = with_evidence(item);
    // Not there: the session counts, and the person is told which file is missing.
    let o = summary_json(dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("bc-12.pdf"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("scores[1].evidence[0].file"),
        "{}",
        stderr(&o)
    );
    let loaded = evaldesk::store::load_sessions(&[dir.path().to_owned()]);
    assert_eq!((loaded.sessions.len(), loaded.warnings.len()), (3, 1));
    // There, as recorded: no word about it.
    std::fs::create_dir(dir.path().join("minh-chung")).unwrap();
    write_text(
        dir.path(),
        "minh-chung/bc-12.pdf",
        std::str::from_utf8(bytes).unwrap(),
    );
    let o = summary_json(dir.path());
    assert!(
        o.status.success() && stderr(&o).is_empty(),
        "{}",
        stderr(&o)
    );
    // Changed since: refused, at the item's hash.
    write_text(
        dir.path(),
        "minh-chung/bc-12.pdf",
        "%PDF-1.4 bao cao da sua",
    );
    let problems = problems_of(dir.path(), "a.evaluation.json");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, "scores[1].evidence[0].sha256");
    assert!(problems[0].1.contains("has changed"), "{problems:?}");
    let o = summary_json(dir.path());
    assert!(!o.status.success());
    // `validate` refuses it too.
    let file = dir.path().join("a.evaluation.json");
    let o = evaldesk(&["validate", "--lang", "en", file.to_str().unwrap()]);
    assert!(!o.status.success());
}

#[test]
fn two_self_assessments_of_one_agency_are_named_and_refused() {
    let dir = folder();
    let mut again = self_assessment("a", [3, 3], reference());
    again["id"] = json!("self-a-2");
    again["evaluator"]["name"] = json!("Văn phòng UBND");
    write_json(dir.path(), "z.evaluation.json", &again);
    let problems = problems_of(dir.path(), "z.evaluation.json");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, "kind");
    assert!(problems[0].1.contains("a.evaluation.json"), "{problems:?}");
    assert!(!summary_json(dir.path()).status.success());
}

#[test]
fn a_self_assessment_of_two_agencies_is_refused() {
    let dir = folder();
    let mut both = self_assessment("b", [3, 1], json!({"note": "x"}));
    both["candidates"] = json!([{"id": "b", "name": "b"}, {"id": "c", "name": "c"}]);
    write_json(dir.path(), "b.evaluation.json", &both);
    let problems = problems_of(dir.path(), "b.evaluation.json");
    assert_eq!(problems[0].0, "candidates", "{problems:?}");
    assert!(problems[0].1.contains("covers 2"), "{problems:?}");
}

#[test]
fn sessions_of_two_periods_are_named_and_refused() {
    let dir = folder();
    for (name, period) in [("a", "2015-Q1"), ("dept", "2015-Q1"), ("b", "2015-Q2")] {
        let path = dir.path().join(format!("{name}.evaluation.json"));
        let mut s: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        s["period"] = json!(period);
        write_json(dir.path(), &format!("{name}.evaluation.json"), &s);
    }
    let problems = problems_of(dir.path(), "b.evaluation.json");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, "period");
    assert!(problems[0].1.contains("2015-Q2") && problems[0].1.contains("2015-Q1"));
    assert!(problems[0].1.contains("a.evaluation.json"), "{problems:?}");
    let o = summary_json(dir.path());
    assert!(!o.status.success());
    assert!(stderr(&o).contains("b.evaluation.json"), "{}", stderr(&o));
    // One period throughout: scored as before.
    let mut b = self_assessment("b", [3, 1], json!({"note": "x"}));
    b["period"] = json!("2015-Q1");
    write_json(dir.path(), "b.evaluation.json", &b);
    assert_eq!(candidate(&summary(dir.path()), "a")["total"], json!(75.0));
}

#[test]
fn a_submitted_self_assessment_without_required_evidence_is_refused() {
    let dir = folder();
    let mut bare = self_assessment("b", [3, 1], json!({}));
    // As a draft it counts, but it cannot be submitted: its G1.2 score is missing.
    let draft = evaldesk::model::parse_session(bare.to_string().as_bytes()).unwrap();
    assert_eq!(draft.missing(), [("G1.2", "b")]);
    let mut submitted = draft.clone();
    let now = "2015-04-22T16:30:00+07:00".to_owned();
    assert_eq!(
        submitted.submit(now),
        Err(vec![("G1.2".into(), "b".into())])
    );
    common::seal(&mut bare);
    write_json(dir.path(), "b.evaluation.json", &bare);
    let problems = problems_of(dir.path(), "b.evaluation.json");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, "scores[1]");
    assert!(problems[0].1.contains("requires evidence"), "{problems:?}");
    // A note saying why there is none is enough.
    let mut noted = self_assessment("b", [3, 1], json!({"note": "chưa ban hành"}));
    common::seal(&mut noted);
    write_json(dir.path(), "b.evaluation.json", &noted);
    assert!(problems_of(dir.path(), "b.evaluation.json").is_empty());
}

/// `evaldesk submit` refuses a self-assessment whose G1.2 has neither evidence nor a note,
/// naming the cell and why; given a document, it seals.
#[test]
fn the_cli_submit_refuses_a_self_assessment_lacking_required_evidence() {
    let dir = folder();
    let file = dir.path().join("b.evaluation.json");
    write_json(
        dir.path(),
        "b.evaluation.json",
        &self_assessment("b", [3, 1], json!({})),
    );
    let file = file.to_str().unwrap();
    let refused = evaldesk(&["submit", "--lang", "en", file]);
    assert!(!refused.status.success());
    let err = stderr(&refused);
    assert!(
        err.contains("G1.2 Báo cáo × b: evidence missing, or a note saying why there is none"),
        "{err}"
    );
    assert!(!std::fs::read_to_string(file).unwrap().contains("\"seal\""));
    write_json(
        dir.path(),
        "b.evaluation.json",
        &self_assessment("b", [3, 1], reference()),
    );
    let sealed = evaldesk(&["submit", "--lang", "en", file]);
    assert!(sealed.status.success(), "{}", stderr(&sealed));
}

#[test]
fn a_self_assessment_round_trips_exactly() {
    let mut s = self_assessment("a", [4, 4], reference());
    s["period"] = json!("2015-Q1");
    let parsed = evaldesk::model::parse_session(s.to_string().as_bytes()).unwrap();
    assert!(parsed.is_self_assessment());
    let again: Value = serde_json::from_str(&evaldesk::model::to_pretty_json(&parsed)).unwrap();
    assert_eq!(again, s);
}

/// The product demo has no self-assessment, so no `self_assessed` member; the agency demo
/// has it on every agency: true for those only their own claims cover.
#[test]
fn self_assessed_is_said_only_where_agencies_scored_themselves() {
    let results = summary(Path::new("evaluations/demo"));
    for c in results["candidates"].as_array().unwrap() {
        assert!(c.get("self_assessed").is_none());
    }
    let results = summary(Path::new("evaluations/demo-agencies"));
    let own = |id: &str| candidate(&results, id)["self_assessed"].clone();
    // Sở Y tế scored itself, but the department's evaluator scored it too.
    assert_eq!(own("so-y-te"), Value::Bool(false));
    assert_eq!(own("so-tu-phap"), Value::Bool(false));
    assert_eq!(own("so-noi-vu"), Value::Bool(true));
    assert_eq!(own("tp-da-lat"), Value::Bool(true));
}
