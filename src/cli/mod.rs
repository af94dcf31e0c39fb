//! The command line: `evaldesk [PATH]` opens the app, `evaldesk validate …` works headless.
//! Each command's options are one `clap::Args` value handed whole to the module that runs
//! it, so a new option is declared once and no function takes a bare `true` or `false`.

mod checklist;
mod report;
mod submit;
mod submit_review;
mod summary;
mod trend;
mod validate;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::i18n::{Lang, tr};
use crate::scoring::Aggregation;

use validate::validate;

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
    pub lang: Option<LangArg>,

    /// Open the window, print the time from start to the first frame painted, and close
    /// (for the start-up benchmark).
    #[arg(long)]
    pub print_startup_time: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check checklists and sessions: one line per problem, then a count. Never changes a file.
    Validate(validate::ValidateArgs),
    /// Aggregate sessions and show the results: a table, the sensitivity, the warnings.
    Summary(summary::SummaryArgs),
    /// Draw the committee's charts from sessions, as PNG and SVG files in a folder.
    Charts(report::ChartsArgs),
    /// Write the committee's report into a new folder: DOCX, XLSX, HTML, CSV and the charts.
    Report(Box<report::ReportArgs>),
    /// Import a checklist from a spreadsheet, or export one to .xlsx (as the editor does).
    Checklist {
        #[command(subcommand)]
        command: checklist::ChecklistCommand,
    },
    /// Submit a complete session: mark it submitted, seal it, save it, print its fingerprint.
    Submit(submit::SubmitArgs),
    /// Several periods side by side, oldest first: each block's ranking by the year's figure.
    Trend(Box<trend::TrendArgs>),
}

/// `--lang` as typed. The core's [`Lang`] knows nothing of the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    Vi,
    En,
}

impl From<LangArg> for Lang {
    fn from(arg: LangArg) -> Lang {
        match arg {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}

/// `--median`: how the evaluators' values are aggregated (every command that computes).
#[derive(Clone, Copy, Debug, clap::Args)]
pub struct MethodArgs {
    /// Aggregate evaluators' values by the median instead of the mean.
    #[arg(long)]
    median: bool,
}

impl MethodArgs {
    pub fn aggregation(self) -> Aggregation {
        if self.median {
            Aggregation::Median
        } else {
            Aggregation::Mean
        }
    }
}

/// Parse the command line and do what it says; the exit code is the result.
pub fn run() -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let cli = Cli::parse();
    let chosen = cli.lang.map(Lang::from);
    let lang = chosen.unwrap_or_else(Lang::initial);
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
        None => open_app(
            chosen,
            cli.path,
            cli.print_startup_time.then_some(started),
            lang,
        ),
        Some(Command::Validate(args)) => Ok(validate(&args.paths, lang, &mut std::io::stdout())),
        Some(Command::Submit(args)) => Ok(submit::submit(&args, lang)),
        Some(Command::Checklist { command }) => Ok(checklist::run(command, lang)),
        Some(Command::Charts(args)) => Ok(report::charts(&args, lang)),
        Some(Command::Summary(args)) => Ok(summary::summary(&args, lang)),
        Some(Command::Trend(args)) => Ok(trend::trend(*args, lang)),
        Some(Command::Report(args)) => Ok(report::report(*args, lang)),
    }
}

#[cfg(feature = "gui")]
fn open_app(
    chosen: Option<Lang>,
    path: Option<PathBuf>,
    timed: Option<std::time::Instant>,
    _lang: Lang,
) -> anyhow::Result<ExitCode> {
    crate::ui::run_app(chosen, path, timed)
}

/// A headless build (`--no-default-features`) has the commands but no window.
#[cfg(not(feature = "gui"))]
fn open_app(
    _chosen: Option<Lang>,
    _path: Option<PathBuf>,
    _timed: Option<std::time::Instant>,
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    eprintln!("evaldesk: {}", tr::cli_headless().text(lang));
    Ok(ExitCode::from(2))
}

fn looks_like_a_command(path: &Path) -> bool {
    let text = path.to_string_lossy();
    !path.exists() && !text.contains(['.', '/', '\\'])
}
