//! `evaldesk validate`: every file checked, one line per problem, then a count.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::i18n::{Lang, tr};
use crate::model::{Expect, Parsed};
use crate::store;

#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// Files or folders (folders are searched for *.json files).
    #[arg(required = true, value_name = "FILE|DIR")]
    pub paths: Vec<PathBuf>,
}

/// The problems of the reviews among `paths` against the sessions there (none when the
/// sessions themselves cannot be compared: `summary` says why).
fn review_against_sessions(paths: &[PathBuf]) -> Vec<crate::model::InvalidFile> {
    let loaded = store::load_sessions(paths);
    if !loaded.bad.is_empty() || !crate::scoring::incompatible(&loaded.sessions).is_empty() {
        return Vec::new();
    }
    match store::review::choose(loaded.reviews) {
        Err(bad) => bad,
        Ok(None) => Vec::new(),
        Ok(Some(chosen)) => store::review::check(&chosen, &loaded.sessions)
            .err()
            .into_iter()
            .collect(),
    }
}

/// What a valid file is, for the count.
enum Kind {
    Checklist,
    Session,
    Review,
}

/// Prints `FILE: PLACE: problem` lines and a summary; exit 0 when every file is valid, 1
/// otherwise. Never changes a file.
pub fn validate(paths: &[PathBuf], lang: Lang, out: &mut impl std::io::Write) -> ExitCode {
    let store::Listed {
        files,
        errors: folder_errors,
        ignored: _,
    } = store::expand_paths(paths, store::Wanted::Json);
    let (mut checklists, mut sessions, mut reviews, mut invalid, mut problems) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    for error in &folder_errors {
        invalid += 1;
        problems += error.problems.len();
        for line in error.lines(lang) {
            let _ = writeln!(out, "{line}");
        }
    }
    // Read in parallel, report in path order.
    let results: Vec<_> = {
        use rayon::prelude::*;
        // Keep only what the report needs, not every parsed document.
        files
            .par_iter()
            .map(|file| {
                store::load_document(file, Expect::Either).map(|d| match d {
                    Parsed::Checklist(_) => Kind::Checklist,
                    Parsed::Session(_) => Kind::Session,
                    Parsed::Review(_) => Kind::Review,
                })
            })
            .collect()
    };
    for result in results {
        match result {
            Ok(Kind::Checklist) => checklists += 1,
            Ok(Kind::Session) => sessions += 1,
            Ok(Kind::Review) => reviews += 1,
            Err(error) => {
                invalid += 1;
                problems += error.problems.len();
                for line in error.lines(lang) {
                    let _ = writeln!(out, "{line}");
                }
            }
        }
    }
    // A review is valid only with the sessions it decided on: checked against those beside
    // it, as `summary` would (the files are read again, only when there is a review).
    if reviews > 0 && invalid == 0 {
        for error in review_against_sessions(paths) {
            invalid += 1;
            reviews -= 1;
            problems += error.problems.len();
            for line in error.lines(lang) {
                let _ = writeln!(out, "{line}");
            }
        }
    }
    let total = files.len() + folder_errors.len();
    let summary = tr::cli_checked(
        total,
        checklists + sessions + reviews,
        checklists,
        sessions,
        reviews,
        invalid,
        problems,
    )
    .text(lang);
    let _ = writeln!(out, "{summary}");
    if invalid == 0 && total > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
