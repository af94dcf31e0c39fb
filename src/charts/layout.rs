//! Room for text in a chart of any size: the column of row labels and the keys (of groups,
//! of colours) take at most a share of the picture, however long the names or many the
//! groups. Before this, a candidate named as product and vendor (~110 characters) pushed the
//! totals' 0–100 axis off the picture the wrong way round, and a key of 32 group titles took
//! more than the chart's height, so 100 was drawn below 0.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{ChartError, Frame, INK, fit, label, nfc};
use crate::i18n::{Lang, tr};

/// The share of the picture's width the row labels may take: the plot keeps the rest.
const LABEL_SHARE: f64 = 0.38;

/// Row labels fitted into the label column: each cut with "…" where it is wider than
/// [`LABEL_SHARE`] of the picture (the report's tables carry every name whole). Returns the
/// labels and the column's width (the widest label as drawn).
pub(crate) fn name_column<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame,
    labels: &[String],
    font: &FontDesc<'static>,
) -> (Vec<String>, i32) {
    let max = (f64::from(f.width) * LABEL_SHARE) as i32;
    let mut fitted: Vec<String> = labels.iter().map(|l| fit(area, l, font, max)).collect();
    // Cut the same way, names that differ only after their shared start ("1. Hệ thống quản
    // lý văn bản…" and "2. Hệ thống quản lý văn bản…", which differ at "… 1 — Công ty" and
    // "… 2 — Công ty") would read alike but for the rank: then the shared start gives way to
    // "…", so each label shows what tells it apart.
    let names: Vec<&str> = fitted.iter().map(|l| split_rank(l).1).collect();
    if has_twins(&names) {
        let whole: Vec<&str> = labels.iter().map(|l| split_rank(l).1).collect();
        let shared = shared_start(&whole);
        fitted = labels
            .iter()
            .map(|l| {
                let (rank, name) = split_rank(l);
                fit(area, &format!("{rank}…{}", &name[shared..]), font, max)
            })
            .collect();
    }
    let width = super::widest(area, fitted.iter().cloned(), font).min(max);
    (fitted, width)
}

/// A label's rank ("12. ") and the rest; no rank when it does not start with one.
fn split_rank(label: &str) -> (&str, &str) {
    let digits = label.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && label[digits..].starts_with(". ") {
        label.split_at(digits + 2)
    } else {
        ("", label)
    }
}

/// True when two of `labels` are the same text.
fn has_twins(labels: &[&str]) -> bool {
    let mut seen = std::collections::HashSet::new();
    !labels.iter().all(|l| seen.insert(l))
}

/// The length in bytes of the start all `labels` share, ending at a word's end (a space), so
/// that what is left starts with a whole word.
fn shared_start(labels: &[&str]) -> usize {
    let Some(first) = labels.first() else {
        return 0;
    };
    let mut end = first.len();
    for l in &labels[1..] {
        end = end.min(
            first
                .char_indices()
                .zip(l.chars())
                .find(|((_, a), b)| a != b)
                .map_or(first.len().min(l.len()), |((i, _), _)| i),
        );
    }
    first[..end].rfind(' ').map_or(0, |space| space + 1)
}

/// `text` in lines of at most `max` pixels, broken between words (a word wider than a line
/// is cut with "…"): a sentence the chart says instead of drawing, kept whole.
pub(crate) fn wrap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    font: &FontDesc<'static>,
    max: i32,
) -> Vec<String> {
    let style = font.clone().into_text_style(area);
    let width = |t: &str| {
        area.estimate_text_size(&nfc(t), &style)
            .map_or(0, |(w, _)| w as i32)
    };
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if width(&format!("{line} {word}")) <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(fit(area, word, font, max)),
        }
    }
    lines
}

/// One line of a key: an optional colour swatch and its text.
pub(crate) struct KeyEntry {
    pub swatch: Option<RGBColor>,
    pub text: String,
}

/// How a key is laid out in its box: columns, line height and font, and how many entries
/// are shown (the rest summed up as "and N more").
pub(crate) struct KeyPlan {
    columns: usize,
    size: f64,
    line: i32,
    shown: usize,
    total: usize,
}

/// Below this text size (thousandths of the width) a key is cut rather than shrunk further.
const KEY_MIN_SIZE: f64 = 12.0;

impl KeyPlan {
    /// The layout of `entries` in a box `width` wide and at most `max_height` tall: the
    /// fewest columns (up to four) in which every line is readable and the key fits; else
    /// smaller text; else as many entries as fit and a last line saying how many are left.
    pub fn new<DB: DrawingBackend>(
        area: &DrawingArea<DB, Shift>,
        f: &Frame,
        entries: &[KeyEntry],
        width: i32,
        max_height: i32,
    ) -> KeyPlan {
        let total = entries.len();
        let texts = || entries.iter().map(|e| e.text.clone());
        for size in [18.0, 15.0, KEY_MIN_SIZE] {
            let line = f.px(size * 1.55);
            let widest = super::widest(area, texts(), &f.font(size, false)) + f.px(40.0);
            for columns in 1..=4usize {
                let fits_across = columns == 1 || widest * columns as i32 <= width;
                let rows = total.div_ceil(columns) as i32;
                if fits_across && rows * line <= max_height {
                    return KeyPlan {
                        columns,
                        size,
                        line,
                        shown: total,
                        total,
                    };
                }
            }
        }
        let line = f.px(KEY_MIN_SIZE * 1.55).max(1);
        let columns = if width >= f.px(900.0) { 2 } else { 1 };
        let rows = (max_height / line - 1).max(0) as usize;
        KeyPlan {
            columns,
            size: KEY_MIN_SIZE,
            line,
            shown: (rows * columns).min(total),
            total,
        }
    }

    /// The key's height as drawn.
    pub fn height(&self) -> i32 {
        let more = usize::from(self.shown < self.total) as i32;
        (self.shown.div_ceil(self.columns) as i32 + more) * self.line
    }

    /// Draw the key with its top left at `(x, top)`, `width` wide.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        f: &Frame,
        entries: &[KeyEntry],
        (x, top, width): (i32, i32, i32),
        lang: Lang,
    ) -> Result<(), ChartError> {
        let font = f.font(self.size, false);
        let column_width = width / self.columns as i32;
        let swatch = (self.line * 6 / 10).max(2);
        for (i, entry) in entries.iter().take(self.shown).enumerate() {
            let (column, row) = ((i % self.columns) as i32, (i / self.columns) as i32);
            let (mut lx, y) = (x + column * column_width, top + row * self.line);
            if let Some(tint) = entry.swatch {
                let sy = y + (self.line - swatch) / 2;
                area.draw(&Rectangle::new(
                    [(lx, sy), (lx + swatch, sy + swatch)],
                    tint.filled(),
                ))?;
                lx += swatch + f.px(8.0);
            }
            let room = x + (column + 1) * column_width - lx - f.px(20.0);
            let text = fit(area, &entry.text, &font, room);
            label(
                area,
                &text,
                (lx, y + self.line / 2),
                &font,
                &INK,
                (HPos::Left, VPos::Center),
            )?;
        }
        if self.shown < self.total {
            let rows = self.shown.div_ceil(self.columns) as i32;
            let more = tr::chart_key_more(self.total - self.shown).text(lang);
            let y = top + rows * self.line + self.line / 2;
            label(
                area,
                &nfc(&more),
                (x, y),
                &font,
                &INK,
                (HPos::Left, VPos::Center),
            )?;
        }
        Ok(())
    }
}
