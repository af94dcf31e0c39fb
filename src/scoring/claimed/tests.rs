//! Claimed beside appraised, computed by hand on the agencies' fixture
//! (`tests/support/agencies.rs`): the council accepts Sở Tư pháp's G1.1 (4) and lowers its
//! G2.1 from 4 to 2, so it claims 93.75 and keeps (87.5 + 50) / 2 = 68.75.

#[path = "../../../tests/support/agencies.rs"]
pub(crate) mod agencies;

use super::*;
use crate::model::{Decision, Review, ReviewKind, Session, parse_session};

fn session(v: serde_json::Value) -> Session {
    parse_session(serde_json::to_string(&v).unwrap().as_bytes()).unwrap()
}

fn decision(criterion: &str, value: f64, reason: &str) -> Decision {
    Decision {
        criterion: criterion.into(),
        candidate: "so-tp".into(),
        value: Some(value),
        na: None,
        reason: reason.into(),
        by: None,
        at: None,
    }
}

fn sessions() -> Vec<Session> {
    let sha = "0".repeat(64);
    agencies::quarter(&sha)
        .into_iter()
        .map(|(_, v)| session(v))
        .collect()
}

fn appraisal(sessions: &[Session]) -> Review {
    let refs: Vec<&Session> = sessions.iter().collect();
    let mut review = Review::new_draft(ReviewKind::Appraisal, &refs);
    review.decisions = vec![
        decision("G1.1", 4.0, "Đúng với minh chứng"),
        decision("G2.1", 2.0, "Chỉ có 3 dịch vụ mức độ 3"),
    ];
    review
}

#[test]
fn each_agency_claims_its_own_total_and_keeps_what_the_council_left() {
    let sessions = sessions();
    let review = appraisal(&sessions);
    let sheets = ScoreSheet::of_sessions(&sessions);
    let results = super::super::compute_reviewed(&sheets, Some(&review), Aggregation::Mean);
    let claimed = claimed(&sheets, &results).unwrap();
    let tp = claimed.agencies.iter().find(|a| a.id == "so-tp").unwrap();
    assert_eq!(tp.claimed, 93.75);
    assert_eq!(tp.appraised, 68.75);
    assert_eq!(tp.difference(), -25.0);
    assert!(tp.self_assessed);
    // The accepted G1.1 is not a change; the lowered G2.1 is, with the council's reason.
    assert_eq!(
        tp.changed,
        vec![Change {
            criterion: "G2.1".into(),
            claimed: Some(4.0),
            appraised: Some(2.0),
            reason: Some("Chỉ có 3 dịch vụ mức độ 3".into()),
        }]
    );
    // The others: nothing decided, claimed = appraised; the district keeps G2.2.
    let an = claimed.agencies.iter().find(|a| a.id == "h-an").unwrap();
    assert_eq!((an.claimed, an.appraised), (62.5, 62.5));
    assert!(an.changed.is_empty());
    // In the results' rank order: Sở Tư pháp 68.75, An Phú 62.5, Sở Y tế 50.
    let ids: Vec<&str> = claimed.agencies.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["so-tp", "h-an", "so-yt"]);
}

#[test]
fn without_a_self_assessment_nothing_is_claimed() {
    let mut s = sessions();
    for x in &mut s {
        x.kind = None;
    }
    let sheets = ScoreSheet::of_sessions(&s);
    let results = super::super::compute_reviewed(&sheets, None, Aggregation::Mean);
    assert_eq!(claimed(&sheets, &results), None);
}
