//! The loader must never panic, whatever the bytes: every input is either a valid document
//! or a list of problems that render as messages. And a draft the aggregation reads by hand
//! (`SessionView`) must be one serde's typed reading of the whole session takes, with the
//! same scores.
#![no_main]

use evaldesk::i18n::Lang;
use evaldesk::model::{Checklist, Expect, Score, ScoreRef, Session, SessionView, parse_document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(problems) = parse_document(data, Expect::Either) {
        assert!(!problems.is_empty());
        for p in problems {
            let _ = p.text(Lang::Vi);
            let _ = p.text(Lang::En);
        }
    }
    let Some(view) = SessionView::of_draft(data, None) else {
        return;
    };
    // The checklist's text is read and checked apart (`store::sheets`).
    if serde_json::from_str::<Checklist>(view.checklist_text()).is_err() {
        return;
    }
    let text = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let whole: Session = serde_json::from_slice(text).expect("read by hand, refused whole");
    let scores: Vec<ScoreRef> = whole.scores.iter().map(Score::score_ref).collect();
    assert_eq!(view.scores(), &scores[..]);
});
