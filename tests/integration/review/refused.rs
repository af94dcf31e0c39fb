//! Every bad review is refused whole (docs/formats.md "Review"): exit 1, its file and the
//! place on stderr, nothing on stdout, and not one file of the folder changed or added.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::{decide, finalize, folder, review, two_criteria};
use crate::common;

/// Name → SHA-256 of every file in `dir`.
pub(super) fn hashes(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let bytes = std::fs::read(e.path()).unwrap();
            let sha: String = Sha256::digest(&bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            (e.file_name().to_string_lossy().into_owned(), sha)
        })
        .collect()
}

/// `summary --json dir` refuses, naming each of `expected` (the file, the place, the
/// problem) on stderr, and leaves every file as it was; returns stderr.
fn refused(dir: &Path, expected: &[&str]) -> String {
    let before = hashes(dir);
    let o = common::summary_json(dir);
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        o.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    for e in expected {
        assert!(err.contains(e), "{e:?} not in:\n{err}");
    }
    assert_eq!(hashes(dir), before, "a refused review changed the folder");
    err
}

/// The two sessions of `two_criteria` and a draft review of them deciding c1 A = 1, changed by
/// `change` before it is written.
fn with_review(change: impl FnOnce(&mut Value)) -> tempfile::TempDir {
    let (s1, s2) = two_criteria();
    let mut r = review(&[&s1, &s2], json!([decide("c1", "A", 1.0, "demo failed")]));
    change(&mut r);
    folder(&[&s1, &s2], Some(&r))
}

#[test]
fn a_decision_on_an_unknown_criterion_is_refused() {
    let dir = with_review(|r| r["decisions"][0]["criterion"] = json!("c9"));
    refused(
        dir.path(),
        &["panel.review.json", "decisions[0].criterion", "c9"],
    );
}

#[test]
fn a_decision_on_an_unknown_candidate_is_refused() {
    let dir = with_review(|r| r["decisions"][0]["candidate"] = json!("Z"));
    refused(
        dir.path(),
        &["panel.review.json", "decisions[0].candidate", "\"Z\""],
    );
}

#[test]
fn a_decision_off_the_scale_is_refused() {
    let dir = with_review(|r| r["decisions"][0]["value"] = json!(5));
    refused(dir.path(), &["panel.review.json", "decisions[0].value"]);
}

#[test]
fn a_reason_of_spaces_only_is_refused() {
    let dir = with_review(|r| r["decisions"][0]["reason"] = json!("   "));
    refused(
        dir.path(),
        &[
            "panel.review.json",
            "decisions[0].reason",
            "needs its reason",
        ],
    );
}

#[test]
fn two_decisions_on_one_cell_are_refused() {
    let dir = with_review(|r| {
        let second = decide("c1", "A", 2.0, "second thoughts");
        r["decisions"].as_array_mut().unwrap().push(second);
    });
    refused(
        dir.path(),
        &[
            "panel.review.json",
            "decisions[1]",
            "already decided at decisions[0]",
        ],
    );
}

#[test]
fn a_review_of_another_checklist_id_is_refused() {
    let dir = with_review(|r| r["checklist"]["id"] = json!("other"));
    refused(
        dir.path(),
        &["panel.review.json", "checklist.id", "\"other\""],
    );
}

#[test]
fn a_review_of_another_checklist_content_is_refused() {
    let dir = with_review(|r| r["checklist"]["sha256"] = json!("0".repeat(64)));
    refused(
        dir.path(),
        &[
            "panel.review.json",
            "checklist.sha256",
            "content has changed",
        ],
    );
}

#[test]
fn a_session_removed_after_the_review_is_refused() {
    let dir = with_review(|_| {});
    std::fs::remove_file(dir.path().join("s2.evaluation.json")).unwrap();
    refused(
        dir.path(),
        &["panel.review.json", "sessions[1].id", "\"s2\""],
    );
}

#[test]
fn a_session_added_after_the_review_is_refused() {
    let dir = with_review(|_| {});
    let (s1, _) = two_criteria();
    let mut s3 = s1.clone();
    s3["id"] = json!("s3");
    s3["evaluator"]["name"] = json!("s3");
    common::write_json(dir.path(), "s3.evaluation.json", &s3);
    refused(
        dir.path(),
        // The file, then the id it holds.
        &[
            "panel.review.json: sessions: ",
            "s3.evaluation.json holds the session \"s3\"",
        ],
    );
}

#[test]
fn a_session_changed_after_the_review_is_refused() {
    let dir = with_review(|_| {});
    let path = dir.path().join("s1.evaluation.json");
    let mut s1: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    s1["scores"][1]["value"] = json!(4);
    common::write_json(dir.path(), "s1.evaluation.json", &s1);
    refused(
        dir.path(),
        &[
            "panel.review.json",
            "sessions[0].sha256",
            "s1.evaluation.json",
        ],
    );
}

#[test]
fn a_final_review_edited_after_it_was_sealed_is_refused() {
    let dir = with_review(|r| {
        finalize(r);
        r["decisions"][0]["reason"] = json!("demo failed twice");
    });
    refused(
        dir.path(),
        &[
            "panel.review.json",
            "seal.sha256",
            "changed after it was closed",
        ],
    );
}

#[test]
fn a_draft_review_carrying_a_seal_is_refused() {
    let dir = with_review(|r| {
        finalize(r);
        r["status"] = json!("draft");
    });
    refused(
        dir.path(),
        &["panel.review.json", "seal", "must not carry a seal"],
    );
}

#[test]
fn two_reviews_in_one_folder_are_refused_naming_both() {
    let dir = with_review(|_| {});
    let (s1, s2) = two_criteria();
    let mut other = review(&[&s1, &s2], json!([decide("c2", "B", 4.0, "licence")]));
    other["id"] = json!("r2");
    common::write_json(dir.path(), "other.review.json", &other);
    let err = refused(dir.path(), &["panel.review.json", "other.review.json"]);
    // Each file named as the one refused, beside the other.
    let lines: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("second review"))
        .collect();
    assert_eq!(lines.len(), 2, "{err}");
}

#[test]
fn a_revision_counts_instead_of_the_review_it_revises_with_a_notice() {
    let dir = with_review(|_| {});
    let (s1, s2) = two_criteria();
    // The revision undoes c1 A = 1 and decides c2 B = 4 instead.
    let mut newer = review(&[&s1, &s2], json!([decide("c2", "B", 4.0, "licence")]));
    newer["id"] = json!("r2");
    newer["revises"] = json!("r1");
    common::write_json(dir.path(), "revised.review.json", &newer);
    let o = common::summary_json(dir.path());
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("revised.review.json revises the review")
            && err.contains("panel.review.json")
            && err.contains("only the revision is used"),
        "{err}"
    );
    let out: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(out["review"]["id"], "r2");
    // c1 A back to (4 + 2)/2 = 3: A = 100 × (3/4 + 3/4)/2 = 75; B = 100 × (3/4 + 4/4)/2 = 87.5.
    assert_eq!(out["candidates"][0]["id"], "B");
    assert_eq!(out["candidates"][0]["total"], 87.5);
    assert_eq!(out["candidates"][1]["total"], 75.0);
}

#[test]
fn validate_names_the_place_in_a_bad_review_file() {
    let dir = with_review(|r| r["decisions"][0]["reason"] = json!(""));
    let path = dir.path().join("panel.review.json");
    let before = hashes(dir.path());
    let o = common::evaldesk(&["validate", "--lang", "en", path.to_str().unwrap()]);
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        common::stderr(&o)
    );
    assert_eq!(o.status.code(), Some(1), "{all}");
    assert!(
        all.contains("panel.review.json") && all.contains("decisions[0].reason"),
        "{all}"
    );
    assert_eq!(hashes(dir.path()), before);
}
