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
    other.seal = None;
    other.status = evaldesk::model::Status::Draft;
    other.checklist.title = Text::Plain("Một bộ tiêu chí khác".into());
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
    let words = refused[0].render(evaldesk::i18n::Lang::En).join("\n");
    assert!(words.contains("a.evaluation.json"), "{words}");
}
