//! The command line: `evaldesk [PATH]` opens the app, `evaldesk validate …` works headless.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::i18n::{Lang, Msg, tr};
use crate::model::{Document, Expect, now_timestamp, seal};
use crate::report::text_summary;
use crate::scoring::{self, Aggregation};
use crate::store::{self, OpenSession, ReadOnly};

#[derive(Debug, Parser)]
#[command(
    name = "evaldesk",
    version,
    about = "Score software products against a weighted checklist and compare the results."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Open this in the app: a session (to score), a checklist (to start an evaluation on it)
    /// or a folder (to compare its sessions).
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,

    /// Language of the interface and messages (default: Vietnamese, whatever the system's language).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// Open the window, print the time from start to the first frame painted, and close
    /// (for the start-up benchmark).
    #[arg(long)]
    pub print_startup_time: bool,
}

// `Report` carries the report's settings; the value is built once per run, so its size
// does not matter.
#[allow(clippy::large_enum_variant)]
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
        /// Print the results document (docs/formats.md) as JSON instead of the table.
        #[arg(long)]
        json: bool,
        /// Also list the files in the folders that were not read (not sessions or checklists).
        #[arg(long)]
        verbose: bool,
        /// Session files or folders (folders are searched for *.evaluation.json files).
        #[arg(required = true, value_name = "FILE|DIR")]
        paths: Vec<PathBuf>,
    },
    /// Draw the committee's charts from sessions, as PNG and SVG files in a folder.
    Charts {
        /// Aggregate evaluators' values by the median instead of the mean.
        #[arg(long)]
        median: bool,
        /// Width of the PNG pictures in pixels (instead of --page and --dpi).
        #[arg(long, value_parser = clap::value_parser!(u32).range(320..=10000), conflicts_with_all = ["page", "dpi"])]
        width: Option<u32>,
        /// Paper whose width the PNG pictures take: a4 (210 mm) or a5 (148 mm).
        #[arg(long, value_enum, default_value_t = PageArg::A4)]
        page: PageArg,
        /// Dots per inch of the PNG pictures on that paper (150 or 300 are usual).
        #[arg(long, default_value_t = 300, value_parser = clap::value_parser!(u32).range(72..=600))]
        dpi: u32,
        /// Replace DIR if it exists and EvalDesk wrote it (only once the new charts are complete).
        #[arg(long)]
        force: bool,
        /// The folder to create for the charts.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Session files or folders.
        #[arg(required = true, value_name = "FILE|DIR")]
        paths: Vec<PathBuf>,
    },
    /// Write the committee's report into a new folder: DOCX, XLSX, HTML, CSV and the charts.
    Report {
        /// Aggregate evaluators' values by the median instead of the mean.
        #[arg(long)]
        median: bool,
        /// Replace DIR if it exists (only once the new report is complete).
        #[arg(long)]
        force: bool,
        /// The folder to create.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        #[command(flatten)]
        settings: ReportOptions,
        /// Session files or folders.
        #[arg(required = true, value_name = "FILE|DIR")]
        paths: Vec<PathBuf>,
    },
    /// Import a checklist from a spreadsheet, or export one to .xlsx (as the editor does).
    Checklist {
        #[command(subcommand)]
        command: crate::cli_checklist::ChecklistCommand,
    },
    /// Submit a complete session: mark it submitted, seal it, save it, print its fingerprint.
    Submit {
        /// The session file (*.evaluation.json).
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

/// Who issues the report, to whom: each left as "……" when not given.
#[derive(Debug, clap::Args)]
pub struct ReportOptions {
    /// A JSON file with any of the fields below (the options given here win).
    #[arg(long, value_name = "FILE")]
    pub settings: Option<PathBuf>,
    /// The parent body, e.g. "UBND tỉnh Ninh Bình".
    #[arg(long)]
    pub parent: Option<String>,
    /// The issuing agency, e.g. "Sở Thông tin và Truyền thông".
    #[arg(long)]
    pub agency: Option<String>,
    /// The agency's short form in the number, e.g. "STTTT".
    #[arg(long)]
    pub agency_short: Option<String>,
    /// The report's number.
    #[arg(long)]
    pub number: Option<String>,
    /// Where it is issued.
    #[arg(long)]
    pub place: Option<String>,
    /// The date it is issued, YYYY-MM-DD (default: today).
    #[arg(long)]
    pub date: Option<String>,
    /// The addressee ("Kính gửi").
    #[arg(long)]
    pub to: Option<String>,
    /// The signer's title.
    #[arg(long)]
    pub signer_title: Option<String>,
    /// The signer's name.
    #[arg(long)]
    pub signer: Option<String>,
    /// A recipient listed under "Nơi nhận" (repeat for more).
    #[arg(long = "recipient")]
    pub recipients: Vec<String>,
}

/// Parse the command line and do what it says; the exit code is the result.
pub fn run() -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let cli = Cli::parse();
    let lang = cli.lang.unwrap_or_else(Lang::initial);
    match cli.command {
        // A lone word that is no file is far more likely a mistyped command than a path.
        None if cli.path.as_ref().is_some_and(|p| looks_like_a_command(p)) => {
            let word = cli
                .path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            eprintln!("evaldesk: {}", tr::cli_no_command(word).text(lang));
            Ok(ExitCode::from(2))
        }
        None => {
            let timed = cli.print_startup_time.then_some(started);
            crate::ui::run_app(cli.lang, cli.path, timed)
        }
        Some(Command::Validate { paths }) => Ok(validate(&paths, lang, &mut std::io::stdout())),
        Some(Command::Submit { file }) => Ok(submit(&file, lang)),
        Some(Command::Checklist { command }) => Ok(crate::cli_checklist::run(command, lang)),
        Some(Command::Charts {
            median,
            width,
            page,
            dpi,
            force,
            out,
            paths,
        }) => {
            let page = match page {
                PageArg::A4 => crate::charts::Page::A4,
                PageArg::A5 => crate::charts::Page::A5,
            };
            let width = width.unwrap_or_else(|| page.width_px(dpi));
            let aggregation = aggregation(median);
            Ok(crate::cli_report::charts(
                &paths,
                aggregation,
                &out,
                force,
                width,
                lang,
            ))
        }
        Some(Command::Summary {
            median,
            json,
            verbose,
            paths,
        }) => Ok(summary(&paths, aggregation(median), json, lang, verbose)),
        Some(Command::Report {
            median,
            force,
            out,
            settings,
            paths,
        }) => Ok(crate::cli_report::report(
            &paths,
            aggregation(median),
            &out,
            force,
            settings,
            lang,
        )),
    }
}

/// `--median` or the mean.
pub(crate) fn aggregation(median: bool) -> Aggregation {
    if median {
        Aggregation::Median
    } else {
        Aggregation::Mean
    }
}

fn looks_like_a_command(path: &Path) -> bool {
    let text = path.to_string_lossy();
    !path.exists() && !text.contains(['.', '/', '\\'])
}

/// `evaldesk validate`: prints `FILE: PLACE: problem` lines and a summary; exit 0 when every
/// file is valid, 1 otherwise.
pub fn validate(paths: &[PathBuf], lang: Lang, out: &mut impl std::io::Write) -> ExitCode {
    let store::Found {
        files,
        errors: folder_errors,
        ignored: _,
    } = store::expand_paths(paths, store::Scan::Json);
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

/// `evaldesk submit FILE`: exit 0 with the seal's fingerprint, 1 when the file is invalid,
/// incomplete, already submitted or open in the app on another desk (nothing is written
/// then). The write goes through the store as the app's does: the lock, the check for a
/// change on disk, the backup.
pub fn submit(file: &Path, lang: Lang) -> ExitCode {
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
    if let Err(missing) = session.submit(now_timestamp()) {
        eprintln!(
            "{}",
            tr::in_file(file, tr::cli_missing(missing.len())).text(lang)
        );
        for (criterion, candidate) in &missing {
            eprintln!("  {}", session.cell_label(criterion, candidate, lang));
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

/// Load every session named (folders searched, checklists skipped). Prints each bad file's
/// problems on stderr and returns `None` if there was any, or if no session was found.
/// Identical copies of a session are counted once, with a warning; with `verbose`, the files
/// that were not read are listed too.
pub fn load_sessions(
    paths: &[PathBuf],
    lang: Lang,
    verbose: bool,
) -> Option<Vec<(PathBuf, crate::model::Session)>> {
    checked(
        store::load_sessions(paths),
        scoring::incompatible,
        lang,
        verbose,
    )
}

/// [`load_sessions`] keeping only what the scoring reads (for `summary` and `charts`).
fn load_score_sheets(
    paths: &[PathBuf],
    lang: Lang,
    verbose: bool,
) -> Option<Vec<(PathBuf, scoring::ScoreSheet)>> {
    checked(
        store::load_score_sheets(paths),
        scoring::incompatible_sheets,
        lang,
        verbose,
    )
}

fn checked<T>(
    loaded: store::Loaded<T>,
    incompatible: fn(&[(PathBuf, T)]) -> Vec<crate::model::InvalidFile>,
    lang: Lang,
    verbose: bool,
) -> Option<Vec<(PathBuf, T)>> {
    let store::Loaded {
        sessions,
        mut bad,
        identical,
        replaced,
        ignored,
    } = loaded;
    if bad.is_empty() {
        bad = incompatible(&sessions);
    }
    if verbose {
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
    for e in &bad {
        for line in e.render(lang) {
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
    Some(sessions)
}

/// The results of the sessions under `paths`, or `None` once the reasons are printed.
pub(crate) fn results(
    paths: &[PathBuf],
    aggregation: Aggregation,
    lang: Lang,
    verbose: bool,
) -> Option<scoring::Results> {
    let sheets = load_score_sheets(paths, lang, verbose)?;
    let sheets: Vec<_> = sheets.into_iter().map(|(_, s)| s).collect();
    Some(scoring::compute_sheets(&sheets, aggregation))
}

/// `evaldesk summary`: the results as a table (or JSON) on stdout.
pub fn summary(
    paths: &[PathBuf],
    aggregation: Aggregation,
    json: bool,
    lang: Lang,
    verbose: bool,
) -> ExitCode {
    let Some(results) = results(paths, aggregation, lang, verbose) else {
        return ExitCode::FAILURE;
    };
    let text = if json {
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

/// `--page` as typed.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum PageArg {
    A4,
    A5,
}
