//! Checklists as spreadsheets, for departments that keep their criteria in Excel: import a
//! criteria sheet (`.xlsx`, `.xls`, `.ods` or `.csv`) into a checklist, and export a checklist
//! to `.xlsx` to circulate for comment and import again unchanged. The columns are documented
//! in docs/formats.md §9 ("Criteria sheets").
//!
//! A workbook has the criteria on its first sheet (one row per criterion, the group repeated
//! on each row) and, when EvalDesk wrote it, a sheet named `checklist` with everything else
//! (id, title, scale, levels, candidates, grades, AHP matrices).

mod blocks;
mod bounds;
mod cfb;
mod export;
mod import;
mod imported;
pub mod limits;
mod read;
mod xlsx;

pub use export::{Contents, criteria_csv, export_xlsx, write_xlsx};
pub use import::import;
pub use imported::{Imported, import_bytes, import_file, import_file_with};
pub use read::{Cell, Progress, Table, Tables, read_bytes, read_tables};

use std::path::{Path, PathBuf};

use crate::i18n::{Lang, Msg, tr};
use crate::model::Problem;

/// The criteria sheet's columns, in the order EvalDesk writes them. Only `group`, `id` and a
/// title are required; the others may be left out or empty.
pub const COLUMNS: [&str; 22] = [
    "group",
    "group_title_vi",
    "group_title_en",
    "group_weight",
    "group_source",
    "group_source_en",
    "id",
    "title_vi",
    "title_en",
    "guidance",
    "guidance_en",
    "source",
    "source_en",
    "kind",
    "unit",
    "unit_en",
    "better",
    "mandatory",
    "threshold",
    "weight",
    "applies_to",
    "evidence",
];

/// The name of the sheet holding the rest of the checklist.
pub const CHECKLIST_SHEET: &str = "checklist";
/// The columns of that sheet.
pub const CHECKLIST_COLUMNS: [&str; 8] = [
    "item", "id", "value", "vi", "en", "vendor", "version", "category",
];

/// The column letter Excel shows for a 0-based column index (0 → A, 26 → AA).
pub fn column_letter(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// Where in a sheet something is wrong: a row (as Excel numbers it) and, when one cell is at
/// fault, its column.
#[derive(Clone, Debug, PartialEq)]
pub struct CellPlace {
    pub sheet: Option<String>,
    pub row: Option<usize>,
    /// The column's letter and its header name.
    pub column: Option<(String, String)>,
}

/// What is wrong with a spreadsheet of criteria.
#[derive(Clone, Debug, PartialEq)]
pub enum SheetIssue {
    Unreadable(String),
    NoHeader,
    NoRows,
    UnknownColumn(String),
    MissingColumn(&'static str),
    DuplicateColumn(String),
    EmptyCell,
    NotNumber(String),
    NotYesNo(String),
    UnknownKind(String),
    UnknownBetter(String),
    /// An `evidence` cell that is neither empty nor "required" / "bắt buộc".
    UnknownEvidence(String),
    /// A `subject` item that is neither "product" nor "agency".
    UnknownSubject(String),
    UnknownItem(String),
    BadMatrix(String),
    /// `criteria_pairwise` for a group the criteria sheet does not have.
    UnknownGroup(String),
    /// The group's title or weight on this row differs from its first row.
    GroupDiffers {
        group: String,
        first_row: usize,
    },
    /// What `validate` says of the checklist the sheet gives.
    Invalid(Problem),
    /// A date where a number belongs (Excel stores `1/2` typed in a cell as a date).
    DateNotNumber(String),
    /// A formula saved without its result.
    NoResult,
    /// A cell with a value beyond the rows and columns read (its name, e.g. `XFD1048576`).
    CellOutside(String),
    /// A workbook too large to be a sheet of criteria.
    TooLarge,
    /// Every sheet but `checklist` is hidden.
    NoVisibleSheet,
    /// Not a spreadsheet EvalDesk reads.
    NotASpreadsheet,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SheetProblem {
    pub place: CellPlace,
    pub issue: SheetIssue,
}

impl SheetIssue {
    pub fn msg(&self) -> Msg {
        match self {
            SheetIssue::Unreadable(detail) => tr::sheet_unreadable(detail.as_str()),
            SheetIssue::NoHeader => tr::sheet_no_header(),
            SheetIssue::NoRows => tr::sheet_no_rows(),
            SheetIssue::UnknownColumn(name) => {
                tr::sheet_unknown_column(name.as_str(), COLUMNS.join(", "))
            }
            SheetIssue::MissingColumn(name) => tr::sheet_missing_column(*name),
            SheetIssue::DuplicateColumn(name) => tr::sheet_duplicate_column(name.as_str()),
            SheetIssue::EmptyCell => tr::sheet_empty_cell(),
            SheetIssue::NotNumber(t) => tr::sheet_not_number(t.as_str()),
            SheetIssue::NotYesNo(t) => tr::sheet_not_yes_no(t.as_str()),
            SheetIssue::UnknownKind(t) => tr::sheet_unknown_kind(t.as_str()),
            SheetIssue::UnknownBetter(t) => tr::sheet_unknown_better(t.as_str()),
            SheetIssue::UnknownEvidence(t) => tr::data_sheet_unknown_evidence(t.as_str()),
            SheetIssue::UnknownSubject(t) => tr::data_sheet_unknown_subject(t.as_str()),
            SheetIssue::UnknownItem(t) => tr::data_sheet_unknown_item(t.as_str()),
            SheetIssue::BadMatrix(detail) => tr::sheet_bad_matrix(detail.as_str()),
            SheetIssue::UnknownGroup(id) => tr::sheet_unknown_group(id.as_str()),
            SheetIssue::GroupDiffers { group, first_row } => {
                tr::sheet_group_differs(group.as_str(), first_row.to_string())
            }
            SheetIssue::Invalid(problem) => problem.msg(),
            SheetIssue::DateNotNumber(date) => tr::sheet_date_not_number(date.as_str()),
            SheetIssue::NoResult => tr::sheet_no_result(),
            SheetIssue::CellOutside(cell) => tr::sheet_cell_outside(
                cell.as_str(),
                limits::MAX_ROWS,
                limits::MAX_COLUMNS,
                column_letter(limits::MAX_COLUMNS - 1),
            ),
            SheetIssue::TooLarge => tr::sheet_too_large(
                limits::MAX_UNPACKED_BYTES / (1024 * 1024),
                limits::MAX_WORKBOOK_CELLS,
            ),
            SheetIssue::NoVisibleSheet => tr::sheet_no_visible_sheet(),
            SheetIssue::NotASpreadsheet => tr::sheet_not_a_spreadsheet(),
        }
    }
}

impl SheetProblem {
    pub fn at(row: usize, column: Option<(String, String)>, issue: SheetIssue) -> Self {
        SheetProblem {
            place: CellPlace {
                sheet: None,
                row: Some(row),
                column,
            },
            issue,
        }
    }

    pub fn whole(issue: SheetIssue) -> Self {
        SheetProblem {
            place: CellPlace {
                sheet: None,
                row: None,
                column: None,
            },
            issue,
        }
    }

    /// `sheet “checklist”, row 5, column K (threshold): what is wrong`.
    pub fn msg(&self) -> Msg {
        let mut places: Vec<Msg> = Vec::new();
        if let Some(sheet) = &self.place.sheet {
            places.push(tr::sheet_place_sheet(sheet.as_str()));
        }
        if let Some(row) = self.place.row {
            places.push(match &self.place.column {
                Some((letter, name)) => {
                    tr::sheet_place_cell(row.to_string(), letter.as_str(), name.as_str())
                }
                None => tr::sheet_place_row(row.to_string()),
            });
        }
        let mut place = places.into_iter();
        match place.next() {
            None => self.issue.msg(),
            Some(first) => {
                let joined = place.fold(first, tr::sheet_place_and);
                tr::located(joined, self.issue.msg())
            }
        }
    }
}

/// A spreadsheet that could not be imported, with every problem found in it.
#[derive(Clone, Debug, PartialEq)]
pub struct BadSheet {
    pub file: PathBuf,
    pub problems: Vec<SheetProblem>,
}

impl BadSheet {
    pub fn new(file: &Path, problems: Vec<SheetProblem>) -> Self {
        BadSheet {
            file: file.to_owned(),
            problems,
        }
    }

    /// One message per problem: `FILE: row 5, column K (threshold): what is wrong`.
    pub fn msgs(&self) -> Vec<Msg> {
        self.problems
            .iter()
            .map(|p| tr::in_file(&self.file, p.msg()))
            .collect()
    }

    pub fn lines(&self, lang: Lang) -> Vec<String> {
        self.msgs().iter().map(|m| m.text(lang)).collect()
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_cells;
