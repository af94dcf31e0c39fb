//! The session document's tests: undo, saving, parked notes, the cell order, and replacing
//! the working copy.

use super::*;

fn doc(dir: &std::path::Path) -> SessionDoc {
    let session: Session = serde_json::from_str(crate::assets::BUNDLED_CHECKLISTS[0].json)
        .map(demo_session)
        .unwrap();
    let path = dir.join("t.evaluation.json");
    SessionDoc::new(OpenSession::create(&path, session, "A").unwrap())
}

fn demo_session(checklist: crate::model::Checklist) -> Session {
    Session {
        format: crate::model::SESSION_FORMAT.into(),
        version: 1,
        id: "t".into(),
        revises: None,
        kind: None,
        period: None,
        evaluator: crate::model::Evaluator {
            name: "A".into(),
            organization: None,
            role: None,
        },
        created: now_timestamp(),
        modified: now_timestamp(),
        status: crate::model::Status::Draft,
        candidates: checklist.candidates.clone().unwrap(),
        checklist: checklist.into(),
        scores: Vec::new(),
        declaration: None,
        seal: None,
    }
}

fn value(criterion: &str, candidate: &str, v: f64) -> Option<Score> {
    Some(Score {
        criterion: criterion.into(),
        candidate: candidate.into(),
        value: Some(v),
        na: None,
        note: None,
        evidence: None,
    })
}

#[test]
fn every_change_undoes_and_redoes_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = doc(dir.path());
    let now = Instant::now();
    assert!(d.set_score("G2.1", "v-office", value("G2.1", "v-office", 2.0), now));
    assert!(d.set_score("G1.1", "m-office", value("G1.1", "m-office", 3.0), now));
    assert!(
        !d.set_score("G1.1", "m-office", value("G1.1", "m-office", 3.0), now),
        "no change, no step"
    );
    let ids: Vec<_> = d
        .session
        .scores
        .iter()
        .map(|s| s.criterion.as_str())
        .collect();
    assert_eq!(ids, ["G1.1", "G2.1"], "kept in checklist order");
    assert_eq!(d.undo(now), Some(("G1.1".into(), "m-office".into())));
    assert!(d.score("G1.1", "m-office").is_none());
    assert_eq!(d.redo(now), Some(("G1.1".into(), "m-office".into())));
    assert_eq!(d.score("G1.1", "m-office").unwrap().value, Some(3.0));
    d.undo(now);
    d.set_score("G1.2", "m-office", value("G1.2", "m-office", 1.0), now);
    assert!(!d.can_redo(), "a new change clears the redo history");
    assert_eq!(d.revision, 6, "two sets, undo, redo, undo, set");
}

#[test]
fn save_writes_the_working_copy_and_clears_autosave() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = doc(dir.path());
    d.set_score(
        "G1.1",
        "m-office",
        value("G1.1", "m-office", 3.0),
        Instant::now(),
    );
    assert!(d.autosave.is_dirty());
    d.save(None).unwrap();
    assert!(!d.autosave.is_dirty());
    let on_disk = crate::model::parse_session(&std::fs::read(&d.file.path).unwrap()).unwrap();
    assert_eq!(on_disk.scores, d.session.scores);
    assert!(matches!(d.save_state, SaveState::Saved(_)));
}

#[test]
fn a_note_survives_switching_n_a_off_and_scoring_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = doc(dir.path());
    let now = Instant::now();
    let mut na = Score::not_applicable(None, "G1.1", "m-office");
    na.note = Some("chưa có tài liệu".into());
    d.set_score("G1.1", "m-office", Some(na), now);
    d.set_score("G1.1", "m-office", None, now);
    assert_eq!(d.parked_note("G1.1", "m-office"), Some("chưa có tài liệu"));
    let existing = d.score("G1.1", "m-office").cloned();
    let value = Score::with_value(existing.as_ref(), "G1.1", "m-office", 3.0);
    d.set_score("G1.1", "m-office", Some(value), now);
    let score = d.score("G1.1", "m-office").unwrap();
    assert_eq!(score.value, Some(3.0));
    assert_eq!(score.note.as_deref(), Some("chưa có tài liệu"));
}

/// Scores stay in checklist then candidate order whatever order they are given in, and a
/// file in another order is put in order by its first change.
#[test]
fn scores_stay_in_checklist_then_candidate_order() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = std::fs::read("evaluations/demo/binh-tran.evaluation.json").unwrap();
    let mut session = crate::model::parse_session(&bytes).unwrap();
    let in_order = |s: &Session| {
        let places = s.score_places();
        places.windows(2).all(|w| w[0] <= w[1])
    };
    assert!(in_order(&session));
    let cells: Vec<(String, String)> = session
        .scores
        .iter()
        .map(|s| (s.criterion.clone(), s.candidate.clone()))
        .collect();
    // Every other cell cleared, then scored again from the last to the first.
    session.scores = session.scores.iter().step_by(2).cloned().collect();
    let path = dir.path().join("o.evaluation.json");
    let mut d = SessionDoc::new(OpenSession::create(&path, session, "A").unwrap());
    let now = Instant::now();
    for (c, k) in cells.iter().skip(1).step_by(2).rev() {
        let score = Score::with_value(None, c, k, 2.0);
        d.set_score(c, k, Some(score), now);
        assert!(in_order(&d.session));
    }
    assert_eq!(d.session.scores.len(), cells.len());
    // Cleared again, from the first to the last but one: found and removed in place.
    for (c, k) in cells.iter().take(cells.len() - 1) {
        d.set_score(c, k, None, now);
        assert!(in_order(&d.session) && d.session.score(c, k).is_none());
    }
    assert_eq!(d.session.scores.len(), 1);
    // Out of order on disk: the first change sorts the whole list.
    let mut reversed = d.session.clone();
    reversed.scores = cells
        .iter()
        .rev()
        .map(|(c, k)| Score::with_value(None, c, k, 3.0))
        .collect();
    let path = dir.path().join("r.evaluation.json");
    let mut d = SessionDoc::new(OpenSession::create(&path, reversed, "A").unwrap());
    let (c, k) = &cells[1];
    d.set_score(c, k, Some(Score::with_value(None, c, k, 1.0)), now);
    assert!(in_order(&d.session));
    assert_eq!(d.session.scores.len(), cells.len());
    assert_eq!(d.session.score(c, k).unwrap().value, Some(1.0));
}

/// A recovered copy whose candidates and scores are in another order than the file's (as a
/// copy written by another version, or edited by hand, may be): after the replace, a
/// keystroke changes the cell it is on rather than adding a second score for it, the scores
/// keep the recovered copy's order, and the change counts as one, to be saved.
#[test]
fn replacing_the_working_copy_rebuilds_its_cell_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.evaluation.json");
    std::fs::copy("evaluations/demo/binh-tran.evaluation.json", &path).unwrap();
    let mut d = SessionDoc::new(OpenSession::open(&path, "Bình").unwrap());
    let now = Instant::now();
    assert!(d.set_score("G1.2", "m-office", value("G1.2", "m-office", 0.0), now));
    let mut recovered = d.session().clone();
    recovered.candidates.reverse();
    recovered.scores.reverse();
    let cells = recovered.scores.len();
    let before = d.revision();
    d.replace(recovered, now);
    assert!(d.revision() > before, "caches see the new copy");
    assert!(d.autosave().is_dirty(), "the recovered copy is to be saved");
    assert!(!d.can_undo(), "nothing before the recovered copy to undo");
    assert!(d.set_score("G1.1", "v-office", value("G1.1", "v-office", 0.0), now));
    let session = d.session();
    assert_eq!(session.scores.len(), cells, "the cell changed, none added");
    assert_eq!(session.score("G1.1", "v-office").unwrap().value, Some(0.0));
    let places = session.score_places();
    assert!(
        places.windows(2).all(|w| w[0] <= w[1]),
        "in the recovered copy's order"
    );
    assert_eq!(
        (&session.scores[0].criterion, &session.scores[0].candidate),
        (&"G1.1".to_owned(), &"v-office".to_owned()),
        "its first candidate first"
    );
}

/// Evidence added and removed one undo step each; N/A switched off keeps it aside and the
/// next score takes it back; an undo that restores the score leaves nothing waiting.
#[test]
fn evidence_is_one_undo_step_and_survives_na_switched_off() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = doc(dir.path());
    let now = Instant::now();
    let item = crate::model::Evidence {
        reference: Some("Báo cáo số 12/BC-STTTT".into()),
        ..Default::default()
    };
    assert!(
        !d.add_evidence("G1.1", "m-office", item.clone(), now),
        "no score yet: nothing to attach it to"
    );
    d.set_score("G1.1", "m-office", value("G1.1", "m-office", 3.0), now);
    assert!(d.add_evidence("G1.1", "m-office", item.clone(), now));
    let evidence = |d: &SessionDoc| d.score("G1.1", "m-office").and_then(|s| s.evidence.clone());
    assert_eq!(evidence(&d), Some(vec![item.clone()]));
    // Cleared, then scored again: the evidence comes back with the score.
    d.set_score("G1.1", "m-office", None, now);
    d.set_score("G1.1", "m-office", value("G1.1", "m-office", 2.0), now);
    assert_eq!(evidence(&d), Some(vec![item.clone()]));
    // Cleared, then undone: the score is back, and nothing waits to return later.
    d.set_score("G1.1", "m-office", None, now);
    d.undo(now);
    assert!(d.remove_evidence("G1.1", "m-office", 0, now));
    assert_eq!(evidence(&d), None, "no empty list left behind");
    d.undo(now);
    assert_eq!(evidence(&d), Some(vec![item]));
    assert!(!d.remove_evidence("G1.1", "m-office", 5, now));
}
