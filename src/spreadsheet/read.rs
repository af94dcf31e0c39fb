//! Reading sheets into plain tables of cells, as the user sees them: the first visible sheet,
//! a percent-formatted cell as the percentage shown, a date as a date (never as the number
//! Excel keeps behind it), a formula by the result saved with it. `.xlsx` is read cell by
//! cell (`xlsx`), `.xls`/`.ods` through calamine once their size is known (`bounds`), `.csv`
//! through csv (comma, semicolon or tab, as the header line shows; a UTF-8 BOM is skipped).
//! Every reader keeps to the limits of [`super::limits`].

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use calamine::{Data, DataRef};

use super::limits::{self, MAX_COLUMNS, MAX_ROWS};
use super::{SheetIssue, SheetProblem};

/// One cell as the sheet shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A number formatted as a percentage: the percentage shown (0.5 shown as 50 % is 50),
    /// as `50%` typed in a CSV file reads.
    Percent(f64),
    /// A date or time (as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`): Excel turns `1/2` typed
    /// in a cell into the 2nd of January.
    Date(String),
    Bool(bool),
    /// A formula whose result was never saved (a file written by a program, not by Excel).
    NoResult,
}

impl Cell {
    /// The cell as text, trimmed; numbers as Rust writes them (shortest form that reads back).
    pub fn text(&self) -> String {
        match self {
            Cell::Empty | Cell::NoResult => String::new(),
            Cell::Text(t) => t.trim().to_owned(),
            Cell::Number(n) => n.to_string(),
            Cell::Percent(n) => format!("{n}%"),
            Cell::Date(d) => d.clone(),
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
    /// The rows of `rows` that are hidden in the sheet (read like the others, and said so).
    pub hidden: Vec<usize>,
}

impl Table {
    /// A table from cells at 0-based (row, column), in any order; blank rows left out.
    pub(super) fn from_cells(mut cells: Vec<(usize, usize, Cell)>, hidden: &[usize]) -> Table {
        cells.retain(|(_, _, c)| !c.is_empty());
        cells.sort_by_key(|(r, c, _)| (*r, *c));
        let mut rows: Vec<(usize, Vec<Cell>)> = Vec::new();
        for (r, c, cell) in cells {
            if rows.last().is_none_or(|(n, _)| *n != r + 1) {
                rows.push((r + 1, Vec::new()));
            }
            let (_, row) = rows.last_mut().expect("pushed above");
            if row.len() <= c {
                row.resize(c + 1, Cell::Empty);
            }
            row[c] = cell;
        }
        let hidden = rows
            .iter()
            .map(|(n, _)| *n)
            .filter(|n| hidden.contains(n))
            .collect();
        Table { rows, hidden }
    }
}

/// What was read from a file: the criteria, the `checklist` sheet of a workbook EvalDesk
/// wrote, and which sheet the criteria came from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tables {
    pub criteria: Table,
    pub meta: Option<Table>,
    /// The sheet read (none for CSV).
    pub sheet: Option<String>,
    /// Hidden sheets before it, which were not read.
    pub hidden_sheets: Vec<String>,
}

/// How far a reading has got, for a progress bar: cells read so far.
#[derive(Debug, Default)]
pub struct Progress {
    cells: AtomicUsize,
}

impl Progress {
    pub fn cells(&self) -> usize {
        self.cells.load(Ordering::Relaxed)
    }

    pub(super) fn add(&self, n: usize) {
        self.cells.fetch_add(n, Ordering::Relaxed);
    }
}

/// The spreadsheet formats EvalDesk reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Xlsx,
    Xls,
    Ods,
    Csv,
}

fn format_of(path: &Path, bytes: &[u8]) -> Format {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("xlsx" | "xlsm") => Format::Xlsx,
        Some("xls") => Format::Xls,
        Some("ods") => Format::Ods,
        Some("csv" | "txt") => Format::Csv,
        // Another name: what the bytes say.
        _ if bytes.starts_with(b"PK") => match bytes.windows(8).any(|w| w == b"mimetype") {
            true => Format::Ods,
            false => Format::Xlsx,
        },
        _ if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) => Format::Xls,
        _ => Format::Csv,
    }
}

/// Read the criteria (the first visible sheet, or the CSV file) and, in a workbook EvalDesk
/// wrote, the `checklist` sheet.
pub fn read_tables(path: &Path, progress: &Progress) -> Result<Tables, Box<SheetProblem>> {
    let bytes = crate::store::read_bytes(path)
        .map_err(|located| Box::new(SheetProblem::whole(SheetIssue::Invalid(located.problem))))?;
    read_bytes(path, &bytes, progress)
}

/// [`read_tables`] on bytes already read; `path` gives the format by its extension.
pub fn read_bytes(
    path: &Path,
    bytes: &[u8],
    progress: &Progress,
) -> Result<Tables, Box<SheetProblem>> {
    match format_of(path, bytes) {
        Format::Csv => Ok(Tables {
            criteria: read_csv(bytes, progress)?,
            ..Tables::default()
        }),
        Format::Xlsx => super::xlsx::read(bytes, progress),
        Format::Xls => super::bounds::read_xls(bytes, progress),
        Format::Ods => super::bounds::read_ods(bytes, progress),
    }
}

pub(super) fn unreadable(detail: String) -> Box<SheetProblem> {
    Box::new(SheetProblem::whole(SheetIssue::Unreadable(detail)))
}

/// Calamine's value as the user sees it (`percent`: the cell is formatted as a percentage).
pub(super) fn cell(data: &Data, percent: bool) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => number(*i as f64, percent),
        Data::Float(f) => number(*f, percent),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => Cell::Date(date_text(d.as_f64())),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Date(s.clone()),
        Data::Error(e) => Cell::Text(e.to_string()),
    }
}

pub(super) fn cell_ref(data: &DataRef, percent: bool) -> Cell {
    match data {
        DataRef::SharedString(s) => Cell::Text((*s).to_owned()),
        DataRef::Empty => Cell::Empty,
        DataRef::String(s) => Cell::Text(s.clone()),
        DataRef::Int(i) => number(*i as f64, percent),
        DataRef::Float(f) => number(*f, percent),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(d) => Cell::Date(date_text(d.as_f64())),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Cell::Date(s.clone()),
        DataRef::Error(e) => Cell::Text(e.to_string()),
    }
}

fn number(n: f64, percent: bool) -> Cell {
    if !percent {
        return Cell::Number(n);
    }
    // 0.07 × 100 is 7.000000000000001 in binary: the percentage shown is 7.
    let shown = n * 100.0;
    let rounded = (shown * 1e9).round() / 1e9;
    Cell::Percent(if rounded.is_finite() { rounded } else { shown })
}

/// An Excel day number (1900 system) as `YYYY-MM-DD`, with the time when it has one.
fn date_text(serial: f64) -> String {
    let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("a valid date");
    let days = serial.floor();
    let seconds = ((serial - days) * 86_400.0).round() as i64;
    let date = (days.abs() < 3_000_000.0)
        .then(|| base.checked_add_signed(chrono::TimeDelta::days(days as i64)))
        .flatten();
    match date {
        None => serial.to_string(),
        Some(d) if seconds == 0 => d.format("%Y-%m-%d").to_string(),
        Some(d) => {
            let time = chrono::NaiveTime::from_num_seconds_from_midnight_opt(
                seconds.clamp(0, 86_399) as u32,
                0,
            )
            .unwrap_or_default();
            format!("{}T{}", d.format("%Y-%m-%d"), time.format("%H:%M:%S"))
        }
    }
}

/// A CSV file: the delimiter is the one the header line uses most (Excel writes `;` where the
/// decimal mark is a comma, as on Vietnamese systems).
pub fn read_csv(bytes: &[u8], progress: &Progress) -> Result<Table, Box<SheetProblem>> {
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
    // One record at a time, its fields borrowed: a line of a million fields is one record
    // of the file's size (at most 64 MB), never a million cells.
    let mut record = csv::StringRecord::new();
    // Rows are counted as records, as a spreadsheet shows the file (a cell may hold a line
    // break).
    for row in 0.. {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                return Err(Box::new(SheetProblem::at(
                    row + 1,
                    None,
                    SheetIssue::Unreadable(e.to_string()),
                )));
            }
        }
        let last = record
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.trim().is_empty())
            .map(|(i, _)| i)
            .last();
        let Some(last) = last else {
            continue;
        };
        limits::check_cell(row, last)?;
        let cells: Vec<Cell> = record
            .iter()
            .take(last + 1)
            .map(|s| match s.trim().is_empty() {
                true => Cell::Empty,
                false => Cell::Text(s.to_owned()),
            })
            .collect();
        progress.add(cells.len());
        rows.push((row + 1, cells));
    }
    debug_assert!(rows.len() <= MAX_ROWS && rows.iter().all(|(_, c)| c.len() <= MAX_COLUMNS));
    Ok(Table {
        rows,
        hidden: Vec::new(),
    })
}
