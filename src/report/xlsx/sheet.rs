//! A worksheet being written: its header row, columns as wide as their text, and the one
//! place where text goes into a cell — made XML-safe and cut to what a cell holds.

use rust_xlsxwriter::{Color, Format, Workbook, Worksheet, XlsxError};

use crate::safe_text;

/// Excel's own words fail in Vietnamese sheet names with some characters; ours are plain.
pub(super) fn quoted(sheet: &str) -> String {
    format!("'{}'", sheet.replace('\'', "''"))
}

/// "A1"-style column letters for column `c` (0-based).
pub(super) fn column(c: u16) -> String {
    let mut c = u32::from(c) + 1;
    let mut out = Vec::new();
    while c > 0 {
        let r = (c - 1) % 26;
        out.push(b'A' + r as u8);
        c = (c - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

pub(super) fn colour(order: usize) -> Color {
    let c = crate::charts::colour(order);
    Color::RGB((u32::from(c.0) << 16) | (u32::from(c.1) << 8) | u32::from(c.2))
}

/// Widths that fit the longest text of each column (in characters, within limits).
struct Widths(Vec<usize>);

impl Widths {
    fn see(&mut self, col: u16, text: &str) {
        let col = usize::from(col);
        if self.0.len() <= col {
            self.0.resize(col + 1, 8);
        }
        self.0[col] = self.0[col].max(text.chars().count().min(60));
    }
    fn apply(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        for (c, w) in self.0.iter().enumerate() {
            ws.set_column_width(c as u16, (*w as f64 + 2.0).min(62.0))?;
        }
        Ok(())
    }
}

pub(super) struct Sheet<'a> {
    pub ws: &'a mut Worksheet,
    widths: Widths,
    bold: Format,
    /// What ends a text cut to fit a cell ("… [cut: the full text is in scores.csv]").
    marker: &'a str,
}

impl<'a> Sheet<'a> {
    /// A new sheet `name` with `header` in bold, frozen.
    pub fn new(
        wb: &'a mut Workbook,
        name: &str,
        header: &[String],
        marker: &'a str,
    ) -> Result<Sheet<'a>, XlsxError> {
        let ws = wb.add_worksheet();
        ws.set_name(name)?;
        let mut sheet = Sheet::on(ws, marker);
        sheet.header(header)?;
        sheet.ws.set_freeze_panes(1, 0)?;
        Ok(sheet)
    }

    /// A sheet already in the workbook, written from its first row.
    pub fn on(ws: &'a mut Worksheet, marker: &'a str) -> Sheet<'a> {
        Sheet {
            ws,
            widths: Widths(Vec::new()),
            bold: Format::new().set_bold(),
            marker,
        }
    }

    pub fn header(&mut self, header: &[String]) -> Result<(), XlsxError> {
        for (c, h) in header.iter().enumerate() {
            let h = safe_text::spreadsheet_cell(h, self.marker);
            self.ws
                .write_string_with_format(0, c as u16, &*h, &self.bold)?;
            self.widths.see(c as u16, &h);
        }
        Ok(())
    }

    /// Text into a cell: names and notes come from keyboards and clipboards, so what XML
    /// forbids is taken out and a text longer than a cell holds is cut, with the marker.
    pub fn text(&mut self, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
        let text = safe_text::spreadsheet_cell(text, self.marker);
        self.ws.write_string(row, col, &*text)?;
        self.widths.see(col, &text);
        Ok(())
    }

    pub fn number(&mut self, row: u32, col: u16, x: f64, format: &Format) -> Result<(), XlsxError> {
        self.ws.write_number_with_format(row, col, x, format)?;
        self.widths.see(col, "000000000");
        Ok(())
    }

    pub fn finish(self) -> Result<(), XlsxError> {
        self.widths.apply(self.ws)
    }
}
