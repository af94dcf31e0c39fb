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

/// Prints `FILE: PLACE: problem` lines and a summary; exit 0 when every file is valid, 1
/// otherwise. Never changes a file.
pub fn validate(paths: &[PathBuf], lang: Lang, out: &mut impl std::io::Write) -> ExitCode {
    let store::Listed {
        files,
        errors: folder_errors,
        ignored: _,
    } = store::expand_paths(paths, store::Wanted::Json);
    let (mut checklists, mut sessions, mut invalid, mut problems) =
        (0usize, 0usize, 0usize, 0usize);
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
                store::load_document(file, Expect::Either)
                    .map(|d| matches!(d, Parsed::Checklist(_)))
            })
            .collect()
    };
    for result in results {
        match result {
            Ok(true) => checklists += 1,
            Ok(false) => sessions += 1,
            Err(error) => {
                invalid += 1;
                problems += error.problems.len();
                for line in error.lines(lang) {
                    let _ = writeln!(out, "{line}");
                }
            }
        }
    }
    let total = files.len() + folder_errors.len();
    let summary = tr::cli_checked(
        total,
        checklists + sessions,
        checklists,
        sessions,
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
