//! `evaldesk submit` of a review closes the minutes: final and sealed, only when they hold
//! against the sessions beside them; and a draft is pinned by its file's content, so that a
//! review made by the app and one made by another tool name a session alike.

use serde_json::json;

use super::refused::hashes;
use super::{decide, folder, results, review, two_criteria};
use crate::common;

#[test]
fn submit_closes_a_review_final_and_sealed_once() {
    let (s1, s2) = two_criteria();
    let r = review(&[&s1, &s2], json!([decide("c1", "A", 1.0, "demo failed")]));
    let dir = folder(&[&s1, &s2], Some(&r));
    let file = dir.path().join("panel.review.json");
    let path = file.to_str().unwrap();
    let o = common::evaldesk(&["submit", "--lang", "en", path]);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    let closed = evaldesk::model::parse_review(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(closed.status, evaldesk::model::ReviewStatus::Final);
    let sha = closed.seal.as_ref().unwrap().sha256.clone();
    assert!(
        out.contains("Closed and sealed") && out.contains(&sha[..32]),
        "{out}"
    );
    assert_eq!(results(dir.path(), &[])["review"]["status"], "final");
    // A final review cannot change: a second submit is refused and writes nothing.
    let before = hashes(dir.path());
    let o = common::evaldesk(&["submit", "--lang", "en", path]);
    assert_eq!(o.status.code(), Some(1));
    assert!(common::stderr(&o).contains("already closed"));
    assert_eq!(hashes(dir.path()), before);
}

#[test]
fn submit_refuses_minutes_that_do_not_hold_against_their_sessions() {
    let (s1, s2) = two_criteria();
    let r = review(
        &[&s1, &s2],
        json!([decide("c9", "A", 1.0, "no such criterion")]),
    );
    let dir = folder(&[&s1, &s2], Some(&r));
    let before = hashes(dir.path());
    let file = dir.path().join("panel.review.json");
    let o = common::evaldesk(&["submit", "--lang", "en", file.to_str().unwrap()]);
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("were not closed") && err.contains("decisions[0].criterion"),
        "{err}"
    );
    assert_eq!(hashes(dir.path()), before, "nothing is written");
}

#[test]
fn a_draft_is_pinned_by_its_files_content_in_the_app_and_the_cli_alike() {
    let (mut s1, s2) = two_criteria();
    // Another tool wrote a member as null: read the same, written back without it.
    s1["evaluator"]["role"] = serde_json::Value::Null;
    let dir = folder(&[&s1, &s2], None);
    let loaded = evaldesk::store::load_sessions(&[dir.path().to_owned()]);
    assert!(loaded.bad.is_empty(), "{:?}", loaded.bad);
    let refs: Vec<_> = loaded
        .sessions
        .iter()
        .map(|(p, s)| (p.as_path(), s))
        .collect();
    let mut made =
        evaldesk::store::review::new_review(evaldesk::model::ReviewKind::Consensus, &refs);
    // The pin is the file's content hashed, as a script would hash it.
    let text = std::fs::read(&loaded.sessions[0].0).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&text).unwrap();
    let expected = evaldesk::model::seal::of_value(&value).unwrap();
    assert_eq!(made.sessions[0].sha256, expected);
    made.decisions.push(evaldesk::model::Decision {
        criterion: "c1".into(),
        candidate: "A".into(),
        value: Some(1.0),
        na: None,
        reason: "demo failed".into(),
        by: None,
        at: None,
    });
    common::write_text(
        dir.path(),
        "app.review.json",
        &evaldesk::model::to_pretty_json(&made),
    );
    assert_eq!(results(dir.path(), &[])["review"]["decisions"], 1);
}
