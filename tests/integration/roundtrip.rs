//! Any valid session saved and loaded again is equal, and its seal still verifies.

use evaldesk::model::{Session, Status, parse_session, seal, to_pretty_json};
use proptest::prelude::*;

use crate::common;

fn base() -> Session {
    serde_json::from_value(common::session()).unwrap()
}

/// A valid session: any subset of the (criterion, candidate) pairs answered, in any order,
/// with values valid for each kind, N/A, and notes in any script.
fn sessions() -> impl Strategy<Value = Session> {
    let pairs: Vec<(&str, &str, u8)> = vec![
        ("G1.1", "m-office", 0),
        ("G1.1", "v-office", 0),
        ("G1.2", "m-office", 1),
        ("G1.2", "v-office", 1),
        ("G2.1", "m-office", 2),
        ("G2.1", "v-office", 2),
    ];
    let answer = (
        any::<bool>(),
        0u32..=4,
        any::<bool>(),
        0.0f64..1e9,
        proptest::option::of("\\PC{0,40}"),
    );
    (
        proptest::collection::vec((any::<bool>(), answer), 6),
        Just(pairs),
        any::<u64>(),
        "\\PC{1,30}",
    )
        .prop_map(|(answers, pairs, shuffle, name)| {
            let mut s = base();
            s.evaluator.name = if name.trim().is_empty() {
                "A".into()
            } else {
                name
            };
            s.scores = pairs
                .iter()
                .zip(answers)
                .filter(|(_, (present, _))| *present)
                .map(
                    |((criterion, candidate, kind), (_, (na, level, yes, amount, note)))| {
                        let value = match kind {
                            0 => level as f64,
                            1 => yes as u8 as f64,
                            _ => amount,
                        };
                        evaldesk::model::Score {
                            criterion: criterion.to_string(),
                            candidate: candidate.to_string(),
                            value: (!na).then_some(value),
                            na: na.then_some(true),
                            note,
                            evidence: None,
                        }
                    },
                )
                .collect();
            let n = s.scores.len().max(1);
            s.scores.rotate_left((shuffle as usize) % n);
            s
        })
}

proptest! {
    #[test]
    fn saved_and_loaded_again_is_equal(session in sessions()) {
        let text = to_pretty_json(&session);
        let loaded = parse_session(text.as_bytes()).map_err(|p| format!("{p:?}")).unwrap();
        prop_assert_eq!(&loaded, &session);
        // Saving again gives the same bytes: member order and number forms are stable.
        prop_assert_eq!(to_pretty_json(&loaded), text);
    }

    #[test]
    fn a_complete_sealed_session_verifies_after_a_round_trip(mut session in sessions()) {
        // Make it complete, then seal it as submit does.
        let complete = base();
        for s in complete.scores {
            if session.score(&s.criterion, &s.candidate).is_none() {
                session.scores.push(s);
            }
        }
        session.status = Status::Submitted;
        session.seal = None;
        let sha = seal::of_session(&session);
        session.seal = Some(evaldesk::model::Seal { sha256: sha });
        let loaded = parse_session(to_pretty_json(&session).as_bytes());
        prop_assert!(loaded.is_ok(), "{:?}", loaded.err());
    }
}
