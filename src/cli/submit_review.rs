//! `evaldesk submit FILE.review.json`: the meeting screen's "close the minutes", headless. A
//! review is closed (final, sealed) only when it holds against the sessions beside it, so a
//! sealed review is never one the results would refuse.

use std::path::Path;
use std::process::ExitCode;

use crate::i18n::{Lang, Msg, tr};
use crate::model::{REVIEW_FORMAT, now_timestamp, seal};
use crate::store::{self, OpenReview, ReadOnly};

/// Whether `file` says it is a review (its `format`); anything else goes the session's way,
/// which words what is wrong with it.
pub fn is_review(file: &Path) -> bool {
    store::read_bytes(file)
        .ok()
        .and_then(|bytes| crate::model::parse::parse_json(&bytes).ok())
        .is_some_and(|v| v.get("format").and_then(|f| f.as_str()) == Some(REVIEW_FORMAT))
}

/// Exit 0 with the seal's fingerprint; 1 when the review is invalid, already final, open on
/// another desk, or does not hold against the sessions in its folder (nothing is written).
pub fn submit_review(file: &Path, lang: Lang) -> ExitCode {
    let say = |msgs: &[Msg]| {
        for m in msgs {
            eprintln!("{}", m.text(lang));
        }
        ExitCode::FAILURE
    };
    let fail = |msg: Msg| say(&[tr::in_file(file, msg)]);
    let mut open = match OpenReview::open(file, &store::lock::user_name()) {
        Ok(open) => open,
        Err(e) => return say(&e.msgs()),
    };
    match &open.read_only {
        Some(ReadOnly::Final) => {
            let fp = open
                .review
                .seal
                .as_ref()
                .map(|s| seal::fingerprint(&s.sha256).to_owned())
                .unwrap_or_default();
            return fail(tr::cli_review_already_final(fp));
        }
        Some(why) => return fail(why.review_msg()),
        None => {}
    }
    if let Err(msgs) = holds_against_its_sessions(file, &open) {
        return say(&msgs);
    }
    let mut review = open.review.clone();
    review.finalize(now_timestamp());
    if let Err(e) = open.save(&review, &store::lock::user_name()) {
        return say(&e.msgs());
    }
    open.mark_final();
    let sha = review.seal.map(|s| s.sha256).unwrap_or_default();
    println!(
        "{}\n{}\n{}",
        tr::cli_review_closed(file).text(lang),
        tr::cli_fingerprint(seal::fingerprint(&sha)).text(lang),
        tr::cli_full_sha(&sha).text(lang)
    );
    ExitCode::SUCCESS
}

/// The review checked as `summary` would check it with the sessions of its folder.
fn holds_against_its_sessions(file: &Path, open: &OpenReview) -> Result<(), Vec<Msg>> {
    let folder = file.parent().unwrap_or(Path::new(".")).to_owned();
    let loaded = store::load_sessions(&[folder]);
    let mut bad = loaded.bad;
    if bad.is_empty() {
        bad = crate::scoring::incompatible(&loaded.sessions);
    }
    if bad.is_empty() {
        let chosen = store::review::Chosen {
            file: file.to_owned(),
            review: open.review.clone(),
            replaced: Vec::new(),
        };
        if let Err(e) = store::review::check(&chosen, &loaded.sessions) {
            bad.push(e);
        }
    }
    if bad.is_empty() {
        Ok(())
    } else {
        let mut msgs = vec![tr::in_file(file, tr::cli_review_not_closed())];
        msgs.extend(bad.iter().flat_map(|e| e.msgs()));
        Err(msgs)
    }
}
