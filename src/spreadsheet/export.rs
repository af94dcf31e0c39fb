//! A checklist → an `.xlsx` workbook: the criteria sheet (one row per criterion), the
//! `checklist` sheet (everything else), and a guide to the columns in the reader's language.
//! Importing the workbook gives the same checklist back.

use std::path::Path;

use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::{CHECKLIST_COLUMNS, CHECKLIST_SHEET, COLUMNS, blocks};
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Better, Checklist, Kind, Text};
use crate::store::{SaveError, atomic_write};

/// The criteria sheet's name, as a department would call it.
const CRITERIA_SHEET: &str = "tieu-chi";
const GUIDE_SHEET: &str = "huong-dan";

/// Write the workbook to `path` atomically (a temporary file, then rename).
pub fn export_xlsx(path: &Path, checklist: &Checklist, lang: Lang) -> Result<(), SaveError> {
    let bytes = write_xlsx(checklist, lang, Contents::Whole).map_err(|e| {
        SaveError::new(path, crate::model::problem::IoProblem::Other(e.to_string()))
    })?;
    atomic_write(path, &bytes)
}

/// What a workbook holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contents {
    /// Everything: importing it gives the same checklist back.
    Whole,
    /// The criteria and the guide: a sheet to fill in (the sample in `assets/templates/`).
    CriteriaOnly,
}

/// The workbook's bytes.
pub fn write_xlsx(c: &Checklist, lang: Lang, contents: Contents) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold().set_background_color("#E8EEF4");
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);

    // One width per column of COLUMNS, in its order.
    let widths = [
        8, 30, 30, 8, 20, 20, 8, 45, 40, 50, 45, 30, 25, 10, 12, 12, 9, 10, 10, 8, 14, 10,
    ];
    let ws = table(
        &mut wb,
        CRITERIA_SHEET,
        (&COLUMNS, &widths),
        &criteria_rows(c),
        (&bold, &wrap),
    )?;
    // Printed for a meeting: A4 landscape, the header on every page, cells ruled.
    ws.set_paper_size(9)
        .set_landscape()
        .set_print_gridlines(true)
        .set_repeat_rows(0, 0)?;

    if contents == Contents::Whole {
        checklist_sheet(&mut wb, c, &bold, &wrap)?;
    }

    let ws = wb.add_worksheet();
    ws.set_name(GUIDE_SHEET)?;
    header(ws, &["column", ""], &bold)?;
    ws.write_string_with_format(0, 1, tr::sheet_guide_heading().text(lang), &bold)?;
    for (i, (name, msg)) in guide().into_iter().enumerate() {
        ws.write_string(i as u32 + 1, 0, name)?;
        ws.write_string_with_format(i as u32 + 1, 1, msg.text(lang), &wrap)?;
    }
    ws.set_column_width(0, 18)?;
    ws.set_column_width(1, 90)?;
    wb.save_to_buffer()
}

/// The criteria as CSV (comma-separated, UTF-8 with a BOM so Excel reads the Vietnamese
/// letters), the same rows as the workbook's criteria sheet.
pub fn criteria_csv(c: &Checklist) -> String {
    let mut out = csv::WriterBuilder::new().from_writer(Vec::new());
    let _ = out.write_record(COLUMNS);
    for cells in criteria_rows(c) {
        let _ = out.write_record(cells.iter().map(Value::csv));
    }
    let bytes = out.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// Every criterion as one row of [`COLUMNS`].
fn criteria_rows(c: &Checklist) -> Vec<[Value; 22]> {
    let mut rows = Vec::new();
    for g in &c.groups {
        for k in &g.criteria {
            let (group_vi, group_en) = split(Some(&g.title));
            let (tvi, ten) = split(Some(&k.title));
            let (dvi, den) = split(k.guidance.as_ref());
            let (svi, sen) = split(k.source.as_ref());
            let (uvi, uen) = split(k.unit.as_ref());
            let kind = k.kind.map(|kind| match kind {
                Kind::Scale => "scale",
                Kind::YesNo => "yes_no",
                Kind::Numeric => "numeric",
            });
            let better = k.better.map(|b| match b {
                Better::Lower => "lower",
                Better::Higher => "higher",
            });
            let mandatory = k.mandatory.map(|m| if m { "yes" } else { "no" });
            let (source_vi, source_en) = split(g.source.as_ref());
            let applies = k.applies_to.as_deref().map(blocks::applies_to_cell);
            // The English word, which every reader of the sheet's guide can type.
            let evidence = k.evidence.map(|_| "required".to_owned());
            rows.push([
                Value::text(&g.id),
                group_vi,
                group_en,
                Value::number(g.weight),
                source_vi,
                source_en,
                Value::text(&k.id),
                tvi,
                ten,
                dvi,
                den,
                svi,
                sen,
                Value::from(kind.map(str::to_owned)),
                uvi,
                uen,
                Value::from(better.map(str::to_owned)),
                Value::from(mandatory.map(str::to_owned)),
                Value::number(k.threshold),
                Value::number(k.weight),
                Value::from(applies),
                Value::from(evidence),
            ]);
        }
    }
    rows
}

/// The sheet with the rest of the checklist: one item per row.
fn checklist_sheet(
    wb: &mut Workbook,
    c: &Checklist,
    bold: &Format,
    wrap: &Format,
) -> Result<(), XlsxError> {
    // One row per item: item, id, value, vi, en, vendor, version, category.
    let row = |item: &str, id: Option<&str>, value: Value, label: Option<&Text>| {
        let (vi, en) = split(label);
        let id = Value::from(id.map(str::to_owned));
        [
            Value::text(item),
            id,
            value,
            vi,
            en,
            Value::Empty,
            Value::Empty,
            Value::Empty,
        ]
    };
    let mut rows = vec![row("checklist", Some(&c.id), Value::Empty, Some(&c.title))];
    if let Some(subject) = c.subject {
        let word = Value::text(blocks::subject_word(subject));
        rows.push(row("subject", None, word, None));
    }
    for k in c.categories.iter().flatten() {
        rows.push(row("category", Some(&k.id), Value::Empty, Some(&k.title)));
    }
    for (name, v) in [
        ("scale_min", c.scale.min),
        ("scale_max", c.scale.max),
        ("scale_step", c.scale.step),
    ] {
        rows.push(row(name, None, Value::Number(v), None));
    }
    for l in &c.scale.levels {
        rows.push(row("level", None, Value::Number(l.value), Some(&l.label)));
    }
    for g in c.grades.iter().flatten() {
        rows.push(row("grade", None, Value::Number(g.min), Some(&g.label)));
    }
    let plain = |t: &Option<Text>| Value::from(t.as_ref().map(|t| t.get(Lang::Vi).to_owned()));
    for k in c.candidates.iter().flatten() {
        let mut candidate = row("candidate", Some(&k.id), Value::Empty, Some(&k.name));
        candidate[5] = plain(&k.vendor);
        candidate[6] = plain(&k.version);
        candidate[7] = Value::from(k.category.clone());
        rows.push(candidate);
    }
    let json = |m: &Vec<Vec<f64>>| Value::Text(serde_json::to_string(m).unwrap_or_default());
    if let Some(m) = &c.group_pairwise {
        rows.push(row("group_pairwise", None, json(m), None));
    }
    for g in &c.groups {
        if let Some(m) = &g.criteria_pairwise {
            rows.push(row("criteria_pairwise", Some(&g.id), json(m), None));
        }
    }

    let widths = [16, 14, 30, 45, 40, 20, 12, 12];
    table(
        wb,
        CHECKLIST_SHEET,
        (&CHECKLIST_COLUMNS, &widths),
        &rows,
        (bold, wrap),
    )?;
    Ok(())
}

/// A sheet of `rows` under a bold header row that stays in view, each column as wide as
/// `widths` says (one width per column name).
fn table<'a, const N: usize>(
    wb: &'a mut Workbook,
    name: &str,
    (columns, widths): (&[&str; N], &[u16; N]),
    rows: &[[Value; N]],
    (bold, wrap): (&Format, &Format),
) -> Result<&'a mut Worksheet, XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(name)?;
    header(ws, columns, bold)?;
    for (i, cells) in rows.iter().enumerate() {
        for (col, cell) in cells.iter().enumerate() {
            cell.write(ws, i as u32 + 1, col as u16, wrap)?;
        }
    }
    for (col, w) in widths.iter().enumerate() {
        ws.set_column_width(col as u16, f64::from(*w))?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(ws)
}

/// What each column of the criteria sheet holds, for the guide sheet.
fn guide() -> Vec<(&'static str, Msg)> {
    vec![
        ("group", tr::sheet_col_group()),
        ("group_title_vi", tr::sheet_col_group_title()),
        ("group_weight", tr::sheet_col_group_weight()),
        ("id", tr::sheet_col_id()),
        ("title_vi", tr::sheet_col_title()),
        ("guidance", tr::sheet_col_guidance()),
        ("source", tr::sheet_col_source()),
        ("kind", tr::sheet_col_kind()),
        ("unit", tr::sheet_col_unit()),
        ("better", tr::sheet_col_better()),
        ("mandatory", tr::sheet_col_mandatory()),
        ("threshold", tr::sheet_col_threshold()),
        ("weight", tr::sheet_col_weight()),
        ("applies_to", tr::data_sheet_col_applies_to()),
        ("evidence", tr::data_sheet_col_evidence()),
        ("…_en", tr::sheet_col_english()),
        (CHECKLIST_SHEET, tr::sheet_col_checklist_sheet()),
    ]
}

fn header(ws: &mut Worksheet, names: &[&str], bold: &Format) -> Result<(), XlsxError> {
    for (col, name) in names.iter().enumerate() {
        ws.write_string_with_format(0, col as u16, *name, bold)?;
    }
    Ok(())
}

/// One cell to write.
enum Value {
    Empty,
    Text(String),
    Number(f64),
}

impl Value {
    fn text(s: &str) -> Value {
        Value::Text(s.to_owned())
    }

    fn number(n: Option<f64>) -> Value {
        n.map_or(Value::Empty, Value::Number)
    }

    fn csv(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(t) => t.clone(),
            Value::Number(n) => n.to_string(),
        }
    }

    fn write(
        &self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        wrap: &Format,
    ) -> Result<(), XlsxError> {
        match self {
            Value::Empty => {}
            Value::Text(t) => {
                ws.write_string_with_format(row, col, t, wrap)?;
            }
            Value::Number(n) => {
                ws.write_number(row, col, *n)?;
            }
        }
        Ok(())
    }
}

impl From<Option<String>> for Value {
    fn from(s: Option<String>) -> Value {
        s.map_or(Value::Empty, Value::Text)
    }
}

/// A text as its Vietnamese and English cells, the inverse of the importer's reading: a plain
/// string goes in the Vietnamese column alone.
fn split(t: Option<&Text>) -> (Value, Value) {
    match t {
        None => (Value::Empty, Value::Empty),
        Some(Text::Plain(s)) => (Value::text(s), Value::Empty),
        Some(Text::Localized { vi, en }) => (Value::from(vi.clone()), Value::from(en.clone())),
    }
}
