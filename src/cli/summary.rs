//! `evaldesk summary`, and the reading of sessions every computing command shares: bad
//! inputs refused the same way everywhere, before anything is computed or written.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::i18n::{Lang, tr};
use crate::model::{InvalidFile, Review, Session};
use crate::report::text_summary;
use crate::scoring::{self, Aggregation};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct SummaryArgs {
    #[command(flatten)]
    pub method: super::MethodArgs,
    /// Print the results document (docs/formats.md) as JSON instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Also list the files in the folders that were not read (not sessions or checklists).
    #[arg(long)]
    pub verbose: bool,
    /// Session files or folders (folders are searched for *.evaluation.json files).
    #[arg(required = true, value_name = "FILE|DIR")]
    pub paths: Vec<PathBuf>,
}

/// Whether the files in the folders that were not read are listed on stderr.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listing {
    /// Only what went wrong, and copies counted once.
    Quiet,
    /// Also every file that was not read (`--verbose`).
    Ignored,
}

/// The results as a table (or JSON) on stdout.
pub fn summary(args: &SummaryArgs, lang: Lang) -> ExitCode {
    let listing = if args.verbose {
        Listing::Ignored
    } else {
        Listing::Quiet
    };
    let aggregation = args.method.aggregation();
    let Some(results) = results(&args.paths, aggregation, lang, listing) else {
        return ExitCode::FAILURE;
    };
    let text = if args.json {
        let mut text =
            serde_json::to_string_pretty(&results.to_json(lang)).expect("results serialize");
        text.push('\n');
        text
    } else {
        text_summary(&results, lang)
    };
    // A closed pipe (`| head`) is normal: stop quietly.
    let _ = std::io::stdout().write_all(text.as_bytes());
    ExitCode::SUCCESS
}

/// The sessions of an aggregation, and the review of them, if any.
pub struct Inputs<T> {
    /// Sorted by path.
    pub sessions: Vec<(PathBuf, T)>,
    pub review: Option<Review>,
}

/// Load every session named (folders searched, checklists skipped), and the review beside
/// them. Prints each bad file's problems on stderr and returns `None` if there was any, or
/// if no session was found. Identical copies of a session are counted once, with a warning.
pub fn load_sessions(paths: &[PathBuf], lang: Lang, listing: Listing) -> Option<Inputs<Session>> {
    checked(
        store::load_sessions(paths),
        scoring::incompatible,
        lang,
        listing,
    )
}

/// [`load_sessions`] keeping only what the scoring reads (for `summary` and `charts`).
pub(super) fn load_score_sheets(
    paths: &[PathBuf],
    lang: Lang,
    listing: Listing,
) -> Option<Inputs<scoring::ScoreSheet>> {
    checked(
        store::load_score_sheets(paths),
        scoring::incompatible_sheets,
        lang,
        listing,
    )
}

fn checked<T: store::review::Pinned>(
    loaded: store::Loaded<T>,
    incompatible: fn(&[(PathBuf, T)]) -> Vec<InvalidFile>,
    lang: Lang,
    listing: Listing,
) -> Option<Inputs<T>> {
    let store::Loaded {
        sessions,
        mut bad,
        identical,
        replaced,
        ignored,
        reviews,
        warnings,
    } = loaded;
    if bad.is_empty() {
        bad = incompatible(&sessions);
    }
    if listing == Listing::Ignored {
        for file in &ignored {
            eprintln!("{}", tr::cli_ignored(file).text(lang));
        }
    }
    for (kept, dropped) in &identical {
        eprintln!("{}", tr::identical_copy(dropped, kept).text(lang));
    }
    for (newer, older) in &replaced {
        eprintln!("{}", tr::revision_replaces(newer, older).text(lang));
    }
    // An evidence file not there: said, and the session still counts.
    for line in warnings.iter().flat_map(|w| w.lines(lang)) {
        eprintln!("{line}");
    }
    // A review is checked against the sessions only once they can be compared at all.
    let review = if bad.is_empty() {
        reviewed(reviews, &sessions, lang).unwrap_or_else(|e| {
            bad = e;
            None
        })
    } else {
        None
    };
    for e in &bad {
        for line in e.lines(lang) {
            eprintln!("{line}");
        }
    }
    if !bad.is_empty() {
        return None;
    }
    if sessions.is_empty() {
        eprintln!("{}", tr::cli_no_sessions().text(lang));
        return None;
    }
    Some(Inputs { sessions, review })
}

/// The review that counts among `reviews`, checked against `sessions`; the reviews it
/// replaces said on stderr.
fn reviewed<T: store::review::Pinned>(
    reviews: Vec<(PathBuf, Review)>,
    sessions: &[(PathBuf, T)],
    lang: Lang,
) -> Result<Option<Review>, Vec<InvalidFile>> {
    let Some(chosen) = store::review::choose(reviews)? else {
        return Ok(None);
    };
    for (newer, older) in &chosen.replaced {
        eprintln!("{}", tr::review_replaces(newer, older).text(lang));
    }
    store::review::check(&chosen, sessions).map_err(|e| vec![e])?;
    Ok(Some(chosen.review))
}

/// The results of the sessions under `paths`, or `None` once the reasons are printed.
pub(super) fn results(
    paths: &[PathBuf],
    aggregation: Aggregation,
    lang: Lang,
    listing: Listing,
) -> Option<scoring::Results> {
    let inputs = load_score_sheets(paths, lang, listing)?;
    let sheets: Vec<_> = inputs.sessions.into_iter().map(|(_, s)| s).collect();
    Some(scoring::compute_reviewed(
        &sheets,
        inputs.review.as_ref(),
        aggregation,
    ))
}
