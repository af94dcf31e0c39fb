//! `evaldesk report`: the sessions read as `summary` reads them (bad inputs refused the same
//! way), the settings from the file and the options, the folder written whole or not at all.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cli::{ReportOptions, load_sessions};
use crate::i18n::{Lang, tr};
use crate::report::settings::{ReportSettings, parse_date};
use crate::report::write::write_report;
use crate::scoring::{self, Aggregation};

pub fn report(
    paths: &[PathBuf],
    aggregation: Aggregation,
    out: &Path,
    force: bool,
    options: ReportOptions,
    lang: Lang,
) -> ExitCode {
    let settings_file = options.settings.clone();
    let from_file = match &options.settings {
        Some(path) => match ReportSettings::load(path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{}", e.msg().text(lang));
                return ExitCode::FAILURE;
            }
        },
        None => ReportSettings::default(),
    };
    if let Some(date) = &options.date
        && parse_date(date).is_none()
    {
        eprintln!("{}", tr::cli_bad_date(date.clone()).text(lang));
        return ExitCode::from(2);
    }
    let settings = from_file.overlay(ReportSettings {
        parent: options.parent,
        agency: options.agency,
        agency_short: options.agency_short,
        number: options.number,
        place: options.place,
        date: options.date,
        to: options.to,
        signer_title: options.signer_title,
        signer: options.signer,
        recipients: options.recipients,
    });
    // Refused before any work, so the user is told at once (and checked again at the end).
    let mut inputs = paths.to_vec();
    inputs.extend(settings_file);
    if let Err(e) = crate::report::folder::check(out, force, &inputs) {
        let e = crate::report::write::ReportError::from_folder(out, e);
        eprintln!("{}", e.msg().text(lang));
        return ExitCode::FAILURE;
    }
    let Some(sessions) = load_sessions(paths, lang, false) else {
        return ExitCode::FAILURE;
    };
    let sessions: Vec<_> = sessions.into_iter().map(|(_, s)| s).collect();
    let results = scoring::compute(&sessions, aggregation);
    let counted: Vec<_> = sessions.iter().collect();
    let written = write_report(
        out,
        force,
        &inputs,
        &results,
        &counted,
        &settings,
        lang,
        |file| {
            eprintln!("{}", tr::cli_chart_written(file).text(lang));
        },
    );
    match written {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", e.msg().text(lang));
            ExitCode::FAILURE
        }
    }
}

/// `evaldesk charts`: every chart as PNG and SVG into the folder `out`, each file named as it
/// is drawn; the folder refused as the report's is (an input in it, or not EvalDesk's).
pub fn charts(
    paths: &[PathBuf],
    aggregation: Aggregation,
    out: &Path,
    force: bool,
    width: u32,
    lang: Lang,
) -> ExitCode {
    if let Err(e) = crate::report::folder::check(out, force, paths) {
        eprintln!("{}", e.msg().text(lang));
        return ExitCode::FAILURE;
    }
    let Some(results) = crate::cli::results(paths, aggregation, lang, false) else {
        return ExitCode::FAILURE;
    };
    let written = crate::charts::export_folder(out, force, paths, &results, lang, width, |file| {
        eprintln!("{}", tr::cli_chart_written(file).text(lang));
    });
    match written {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", e.msg().text(lang));
            ExitCode::FAILURE
        }
    }
}
