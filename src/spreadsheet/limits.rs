//! How much of a spreadsheet EvalDesk reads, checked before anything is unpacked or laid out,
//! so that a small file can never make the import take gigabytes (a 5 KB workbook whose
//! range reaches XFD1048576 made calamine allocate 512 GiB). The same limits hold for every
//! format; docs/formats.md §9 ("Criteria sheets") states them.

use super::{SheetIssue, SheetProblem, column_letter};

/// Rows (as the spreadsheet numbers them) read from a sheet: no checklist comes near it.
pub const MAX_ROWS: usize = 10_000;
/// Columns read from a sheet (A–CV); the criteria sheet has 20.
pub const MAX_COLUMNS: usize = 100;
/// Cells that .xls and .ods readers may lay out over all the sheets of a workbook (calamine
/// reads every sheet of those whole, as a rectangle): about 110 MB at most.
pub const MAX_WORKBOOK_CELLS: u64 = 2_000_000;
/// The unpacked size of the parts of an .xlsx or .ods that are read (XML), together.
pub const MAX_UNPACKED_BYTES: u64 = 32 * 1024 * 1024;

/// A cell with a value at 0-based (`row`, `column`): refused beyond the limits.
pub fn check_cell(row: usize, column: usize) -> Result<(), Box<SheetProblem>> {
    if row < MAX_ROWS && column < MAX_COLUMNS {
        return Ok(());
    }
    Err(Box::new(SheetProblem::whole(SheetIssue::CellOutside(
        cell_name(row, column),
    ))))
}

/// `B7` for 0-based (6, 1).
pub fn cell_name(row: usize, column: usize) -> String {
    format!("{}{}", column_letter(column), row.saturating_add(1))
}

pub fn too_large() -> Box<SheetProblem> {
    Box::new(SheetProblem::whole(SheetIssue::TooLarge))
}
