//! `.xlsx` read cell by cell, never as a rectangle: calamine's `worksheet_range` lays out the
//! whole range the sheet declares (a stray cell at XFD1048576 is 17 billion cells), its cell
//! reader gives one cell at a time. What calamine does not say is read from the sheet's XML
//! here: which rows are hidden, and which formulas were saved without their result.

use std::collections::HashSet;
use std::io::Cursor;

use calamine::{Reader, SheetType, SheetVisible, Xlsx};
use quick_xml::events::{BytesStart, Event};

use super::limits::{self, MAX_COLUMNS, MAX_ROWS, MAX_UNPACKED_BYTES};
use super::read::{Cell, Progress, Table, Tables, cell_ref, unreadable};
use super::{CHECKLIST_SHEET, SheetIssue, SheetProblem};

type Zip<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

pub fn read(bytes: &[u8], progress: &Progress) -> Result<Tables, Box<SheetProblem>> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| unreadable(e.to_string()))?;
    check_unpacked_size(&mut zip)?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| unreadable(e.to_string()))?;
    let sheets = book.sheets_metadata().to_vec();
    let is_meta = |name: &str| name.eq_ignore_ascii_case(CHECKLIST_SHEET);
    let first = sheets.iter().position(|s| {
        s.visible == SheetVisible::Visible && s.typ == SheetType::WorkSheet && !is_meta(&s.name)
    });
    let Some(first) = first else {
        return Err(Box::new(SheetProblem::whole(SheetIssue::NoVisibleSheet)));
    };
    let name = sheets[first].name.clone();
    let hidden_sheets = sheets[..first]
        .iter()
        .filter(|s| s.visible != SheetVisible::Visible && !is_meta(&s.name))
        .map(|s| s.name.clone())
        .collect();
    let parts = sheet_parts(&mut zip);
    let mut table = |name: &str| -> Result<Table, Box<SheetProblem>> {
        let part = parts
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, p)| p.as_str());
        let marks = match part {
            Some(part) => scan_sheet(&mut zip, part)?,
            None => Marks::default(),
        };
        read_cells(&mut book, name, &marks, progress)
    };
    let criteria = table(&name)?;
    let meta = match sheets.iter().find(|s| is_meta(&s.name)) {
        Some(s) => Some(table(&s.name.clone()).map_err(|mut p| {
            p.place.sheet = Some(s.name.clone());
            p
        })?),
        None => None,
    };
    Ok(Tables {
        criteria,
        meta,
        sheet: Some(name),
        hidden_sheets,
    })
}

/// The XML parts (what calamine unpacks) must fit in [`MAX_UNPACKED_BYTES`] as the archive
/// declares them; the zip reader refuses to unpack more than an entry declares.
pub(super) fn check_unpacked_size(zip: &mut Zip) -> Result<(), Box<SheetProblem>> {
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| unreadable(e.to_string()))?;
        let name = entry
            .name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if name.ends_with(".xml") || name.ends_with(".rels") {
            total = total.saturating_add(entry.size());
        }
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(limits::too_large());
    }
    Ok(())
}

/// What the sheet's XML says beside the values.
#[derive(Debug, Default)]
struct Marks {
    /// Hidden rows, 1-based, sorted.
    hidden: Vec<usize>,
    /// Cells (0-based) with a formula and no saved result.
    no_result: HashSet<(usize, usize)>,
}

fn read_cells<RS: std::io::Read + std::io::Seek>(
    book: &mut Xlsx<RS>,
    name: &str,
    marks: &Marks,
    progress: &Progress,
) -> Result<Table, Box<SheetProblem>> {
    let mut reader = book
        .worksheet_cells_reader(name)
        .map_err(|e| unreadable(e.to_string()))?;
    let mut cells = Vec::new();
    while let Some((c, style)) = reader
        .next_cell_with_style_id()
        .map_err(|e| unreadable(e.to_string()))?
    {
        let (row, column) = c.get_position();
        let (row, column) = (row as usize, column as usize);
        let percent = reader
            .styles()
            .get(style)
            .and_then(|s| s.number_format.as_ref())
            .is_some_and(|f| is_percent(&f.format_code));
        let mut value = cell_ref(c.get_value(), percent);
        if value.is_empty() && marks.no_result.contains(&(row, column)) {
            value = Cell::NoResult;
        }
        if value.is_empty() {
            continue;
        }
        limits::check_cell(row, column)?;
        // The same cell written again and again is still bounded.
        if cells.len() >= MAX_ROWS * MAX_COLUMNS {
            return Err(limits::too_large());
        }
        cells.push((row, column, value));
        progress.add(1);
    }
    Ok(Table::from_cells(cells, &marks.hidden))
}

/// A number format that shows a percentage: `%` in its first section, outside quotes and
/// escapes (`0%`, `0.00%`, `#,##0.0" "%`).
pub(super) fn is_percent(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for ch in code.chars() {
        match ch {
            _ if escaped => escaped = false,
            '"' => quoted = !quoted,
            _ if quoted => {}
            '\\' | '_' | '*' => escaped = true,
            ';' => return false,
            '%' => return true,
            _ => {}
        }
    }
    false
}

/// Each sheet's name and the part of the archive that holds it, from the workbook and its
/// relationships.
fn sheet_parts(zip: &mut Zip) -> Vec<(String, String)> {
    let mut ids = Vec::new();
    let mut targets = Vec::new();
    let _ = each_element(zip, "xl/workbook.xml", |e| {
        if e.local_name().as_ref() == "sheet"
            && let (Some(name), Some(id)) = (attr(e, "name"), attr_local(e, "id"))
        {
            ids.push((unescape(&name), id));
        }
        Ok(())
    });
    let _ = each_element(zip, "xl/_rels/workbook.xml.rels", |e| {
        if e.local_name().as_ref() == "Relationship"
            && let (Some(id), Some(target)) = (attr(e, "Id"), attr(e, "Target"))
        {
            let path = match target.strip_prefix('/') {
                Some(absolute) => absolute.to_owned(),
                None => format!("xl/{target}"),
            };
            targets.push((id, path));
        }
        Ok(())
    });
    ids.into_iter()
        .filter_map(|(name, id)| {
            let (_, path) = targets.iter().find(|(i, _)| *i == id)?;
            Some((name, path.clone()))
        })
        .collect()
}

/// Call `f` on each start or empty element of a part of the archive.
fn each_element(
    zip: &mut Zip,
    part: &str,
    mut f: impl FnMut(&BytesStart) -> Result<(), Box<SheetProblem>>,
) -> Result<(), Box<SheetProblem>> {
    let file = zip.by_name(part).map_err(|e| unreadable(e.to_string()))?;
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(file));
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => f(&e)?,
            Ok(Event::Eof) => return Ok(()),
            Ok(_) => {}
            Err(e) => return Err(unreadable(e.to_string())),
        }
    }
}

pub(super) fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .map(|a| a.value.into_owned())
}

/// An attribute by its name without the prefix (`r:id`, whatever `r` is bound to).
fn attr_local(e: &BytesStart, local: &str) -> Option<String> {
    e.attributes().with_checks(false).flatten().find_map(|a| {
        let key: &str = a.key.as_ref();
        let bare = key.rsplit(':').next().unwrap_or(key);
        (key.contains(':') && bare == local).then(|| a.value.into_owned())
    })
}

fn unescape(text: &str) -> String {
    quick_xml::escape::unescape(text)
        .map(|t| t.into_owned())
        .unwrap_or_else(|_| text.to_owned())
}

/// `B7` → (6, 1), 0-based.
pub(super) fn position(reference: &str) -> Option<(usize, usize)> {
    let split = reference.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = reference.split_at(split);
    if letters.is_empty() || letters.len() > 3 || !letters.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let column = letters
        .bytes()
        .fold(0usize, |n, b| n * 26 + (b - b'A' + 1) as usize);
    let row: usize = digits.parse().ok()?;
    Some((row.checked_sub(1)?, column - 1))
}

/// Hidden rows and formulas without a saved result, in one pass over the sheet's XML (which
/// fits in the unpacked limit); positions follow calamine's (a cell or row without `r` is
/// the one after the last).
fn scan_sheet(zip: &mut Zip, part: &str) -> Result<Marks, Box<SheetProblem>> {
    let file = zip.by_name(part).map_err(|e| unreadable(e.to_string()))?;
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(file));
    let mut marks = Marks::default();
    let mut buf = Vec::new();
    let (mut row, mut column) = (0usize, 0usize);
    // The cell being read: whether it has a formula, and a result.
    let mut cell: Option<(bool, bool)> = None;
    let mut in_value = false;
    loop {
        buf.clear();
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|e| unreadable(e.to_string()))?;
        match event {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "row" => {
                if let Some(r) = attr(&e, "r").and_then(|r| r.parse::<usize>().ok()) {
                    row = r.saturating_sub(1);
                }
                column = 0;
                let hidden = attr(&e, "hidden").is_some_and(|h| h == "1" || h == "true");
                if hidden && row < MAX_ROWS {
                    marks.hidden.push(row + 1);
                }
            }
            Event::End(e) if e.local_name().as_ref() == "row" => row += 1,
            Event::Start(e) if e.local_name().as_ref() == "c" => {
                if let Some((r, c)) = attr(&e, "r").as_deref().and_then(position) {
                    (row, column) = (r, c);
                }
                cell = Some((false, false));
            }
            Event::Empty(e) if e.local_name().as_ref() == "c" => {
                if let Some((r, c)) = attr(&e, "r").as_deref().and_then(position) {
                    (row, column) = (r, c);
                }
                column += 1;
            }
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "f" => {
                if let Some(c) = &mut cell {
                    c.0 = true;
                }
            }
            Event::Start(e) if e.local_name().as_ref() == "v" => in_value = true,
            Event::Text(t) if in_value => {
                if let Some(c) = &mut cell
                    && !t.as_ref().trim_ascii().is_empty()
                {
                    c.1 = true;
                }
            }
            Event::End(e) if e.local_name().as_ref() == "v" => in_value = false,
            Event::Start(e) if e.local_name().as_ref() == "is" => {
                // An inline string is a result.
                if let Some(c) = &mut cell {
                    c.1 = true;
                }
            }
            Event::End(e) if e.local_name().as_ref() == "c" => {
                if let Some((true, false)) = cell {
                    limits::check_cell(row, column)?;
                    if marks.no_result.len() >= MAX_ROWS * MAX_COLUMNS {
                        return Err(limits::too_large());
                    }
                    marks.no_result.insert((row, column));
                }
                cell = None;
                column += 1;
            }
            Event::End(e) if e.local_name().as_ref() == "sheetData" => break,
            Event::Eof => break,
            _ => {}
        }
    }
    marks.hidden.sort_unstable();
    marks.hidden.dedup();
    Ok(marks)
}
