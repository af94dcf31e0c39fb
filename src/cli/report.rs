//! `evaldesk report` and `evaldesk charts`: the sessions read as `summary` reads them (bad
//! inputs refused the same way), the settings from the file and the options, the folder
//! written whole or not at all.

use std::path::PathBuf;
use std::process::ExitCode;

use super::summary::{Listing, load_sessions, results};
use crate::i18n::{Lang, Msg, tr};
use crate::report::folder::{self, IfExists};
use crate::report::settings::{ReportSettings, parse_date};
use crate::report::write::{ReportError, write_report};
use crate::scoring;

/// Where the output goes, for both commands.
#[derive(Debug, clap::Args)]
pub struct OutArgs {
    /// Replace DIR if it exists and EvalDesk wrote it (only once the new files are complete).
    #[arg(long)]
    force: bool,
    /// The folder to create.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

impl OutArgs {
    pub(super) fn if_exists(&self) -> IfExists {
        if self.force {
            IfExists::ReplaceExport
        } else {
            IfExists::Refuse
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[command(flatten)]
    method: super::MethodArgs,
    #[command(flatten)]
    out: OutArgs,
    /// A JSON file with any of the report's settings below (the options given here win).
    #[arg(long = "settings", value_name = "FILE")]
    settings_file: Option<PathBuf>,
    /// Who issues the report, to whom: each left as "……" when not given.
    #[command(flatten)]
    settings: ReportSettings,
    /// Session files or folders.
    #[arg(required = true, value_name = "FILE|DIR")]
    paths: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ChartsArgs {
    #[command(flatten)]
    method: super::MethodArgs,
    /// Width of the PNG pictures in pixels (instead of --page and --dpi).
    #[arg(long, value_parser = clap::value_parser!(u32).range(320..=10000), conflicts_with_all = ["page", "dpi"])]
    width: Option<u32>,
    /// Paper whose width the PNG pictures take: a4 (210 mm) or a5 (148 mm).
    #[arg(long, value_enum, default_value_t = PageArg::A4)]
    page: PageArg,
    /// Dots per inch of the PNG pictures on that paper (150 or 300 are usual).
    #[arg(long, default_value_t = 300, value_parser = clap::value_parser!(u32).range(72..=600))]
    dpi: u32,
    #[command(flatten)]
    out: OutArgs,
    /// Session files or folders.
    #[arg(required = true, value_name = "FILE|DIR")]
    paths: Vec<PathBuf>,
}

/// `--page` as typed.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum PageArg {
    A4,
    A5,
}

pub fn report(args: ReportArgs, lang: Lang) -> ExitCode {
    let settings = match settings(args.settings_file.as_deref(), args.settings, lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let (out, if_exists) = (&args.out.out, args.out.if_exists());
    // Refused before any work, so the user is told at once (and checked again at the end).
    let mut inputs = args.paths.clone();
    inputs.extend(args.settings_file);
    if let Err(e) = folder::check(out, if_exists, &inputs) {
        eprintln!("{}", ReportError::from_folder(out, e).msg().text(lang));
        return ExitCode::FAILURE;
    }
    let Some(loaded) = load_sessions(&args.paths, lang, Listing::Quiet) else {
        return ExitCode::FAILURE;
    };
    let sessions: Vec<_> = loaded.sessions.into_iter().map(|(_, s)| s).collect();
    let results =
        scoring::compute_with(&sessions, loaded.review.as_ref(), args.method.aggregation());
    let counted: Vec<_> = sessions.iter().collect();
    let written = write_report(
        out,
        if_exists,
        &inputs,
        &results,
        &counted,
        &settings,
        lang,
        |file| {
            eprintln!("{}", tr::cli_chart_written(file).text(lang));
        },
    );
    exit_code(written.map_err(|e| e.msg()), lang)
}

/// Who issues a report: the settings file's, overlaid by the options given; a bad file or
/// date said and its exit code returned (1 for the file, 2 for the date as typed).
pub(super) fn settings(
    file: Option<&std::path::Path>,
    given: ReportSettings,
    lang: Lang,
) -> Result<ReportSettings, ExitCode> {
    let from_file = match file {
        Some(path) => ReportSettings::load(path).map_err(|e| {
            eprintln!("{}", e.msg().text(lang));
            ExitCode::FAILURE
        })?,
        None => ReportSettings::default(),
    };
    if let Some(date) = &given.date
        && parse_date(date).is_none()
    {
        eprintln!("{}", tr::cli_bad_date(date.clone()).text(lang));
        return Err(ExitCode::from(2));
    }
    Ok(from_file.overlay(given))
}

/// Every chart as PNG and SVG into the folder `--out`, each file named as it is drawn; the
/// folder refused as the report's is (an input in it, or not EvalDesk's).
pub fn charts(args: &ChartsArgs, lang: Lang) -> ExitCode {
    let page = match args.page {
        PageArg::A4 => crate::charts::Page::A4,
        PageArg::A5 => crate::charts::Page::A5,
    };
    let width = args.width.unwrap_or_else(|| page.width_px(args.dpi));
    let (out, if_exists, paths) = (&args.out.out, args.out.if_exists(), &args.paths);
    if let Err(e) = folder::check(out, if_exists, paths) {
        eprintln!("{}", e.msg().text(lang));
        return ExitCode::FAILURE;
    }
    let aggregation = args.method.aggregation();
    let Some(results) = results(paths, aggregation, lang, Listing::Quiet) else {
        return ExitCode::FAILURE;
    };
    let written =
        crate::charts::export_folder(out, if_exists, paths, &results, lang, width, |file| {
            eprintln!("{}", tr::cli_chart_written(file).text(lang));
        });
    exit_code(written.map_err(|e| e.msg()), lang)
}

/// Success, or the reason on stderr and exit 1: how both commands end.
fn exit_code<T>(written: Result<T, Msg>, lang: Lang) -> ExitCode {
    match written {
        Ok(_) => ExitCode::SUCCESS,
        Err(reason) => {
            eprintln!("{}", reason.text(lang));
            ExitCode::FAILURE
        }
    }
}
