//! What an aggregation of many files keeps of each session (its score sheet) scores exactly as
//! the sessions whole do, and sessions on different checklists are still refused.

use std::path::PathBuf;
use std::sync::Arc;

use evaldesk::model::{Session, Text};
use evaldesk::scoring::{self, Aggregation};
use evaldesk::store::{load_score_sheets, load_sessions};

fn demo(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("evaluations")
        .join(name)
}

#[test]
fn score_sheets_give_the_results_of_the_sessions_whole() {
    for folder in ["demo", "demo-agencies"] {
        let whole = load_sessions(&[demo(folder)]);
        let sheets = load_score_sheets(&[demo(folder)]);
        assert!(whole.bad.is_empty() && sheets.bad.is_empty());
        assert_eq!(whole.sessions.len(), sheets.sessions.len());
        let whole: Vec<Session> = whole.sessions.into_iter().map(|(_, s)| s).collect();
        let sheets: Vec<_> = sheets.sessions.into_iter().map(|(_, s)| s).collect();
        // Every session of a folder names one checklist: one value, shared.
        assert!(
            sheets
                .iter()
                .all(|s| Arc::ptr_eq(&s.checklist, &sheets[0].checklist))
        );
        for aggregation in [Aggregation::Mean, Aggregation::Median] {
            let a = scoring::compute(&whole, aggregation);
            let b = scoring::compute_sheets(&sheets, aggregation);
            assert_eq!(a, b, "{folder}, {aggregation:?}");
            assert!(!b.candidates.is_empty());
        }
    }
}

#[test]
fn a_session_on_another_checklist_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(demo("demo")).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().ends_with(".evaluation.json") {
            files.push(path);
        }
    }
    files.sort();
    let first = std::fs::read(&files[0]).unwrap();
    std::fs::write(dir.path().join("a.evaluation.json"), &first).unwrap();
    // The same session with one word of the checklist changed, as a draft with another id.
    let mut other: Session = serde_json::from_slice(&first).unwrap();
    other.id = format!("{}-other", other.id);
    other.evaluator.name = "Cán bộ khác".into();
    other.seal = None;
    other.status = evaldesk::model::Status::Draft;
    Arc::make_mut(&mut other.checklist).title = Text::Plain("Một bộ tiêu chí khác".into());
    std::fs::write(
        dir.path().join("b.evaluation.json"),
        evaldesk::model::to_pretty_json(&other),
    )
    .unwrap();
    let loaded = load_score_sheets(&[dir.path().to_owned()]);
    assert!(loaded.bad.is_empty(), "{:?}", loaded.bad);
    assert_eq!(loaded.sessions.len(), 2);
    let refused = scoring::incompatible_sheets(&loaded.sessions);
    assert_eq!(refused.len(), 1);
    assert!(refused[0].file.ends_with("b.evaluation.json"));
    let words = refused[0].lines(evaldesk::i18n::Lang::En).join("\n");
    assert!(words.contains("a.evaluation.json"), "{words}");
}

/// The demo draft with `change` made to the text before its scores (`head`) or from them on
/// (`scores`), its id made `id`.
fn changed_draft(id: &str, head: &[(&str, &str)], scores: &[(&str, &str)]) -> String {
    let text = std::fs::read_to_string(demo("demo").join("binh-tran.evaluation.json")).unwrap();
    let text = text.replacen("7a2b9c4d-1e5f-4a3b-8c7d-6e5f4a3b2c02", id, 1);
    // One evaluator per file: two files by one evaluator on a common candidate are refused.
    let text = text.replacen("\"Trần Thị Bình\"", &format!("\"Cán bộ {}\"", id.trim()), 1);
    let at = text.find("\"scores\": [").unwrap();
    let (mut before, mut after) = (text[..at].to_owned(), text[at..].to_owned());
    for (from, to) in head {
        assert!(before.contains(from), "{from}");
        before = before.replacen(from, to, 1);
    }
    for (from, to) in scores {
        assert!(after.contains(from), "{from}");
        after = after.replacen(from, to, 1);
    }
    before + &after
}

/// An aggregation reads drafts straight into their sheets and checks a folder's common
/// checklist once; every file must still get the verdict, and the very problems, that reading
/// it whole gives — valid or broken anywhere, in its scores, its members or its checklist.
#[test]
fn each_file_gets_the_same_verdict_read_as_a_sheet_or_whole() {
    let cases: Vec<(&str, String)> = vec![
        ("valid", changed_draft("valid", &[], &[])),
        (
            "escaped-ids",
            changed_draft("escaped", &[], &[("\"G1.1\"", "\"G1\\u002e1\"")]),
        ),
        (
            "off-scale",
            changed_draft("off-scale", &[], &[("\"value\": 3", "\"value\": 7")]),
        ),
        (
            "unknown-member",
            changed_draft("unknown-member", &[], &[("\"value\": 3", "\"valeu\": 3")]),
        ),
        (
            "unknown-criterion",
            changed_draft("unknown-criterion", &[], &[("\"G1.2\"", "\"G9.9\"")]),
        ),
        (
            "unknown-candidate",
            changed_draft(
                "unknown-candidate",
                &[],
                &[("\"v-office\"", "\"x-office\"")],
            ),
        ),
        (
            "scored-twice",
            changed_draft("scored-twice", &[], &[("\"v-office\"", "\"m-office\"")]),
        ),
        (
            "value-and-na",
            changed_draft(
                "value-and-na",
                &[],
                &[("\"value\": 4", "\"value\": 4, \"na\": true")],
            ),
        ),
        (
            "neither",
            changed_draft("neither", &[], &[("\"value\": 3", "\"na\": false")]),
        ),
        (
            "note-not-text",
            changed_draft(
                "note-not-text",
                &[],
                &[("\"value\": 3", "\"value\": 3, \"note\": 5")],
            ),
        ),
        (
            "value-twice",
            changed_draft(
                "value-twice",
                &[],
                &[("\"value\": 3", "\"value\": 3, \"value\": 3")],
            ),
        ),
        (
            "submitted-unsealed",
            changed_draft("submitted-unsealed", &[("\"draft\"", "\"submitted\"")], &[]),
        ),
        ("empty-id", changed_draft(" ", &[], &[])),
        (
            "bad-date",
            changed_draft(
                "bad-date",
                &[("\"2015-04-20T09:15:00+07:00\"", "\"20/04/2015\"")],
                &[],
            ),
        ),
        (
            "status-twice",
            changed_draft(
                "status-twice",
                &[(
                    "\"status\": \"draft\",",
                    "\"status\": \"draft\", \"status\": \"draft\",",
                )],
                &[],
            ),
        ),
        (
            "checklist-member-twice",
            changed_draft(
                "checklist-member-twice",
                &[("\"min\": 0,", "\"min\": 0, \"min\": 0,")],
                &[],
            ),
        ),
        (
            "checklist-invalid",
            changed_draft(
                "checklist-invalid",
                &[("\"weight\": 18", "\"weight\": -1")],
                &[],
            ),
        ),
        (
            "checklist-version",
            changed_draft(
                "checklist-version",
                &[("\"version\": 1,\n    \"id\"", "\"version\": 9,\n    \"id\"")],
                &[],
            ),
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in &cases {
        std::fs::write(dir.path().join(format!("{name}.evaluation.json")), text).unwrap();
    }
    // The valid draft again, its checklist written compactly: equal, not the same text.
    let mut compact: Session = serde_json::from_str(&cases[0].1).unwrap();
    compact.id = "compact".into();
    compact.evaluator.name = "Cán bộ compact".into();
    std::fs::write(
        dir.path().join("compact.evaluation.json"),
        serde_json::to_string(&compact).unwrap(),
    )
    .unwrap();
    assert!(evaldesk::model::SessionView::of_draft(cases[0].1.as_bytes(), None).is_some());

    let whole = load_sessions(&[dir.path().to_owned()]);
    let sheets = load_score_sheets(&[dir.path().to_owned()]);
    assert_eq!(sheets.bad, whole.bad);
    let refused: Vec<String> = whole
        .bad
        .iter()
        .map(|b| b.file.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for (name, _) in &cases[2..] {
        assert!(
            refused.contains(&format!("{name}.evaluation.json")),
            "{name} accepted"
        );
    }
    assert_eq!(whole.sessions.len(), 3, "{refused:?}");
    for ((path, session), (sheet_path, sheet)) in whole.sessions.iter().zip(&sheets.sessions) {
        assert_eq!(path, sheet_path);
        let expected = evaldesk::scoring::ScoreSheet::new(session, session.checklist.clone());
        assert_eq!(sheet.id, session.id);
        assert_eq!(sheet.evaluator, session.evaluator.name);
        assert_eq!(sheet.candidates, session.candidates);
        assert_eq!(sheet.checklist, session.checklist);
        assert_eq!(
            sheet.values().collect::<Vec<_>>(),
            expected.values().collect::<Vec<_>>()
        );
        assert!(Arc::ptr_eq(
            &sheet.checklist,
            &sheets.sessions[0].1.checklist
        ));
    }
}

/// A session whose checklist lists the same criteria in another order is matched by criterion
/// id: the results are those of the sessions with the checklist in one order.
#[test]
fn criteria_in_another_order_are_matched_by_id() {
    let whole = load_sessions(&[demo("demo")]);
    let sessions: Vec<Session> = whole.sessions.into_iter().map(|(_, s)| s).collect();
    let expected = scoring::compute(&sessions, Aggregation::Mean);
    let mut reordered = sessions.clone();
    // Not the session whose checklist the results show (the smallest id).
    let last = reordered
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.id.cmp(&b.1.id))
        .unwrap()
        .0;
    let moved = Arc::make_mut(&mut reordered[last].checklist);
    moved.groups[0].criteria.reverse();
    moved.groups.swap(1, 2);
    assert_ne!(reordered[last].checklist, sessions[last].checklist);
    for aggregation in [Aggregation::Mean, Aggregation::Median] {
        let expected = scoring::compute(&sessions, aggregation);
        let got = scoring::compute_sheets(
            &evaldesk::scoring::ScoreSheet::of_sessions(&reordered),
            aggregation,
        );
        assert_eq!(got, expected, "{aggregation:?}");
    }
    assert!(!expected.candidates.is_empty());
}
