//! The year's two charts, from a [`Trend`]: each agency's totals across the periods as small
//! multiples (one small panel per agency, in the year's rank order, all on the same 0–100
//! scale, so thirty agencies stay legible where thirty lines on one plot would not), and the
//! rank each moved since the period before. One colour throughout: the panels compare an
//! agency with itself, and colour is kept for up (green) and down (vermillion).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{ChartError, Frame, GRID, INK, MUTED, PALETTE, fit, label, title};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::trend::{Trend, TrendCandidate};

const UP: RGBColor = RGBColor(0, 158, 115);
const DOWN: RGBColor = RGBColor(213, 94, 0);

/// Which of the year's charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrendChart {
    Totals,
    RankChanges,
}

impl TrendChart {
    pub const ALL: [TrendChart; 2] = [TrendChart::Totals, TrendChart::RankChanges];

    pub fn file_stem(self) -> &'static str {
        match self {
            TrendChart::Totals => "1-totals-by-period",
            TrendChart::RankChanges => "2-rank-changes",
        }
    }

    /// The height for `width`: the panels' rows, or a row per agency, under the title.
    pub fn height(self, trend: &Trend, width: u32) -> u32 {
        let n = trend.candidates.len().max(1) as u32;
        let units = match self {
            TrendChart::Totals => 135 + grid(n as usize).1 as u32 * PANEL_HEIGHT as u32,
            TrendChart::RankChanges => 175 + n * 34,
        };
        (width * units / 1000).max(width * 10 / 16)
    }

    pub fn draw<DB: DrawingBackend>(
        self,
        area: &DrawingArea<DB, Shift>,
        trend: &Trend,
        lang: Lang,
    ) -> Result<(), ChartError> {
        match self {
            TrendChart::Totals => totals_by_period(area, trend, lang),
            TrendChart::RankChanges => rank_changes(area, trend, lang),
        }
    }
}

/// A panel's height in thousandths of the width: its name, the plot, the periods' labels.
const PANEL_HEIGHT: i32 = 215;

/// Columns and rows of panels for `n` agencies.
fn grid(n: usize) -> (usize, usize) {
    let columns = match n {
        0..=3 => n.max(1),
        4..=8 => 4,
        _ => 5,
    };
    (columns, n.div_ceil(columns))
}

/// The periods in order, said once for every panel (a panel has no room for their names).
fn subtitle(trend: &Trend, lang: Lang) -> String {
    let labels: Vec<&str> = trend.periods.iter().map(|p| p.label.as_str()).collect();
    tr::chart_trend_totals_sub(labels.join(" · ")).text(lang)
}

/// Small multiples: per agency its total in each period it was scored, joined by a line,
/// with its year rank and name above and its last total beside the last point.
pub fn totals_by_period<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    trend: &Trend,
    lang: Lang,
) -> Result<(), ChartError> {
    let t = |m: Msg| m.text(lang);
    let f = Frame::of(area);
    let top = title(
        area,
        &f,
        &t(tr::chart_trend_totals()),
        &subtitle(trend, lang),
    )?;
    let (columns, _) = grid(trend.candidates.len());
    let left = f.px(30.0);
    let width = (f.width - left - f.px(30.0)) / columns as i32;
    for (i, c) in trend.candidates.iter().enumerate() {
        let x = left + width * (i % columns) as i32;
        let y = top + f.px(f64::from(PANEL_HEIGHT)) * (i / columns) as i32;
        panel(area, &f, trend, c, (x, y), width - f.px(24.0), lang)?;
    }
    Ok(())
}

fn panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame,
    trend: &Trend,
    c: &TrendCandidate,
    (x, y): (i32, i32),
    width: i32,
    lang: Lang,
) -> Result<(), ChartError> {
    let name_font = f.font(17.0, true);
    let name = format!("{}. {}", c.rank, c.name.get(lang));
    let name = fit(area, &name, &name_font, width);
    label(
        area,
        &name,
        (x, y),
        &name_font,
        &INK,
        (HPos::Left, VPos::Top),
    )?;
    // The plot: 0 at the bottom, 100 at the top, a light line at 50; room on the right
    // for the last total.
    let (plot_top, plot_bottom) = (y + f.px(40.0), y + f.px(150.0));
    let plot_right = x + width - f.px(70.0);
    let to_y = |v: f64| plot_bottom - ((plot_bottom - plot_top) as f64 * v / 100.0).round() as i32;
    for v in [0.0, 50.0, 100.0] {
        area.draw(&PathElement::new(
            vec![(x, to_y(v)), (plot_right, to_y(v))],
            GRID.stroke_width(1),
        ))?;
    }
    let n = trend.periods.len();
    let to_x = |p: usize| {
        if n <= 1 {
            (x + plot_right) / 2
        } else {
            x + f.px(10.0) + (plot_right - x - f.px(20.0)) * p as i32 / (n as i32 - 1)
        }
    };
    let colour = PALETTE[0];
    let points: Vec<(usize, f64)> = c
        .periods
        .iter()
        .enumerate()
        .filter_map(|(p, s)| s.as_ref().map(|s| (p, s.total)))
        .collect();
    // Consecutive periods are joined; a period not scored leaves a gap.
    for pair in points.windows(2) {
        if pair[1].0 == pair[0].0 + 1 {
            area.draw(&PathElement::new(
                vec![
                    (to_x(pair[0].0), to_y(pair[0].1)),
                    (to_x(pair[1].0), to_y(pair[1].1)),
                ],
                colour.stroke_width(f.px(4.0).max(1) as u32),
            ))?;
        }
    }
    for &(p, total) in &points {
        area.draw(&Circle::new(
            (to_x(p), to_y(total)),
            f.px(7.0).max(2),
            colour.filled(),
        ))?;
    }
    if let Some(&(p, total)) = points.last() {
        label(
            area,
            &format::number(total, 1, lang),
            (to_x(p) + f.px(12.0), to_y(total)),
            &f.font(15.0, true),
            &INK,
            (HPos::Left, VPos::Center),
        )?;
    }
    Ok(())
}

/// A row per agency in the year's rank order: a bar to the right for each place it moved
/// up since the period before, to the left for each place down, and a dash when it was not
/// scored in both.
pub fn rank_changes<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    trend: &Trend,
    lang: Lang,
) -> Result<(), ChartError> {
    let t = |m: Msg| m.text(lang);
    let f = Frame::of(area);
    let n = trend.periods.len();
    let since = match n {
        0 | 1 => String::new(),
        _ => t(tr::chart_trend_since(
            &trend.periods[n - 2].label,
            &trend.periods[n - 1].label,
        )),
    };
    let top = title(area, &f, &t(tr::chart_trend_rank_changes()), &since)?;
    let rows = trend.candidates.len().max(1) as i32;
    let row = (f.height - top - f.px(30.0)) / rows;
    let size = (f.units(row) * 0.55).clamp(12.0, 22.0);
    let font = f.font(size, false);
    let names: Vec<String> = trend
        .candidates
        .iter()
        .map(|c| format!("{}. {}", c.rank, c.name.get(lang)))
        .collect();
    let names_width = super::widest(area, names.iter().cloned(), &font).min(f.width * 45 / 100);
    let centre = f.px(30.0) + names_width + (f.width - names_width) / 2;
    let most = trend
        .candidates
        .iter()
        .filter_map(|c| c.rank_change)
        .map(i64::unsigned_abs)
        .max()
        .unwrap_or(0)
        .max(1);
    let reach = (f.width - centre - f.px(120.0)).max(1);
    let step = reach / most as i32;
    area.draw(&PathElement::new(
        vec![(centre, top), (centre, top + row * rows)],
        MUTED.stroke_width(1),
    ))?;
    for (i, c) in trend.candidates.iter().enumerate() {
        let mid = top + row * i as i32 + row / 2;
        let name = fit(area, &names[i], &font, names_width);
        label(
            area,
            &name,
            (f.px(30.0), mid),
            &font,
            &INK,
            (HPos::Left, VPos::Center),
        )?;
        let half = (row * 35 / 100).max(1);
        match c.rank_change {
            None => label(
                area,
                "—",
                (centre + f.px(10.0), mid),
                &font,
                &MUTED,
                (HPos::Left, VPos::Center),
            )?,
            Some(0) => label(
                area,
                "=",
                (centre + f.px(10.0), mid),
                &font,
                &MUTED,
                (HPos::Left, VPos::Center),
            )?,
            Some(d) => {
                let end = centre + step * d as i32;
                let (tint, anchor, pad) = if d > 0 {
                    (UP, HPos::Left, f.px(10.0))
                } else {
                    (DOWN, HPos::Right, -f.px(10.0))
                };
                area.draw(&Rectangle::new(
                    [(centre.min(end), mid - half), (centre.max(end), mid + half)],
                    tint.filled(),
                ))?;
                let places = d.unsigned_abs();
                let text = t(if d > 0 {
                    tr::chart_trend_up(places)
                } else {
                    tr::chart_trend_down(places)
                });
                label(
                    area,
                    &text,
                    (end + pad, mid),
                    &font,
                    &INK,
                    (anchor, VPos::Center),
                )?;
            }
        }
    }
    Ok(())
}
