//! The committee's charts, drawn with plotters from one [`Results`]: one function per chart,
//! generic over the backend, so the same code draws into the app's RGB buffer, a PNG and an
//! SVG. Text comes from the catalog, numbers from the formatter; the embedded Noto Sans draws
//! every Vietnamese letter; each candidate keeps its colour (Okabe–Ito, safe for colour-blind
//! readers) in every chart. No egui here.

mod contributions;
mod export;
mod groups;
mod groups_rows;
mod head_to_head;
mod heatmap;
mod layout;
mod panel;
mod radar;
mod sensitivity;
mod spread;
mod totals;
mod trend;

use std::sync::Once;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use unicode_normalization::UnicodeNormalization;

pub use contributions::{contributions, weighted_contributions};
pub use export::{
    ExportError, Picture, export, export_folder, export_trend, png_bytes, png_picture, svg_picture,
    svg_string,
};
pub use groups::group_scores;
pub use head_to_head::head_to_head;
pub use panel::robustness;
pub use radar::radar;
pub use sensitivity::{sensitivity, sensitivity_grid};
pub use spread::spread;
pub use totals::totals;
pub use trend::{TrendChart, rank_changes, totals_by_period};

use crate::i18n::Lang;
use crate::scoring::{CandidateResult, Results};

/// Every chart, in the order the report and the export list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Chart {
    Totals,
    HeadToHead,
    GroupScores,
    Contributions,
    Radar,
    Spread,
    /// The most critical group's (or the heaviest group's) sensitivity.
    Sensitivity,
    SensitivityGrid,
    Robustness,
}

impl Chart {
    pub const ALL: [Chart; 9] = [
        Chart::Totals,
        Chart::HeadToHead,
        Chart::GroupScores,
        Chart::Contributions,
        Chart::Radar,
        Chart::Spread,
        Chart::Sensitivity,
        Chart::SensitivityGrid,
        Chart::Robustness,
    ];

    /// The file name, without extension, of an exported chart.
    pub fn file_stem(self) -> &'static str {
        match self {
            Chart::Totals => "1-totals",
            Chart::HeadToHead => "2-head-to-head",
            Chart::GroupScores => "3-group-scores",
            Chart::Contributions => "4-contributions",
            Chart::Radar => "5-radar",
            Chart::Spread => "6-evaluators",
            Chart::Sensitivity => "7-sensitivity",
            Chart::SensitivityGrid => "8-sensitivity-all-groups",
            Chart::Robustness => "9-robustness",
        }
    }

    /// The height to draw this chart at for `width`: 16:10, and taller for the charts with a
    /// row per candidate when there are many, so thirty agencies get rows tall enough to
    /// read (on paper as on screen).
    pub fn height(self, r: &Results, width: u32) -> u32 {
        let base = width * 10 / 16;
        let rows = matches!(
            self,
            Chart::Totals | Chart::GroupScores | Chart::Contributions | Chart::Spread
        );
        let n = r.candidates.len() as u32;
        let groups = r.checklist.groups.len();
        if self == Chart::SensitivityGrid {
            return sensitivity::grid_height(r, width);
        }
        if self == Chart::GroupScores && groups_rows::drawn_as_rows(r) {
            return groups_rows::height(groups, n as usize, width);
        }
        if !rows || n <= 10 {
            return base;
        }
        base.max(width * (200 + 45 * n) / 1600)
    }

    /// Draw this chart on `area`.
    pub fn draw<DB: DrawingBackend>(
        self,
        area: &DrawingArea<DB, Shift>,
        r: &Results,
        lang: Lang,
    ) -> Result<(), ChartError> {
        match self {
            Chart::Totals => totals(area, r, lang),
            Chart::HeadToHead => head_to_head(area, r, lang),
            Chart::GroupScores => group_scores(area, r, lang),
            Chart::Contributions => weighted_contributions(area, r, lang),
            Chart::Radar => radar(area, r, lang),
            Chart::Spread => spread(area, r, lang),
            Chart::Sensitivity => sensitivity(area, r, lang, None),
            Chart::SensitivityGrid => sensitivity_grid(area, r, lang),
            Chart::Robustness => robustness(area, r, lang),
        }
    }
}

/// Paper a printed chart spans the width of (portrait).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    A4,
    A5,
}

impl Page {
    pub fn width_mm(self) -> f64 {
        match self {
            Page::A4 => 210.0,
            Page::A5 => 148.0,
        }
    }

    /// The page's width in pixels at `dpi`: A4 at 300 dpi is 2480.
    pub fn width_px(self, dpi: u32) -> u32 {
        (self.width_mm() / 25.4 * f64::from(dpi)).round() as u32
    }
}

/// Why a chart could not be drawn (the backend's own words).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ChartError(pub String);

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        ChartError(e.to_string())
    }
}

/// Okabe & Ito's palette, ordered for contrast on white paper (its yellow last).
const PALETTE: [RGBColor; 8] = [
    RGBColor(0, 114, 178),   // blue
    RGBColor(230, 159, 0),   // orange
    RGBColor(0, 158, 115),   // bluish green
    RGBColor(213, 94, 0),    // vermillion
    RGBColor(204, 121, 167), // reddish purple
    RGBColor(86, 180, 233),  // sky blue
    RGBColor(0, 0, 0),       // black
    RGBColor(240, 228, 66),  // yellow
];

/// A candidate's colour: by its place in the results' candidate order, so it is the same in
/// every chart whatever the ranking.
pub fn colour(order: usize) -> RGBColor {
    PALETTE[order % PALETTE.len()]
}

pub const INK: RGBColor = RGBColor(33, 33, 33);
pub const GRID: RGBColor = RGBColor(220, 220, 220);
pub const MUTED: RGBColor = RGBColor(110, 110, 110);
pub const ALERT: RGBColor = RGBColor(180, 30, 30);
/// Candidates not highlighted, when there are more than colours.
pub const OTHERS: RGBColor = RGBColor(200, 200, 200);

const FAMILY: &str = "sans-serif";

/// Make the embedded Noto Sans the charts' font (once per process).
fn register_fonts() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The embedded fonts are valid; a failure would only mean plotters' default font.
        let _ =
            plotters::style::register_font(FAMILY, FontStyle::Normal, crate::assets::FONT_REGULAR);
        let _ = plotters::style::register_font(FAMILY, FontStyle::Bold, crate::assets::FONT_BOLD);
    });
}

/// Sizes scale with the picture: a chart reads the same on screen and at 300 dpi.
pub(crate) struct Frame {
    pub width: i32,
    pub height: i32,
    unit: f64,
}

impl Frame {
    pub fn of<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>) -> Frame {
        register_fonts();
        let (w, h) = area.dim_in_pixel();
        Frame {
            width: w as i32,
            height: h as i32,
            unit: f64::from(w.min(h * 16 / 10)) / 1000.0,
        }
    }

    /// `n` thousandths of the chart's width.
    pub fn px(&self, n: f64) -> i32 {
        (n * self.unit).round() as i32
    }

    /// `px` pixels in thousandths of the chart's width (the unit of `px` and `font`).
    pub fn units(&self, px: i32) -> f64 {
        f64::from(px) / self.unit
    }

    pub fn font(&self, size: f64, bold: bool) -> FontDesc<'static> {
        let style = if bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        (FAMILY, (size * self.unit).max(6.0), style).into_font()
    }
}

/// Text as ab_glyph can draw it: composed (NFC), since it draws character by character.
pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}

/// Draw `text` at `pos` with `anchor` in `colour`.
pub(crate) fn label<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    pos: (i32, i32),
    font: &FontDesc<'static>,
    colour: &RGBColor,
    anchor: (HPos, VPos),
) -> Result<(), ChartError> {
    let style = font.clone().color(colour).pos(Pos::new(anchor.0, anchor.1));
    area.draw_text(&nfc(text), &style, pos)?;
    Ok(())
}

/// The title at the top left; returns where the drawing below it may start.
pub(crate) fn title<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame,
    text: &str,
    subtitle: &str,
) -> Result<i32, ChartError> {
    area.fill(&WHITE)?;
    label(
        area,
        text,
        (f.px(30.0), f.px(24.0)),
        &f.font(34.0, true),
        &INK,
        (HPos::Left, VPos::Top),
    )?;
    label(
        area,
        subtitle,
        (f.px(30.0), f.px(70.0)),
        &f.font(22.0, false),
        &MUTED,
        (HPos::Left, VPos::Top),
    )?;
    Ok(f.px(115.0))
}

/// The widest of `texts` in `font`, in pixels.
pub(crate) fn widest<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    texts: impl Iterator<Item = String>,
    font: &FontDesc<'static>,
) -> i32 {
    texts
        .filter_map(|t| {
            area.estimate_text_size(&nfc(&t), &font.clone().into_text_style(area))
                .ok()
        })
        .map(|(w, _)| w as i32)
        .max()
        .unwrap_or(0)
}

/// "1. V-Office", "2. M-Office", …: each candidate's rank and name, in rank order, as the bar
/// charts label their rows.
pub(crate) fn ranked_names(r: &Results, lang: Lang) -> Vec<String> {
    r.candidates
        .iter()
        .map(|c| format!("{}. {}", c.rank, c.name.get(lang)))
        .collect()
}

/// A light vertical line at each tick's x from `top` to `bottom`, its label (if any) centred
/// under the plot: the value scale of the horizontal-bar charts.
pub(crate) fn vertical_grid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame,
    ticks: impl IntoIterator<Item = (i32, Option<String>)>,
    (top, bottom): (i32, i32),
) -> Result<(), ChartError> {
    let font = f.font(18.0, false);
    for (x, text) in ticks {
        area.draw(&PathElement::new(
            vec![(x, top), (x, bottom)],
            GRID.stroke_width(1),
        ))?;
        if let Some(text) = text {
            let at = (x, bottom + f.px(8.0));
            label(area, &text, at, &font, &MUTED, (HPos::Center, VPos::Top))?;
        }
    }
    Ok(())
}

/// `text` cut with "…" to fit in `max` pixels in `font`.
pub(crate) fn fit<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    font: &FontDesc<'static>,
    max: i32,
) -> String {
    let style = font.clone().into_text_style(area);
    let width = |t: &str| {
        area.estimate_text_size(&nfc(t), &style)
            .map_or(0, |(w, _)| w as i32)
    };
    if width(text) <= max {
        return text.to_owned();
    }
    let chars: Vec<char> = nfc(text).chars().collect();
    // The longest prefix that fits with the ellipsis, found by halving.
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars[..mid].iter().collect::<String>() + "…";
        if width(&candidate) <= max {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    chars[..lo].iter().collect::<String>().trim_end().to_owned() + "…"
}

/// Up to this many candidates, each one has a colour of its own (Okabe–Ito has eight).
pub const COLOURED_UP_TO: usize = 8;
/// With more (thirty agencies), charts that draw a line or an outline per candidate draw the
/// first few in the ranking in colour and say so; the bar charts and the table show everyone.
pub const HIGHLIGHTED_WHEN_MANY: usize = 4;

/// The candidates drawn in colour, with their colours: all of them in the candidates' order
/// (each in its own colour, as in every chart), or, when there are more than colours, the
/// first few in rank order, each in a colour of its own (their usual ones might repeat).
pub(crate) fn highlighted(r: &Results) -> Vec<(&CandidateResult, RGBColor)> {
    if r.candidates.len() > COLOURED_UP_TO {
        return r
            .candidates
            .iter()
            .take(HIGHLIGHTED_WHEN_MANY)
            .enumerate()
            .map(|(i, c)| (c, colour(i)))
            .collect();
    }
    let mut shown: Vec<&CandidateResult> = r.candidates.iter().collect();
    shown.sort_by_key(|c| c.order);
    shown.into_iter().map(|c| (c, colour(c.order))).collect()
}

/// The key of colours: a swatch and the name of each highlighted candidate, wrapped to
/// `right`, and "the other N" in grey when some are not highlighted. Returns the y below it.
pub(crate) fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame,
    r: &Results,
    lang: Lang,
    (x, y): (i32, i32),
    right: i32,
) -> Result<i32, ChartError> {
    let shown = highlighted(r);
    let mut entries: Vec<(String, RGBColor)> = shown
        .iter()
        .map(|(c, tint)| (c.name.get(lang).to_owned(), *tint))
        .collect();
    let others = r.candidates.len() - shown.len();
    if others > 0 {
        entries.push((crate::i18n::tr::chart_others(others).text(lang), OTHERS));
    }
    let font = f.font(20.0, false);
    let size = f.px(18.0);
    let line = f.px(30.0);
    let (mut lx, mut ly) = (x, y);
    for (name, tint) in entries {
        // A name longer than the line (product and vendor) is cut rather than drawn off it.
        let name = fit(area, &name, &font, right - x - size - f.px(8.0));
        let (w, _) = area
            .estimate_text_size(&nfc(&name), &font.clone().into_text_style(area))
            .unwrap_or((0, 0));
        let width = size + f.px(8.0) + w as i32;
        if lx > x && lx + width > right {
            lx = x;
            ly += line;
        }
        area.draw(&Rectangle::new(
            [(lx, ly), (lx + size, ly + size)],
            tint.filled(),
        ))?;
        label(
            area,
            &name,
            (lx + size + f.px(8.0), ly + size / 2),
            &font,
            &INK,
            (HPos::Left, VPos::Center),
        )?;
        lx += width + f.px(30.0);
    }
    Ok(ly + line)
}

/// The group the single sensitivity chart shows: the most critical (docs/method.md §9), else
/// the heaviest.
pub fn focus_group(r: &Results) -> Option<&str> {
    if let Some((s, _)) = r.critical() {
        return Some(&s.group);
    }
    r.group_weights
        .iter()
        .fold(None, |best: Option<&(String, f64)>, g| match best {
            Some(b) if b.1 >= g.1 => Some(b),
            _ => Some(g),
        })
        .map(|g| g.0.as_str())
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_layout;
