//! The command line: `evaldesk [PATH]` opens the app, `evaldesk validate …` works headless.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::i18n::Lang;
use crate::model::{Document, Expect, Status, now_timestamp, seal, to_pretty_json};
use crate::report::text_summary;
use crate::scoring::{self, Aggregation};
use crate::store;

#[derive(Debug, Parser)]
#[command(
    name = "evaldesk",
    version,
    about = "Score software products against a weighted checklist and compare the results."
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Open this in the app: a session (to score), a checklist (to start an evaluation on it)
    /// or a folder (to compare its sessions).
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,

    /// Language of the interface and messages (default: the system's; Vietnamese when unsure).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check checklists and sessions: one line per problem, then a count. Never changes a file.
    Validate {
        /// Files or folders (folders are searched for *.json files).
        #[arg(required = true, value_name = "FILE|DIR")]
        paths: Vec<PathBuf>,
    },
    /// Aggregate sessions and show the results: a table, the sensitivity, the warnings.
    Summary {
        /// Aggregate evaluators' values by the median instead of the mean.
        #[arg(long)]
        median: bool,
        /// Print the results document (formats.md) as JSON instead of the table.
        #[arg(long)]
        json: bool,
        /// Session files or folders (folders are searched for *.json files).
        #[arg(required = true, value_name = "FILE|DIR")]
        paths: Vec<PathBuf>,
    },
    /// Submit a complete session: mark it submitted, seal it, save it, print its fingerprint.
    Submit {
        /// The session file (*.evaluation.json).
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

/// Parse the command line and do what it says; the exit code is the result.
pub fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    let lang = cli.lang.unwrap_or_else(Lang::from_system);
    match cli.command {
        // A lone word that is no file is far more likely a mistyped command than a path.
        None if cli.path.as_ref().is_some_and(|p| looks_like_a_command(p)) => {
            let word = cli
                .path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            eprintln!(
                "evaldesk: {}",
                match lang {
                    Lang::Vi => format!(
                        "không có lệnh hay tệp \"{word}\"; các lệnh: validate, summary, submit (xem evaldesk --help)"
                    ),
                    Lang::En => format!(
                        "no command or file \"{word}\"; the commands are validate, summary, submit (see evaldesk --help)"
                    ),
                }
            );
            Ok(ExitCode::from(2))
        }
        None => crate::ui::run_app(cli.lang, cli.path),
        Some(Command::Validate { paths }) => Ok(validate(&paths, lang, &mut std::io::stdout())),
        Some(Command::Submit { file }) => Ok(submit(&file, lang)),
        Some(Command::Summary {
            median,
            json,
            paths,
        }) => {
            let aggregation = if median {
                Aggregation::Median
            } else {
                Aggregation::Mean
            };
            Ok(summary(&paths, aggregation, json, lang))
        }
    }
}

fn looks_like_a_command(path: &std::path::Path) -> bool {
    let text = path.to_string_lossy();
    !path.exists() && !text.contains(['.', '/', '\\'])
}

/// `evaldesk validate`: prints `FILE: PLACE: problem` lines and a summary; exit 0 when every
/// file is valid, 1 otherwise.
pub fn validate(paths: &[PathBuf], lang: Lang, out: &mut impl std::io::Write) -> ExitCode {
    let (files, folder_errors) = store::expand_paths(paths);
    let (mut checklists, mut sessions, mut invalid, mut problems) =
        (0usize, 0usize, 0usize, 0usize);
    for error in &folder_errors {
        invalid += 1;
        problems += error.problems.len();
        for line in error.render(lang) {
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
                    .map(|d| matches!(d, Document::Checklist(_)))
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
                for line in error.render(lang) {
                    let _ = writeln!(out, "{line}");
                }
            }
        }
    }
    let total = files.len() + folder_errors.len();
    let summary = match lang {
        Lang::Vi => format!(
            "Đã kiểm tra {total} tệp: {} hợp lệ ({checklists} danh sách tiêu chí, {sessions} phiên đánh giá), {invalid} không hợp lệ ({problems} lỗi).",
            checklists + sessions
        ),
        Lang::En => {
            let s = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
            format!(
                "Checked {}: {} valid ({}, {}), {} invalid ({}).",
                s(total, "file"),
                checklists + sessions,
                s(checklists, "checklist"),
                s(sessions, "session"),
                invalid,
                s(problems, "problem")
            )
        }
    };
    let _ = writeln!(out, "{summary}");
    if invalid == 0 && total > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `evaldesk submit FILE`: exit 0 with the seal's fingerprint, 1 when the file is invalid,
/// incomplete or already submitted (nothing is written then).
pub fn submit(file: &std::path::Path, lang: Lang) -> ExitCode {
    let mut session = match store::load_session(file) {
        Ok(s) => s,
        Err(e) => {
            for line in e.render(lang) {
                eprintln!("{line}");
            }
            return ExitCode::FAILURE;
        }
    };
    if session.status == Status::Submitted {
        let fp = session
            .seal
            .as_ref()
            .map(|s| seal::fingerprint(&s.sha256).to_owned())
            .unwrap_or_default();
        eprintln!(
            "{}: {}",
            file.display(),
            match lang {
                Lang::Vi =>
                    format!("phiên này đã được nộp (dấu niêm phong {fp}); không thể nộp lại"),
                Lang::En => format!(
                    "this session is already submitted (seal fingerprint {fp}); it cannot be submitted again"
                ),
            }
        );
        return ExitCode::FAILURE;
    }
    if let Err(missing) = session.submit(now_timestamp()) {
        eprintln!(
            "{}: {}",
            file.display(),
            match lang {
                Lang::Vi => format!("chưa thể nộp: còn thiếu {} điểm:", missing.len()),
                Lang::En => format!("cannot submit yet: {} scores are missing:", missing.len()),
            }
        );
        for (criterion, candidate) in &missing {
            eprintln!("  {}", session.cell_label(criterion, candidate, lang));
        }
        return ExitCode::FAILURE;
    }
    if let Err(e) = store::atomic_write(file, to_pretty_json(&session).as_bytes()) {
        eprintln!(
            "{}: {}: {}",
            file.display(),
            lang.pick(
                "không lưu được, tệp cũ vẫn còn nguyên",
                "could not save; the old file is untouched"
            ),
            e.problem.message(lang)
        );
        return ExitCode::FAILURE;
    }
    let sha = session
        .seal
        .as_ref()
        .map(|s| s.sha256.as_str())
        .unwrap_or_default();
    match lang {
        Lang::Vi => println!(
            "Đã nộp và niêm phong {}.\nDấu niêm phong (ghi lên bản giấy để ký): {}\nSHA-256 đầy đủ: {sha}",
            file.display(),
            seal::fingerprint(sha)
        ),
        Lang::En => println!(
            "Submitted and sealed {}.\nSeal fingerprint (write it on the signed paper copy): {}\nFull SHA-256: {sha}",
            file.display(),
            seal::fingerprint(sha)
        ),
    }
    ExitCode::SUCCESS
}

/// Load every session named (folders searched, checklists skipped). Prints each bad file's
/// problems on stderr and returns `None` if there was any, or if no session was found.
pub fn load_sessions(
    paths: &[PathBuf],
    lang: Lang,
) -> Option<Vec<(PathBuf, crate::model::Session)>> {
    let (sessions, mut bad) = store::load_sessions(paths);
    if bad.is_empty() {
        bad = scoring::incompatible(&sessions);
    }
    for e in &bad {
        for line in e.render(lang) {
            eprintln!("{line}");
        }
    }
    if !bad.is_empty() {
        return None;
    }
    if sessions.is_empty() {
        eprintln!(
            "{}",
            lang.pick(
                "Không tìm thấy phiên đánh giá nào (*.evaluation.json) trong các đường dẫn đã cho.",
                "No evaluation sessions (*.evaluation.json) were found in the paths given."
            )
        );
        return None;
    }
    Some(sessions)
}

/// `evaldesk summary`: the results as a table (or JSON) on stdout.
pub fn summary(paths: &[PathBuf], aggregation: Aggregation, json: bool, lang: Lang) -> ExitCode {
    let Some(sessions) = load_sessions(paths, lang) else {
        return ExitCode::FAILURE;
    };
    let sessions: Vec<_> = sessions.into_iter().map(|(_, s)| s).collect();
    let results = scoring::compute(&sessions, aggregation);
    if json {
        let text = serde_json::to_string_pretty(&results.to_json(lang)).expect("results serialize");
        println!("{text}");
    } else {
        print!("{}", text_summary(&results, lang));
    }
    ExitCode::SUCCESS
}
