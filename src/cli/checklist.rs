//! `evaldesk checklist import|export`: the editor's spreadsheet import and export, headless,
//! with the same code and messages. Exit 1 on bad input (every problem by row and column),
//! 2 on bad usage; nothing is written on error, and the output is written atomically.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use crate::i18n::{Lang, Msg, tr};
use crate::model::{Checklist, Expect, Parsed, Text, to_pretty_json};
use crate::store;

#[derive(Debug, Subcommand)]
pub enum ChecklistCommand {
    /// Read a sheet of criteria (.xlsx, .xls, .ods or .csv) into a checklist file.
    Import {
        /// The spreadsheet (its first visible sheet is read).
        #[arg(value_name = "SHEET")]
        sheet: PathBuf,
        /// The checklist file to write (NAME.checklist.json).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// A checklist giving what a sheet of criteria alone does not say (id, title, scale,
        /// candidates, grades); by default a new checklist named after the output.
        #[arg(long, value_name = "CHECKLIST")]
        base: Option<PathBuf>,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Write a checklist as an .xlsx workbook that imports back unchanged.
    Export {
        /// The checklist file (*.checklist.json).
        #[arg(value_name = "CHECKLIST")]
        checklist: PathBuf,
        /// The workbook to write (SHEET.xlsx).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
}

pub fn run(command: ChecklistCommand, lang: Lang) -> ExitCode {
    match command {
        ChecklistCommand::Import {
            sheet,
            out,
            base,
            force,
        } => import(&sheet, &out, base.as_deref(), force, lang),
        ChecklistCommand::Export {
            checklist,
            out,
            force,
        } => export(&checklist, &out, force, lang),
    }
}

fn say(lines: &[Msg], lang: Lang) {
    for line in lines {
        eprintln!("{}", line.text(lang));
    }
}

/// The usage checks both commands make before reading anything: the output's name, not the
/// input itself, not replaced without `--force`.
fn check_out(input: &Path, out: &Path, suffix: &str, force: bool, lang: Lang) -> Option<ExitCode> {
    let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if !name.to_lowercase().ends_with(suffix) {
        say(&[tr::cli_checklist_out_suffix(out, suffix)], lang);
        return Some(ExitCode::from(2));
    }
    let same = match (std::fs::canonicalize(input), std::fs::canonicalize(out)) {
        (Ok(a), Ok(b)) => a == b,
        _ => input == out,
    };
    if same {
        say(&[tr::cli_checklist_same_file(out)], lang);
        return Some(ExitCode::from(2));
    }
    if out.exists() && !force {
        say(&[tr::cli_checklist_exists(out)], lang);
        return Some(ExitCode::FAILURE);
    }
    None
}

fn load_checklist(path: &Path, lang: Lang) -> Result<Checklist, ExitCode> {
    match store::load_document(path, Expect::Checklist) {
        Ok(Parsed::Checklist(c)) => Ok(*c),
        Ok(_) => unreachable!("a checklist was expected"),
        Err(bad) => {
            say(&bad.msgs(), lang);
            Err(ExitCode::FAILURE)
        }
    }
}

fn import(sheet: &Path, out: &Path, base: Option<&Path>, force: bool, lang: Lang) -> ExitCode {
    if let Some(code) = check_out(sheet, out, ".checklist.json", force, lang) {
        return code;
    }
    let base = match base {
        Some(path) => match load_checklist(path, lang) {
            Ok(c) => c,
            Err(code) => return code,
        },
        None => new_checklist(out, sheet),
    };
    match crate::spreadsheet::import_file(sheet, &base) {
        Ok(imported) => {
            let json = to_pretty_json(&imported.checklist);
            if let Err(e) = store::atomic_write(out, json.as_bytes()) {
                say(&[e.msg()], lang);
                return ExitCode::FAILURE;
            }
            let mut lines = imported.msgs(sheet);
            lines.push(tr::cli_checklist_written(out));
            for line in lines {
                println!("{}", line.text(lang));
            }
            ExitCode::SUCCESS
        }
        Err(bad) => {
            let mut lines = vec![tr::cli_checklist_not_imported(sheet, bad.problems.len())];
            lines.extend(bad.msgs());
            say(&lines, lang);
            ExitCode::FAILURE
        }
    }
}

/// Without `--base`: a new checklist whose id is the output's name and whose title is the
/// sheet's (the editor starts from the checklist open in it).
fn new_checklist(out: &Path, sheet: &Path) -> Checklist {
    let stem = |p: &Path| {
        p.file_name()
            .and_then(|n| n.to_str())
            .map(|n| n.split('.').next().unwrap_or(n).to_owned())
            .unwrap_or_default()
    };
    let id = match crate::model::slug(&stem(out)) {
        id if id.is_empty() => "checklist".to_owned(),
        id => id,
    };
    Checklist::blank(&id, Text::Plain(stem(sheet)))
}

fn export(checklist: &Path, out: &Path, force: bool, lang: Lang) -> ExitCode {
    if let Some(code) = check_out(checklist, out, ".xlsx", force, lang) {
        return code;
    }
    let checklist = match load_checklist(checklist, lang) {
        Ok(c) => c,
        Err(code) => return code,
    };
    match crate::spreadsheet::export_xlsx(out, &checklist, lang) {
        Ok(()) => {
            println!("{}", tr::editor_exported(out).text(lang));
            ExitCode::SUCCESS
        }
        Err(e) => {
            say(&[e.msg()], lang);
            ExitCode::FAILURE
        }
    }
}
