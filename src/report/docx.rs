//! The report as an editable Word document laid out as a Vietnamese administrative "báo cáo"
//! (Thông tư 01/2011/TT-BNV; Nghị định 30/2020/NĐ-CP): A4 portrait, margins 20/20/30/15 mm,
//! Times New Roman in all four font slots, body 14 pt justified with a 1 cm first-line indent
//! and 6 pt after each paragraph; the two-block header as a borderless table; page numbers
//! centred in the top margin from page 2; "Nơi nhận" beside the signature at the end.

use docx_rs::*;

use super::content::{Block, Report, Table as ContentTable};
use crate::charts::ChartError;
use crate::scoring::Results;

/// Twips per millimetre (1 mm = 56.7 twips).
pub(super) fn mm(x: f64) -> i32 {
    (x * 56.7).round() as i32
}

/// The page: A4 portrait.
pub const PAGE_WIDTH: u32 = 11906;
pub const PAGE_HEIGHT: u32 = 16838;
/// Margins in millimetres: top, bottom, left, right.
pub const MARGINS_MM: (f64, f64, f64, f64) = (20.0, 20.0, 30.0, 15.0);
/// The width of the text, in twips: A4 less the left and right margins.
pub(super) fn text_width() -> i32 {
    PAGE_WIDTH as i32 - mm(MARGINS_MM.2) - mm(MARGINS_MM.3)
}

const FONT: &str = "Times New Roman";

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

/// A run of text in `pt` points. A line break typed in a note (or pasted from Word as
/// U+000B, which [`crate::safe_text::xml`] turns into one) is a break in the run: Word
/// would otherwise run the two lines together.
pub(super) fn run(text: &str, pt: f64) -> Run {
    let mut r = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            r = r.add_break(BreakType::TextWrapping);
        }
        r = r.add_text(line.trim_end_matches('\r'));
    }
    r.size((pt * 2.0) as usize).fonts(fonts())
}

pub(super) fn centred(r: Run) -> Paragraph {
    Paragraph::new().add_run(r).align(AlignmentType::Center)
}

/// A body paragraph: justified, first line indented 1 cm, 6 pt after.
pub(super) fn body(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(text, 14.0))
        .align(AlignmentType::Both)
        .indent(
            None,
            Some(SpecialIndentType::FirstLine(mm(10.0))),
            None,
            None,
        )
        .line_spacing(
            LineSpacing::new()
                .after(120)
                .line(276)
                .line_rule(LineSpacingType::Auto),
        )
}

/// An empty paragraph drawn as a short rule: its bottom border between its indents.
pub(super) fn rule(indent: i32) -> Paragraph {
    let mut p = Paragraph::new()
        .indent(Some(indent), None, Some(indent), None)
        .line_spacing(
            LineSpacing::new()
                .after(60)
                .line(120)
                .line_rule(LineSpacingType::Exact),
        );
    p.property = p.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                .val(BorderType::Single)
                .size(6),
        ),
    );
    p
}

pub(super) fn cell(paragraphs: Vec<Paragraph>, width: i32) -> TableCell {
    let mut c = TableCell::new().width(width as usize, WidthType::Dxa);
    for p in paragraphs {
        c = c.add_paragraph(p);
    }
    c
}

pub(super) fn borderless(cells: Vec<TableCell>, grid: Vec<usize>) -> Table {
    Table::without_borders(vec![TableRow::new(cells)])
        .set_grid(grid)
        .layout(TableLayoutType::Fixed)
}

/// The lines of the two header blocks, as every document of the agency has them.
pub(super) struct Head<'a> {
    pub parent: &'a str,
    pub agency: &'a str,
    pub number: &'a str,
    pub nation: &'a str,
    pub motto: &'a str,
    pub place_date: &'a str,
}

impl Report {
    fn head(&self) -> Head<'_> {
        Head {
            parent: &self.parent,
            agency: &self.agency,
            number: &self.number,
            nation: &self.nation,
            motto: &self.motto,
            place_date: &self.place_date,
        }
    }
}

/// The two header blocks: the agency on the left, the national title on the right.
pub(super) fn header_blocks(r: &Head) -> Table {
    let width = text_width();
    let left = width * 40 / 100;
    let right = width - left;
    let tight = || {
        LineSpacing::new()
            .after(0)
            .line(240)
            .line_rule(LineSpacingType::Auto)
    };
    let left_cell = cell(
        vec![
            centred(run(r.parent, 13.0)).line_spacing(tight()),
            centred(run(r.agency, 13.0).bold()).line_spacing(tight()),
            // A rule a third of the block wide under the agency.
            rule(left / 3),
            centred(run(r.number, 13.0)).line_spacing(tight()),
        ],
        left,
    );
    // The motto's rule as long as the motto: about half an em per letter at 13 pt bold.
    let motto_twips = (r.motto.chars().count() as f64 * 13.0 * 0.5 * 20.0) as i32;
    let motto_indent = ((right - motto_twips) / 2).max(0);
    let right_cell = cell(
        vec![
            centred(run(r.nation, 12.0).bold()).line_spacing(tight()),
            centred(run(r.motto, 13.0).bold()).line_spacing(tight()),
            rule(motto_indent),
            centred(run(r.place_date, 14.0).italic())
                .line_spacing(LineSpacing::new().before(120).after(0)),
        ],
        right,
    );
    borderless(
        vec![left_cell, right_cell],
        vec![left as usize, right as usize],
    )
}

pub(super) fn table(t: &ContentTable) -> Table {
    let width = text_width();
    let total: u32 = t.widths.iter().sum::<u32>().max(1);
    let widths: Vec<i32> = t
        .widths
        .iter()
        .map(|w| (i64::from(width) * i64::from(*w) / i64::from(total)) as i32)
        .collect();
    let line = || {
        LineSpacing::new()
            .before(20)
            .after(20)
            .line(240)
            .line_rule(LineSpacingType::Auto)
    };
    // Wide tables in smaller print, so that a number never wraps within its column (the
    // year's ranking has ten columns); never below 10 pt.
    let pt = match t.header.len() {
        0..=6 => 12.0,
        7..=8 => 11.0,
        _ => 10.0,
    };
    let header = TableRow::new(
        t.header
            .iter()
            .zip(&widths)
            .map(|(h, w)| cell(vec![centred(run(h, pt).bold()).line_spacing(line())], *w))
            .collect(),
    );
    let mut rows = vec![header];
    for row in &t.rows {
        // A row is not split between two pages (as the HTML's `break-inside: avoid`): a
        // decision's reason is read with its criterion.
        rows.push(
            TableRow::new(
                row.iter()
                    .zip(&widths)
                    .enumerate()
                    .map(|(i, (text, w))| {
                        let align = if t.numeric.get(i).copied().unwrap_or(false) {
                            AlignmentType::Right
                        } else {
                            AlignmentType::Left
                        };
                        cell(
                            vec![
                                Paragraph::new()
                                    .add_run(run(text, pt))
                                    .align(align)
                                    .line_spacing(line()),
                            ],
                            *w,
                        )
                    })
                    .collect(),
            )
            .cant_split(),
        );
    }
    Table::new(rows)
        .set_grid(widths.iter().map(|w| *w as usize).collect())
        .layout(TableLayoutType::Fixed)
}

/// The chart as a PNG at 300 dpi, as wide as the text.
fn figure(
    chart: crate::charts::Chart,
    r: &Results,
    lang: crate::i18n::Lang,
) -> Result<Paragraph, ChartError> {
    let px = figure_width_px();
    let height = chart.height(r, px);
    let png = crate::charts::png_bytes(chart, r, lang, (px, height))?;
    Ok(picture(&png, (px, height)))
}

/// The width in pixels of a chart as wide as the text: 165 mm at 300 dpi.
pub fn figure_width_px() -> u32 {
    let width_mm = f64::from(text_width()) / 56.7;
    (width_mm / 25.4 * 300.0).round() as u32
}

/// A PNG of `size` pixels as a centred paragraph as wide as the text, kept with its caption.
pub(super) fn picture(png: &[u8], (px, height): (u32, u32)) -> Paragraph {
    let width_mm = f64::from(text_width()) / 56.7;
    let emu_w = (width_mm * 36_000.0) as u32;
    let pic = Pic::new(png).size(
        emu_w,
        (u64::from(emu_w) * u64::from(height) / u64::from(px.max(1))) as u32,
    );
    Paragraph::new()
        .add_run(Run::new().add_image(pic))
        .align(AlignmentType::Center)
        .keep_next(true)
}

/// Why the document could not be made: a chart could not be drawn, or the archive packed.
#[derive(Debug)]
pub enum DocxError {
    Chart(ChartError),
    /// The archive library's own words (its zip version is not ours to name).
    Pack(String),
}

impl From<ChartError> for DocxError {
    fn from(e: ChartError) -> Self {
        DocxError::Chart(e)
    }
}

impl DocxError {
    pub fn msg(&self) -> crate::i18n::Msg {
        match self {
            DocxError::Chart(e) => super::write::plain(&e.to_string()),
            DocxError::Pack(e) => crate::i18n::tr::docx_pack_failed(super::write::plain(e)),
        }
    }
}

/// A new A4 document in the administrative layout, opening on `head`'s two blocks: the
/// margins, Times New Roman 14 pt, and page numbers centred in the top margin from page 2.
pub(super) fn document(head: &Head) -> Docx {
    let (top, bottom, left, right) = MARGINS_MM;
    let page_number = Header::new().add_paragraph(
        Paragraph::new()
            .add_page_num(PageNum::new())
            .align(AlignmentType::Center)
            .size(28)
            .fonts(fonts()),
    );
    Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(mm(top))
                .bottom(mm(bottom))
                .left(mm(left))
                .right(mm(right))
                .header(mm(10.0))
                .footer(mm(10.0)),
        )
        .default_fonts(fonts())
        .default_size(28)
        .header(page_number)
        // Page 1 has its own header: an empty one, so it carries no number.
        .first_header(Header::new())
        .add_table(header_blocks(head))
}

/// A title line: bold, centred, 14 pt.
pub(super) fn heading(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(text, 14.0).bold())
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(0).after(0))
}

/// A section's heading: bold, indented like the body, kept with what follows.
pub(super) fn section_heading(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(text, 14.0).bold())
        .indent(
            None,
            Some(SpecialIndentType::FirstLine(mm(10.0))),
            None,
            None,
        )
        .line_spacing(LineSpacing::new().before(120).after(120))
        .keep_next(true)
}

/// One block of a section, rendered.
pub(super) fn add_block(
    doc: Docx,
    b: &Block,
    r: &Results,
    lang: crate::i18n::Lang,
) -> Result<Docx, DocxError> {
    Ok(match b {
        Block::Para(p) => doc.add_paragraph(body(p)),
        Block::Warning(p) => doc.add_paragraph(
            Paragraph::new()
                .add_run(run(p, 14.0).bold())
                .align(AlignmentType::Both)
                .indent(
                    None,
                    Some(SpecialIndentType::FirstLine(mm(10.0))),
                    None,
                    None,
                )
                .line_spacing(LineSpacing::new().after(120)),
        ),
        Block::List(items) => items
            .iter()
            .fold(doc, |d, item| d.add_paragraph(body(&format!("- {item}")))),
        Block::Table(t) => doc.add_table(table(t)).add_paragraph(
            Paragraph::new().line_spacing(
                LineSpacing::new()
                    .after(0)
                    .line(120)
                    .line_rule(LineSpacingType::Exact),
            ),
        ),
        Block::Figure { chart, caption } => {
            doc.add_paragraph(figure(*chart, r, lang)?).add_paragraph(
                centred(run(caption, 12.0).italic()).line_spacing(LineSpacing::new().after(240)),
            )
        }
        Block::Picture {
            png, size, caption, ..
        } => doc.add_paragraph(picture(png, *size)).add_paragraph(
            centred(run(caption, 12.0).italic()).line_spacing(LineSpacing::new().after(240)),
        ),
    })
}

/// The archive's bytes.
pub(super) fn pack(doc: Docx) -> Result<Vec<u8>, DocxError> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut bytes)
        .map_err(|e| DocxError::Pack(e.to_string()))?;
    Ok(bytes.into_inner())
}

/// The document's bytes (a .docx archive). Its text is [`Report`]'s, made XML-safe there.
pub fn docx(report: &Report, r: &Results) -> Result<Vec<u8>, DocxError> {
    let mut doc = document(&report.head())
        .add_paragraph(heading(&report.title).line_spacing(LineSpacing::new().before(360).after(0)))
        .add_paragraph(heading(&report.subject))
        .add_paragraph(rule(text_width() * 2 / 5))
        .add_paragraph(
            centred(run(&report.to, 14.0)).line_spacing(LineSpacing::new().before(120).after(240)),
        );
    for (i, s) in report.sections.iter().enumerate() {
        doc = doc.add_paragraph(section_heading(&format!("{}. {}", i + 1, s.title)));
        for b in &s.blocks {
            doc = add_block(doc, b, r, report.lang)?;
        }
    }
    // The end: "Nơi nhận" on the left, the signature on the right.
    let width = text_width();
    let left = width / 2;
    let mut recipients =
        vec![Paragraph::new().add_run(run(&report.recipients_heading, 12.0).bold().italic())];
    recipients.extend(report.recipients.iter().map(|l| {
        Paragraph::new()
            .add_run(run(l, 11.0))
            .line_spacing(LineSpacing::new().after(0))
    }));
    let mut sign = vec![centred(run(&report.signer_title, 14.0).bold())];
    // Room for the signature and the seal.
    sign.extend((0..4).map(|_| Paragraph::new()));
    sign.push(centred(run(&report.signer, 14.0).bold()));
    doc = doc.add_paragraph(Paragraph::new()).add_table(borderless(
        vec![cell(recipients, left), cell(sign, width - left)],
        vec![left as usize, (width - left) as usize],
    ));
    pack(doc)
}
