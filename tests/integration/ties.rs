//! A tie, or nothing scored, is said as such (issue 23 §8): never "M-Office would come first
//! in 100 % of cases" nor "ranks first" — in the headline and the robustness sentence, in
//! the app's words, `summary`'s text and the report. The JSON keeps §8's shares.

use std::path::Path;
use std::process::Command;

use evaldesk::i18n::Lang;
use evaldesk::report::content::Report;
use evaldesk::report::settings::ReportSettings;
use evaldesk::scoring::{Aggregation, Outcome, Results, compute};
use serde_json::{Value, json};

use crate::common;

/// The fixture session with both candidates given the same values (an exact tie), or no
/// scores at all.
fn session(tied: bool) -> Value {
    let mut s = common::session();
    if tied {
        s["scores"] = json!([
            {"criterion": "G1.1", "candidate": "m-office", "value": 3},
            {"criterion": "G1.1", "candidate": "v-office", "value": 3},
            {"criterion": "G1.2", "candidate": "m-office", "value": 1},
            {"criterion": "G1.2", "candidate": "v-office", "value": 1},
            {"criterion": "G2.1", "candidate": "m-office", "value": 2450},
            {"criterion": "G2.1", "candidate": "v-office", "value": 2450}
        ]);
    } else {
        s["scores"] = json!([]);
    }
    s
}

fn results(dir: &Path, tied: bool) -> Results {
    std::fs::write(
        dir.join("a.evaluation.json"),
        serde_json::to_string(&session(tied)).unwrap(),
    )
    .unwrap();
    let loaded = evaldesk::store::load_sessions(&[dir.to_path_buf()]);
    assert!(loaded.bad.is_empty(), "{:?}", loaded.bad);
    let sessions: Vec<_> = loaded.sessions.into_iter().map(|(_, s)| s).collect();
    compute(&sessions, Aggregation::Mean)
}

/// Every sentence a person reads about first place: the app's (headline and robustness),
/// `summary`'s text, and the report's.
fn everywhere(dir: &Path, r: &Results, lang: Lang) -> Vec<String> {
    let t = |m: evaldesk::i18n::Msg| m.text(lang);
    let mut out = vec![t(r.headline(lang).unwrap())];
    out.extend(evaldesk::report::safety_msgs(r, lang).into_iter().map(t));
    let sessions = evaldesk::store::load_sessions(&[dir.to_path_buf()]);
    let counted: Vec<_> = sessions.sessions.iter().map(|(_, s)| s).collect();
    out.push(Report::build(r, &counted, &ReportSettings::default(), lang).to_text());
    let o = Command::new(env!("CARGO_BIN_EXE_evaldesk"))
        .args(["summary", "--lang", lang.code(), dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    out.push(String::from_utf8(o.stdout).unwrap());
    out
}

#[test]
fn an_exact_tie_is_said_to_be_a_tie_between_both() {
    let dir = tempfile::tempdir().unwrap();
    let r = results(dir.path(), true);
    assert!(matches!(r.outcome(), Outcome::Tie(ref t) if t.len() == 2));
    // §8's tie rule is kept in the figures: the first listed takes the tied resamples.
    assert_eq!(r.robustness.winners[0], ("m-office".to_owned(), 1.0));
    let en = everywhere(dir.path(), &r, Lang::En);
    // G1 (2 × 3/4 + 1 × 1) / 3 = 83.33, G2 100 (the same price); groups 2 : 1 → 88.89.
    assert_eq!(
        en[0],
        "Tied for first place with 88.89 points: M-Office, V-Office."
    );
    let tie = "M-Office, V-Office are tied for first place, so there is no single winner";
    assert!(en[2].starts_with(tie), "{}", en[2]);
    for (i, text) in en.iter().enumerate().skip(3) {
        assert!(text.contains(tie), "{i}: {text}");
        assert!(!text.contains("would come first"), "{i}: {text}");
        assert!(!text.contains("ranks first"), "{i}: {text}");
    }
    assert!(
        en[3].contains("Tied for first place with 88.89 points"),
        "report"
    );
    let vi = everywhere(dir.path(), &r, Lang::Vi);
    assert_eq!(vi[0], "Đồng hạng nhất với 88,89 điểm: M-Office, V-Office.");
    assert!(
        vi[2].starts_with("M-Office, V-Office đang đồng hạng nhất"),
        "{}",
        vi[2]
    );
    assert!(vi.iter().skip(3).all(|t| !t.contains("xếp thứ nhất với")));
}

#[test]
fn a_folder_where_nothing_is_scored_has_no_result_yet() {
    let dir = tempfile::tempdir().unwrap();
    let r = results(dir.path(), false);
    assert_eq!(r.outcome(), Outcome::NoResult);
    let en = everywhere(dir.path(), &r, Lang::En);
    assert_eq!(en[0], "No result yet: nothing has been scored.");
    let none = "No result yet, so no robustness to the panel: nothing has been scored.";
    assert_eq!(en[2], none);
    for (i, text) in en.iter().enumerate().skip(3) {
        assert!(text.contains(none), "{i}: {text}");
        assert!(!text.contains("would come first"), "{i}: {text}");
    }
    let vi = everywhere(dir.path(), &r, Lang::Vi);
    assert_eq!(vi[0], "Chưa có kết quả: chưa có điểm nào được chấm.");
}

#[test]
fn a_clear_leader_is_still_named_with_its_share() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(true);
    s["scores"][0]["value"] = json!(4);
    std::fs::write(
        dir.path().join("a.evaluation.json"),
        serde_json::to_string(&s).unwrap(),
    )
    .unwrap();
    let loaded = evaldesk::store::load_sessions(&[dir.path().to_path_buf()]);
    let sessions: Vec<_> = loaded.sessions.into_iter().map(|(_, s)| s).collect();
    let r = compute(&sessions, Aggregation::Mean);
    assert!(matches!(r.outcome(), Outcome::Leader(w) if w.id == "m-office"));
    let robustness = r.robustness_msg(Lang::En).unwrap().text(Lang::En);
    assert!(
        robustness.contains("M-Office would come first in 100"),
        "{robustness}"
    );
}
