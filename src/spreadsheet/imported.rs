//! What an import gives: the checklist, and what the user is told of how the file was read
//! (the sheet, hidden sheets and rows); the entry points from a file or from bytes.

use std::path::Path;

use super::BadSheet;
use super::SheetProblem;
use super::import::import;
use super::read::{Progress, Tables, read_tables};
use crate::i18n::{Msg, tr};
use crate::model::Checklist;

/// A checklist made of a spreadsheet, and what the user is told of how it was read.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub checklist: Checklist,
    /// The sheet the criteria were read from (none for CSV).
    pub sheet: Option<String>,
    /// Hidden sheets before it, not read.
    pub hidden_sheets: Vec<String>,
    /// Rows hidden in the sheet, read like the others.
    pub hidden_rows: Vec<usize>,
}

impl Imported {
    /// What the editor and `evaldesk checklist import` say once the file is read.
    pub fn msgs(&self, file: &Path) -> Vec<Msg> {
        let c = &self.checklist;
        let mut lines = vec![tr::editor_imported(
            file,
            c.groups.len(),
            c.criteria_count(),
        )];
        if let Some(sheet) = &self.sheet {
            lines.push(tr::sheet_read(sheet.as_str()));
        }
        if !self.hidden_sheets.is_empty() {
            let names: Vec<String> = self
                .hidden_sheets
                .iter()
                .map(|n| format!("“{n}”"))
                .collect();
            lines.push(tr::sheet_hidden_sheets(
                self.hidden_sheets.len(),
                names.join(", "),
            ));
        }
        if !self.hidden_rows.is_empty() {
            lines.push(tr::sheet_hidden_rows(
                self.hidden_rows.len(),
                row_list(&self.hidden_rows),
            ));
        }
        lines
    }
}

/// `4, 7, 9–12` (the first twenty numbers, then `…`).
fn row_list(rows: &[usize]) -> String {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &r in rows {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == r => *end = r,
            _ => runs.push((r, r)),
        }
    }
    let mut parts: Vec<String> = runs
        .iter()
        .take(20)
        .map(|&(a, b)| match a == b {
            true => a.to_string(),
            false => format!("{a}–{b}"),
        })
        .collect();
    if runs.len() > 20 {
        parts.push("…".into());
    }
    parts.join(", ")
}

/// Read a spreadsheet and make a checklist of it. Without a `checklist` sheet, what only that
/// sheet can say (id, title, scale, candidates, grades) comes from `base`, and no level uses
/// AHP.
pub fn import_file(path: &Path, base: &Checklist) -> Result<Imported, BadSheet> {
    import_file_with(path, base, &Progress::default())
}

/// [`import_file`], counting the cells read in `progress` (the editor shows it).
pub fn import_file_with(
    path: &Path,
    base: &Checklist,
    progress: &Progress,
) -> Result<Imported, BadSheet> {
    let tables =
        read_tables(path, progress).map_err(|problem| BadSheet::new(path, vec![*problem]))?;
    from_tables(tables, base).map_err(|problems| BadSheet::new(path, problems))
}

/// [`import_file`] on bytes already read (`name` gives the format by its extension): for
/// the fuzz target.
pub fn import_bytes(name: &Path, bytes: &[u8], base: &Checklist) -> Result<Imported, BadSheet> {
    let tables = super::read::read_bytes(name, bytes, &Progress::default())
        .map_err(|problem| BadSheet::new(name, vec![*problem]))?;
    from_tables(tables, base).map_err(|problems| BadSheet::new(name, problems))
}

fn from_tables(tables: Tables, base: &Checklist) -> Result<Imported, Vec<SheetProblem>> {
    let checklist =
        import(&tables.criteria, tables.meta.as_ref(), base).map_err(|mut problems| {
            // In a workbook, each problem of the criteria says which sheet it is on.
            for p in &mut problems {
                if p.place.sheet.is_none() && p.place.row.is_some() {
                    p.place.sheet.clone_from(&tables.sheet);
                }
            }
            problems
        })?;
    Ok(Imported {
        checklist,
        sheet: tables.sheet,
        hidden_sheets: tables.hidden_sheets,
        hidden_rows: tables.criteria.hidden,
    })
}
