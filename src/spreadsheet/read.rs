//! Reading sheets into plain tables of cells: `.xlsx`/`.xls`/`.ods` through calamine, `.csv`
//! through csv (comma, semicolon or tab, as the header line shows; a UTF-8 BOM is skipped).

use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto};

use super::{CHECKLIST_SHEET, SheetIssue, SheetProblem};

/// One cell as the sheet holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
}

impl Cell {
    /// The cell as text, trimmed; numbers as Rust writes them (shortest form that reads back).
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_owned(),
            Cell::Number(n) => n.to_string(),
            Cell::Bool(b) => b.to_string(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

/// The rows of one sheet, each with its row number as the spreadsheet shows it (1-based).
/// Blank rows are left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub rows: Vec<(usize, Vec<Cell>)>,
}

/// The criteria table (the first sheet, or the CSV file) and, in a workbook EvalDesk wrote,
/// the `checklist` sheet.
pub fn read_tables(path: &Path) -> Result<(Table, Option<Table>), Box<SheetProblem>> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("csv" | "txt") => {
            let bytes = std::fs::read(path).map_err(|e| unreadable(e.to_string()))?;
            Ok((read_csv(&bytes)?, None))
        }
        _ => read_workbook(path),
    }
}

fn unreadable(detail: String) -> Box<SheetProblem> {
    Box::new(SheetProblem::whole(SheetIssue::Unreadable(detail)))
}

fn read_workbook(path: &Path) -> Result<(Table, Option<Table>), Box<SheetProblem>> {
    let mut book = open_workbook_auto(path).map_err(|e| unreadable(e.to_string()))?;
    let names = book.sheet_names();
    let criteria_name = names
        .iter()
        .find(|n| !n.eq_ignore_ascii_case(CHECKLIST_SHEET))
        .cloned()
        .ok_or_else(|| Box::new(SheetProblem::whole(SheetIssue::NoHeader)))?;
    let mut table = |name: &str| -> Result<Table, Box<SheetProblem>> {
        let range = book
            .worksheet_range(name)
            .map_err(|e| unreadable(e.to_string()))?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let rows = range
            .rows()
            .enumerate()
            .map(|(i, row)| {
                let mut cells = vec![Cell::Empty; left as usize];
                cells.extend(row.iter().map(cell));
                (top as usize + i + 1, cells)
            })
            .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
            .collect();
        Ok(Table { rows })
    };
    let criteria = table(&criteria_name)?;
    let checklist = match names
        .iter()
        .find(|n| n.eq_ignore_ascii_case(CHECKLIST_SHEET))
    {
        Some(name) => Some(table(&name.clone())?),
        None => None,
    };
    Ok((criteria, checklist))
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => Cell::Number(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Text(format!("#{e:?}")),
    }
}

/// A CSV file: the delimiter is the one the header line uses most (Excel writes `;` where the
/// decimal mark is a comma, as on Vietnamese systems).
pub fn read_csv(bytes: &[u8]) -> Result<Table, Box<SheetProblem>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| {
        Box::new(SheetProblem::whole(SheetIssue::Invalid(
            crate::model::Problem::NotUtf8,
        )))
    })?;
    let header = text.lines().next().unwrap_or("");
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| header.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // Rows are counted as records, as a spreadsheet shows the file (a cell may hold a line
    // break).
    for (i, record) in reader.records().enumerate() {
        let row = i + 1;
        let record = record.map_err(|e| {
            Box::new(SheetProblem::at(
                row,
                None,
                SheetIssue::Unreadable(e.to_string()),
            ))
        })?;
        let cells: Vec<Cell> = record
            .iter()
            .map(|s| {
                if s.trim().is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(s.to_owned())
                }
            })
            .collect();
        if cells.iter().any(|c| !c.is_empty()) {
            rows.push((row, cells));
        }
    }
    Ok(Table { rows })
}
