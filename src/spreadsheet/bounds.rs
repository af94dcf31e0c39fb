//! `.xls` and `.ods` through calamine, which reads every sheet of them whole, as a rectangle
//! from the first cell with a value to the last (an `.ods` row may also say "this cell, 16,384
//! times, on a million rows" in a few bytes). So the cells are first counted here, from the
//! file's own records, and the file is refused beyond the limits before calamine reads it.
//! The same pass notes the hidden rows and (`.ods`) the cells shown as percentages.

use std::collections::HashSet;
use std::io::Cursor;

use calamine::{Data, Ods, Range, Reader, SheetType, SheetVisible, Xls};
use quick_xml::events::{BytesStart, Event};

use super::limits::{self, MAX_COLUMNS, MAX_ROWS, MAX_WORKBOOK_CELLS};
use super::read::{Cell, Progress, Table, Tables, cell, unreadable};
use super::xlsx::{attr, check_unpacked_size};
use super::{CHECKLIST_SHEET, SheetIssue, SheetProblem};

/// What the count found of one sheet.
#[derive(Debug, Default)]
struct Counted {
    name: Option<String>,
    /// The rectangle of cells with a value: first and last row and column, 0-based.
    span: Option<(usize, usize, usize, usize)>,
    hidden: Vec<usize>,
    percent: HashSet<(usize, usize)>,
}

impl Counted {
    /// A cell with a value over these rows and columns (0-based, inclusive).
    fn value(
        &mut self,
        rows: (usize, usize),
        columns: (usize, usize),
    ) -> Result<(), Box<SheetProblem>> {
        limits::check_cell(rows.1, columns.1)?;
        self.span = Some(match self.span {
            None => (rows.0, rows.1, columns.0, columns.1),
            Some((r0, r1, c0, c1)) => (
                r0.min(rows.0),
                r1.max(rows.1),
                c0.min(columns.0),
                c1.max(columns.1),
            ),
        });
        Ok(())
    }

    fn cells(&self) -> u64 {
        self.span
            .map_or(0, |(r0, r1, c0, c1)| ((r1 - r0 + 1) * (c1 - c0 + 1)) as u64)
    }
}

fn check_total(sheets: &[Counted]) -> Result<(), Box<SheetProblem>> {
    let total: u64 = sheets.iter().map(Counted::cells).sum();
    if total > MAX_WORKBOOK_CELLS {
        return Err(limits::too_large());
    }
    Ok(())
}

pub fn read_ods(bytes: &[u8], progress: &Progress) -> Result<Tables, Box<SheetProblem>> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| unreadable(e.to_string()))?;
    check_unpacked_size(&mut zip)?;
    let counted = count_ods(&mut zip)?;
    check_total(&counted)?;
    let mut book: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(|e| unreadable(e.to_string()))?;
    read_book(&mut book, &counted, progress)
}

pub fn read_xls(bytes: &[u8], progress: &Progress) -> Result<Tables, Box<SheetProblem>> {
    let stream = super::cfb::workbook_stream(bytes)
        .ok_or_else(|| Box::new(SheetProblem::whole(SheetIssue::NotASpreadsheet)))?;
    let mut counted = count_biff(&stream)?;
    check_total(&counted)?;
    let mut book: Xls<_> = Xls::new(Cursor::new(bytes)).map_err(|e| unreadable(e.to_string()))?;
    // The sheets' records follow the order of the workbook's list of sheets.
    for (c, sheet) in counted.iter_mut().zip(book.sheets_metadata()) {
        c.name = Some(sheet.name.clone());
    }
    read_book(&mut book, &counted, progress)
}

/// The first visible sheet of criteria and the `checklist` sheet, from a book calamine has
/// read (within the limits checked beforehand).
fn read_book<RS, B>(
    book: &mut B,
    counted: &[Counted],
    progress: &Progress,
) -> Result<Tables, Box<SheetProblem>>
where
    RS: std::io::Read + std::io::Seek,
    B: Reader<RS>,
    B::Error: std::fmt::Display,
{
    let sheets = book.sheets_metadata().to_vec();
    let is_meta = |name: &str| name.eq_ignore_ascii_case(CHECKLIST_SHEET);
    let first = sheets
        .iter()
        .position(|s| {
            s.visible == SheetVisible::Visible && s.typ == SheetType::WorkSheet && !is_meta(&s.name)
        })
        .ok_or_else(|| Box::new(SheetProblem::whole(SheetIssue::NoVisibleSheet)))?;
    let name = sheets[first].name.clone();
    let hidden_sheets = sheets[..first]
        .iter()
        .filter(|s| s.visible != SheetVisible::Visible && !is_meta(&s.name))
        .map(|s| s.name.clone())
        .collect();
    let mut table = |name: &str| -> Result<Table, Box<SheetProblem>> {
        let range = book
            .worksheet_range(name)
            .map_err(|e| unreadable(e.to_string()))?;
        let marks = counted.iter().find(|c| c.name.as_deref() == Some(name));
        Ok(to_table(&range, marks, progress))
    };
    let criteria = table(&name)?;
    let meta = match sheets.iter().find(|s| is_meta(&s.name)) {
        Some(s) => Some(table(&s.name.clone())?),
        None => None,
    };
    Ok(Tables {
        criteria,
        meta,
        sheet: Some(name),
        hidden_sheets,
    })
}

fn to_table(range: &Range<Data>, marks: Option<&Counted>, progress: &Progress) -> Table {
    let (top, left) = range.start().unwrap_or((0, 0));
    let cells: Vec<(usize, usize, Cell)> = range
        .used_cells()
        .map(|(r, c, data)| {
            let (r, c) = (r + top as usize, c + left as usize);
            let percent = marks.is_some_and(|m| m.percent.contains(&(r, c)));
            (r, c, cell(data, percent))
        })
        .filter(|(r, c, _)| *r < MAX_ROWS && *c < MAX_COLUMNS)
        .collect();
    progress.add(cells.len());
    let hidden = marks.map(|m| m.hidden.as_slice()).unwrap_or(&[]);
    Table::from_cells(cells, hidden)
}

fn number_attr(e: &BytesStart, name: &str) -> usize {
    attr(e, name)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(1)
        .max(1)
}

/// The ODS sheets (`table:table`) of `content.xml`, their cells counted with repeats.
fn count_ods(zip: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Result<Vec<Counted>, Box<SheetProblem>> {
    let file = zip
        .by_name("content.xml")
        .map_err(|e| unreadable(e.to_string()))?;
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(file));
    let mut sheets: Vec<Counted> = Vec::new();
    let mut buf = Vec::new();
    let (mut row, mut column, mut row_repeats) = (0usize, 0usize, 1usize);
    // The cell being read: its first column, repeats, whether it holds something, percent.
    let mut open: Option<(usize, usize, bool, bool)> = None;
    loop {
        buf.clear();
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|e| unreadable(e.to_string()))?;
        let empty = matches!(event, Event::Empty(_));
        let sheet = sheets.last_mut();
        match event {
            Event::Start(e) if e.name().as_ref() == "table:table" => {
                sheets.push(Counted {
                    name: attr(&e, "table:name").map(|n| {
                        quick_xml::escape::unescape(&n)
                            .map(|t| t.into_owned())
                            .unwrap_or(n)
                    }),
                    ..Counted::default()
                });
                row = 0;
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                row_repeats = number_attr(&e, "table:number-rows-repeated");
                column = 0;
                let hidden = attr(&e, "table:visibility").is_some_and(|v| v != "visible");
                if let Some(s) = sheet
                    && hidden
                {
                    let last = row.saturating_add(row_repeats).min(MAX_ROWS);
                    s.hidden.extend((row..last).map(|r| r + 1));
                }
                if empty {
                    row = row.saturating_add(row_repeats);
                }
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                row = row.saturating_add(row_repeats);
            }
            Event::Start(e) | Event::Empty(e)
                if matches!(
                    e.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                let repeats = number_attr(&e, "table:number-columns-repeated");
                let kind = attr(&e, "office:value-type");
                let has = kind.is_some() || attr(&e, "table:formula").is_some();
                let percent = kind.as_deref() == Some("percentage");
                if empty {
                    if has && let Some(s) = sheet {
                        value(s, (row, row_repeats), (column, repeats), percent)?;
                    }
                    column = column.saturating_add(repeats);
                } else {
                    open = Some((column, repeats, has, percent));
                }
            }
            Event::Text(t) => {
                if let Some(cell) = &mut open
                    && !t.as_ref().trim_ascii().is_empty()
                {
                    cell.2 = true;
                }
            }
            Event::End(e)
                if matches!(
                    e.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                if let Some((first, repeats, has, percent)) = open.take() {
                    if has && let Some(s) = sheet {
                        value(s, (row, row_repeats), (first, repeats), percent)?;
                    }
                    column = first.saturating_add(repeats);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    for s in &mut sheets {
        s.hidden.sort_unstable();
        s.hidden.dedup();
    }
    Ok(sheets)
}

/// A cell with a value repeated over rows and columns: within the limits, and noted.
fn value(
    s: &mut Counted,
    (row, rows): (usize, usize),
    (column, columns): (usize, usize),
    percent: bool,
) -> Result<(), Box<SheetProblem>> {
    let last_row = row.saturating_add(rows - 1);
    let last_column = column.saturating_add(columns - 1);
    s.value((row, last_row), (column, last_column))?;
    if percent {
        for r in row..=last_row {
            s.percent.extend((column..=last_column).map(|c| (r, c)));
        }
    }
    Ok(())
}

/// The BIFF records of an `.xls` workbook stream: each sheet's cells (as calamine keeps
/// them: values, labels, formulas; not blanks) and hidden rows.
fn count_biff(stream: &[u8]) -> Result<Vec<Counted>, Box<SheetProblem>> {
    let u16_at = |d: &[u8], at: usize| {
        d.get(at..at + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]) as usize)
    };
    let mut sheets: Vec<Counted> = Vec::new();
    let mut depth = 0usize;
    let mut at = 0usize;
    while at + 4 <= stream.len() {
        let kind = u16_at(stream, at).unwrap_or(0);
        let len = u16_at(stream, at + 2).unwrap_or(0);
        let data = stream.get(at + 4..at + 4 + len).unwrap_or(&[]);
        at += 4 + len;
        match kind {
            0x0809 => {
                depth += 1;
                // Substreams after the workbook's own: one per sheet, in order.
                if depth == 1 && at > 4 + len {
                    sheets.push(Counted::default());
                }
            }
            0x000A => depth = depth.saturating_sub(1),
            _ => {}
        }
        let Some(sheet) = sheets.last_mut().filter(|_| depth == 1) else {
            continue;
        };
        let (Some(row), Some(column)) = (u16_at(data, 0), u16_at(data, 2)) else {
            continue;
        };
        match kind {
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x0006 | 0x027E | 0x00FD => {
                sheet.value((row, row), (column, column))?;
            }
            0x00BD if data.len() >= 6 => {
                let last = u16_at(data, data.len() - 2).unwrap_or(column).max(column);
                sheet.value((row, row), (column, last))?;
            }
            // ROW: bit 5 of its options hides it.
            0x0208 if u16_at(data, 12).is_some_and(|o| o & 0x20 != 0) && row < MAX_ROWS => {
                sheet.hidden.push(row + 1);
            }
            _ => {}
        }
    }
    for s in &mut sheets {
        s.hidden.sort_unstable();
        s.hidden.dedup();
    }
    Ok(sheets)
}
