use super::*;
use crate::model::{Member, ReviewKind, Session, parse_review, parse_session};
use crate::store::free_review_path;

fn sessions() -> Vec<Session> {
    ["an-nguyen", "binh-tran", "chau-le"]
        .iter()
        .map(|f| {
            let bytes = std::fs::read(format!("evaluations/demo/{f}.evaluation.json")).unwrap();
            parse_session(&bytes).unwrap()
        })
        .collect()
}

fn draft(dir: &std::path::Path) -> ReviewDoc {
    let sessions = sessions();
    let refs: Vec<&Session> = sessions.iter().collect();
    let review = Review::new_draft(ReviewKind::Consensus, &refs);
    let path = free_review_path(dir, ReviewKind::Consensus);
    let file = OpenReview::create(&path, review, "Chủ tọa").unwrap();
    ReviewDoc::new(file, sessions[0].checklist.clone(), "Chủ tọa")
}

fn on_disk(d: &ReviewDoc) -> Review {
    parse_review(&std::fs::read(&d.file().path).unwrap()).unwrap()
}

#[test]
fn a_decision_needs_a_reason_and_a_value_the_criterion_takes() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = draft(dir.path());
    let now = Instant::now();
    let no_reason = d.decide("G2.3", "m-office", Decided::Value(2.0), "  ", now);
    assert_eq!(no_reason, Err(DecideError::NoReason));
    let off_scale = d.decide("G2.3", "m-office", Decided::Value(9.0), "vì", now);
    assert!(matches!(off_scale, Err(DecideError::BadValue(_))));
    assert!(d.review().decisions.is_empty() && !d.autosave().is_dirty());
    d.decide(
        "G2.3",
        "m-office",
        Decided::Value(2.0),
        " Đã xem bản demo ",
        now,
    )
    .unwrap();
    let decision = d.review().decision("G2.3", "m-office").unwrap();
    assert_eq!(decision.agreed(), Some(2.0));
    assert_eq!(decision.reason, "Đã xem bản demo");
    assert_eq!(decision.by.as_deref(), Some("Chủ tọa"));
    // Deciding the cell again replaces the decision: one cell, one decision.
    d.decide("G2.3", "m-office", Decided::Na, "Không áp dụng", now)
        .unwrap();
    assert_eq!(d.review().decisions.len(), 1);
    assert!(d.review().decisions[0].is_na());
}

#[test]
fn undo_and_redo_walk_back_decisions_and_the_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = draft(dir.path());
    let now = Instant::now();
    d.decide("G2.3", "m-office", Decided::Value(2.0), "lý do", now)
        .unwrap();
    let meeting = Meeting {
        date: Some("2015-04-28".into()),
        chair: Some("Nguyễn Văn Chủ".into()),
        members: vec![Member {
            name: "Trần Thị Bình".into(),
            role: None,
            present: Some(false),
        }],
        ..Meeting::default()
    };
    assert!(d.set_meeting(meeting.clone(), now));
    let bad = Meeting {
        date: Some("28/04/2015".into()),
        ..meeting.clone()
    };
    assert!(!d.set_meeting(bad, now), "a date the file format refuses");
    assert_eq!(d.undo(now), Some(None), "the meeting first");
    assert_eq!(d.review().meeting, None);
    assert_eq!(
        d.undo(now),
        Some(Some(("G2.3".to_owned(), "m-office".to_owned())))
    );
    assert!(d.review().decisions.is_empty());
    d.redo(now).unwrap();
    d.redo(now).unwrap();
    assert_eq!(d.review().meeting.as_ref(), Some(&meeting));
    assert!(d.undecide("G2.3", "m-office", now));
    assert!(d.review().decisions.is_empty());
}

#[test]
fn finalized_minutes_are_sealed_on_disk_and_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = draft(dir.path());
    let now = Instant::now();
    d.decide("G2.3", "m-office", Decided::Value(2.0), "lý do", now)
        .unwrap();
    d.save(None).unwrap();
    assert_eq!(on_disk(&d).decisions.len(), 1);
    let seal = d.finalize(None).unwrap();
    let saved = on_disk(&d);
    assert_eq!(saved.status, ReviewStatus::Final);
    assert_eq!(saved.seal.unwrap().sha256, seal);
    assert!(d.is_read_only());
    let refused = d.decide("G2.3", "m-office", Decided::Value(3.0), "x", now);
    assert_eq!(refused, Err(DecideError::ReadOnly));
    assert!(!d.can_undo());
}
