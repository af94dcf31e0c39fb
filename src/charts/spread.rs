//! Evaluator spread: for each candidate (rank order), each evaluator's own total as a circle
//! in the candidate's colour, one line per evaluator so none hides another, and the total the
//! results use as a thick bar. Where circles lie far apart, the evaluators disagree.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{ChartError, Frame, GRID, INK, MUTED, colour, label, title, widest};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::Results;

/// Up to this many evaluators, each circle carries the evaluator's name.
const NAMED_UP_TO: usize = 6;

pub fn spread<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: &Results,
    lang: Lang,
) -> Result<(), ChartError> {
    let t = |m: Msg| m.text(lang);
    let f = Frame::of(area);
    let top = title(
        area,
        &f,
        &t(tr::chart_spread()),
        &t(tr::chart_spread_note(r.aggregation.msg())),
    )?;
    let bottom = f.height - f.px(50.0);
    let n = r.candidates.len().max(1) as i32;
    let row = (bottom - top) / n;
    // Text as large as the rows allow (thirty agencies: small). Without room for a band above
    // the evaluators, each result's value goes at the right end of its row instead.
    let size = (f.units(row) * 0.5).clamp(9.0, 22.0);
    let compact = f.units(row) < 3.2 * size;
    let name_font = f.font(size, true);
    let small = f.font(size.min(16.0), false);
    let (names, names_width) =
        super::layout::name_column(area, &f, &super::ranked_names(r, lang), &name_font);
    let left = f.px(30.0) + names_width + f.px(30.0);
    let values: Vec<String> = r
        .candidates
        .iter()
        .map(|c| format::points(c.total, lang))
        .collect();
    let right = if compact {
        f.width - f.px(40.0) - widest(area, values.iter().cloned(), &small)
    } else {
        f.width - f.px(40.0)
    };
    // The range shown: every total in it, in tens, at least 20 points wide — the spread
    // between evaluators is what this chart is for.
    let all = r.candidates.iter().map(|c| c.total).chain(
        r.evaluators
            .iter()
            .flat_map(|e| e.totals.iter().flatten().copied()),
    );
    let (lo, hi) = all.fold((100.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let (mut lo, mut hi) = ((lo / 10.0).floor() * 10.0, (hi / 10.0).ceil() * 10.0);
    if hi - lo < 20.0 {
        hi = (lo + 20.0).min(100.0);
        lo = hi - 20.0;
    }
    let x = |v: f64| left + ((right - left) as f64 * (v - lo) / (hi - lo)).round() as i32;
    let step = if hi - lo > 50.0 { 10 } else { 5 };
    // A line every `step` points, a label every other one.
    let ticks = (lo as i32..=hi as i32).step_by(step).map(|v| {
        let text = (v % (2 * step as i32) == 0).then(|| format::number(f64::from(v), 0, lang));
        (x(f64::from(v)), text)
    });
    super::vertical_grid(area, &f, ticks, (top, bottom))?;
    let m = r.evaluators.len().max(1) as i32;
    // A band at the top of each row for the result's value; the evaluators below it.
    let pad = if compact { 0 } else { f.px(26.0).min(row / 4) };
    let line = ((row - pad - f.px(2.0)) / m).max(1);
    let radius = (line * 4 / 10).clamp(2, f.px(9.0).max(2));
    for (i, c) in r.candidates.iter().enumerate() {
        let row_top = top + row * i as i32;
        let mid = row_top + row / 2;
        if i > 0 {
            area.draw(&PathElement::new(
                vec![(f.px(30.0), row_top), (right, row_top)],
                GRID.stroke_width(1),
            ))?;
        }
        label(
            area,
            &names[i],
            (f.px(30.0), mid),
            &name_font,
            &INK,
            (HPos::Left, VPos::Center),
        )?;
        let colour = colour(c.order);
        // The result: a thick bar across the row, its value beside it.
        let (bx, half) = (x(c.total), f.px(3.0).max(1));
        area.draw(&Rectangle::new(
            [
                (bx - half, row_top + pad / 2),
                (bx + half, row_top + row - pad / 2),
            ],
            colour.filled(),
        ))?;
        if compact {
            label(
                area,
                &values[i],
                (f.width - f.px(30.0), mid),
                &small,
                &INK,
                (HPos::Right, VPos::Center),
            )?;
        } else {
            let result = t(tr::chart_spread_result(format::points(c.total, lang)));
            label(
                area,
                &result,
                (bx, row_top + pad - f.px(4.0)),
                &small,
                &INK,
                (HPos::Center, VPos::Bottom),
            )?;
        }
        for (k, e) in r.evaluators.iter().enumerate() {
            let Some(total) = e.totals.get(c.order).copied().flatten() else {
                continue;
            };
            let y = row_top + pad + line * k as i32 + line / 2;
            let stroke = f.px(3.0).max(1) as u32;
            area.draw(&Circle::new(
                (x(total), y),
                radius,
                colour.stroke_width(stroke),
            ))?;
            if r.evaluators.len() <= NAMED_UP_TO && line >= f.px(13.0) {
                // The name on the side away from the result's bar, so it never crosses it.
                let (w, _) = area
                    .estimate_text_size(&e.name, &small.clone().into_text_style(area))
                    .unwrap_or((0, 0));
                let room_left = x(total) - radius - f.px(6.0) - w as i32 > left;
                let (at, anchor) = if x(total) < bx && room_left {
                    (x(total) - radius - f.px(6.0), HPos::Right)
                } else {
                    (x(total) + radius + f.px(6.0), HPos::Left)
                };
                label(
                    area,
                    &e.name,
                    (at, y),
                    &small,
                    &MUTED,
                    (anchor, VPos::Center),
                )?;
            }
        }
    }
    Ok(())
}
