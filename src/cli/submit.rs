//! `evaldesk submit FILE`: the app's "Submit", headless.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::i18n::{Lang, Msg, tr};
use crate::model::{now_timestamp, seal};
use crate::store::{self, OpenSession, ReadOnly};

#[derive(Debug, clap::Args)]
pub struct SubmitArgs {
    /// The session file (*.evaluation.json), or a review (*.review.json) to close.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Record the evaluator's declaration of no conflict of interest with any candidate.
    #[arg(long)]
    pub no_conflict: bool,
}

/// Exit 0 with the seal's fingerprint, 1 when the file is invalid, incomplete, already
/// submitted or open in the app on another desk (nothing is written then). The write goes
/// through the store as the app's does: the lock, the check for a change on disk, the backup.
pub fn submit(args: &SubmitArgs, lang: Lang) -> ExitCode {
    let file = args.file.as_path();
    if super::submit_review::is_review(file) {
        return super::submit_review::submit_review(file, lang);
    }
    let fail = |msg: Msg| {
        eprintln!("{}", tr::in_file(file, msg).text(lang));
        ExitCode::FAILURE
    };
    let mut open = match OpenSession::open(file, &store::lock::user_name()) {
        Ok(open) => open,
        Err(e) => {
            for m in e.msgs() {
                eprintln!("{}", m.text(lang));
            }
            return ExitCode::FAILURE;
        }
    };
    match &open.read_only {
        Some(ReadOnly::Submitted) => {
            let fp = open
                .session
                .seal
                .as_ref()
                .map(|s| seal::fingerprint(&s.sha256).to_owned())
                .unwrap_or_default();
            return fail(tr::cli_already_submitted(fp));
        }
        Some(why) => return fail(why.msg()),
        None => {}
    }
    let mut session = open.session.clone();
    let now = now_timestamp();
    if args.no_conflict {
        session.declaration = Some(crate::model::Declaration {
            no_conflict: true,
            at: Some(now.clone()),
        });
    }
    if let Err(missing) = session.submit(now) {
        eprintln!(
            "{}",
            tr::in_file(file, tr::cli_missing(missing.len())).text(lang)
        );
        // A self-assessment's cell scored without the evidence its criterion requires says
        // so: its value is there, what lacks is the document (or the note why there is none).
        let lacking: std::collections::HashSet<(&str, &str)> = session
            .lacking_evidence()
            .into_iter()
            .map(|(_, c, k)| (c, k))
            .collect();
        for (criterion, candidate) in &missing {
            let label = session.cell_label(criterion, candidate, lang);
            let label = match lacking.contains(&(criterion.as_str(), candidate.as_str())) {
                true => tr::selfui_lacking_cell(label).text(lang),
                false => label,
            };
            eprintln!("  {label}");
        }
        return ExitCode::FAILURE;
    }
    if let Err(e) = open.save(&session) {
        return fail(e.msg());
    }
    open.mark_submitted();
    let sha = session
        .seal
        .as_ref()
        .map(|s| s.sha256.clone())
        .unwrap_or_default();
    let fingerprint = seal::fingerprint(&sha).to_owned();
    let text = [
        tr::cli_submitted(file),
        tr::cli_fingerprint(&fingerprint),
        tr::cli_full_sha(&sha),
    ]
    .iter()
    .map(|m| m.text(lang))
    .collect::<Vec<_>>()
    .join("\n");
    if let Err(e) = writeln!(std::io::stdout(), "{text}") {
        // The seal is on disk whatever happened to the terminal: say so where it can be read.
        let reason = crate::model::problem::IoProblem::from_io(&e).msg();
        eprintln!(
            "{}",
            tr::cli_sealed_output_failed(fingerprint, reason).text(lang)
        );
    }
    ExitCode::SUCCESS
}
