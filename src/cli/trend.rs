//! `evaldesk trend DIR…`: each folder one period, oldest first, scored on its own and lined
//! up by candidate (docs/method.md §13).

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use super::summary::{Listing, load_score_sheets};
use crate::i18n::{Lang, tr};
use crate::report::folder::{self, IfExists};
use crate::report::trend_text;
use crate::report::write::ReportError;
use crate::report::year::write_year;
use crate::scoring::trend::{Period, Trend};
use crate::scoring::{self, Aggregation};

#[derive(Debug, clap::Args)]
pub struct TrendArgs {
    #[command(flatten)]
    pub method: super::MethodArgs,
    /// Print the trend document (docs/formats.md) as JSON instead of the tables.
    #[arg(long)]
    pub json: bool,
    /// Also write the year's report into this new folder: a DOCX in the administrative
    /// layout, a workbook with native charts, and the charts as PNG and SVG.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Replace the --out folder if it exists and EvalDesk wrote it.
    #[arg(long, requires = "out")]
    pub force: bool,
    /// A JSON file with the report's settings (the options given here win).
    #[arg(long = "settings", value_name = "FILE", requires = "out")]
    pub settings_file: Option<PathBuf>,
    /// Who issues the year's report, to whom: each left as "……" when not given.
    #[command(flatten)]
    pub settings: crate::report::settings::ReportSettings,
    /// The folders of the periods, oldest first; each holds one period's sessions (and its
    /// review, if any).
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
}

pub fn trend(args: TrendArgs, lang: Lang) -> ExitCode {
    let settings =
        match super::report::settings(args.settings_file.as_deref(), args.settings.clone(), lang) {
            Ok(s) => s,
            Err(code) => return code,
        };
    let if_exists = if args.force {
        IfExists::ReplaceExport
    } else {
        IfExists::Refuse
    };
    let mut inputs = args.dirs.clone();
    inputs.extend(args.settings_file.clone());
    // The folder is refused before any work, so the user is told at once.
    if let Some(out) = &args.out
        && let Err(e) = folder::check(out, if_exists, &inputs)
    {
        eprintln!("{}", ReportError::from_folder(out, e).msg().text(lang));
        return ExitCode::FAILURE;
    }
    let Some(trend) = compute(&args.dirs, args.method.aggregation(), lang) else {
        return ExitCode::FAILURE;
    };
    if let Some(out) = &args.out {
        match write_year(out, if_exists, &inputs, &trend, &settings, lang) {
            Ok(_) => eprintln!("{}", tr::year_written(out).text(lang)),
            Err(e) => {
                eprintln!("{}", e.msg().text(lang));
                return ExitCode::FAILURE;
            }
        }
    }
    let text = if args.json {
        let mut text =
            serde_json::to_string_pretty(&trend.to_json(lang)).expect("trend serializes");
        text.push('\n');
        text
    } else {
        trend_text(&trend, lang)
    };
    // A closed pipe (`| head`) is normal: stop quietly.
    let _ = std::io::stdout().write_all(text.as_bytes());
    ExitCode::SUCCESS
}

/// Every period's results, or `None` once the problems of each period that failed are
/// printed (every period is read, so one run shows them all).
pub(super) fn compute(dirs: &[PathBuf], aggregation: Aggregation, lang: Lang) -> Option<Trend> {
    let mut periods = Vec::with_capacity(dirs.len());
    let mut failed = false;
    for dir in dirs {
        let Some(inputs) = load_score_sheets(std::slice::from_ref(dir), lang, Listing::Quiet)
        else {
            eprintln!("{}", tr::trend_period_failed(dir).text(lang));
            failed = true;
            continue;
        };
        let sheets: Vec<_> = inputs.sessions.into_iter().map(|(_, s)| s).collect();
        let label = sheets
            .iter()
            .find_map(|s| s.period.clone())
            .unwrap_or_else(|| folder_name(dir));
        let results = scoring::compute_reviewed(&sheets, inputs.review.as_ref(), aggregation);
        periods.push(Period { label, results });
    }
    if failed {
        return None;
    }
    // Each period is scored on its own checklist (a criterion added during the year is
    // normal), but periods of different checklists compare different things: said, not refused.
    if let Some(first) = periods.first() {
        let id = &first.results.checklist.id;
        for (dir, p) in dirs.iter().zip(&periods) {
            if &p.results.checklist.id != id {
                eprintln!(
                    "{}",
                    tr::trend_other_checklist(dir, &p.results.checklist.id, id).text(lang)
                );
            }
        }
    }
    Some(Trend::of(periods))
}

/// The folder's own name (`2015-Q1` for `data/2015-Q1/`), or the path as given.
fn folder_name(dir: &std::path::Path) -> String {
    let absolute = std::path::absolute(dir).unwrap_or_else(|_| dir.to_owned());
    absolute
        .components()
        .rev()
        .find_map(|c| match c {
            std::path::Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
            _ => None,
        })
        .unwrap_or_else(|| dir.display().to_string())
}
