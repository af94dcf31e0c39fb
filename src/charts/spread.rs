//! Evaluator spread: for each candidate (rank order), each evaluator's own total as a circle
//! in the candidate's colour, one line per evaluator so none hides another, and the total the
//! results use as a thick bar. Where circles lie far apart, the evaluators disagree.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{ChartError, Frame, GRID, INK, MUTED, colour, label, title, widest};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::{Aggregation, Results};

/// Up to this many evaluators, each circle carries the evaluator's name.
const NAMED_UP_TO: usize = 6;

pub fn spread<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: &Results,
    lang: Lang,
) -> Result<(), ChartError> {
    let t = |m: Msg| m.text(lang);
    let f = Frame::of(area);
    let aggregation = match r.aggregation {
        Aggregation::Mean => tr::agg_mean(),
        Aggregation::Median => tr::agg_median(),
    };
    let top = title(
        area,
        &f,
        &t(tr::chart_spread()),
        &t(tr::chart_spread_note(aggregation)),
    )?;
    let name_font = f.font(22.0, true);
    let names: Vec<String> = r
        .candidates
        .iter()
        .map(|c| format!("{}. {}", c.rank, c.name.get(lang)))
        .collect();
    let left = f.px(30.0) + widest(area, names.iter().cloned(), &name_font) + f.px(30.0);
    let right = f.width - f.px(40.0);
    let bottom = f.height - f.px(50.0);
    let x = |v: f64| left + ((right - left) as f64 * v / 100.0).round() as i32;
    let tick_font = f.font(18.0, false);
    for v in (0..=100).step_by(10) {
        let v = f64::from(v);
        area.draw(&PathElement::new(
            vec![(x(v), top), (x(v), bottom)],
            GRID.stroke_width(1),
        ))?;
        if v as i32 % 20 == 0 {
            let text = format::number(v, 0, lang);
            label(
                area,
                &text,
                (x(v), bottom + f.px(6.0)),
                &tick_font,
                &MUTED,
                (HPos::Center, VPos::Top),
            )?;
        }
    }
    let m = r.evaluators.len().max(1) as i32;
    let n = r.candidates.len().max(1) as i32;
    let row = (bottom - top) / n;
    let pad = row / 8;
    let step = (row - 2 * pad) / m;
    let radius = (step * 4 / 10).clamp(2, f.px(9.0).max(2));
    let small = f.font(16.0, false);
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
        let result = t(tr::chart_spread_result(format::points(c.total, lang)));
        label(
            area,
            &result,
            (bx + f.px(8.0), row_top + pad / 2),
            &small,
            &INK,
            (HPos::Left, VPos::Top),
        )?;
        for (k, e) in r.evaluators.iter().enumerate() {
            let Some(total) = e.totals.get(c.order).copied().flatten() else {
                continue;
            };
            let y = row_top + pad + step * k as i32 + step / 2;
            let stroke = f.px(3.0).max(1) as u32;
            area.draw(&Circle::new(
                (x(total), y),
                radius,
                colour.stroke_width(stroke),
            ))?;
            if r.evaluators.len() <= NAMED_UP_TO && step >= f.px(16.0) {
                label(
                    area,
                    &e.name,
                    (x(total) + radius + f.px(6.0), y),
                    &small,
                    &MUTED,
                    (HPos::Left, VPos::Center),
                )?;
            }
        }
    }
    Ok(())
}
