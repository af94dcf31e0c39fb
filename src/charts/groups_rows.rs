//! Scores by group for many groups: one row per group, its title and weight at the left, a
//! horizontal bar per candidate. Below thirteen groups the grouped columns read better; from
//! thirteen, the columns' labels ran into each other, and a key of thirty-two titles left the
//! plot no room (100 was drawn below 0).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{ChartError, Frame, INK, colour, label, vertical_grid};
use crate::format;
use crate::i18n::Lang;
use crate::scoring::{CandidateResult, Results};

/// Up to this many groups, scores by group are grouped columns; with more, rows.
pub const COLUMNS_UP_TO: usize = 12;

/// True when `r`'s scores by group are drawn as rows: more groups than columns can label,
/// and few enough candidates for a bar each (with more, they are a table).
pub fn drawn_as_rows(r: &Results) -> bool {
    r.checklist.groups.len() > COLUMNS_UP_TO && r.candidates.len() <= super::groups::BARS_UP_TO
}

/// The height, in thousandths of a 1600-wide chart, of one group's row with `candidates` bars.
fn row_units(candidates: usize) -> u32 {
    20 + 14 * candidates as u32
}

/// The picture's height for `groups` rows of `candidates` bars at `width`: tall enough for
/// every row, at most a page's proportion (1.45 × the width) so it prints on one A4 page.
pub fn height(groups: usize, candidates: usize, width: u32) -> u32 {
    let wanted = width * (260 + row_units(candidates) * groups as u32) / 1600;
    wanted.clamp(width * 10 / 16, width * 145 / 100)
}

/// Draw the rows between `top` and the bottom of the picture; `order` is the candidates in
/// their order (their colours' order, as in the legend).
pub(super) fn group_rows<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame,
    r: &Results,
    lang: Lang,
    top: i32,
    order: &[&CandidateResult],
) -> Result<(), ChartError> {
    let groups = &r.checklist.groups;
    let bottom = f.height - f.px(60.0);
    let band = ((bottom - top) / groups.len().max(1) as i32).max(2);
    let size = (f.units(band) * 0.6).clamp(9.0, 20.0);
    let font = f.font(size, false);
    let labels: Vec<String> = groups
        .iter()
        .zip(&r.group_weights)
        .map(|(g, (_, w))| {
            format!(
                "{} {} ({})",
                g.id,
                g.title.get(lang),
                format::percent(*w, lang)
            )
        })
        .collect();
    let (labels, labels_width) = super::layout::name_column(area, f, &labels, &font);
    let left = f.px(30.0) + labels_width + f.px(20.0);
    let right = f.width - f.px(40.0);
    let x = |v: f64| left + ((right - left) as f64 * v.clamp(0.0, 100.0) / 100.0).round() as i32;
    let ticks = (0..=100).step_by(20).map(f64::from);
    let ticks = ticks.map(|v| (x(v), Some(format::number(v, 0, lang))));
    vertical_grid(area, f, ticks, (top, bottom))?;
    let bar = ((band * 8 / 10) / order.len().max(1) as i32).max(1);
    for (gi, g) in groups.iter().enumerate() {
        let band_top = top + band * gi as i32;
        let mid = band_top + band / 2;
        label(
            area,
            &labels[gi],
            (f.px(30.0), mid),
            &font,
            &INK,
            (HPos::Left, VPos::Center),
        )?;
        let bars_top = band_top + band / 10;
        for (k, c) in order.iter().enumerate() {
            let Some(s) = c.groups.iter().find(|s| s.id == g.id) else {
                continue;
            };
            let y0 = bars_top + bar * k as i32;
            area.draw(&Rectangle::new(
                [(x(0.0), y0), (x(s.score), y0 + bar - 1)],
                colour(c.order).filled(),
            ))?;
        }
    }
    Ok(())
}
