//! Sensitivity: for a group, each candidate's total as that group's weight goes from 0 to
//! 100 % (the other groups keeping their proportions) — straight lines, today's weight dashed,
//! and every weight where the leader changes marked with its value (docs/method.md §7). One large
//! panel for one group, or one small panel per group as a grid ("small multiples").

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{ALERT, ChartError, Frame, GRID, INK, MUTED, fit, label, legend, title};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::Results;

/// One group's panel in full, with the group named in the title (`group` by id; the most
/// critical group when None).
pub fn sensitivity<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: &Results,
    lang: Lang,
    group: Option<&str>,
) -> Result<(), ChartError> {
    let f = Frame::of(area);
    let Some(gi) = group
        .or_else(|| super::focus_group(r))
        .and_then(|id| r.checklist.groups.iter().position(|g| g.id == id))
    else {
        return Ok(());
    };
    let g = &r.checklist.groups[gi];
    let name = format!("{} {}", g.id, g.title.get(lang));
    let heading = tr::chart_sensitivity(name).text(lang);
    let heading = fit(area, &heading, &f.font(34.0, true), f.width - f.px(60.0));
    let top = title(area, &f, &heading, &tr::chart_sensitivity_note().text(lang))?;
    let top = legend(area, &f, r, lang, (f.px(30.0), top), f.width - f.px(30.0))?;
    let rect = (
        f.px(90.0),
        top + f.px(30.0),
        f.width - f.px(40.0),
        f.height - f.px(70.0),
    );
    panel(area, &f, r, lang, gi, rect, false)
}

/// Every group's panel, as a grid.
pub fn sensitivity_grid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: &Results,
    lang: Lang,
) -> Result<(), ChartError> {
    let t = |m: Msg| m.text(lang);
    let f = Frame::of(area);
    let top = title(
        area,
        &f,
        &t(tr::chart_sensitivity_grid()),
        &t(tr::chart_sensitivity_grid_note()),
    )?;
    let top = legend(area, &f, r, lang, (f.px(30.0), top), f.width - f.px(30.0))?;
    let shown = grid_groups(r);
    let top = if shown.len() < r.checklist.groups.len() {
        let note = tr::chart_grid_some(shown.len(), r.checklist.groups.len()).text(lang);
        let at = (f.px(30.0), top);
        label(
            area,
            &note,
            at,
            &f.font(18.0, false),
            &MUTED,
            (HPos::Left, VPos::Top),
        )?;
        top + f.px(34.0)
    } else {
        top
    };
    let (columns, rows) = grid_shape(shown.len());
    let (left, right, bottom) = (f.px(20.0), f.width - f.px(10.0), f.height - f.px(10.0));
    let cell_w = (right - left) / columns as i32;
    let cell_h = (bottom - top) / rows as i32;
    for (place, &gi) in shown.iter().enumerate() {
        let (c, l) = ((place % columns) as i32, (place / columns) as i32);
        let (x0, y0) = (left + c * cell_w, top + l * cell_h);
        // Room in the cell for the panel's title above and tick labels left and below.
        let rect = (
            x0 + f.px(55.0),
            y0 + f.px(62.0),
            x0 + cell_w - f.px(20.0),
            y0 + cell_h - f.px(38.0),
        );
        panel(area, &f, r, lang, gi, rect, true)?;
    }
    Ok(())
}

/// Columns and rows of a grid of `n` panels: a little wider than tall.
fn grid_shape(n: usize) -> (usize, usize) {
    let n = n.max(1);
    let columns = ((n as f64 * 1.5).sqrt().ceil() as usize).clamp(1, n);
    (columns, n.div_ceil(columns))
}

/// The grid's height at `width`: each row of panels gets the ~210 thousandths of the width
/// its heading, scale and lines need (twelve groups at 16:10 left the lines 40 high), within
/// 16:10 and 1.45 × the width (one A4 page).
pub fn grid_height(r: &Results, width: u32) -> u32 {
    let (_, rows) = grid_shape(grid_groups(r).len());
    let wanted = width * (200 + 210 * rows as u32) / 1000;
    wanted.clamp(width * 10 / 16, width * 145 / 100)
}

/// Up to this many panels, each readable on an A4 page; with more groups (a checklist of 100
/// made every panel a few pixels tall, its scale drawn upside down), the groups nearest to
/// changing the leader.
pub const GRID_PANELS_MAX: usize = 16;

/// The groups the grid shows, in checklist order: every one, or the [`GRID_PANELS_MAX`]
/// whose weight need change least to change the leader (then the heaviest, for the rest).
pub(crate) fn grid_groups(r: &Results) -> Vec<usize> {
    let n = r.checklist.groups.len();
    if n <= GRID_PANELS_MAX {
        return (0..n).collect();
    }
    let nearest = |gi: usize| {
        r.sensitivity.get(gi).and_then(|s| {
            s.crossovers
                .iter()
                .map(|x| x.distance.abs())
                .min_by(f64::total_cmp)
        })
    };
    let weight = |gi: usize| r.group_weights.get(gi).map_or(0.0, |w| w.1);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| match (nearest(a), nearest(b)) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => weight(b).total_cmp(&weight(a)),
    });
    order.truncate(GRID_PANELS_MAX);
    order.sort_unstable();
    order
}

/// Totals against group `gi`'s share within `(x0, y0, x1, y1)`.
fn panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame,
    r: &Results,
    lang: Lang,
    gi: usize,
    (x0, y0, x1, y1): (i32, i32, i32, i32),
    compact: bool,
) -> Result<(), ChartError> {
    // A panel without room is left out rather than drawn with its scale turned round.
    if x1 - x0 < f.px(20.0) || y1 - y0 < f.px(20.0) {
        return Ok(());
    }
    let g = &r.checklist.groups[gi];
    let today = r.sensitivity.get(gi).map_or(0.0, |s| s.share);
    // Totals are straight in the share: the ends give the range shown, in tens.
    let ends: Vec<f64> = r
        .candidates
        .iter()
        .flat_map(|c| [r.total_at(c, &g.id, 0.0), r.total_at(c, &g.id, 1.0)])
        .collect();
    let lo = ends.iter().copied().fold(100.0, f64::min);
    let hi = ends.iter().copied().fold(0.0, f64::max);
    let mut lo = (lo / 10.0).floor() * 10.0;
    let mut hi = (hi / 10.0).ceil() * 10.0;
    if hi - lo < 20.0 {
        hi = (lo + 20.0).min(100.0);
        lo = hi - 20.0;
    }
    let x = |p: f64| x0 + ((x1 - x0) as f64 * p).round() as i32;
    let y = |v: f64| y1 - ((y1 - y0) as f64 * (v - lo) / (hi - lo)).round() as i32;
    let tick_font = f.font(if compact { 15.0 } else { 18.0 }, false);
    // Small panels carry their two ends only; the large one a line every 10 or 20 points.
    let ticks: Vec<f64> = if compact {
        vec![lo, hi]
    } else {
        let step = if hi - lo > 50.0 { 20 } else { 10 };
        (lo as i32..=hi as i32)
            .step_by(step)
            .map(f64::from)
            .collect()
    };
    for v in ticks {
        area.draw(&PathElement::new(
            vec![(x0, y(v)), (x1, y(v))],
            GRID.stroke_width(1),
        ))?;
        let text = format::number(v, 0, lang);
        label(
            area,
            &text,
            (x0 - f.px(6.0), y(v)),
            &tick_font,
            &MUTED,
            (HPos::Right, VPos::Center),
        )?;
    }
    let shares: &[f64] = if compact {
        &[0.0, 0.5, 1.0]
    } else {
        &[0.0, 0.25, 0.5, 0.75, 1.0]
    };
    for &p in shares {
        area.draw(&PathElement::new(
            vec![(x(p), y0), (x(p), y1)],
            GRID.stroke_width(1),
        ))?;
        let text = format!("{}\u{a0}%", format::number(100.0 * p, 0, lang));
        label(
            area,
            &text,
            (x(p), y1 + f.px(8.0)),
            &tick_font,
            &MUTED,
            (HPos::Center, VPos::Top),
        )?;
    }
    // Today's weight, dashed.
    let dash = f.px(if compact { 4.0 } else { 8.0 }).max(2);
    area.draw(&DashedPathElement::new(
        vec![(x(today), y0), (x(today), y1)],
        dash,
        dash,
        INK.stroke_width(f.px(2.0).max(1) as u32),
    ))?;
    if compact {
        let heading = format!(
            "{} ({})  {}",
            g.id,
            format::percent(today, lang),
            g.title.get(lang)
        );
        let heading = fit(area, &heading, &f.font(17.0, true), x1 - x0 + f.px(40.0));
        label(
            area,
            &heading,
            (x0 - f.px(40.0), y0 - f.px(54.0)),
            &f.font(17.0, true),
            &INK,
            (HPos::Left, VPos::Top),
        )?;
        // Under the heading, what the panel says: robust, or where the leader changes.
        let crossovers = r
            .sensitivity
            .get(gi)
            .map(|s| s.crossovers.as_slice())
            .unwrap_or_default();
        let (status, tint) = if crossovers.is_empty() {
            (tr::chart_grid_robust().text(lang), MUTED)
        } else {
            let at: Vec<String> = crossovers
                .iter()
                .map(|x| format::percent(x.share, lang))
                .collect();
            (tr::chart_grid_changes(at.join("; ")).text(lang), ALERT)
        };
        let status = fit(area, &status, &tick_font, x1 - x0 + f.px(40.0));
        label(
            area,
            &status,
            (x0 - f.px(40.0), y0 - f.px(30.0)),
            &tick_font,
            &tint,
            (HPos::Left, VPos::Top),
        )?;
    } else {
        let today_text = tr::chart_today(format::percent(today, lang)).text(lang);
        label(
            area,
            &today_text,
            (x(today) + f.px(6.0), y0),
            &f.font(18.0, true),
            &INK,
            (HPos::Left, VPos::Top),
        )?;
        let axis = tr::chart_axis_weight(g.id.clone()).text(lang);
        label(
            area,
            &axis,
            ((x0 + x1) / 2, y1 + f.px(30.0)),
            &f.font(18.0, false),
            &MUTED,
            (HPos::Center, VPos::Top),
        )?;
    }
    let stroke = f.px(if compact { 3.0 } else { 4.0 }).max(2) as u32;
    let shown = super::highlighted(r);
    // The others first, thin and grey, so the highlighted lines are drawn over them.
    let others = r
        .candidates
        .iter()
        .filter(|c| !shown.iter().any(|(s, _)| s.id == c.id));
    let grey = super::OTHERS.stroke_width(f.px(1.5).max(1) as u32);
    for c in others.map(|c| (c, grey)).chain(
        shown
            .iter()
            .map(|(c, tint)| (*c, tint.stroke_width(stroke))),
    ) {
        let (c, style) = c;
        let line = vec![
            (x(0.0), y(r.total_at(c, &g.id, 0.0))),
            (x(1.0), y(r.total_at(c, &g.id, 1.0))),
        ];
        area.draw(&PathElement::new(line, style))?;
    }
    let crossovers = r
        .sensitivity
        .get(gi)
        .map(|s| s.crossovers.as_slice())
        .unwrap_or_default();
    let mark_font = f.font(if compact { 15.0 } else { 18.0 }, true);
    for x_ in crossovers {
        let Some(from) = r.candidates.iter().find(|c| c.id == x_.from) else {
            continue;
        };
        let at = (x(x_.share), y(r.total_at(from, &g.id, x_.share)));
        area.draw(&Circle::new(
            at,
            f.px(if compact { 5.0 } else { 7.0 }).max(3),
            ALERT.filled(),
        ))?;
        if compact {
            // The status line above the panel names the weights; labels here would collide.
            continue;
        }
        let text = format::percent(x_.share, lang);
        // Near either end, the label leans inwards so the axis does not cut it.
        let h = if x_.share < 0.15 {
            HPos::Left
        } else if x_.share > 0.85 {
            HPos::Right
        } else {
            HPos::Center
        };
        label(
            area,
            &text,
            (at.0, at.1 - f.px(10.0)),
            &mark_font,
            &ALERT,
            (h, VPos::Bottom),
        )?;
    }
    Ok(())
}
