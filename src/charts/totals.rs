//! Totals: one horizontal bar per candidate, in rank order, on a 0–100 scale; a candidate
//! that is not qualified is drawn hollow with the reason beside it.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{ALERT, ChartError, Frame, INK, colour, label, title, vertical_grid};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::Results;

pub fn totals<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: &Results,
    lang: Lang,
) -> Result<(), ChartError> {
    let t = |m: Msg| m.text(lang);
    let f = Frame::of(area);
    let top = title(
        area,
        &f,
        &t(tr::chart_totals()),
        r.checklist.title.get(lang),
    )?;
    // Text as large as the rows allow: 24 for a few candidates, smaller for thirty agencies.
    let rows = r.candidates.len().max(1) as i32;
    let size = (f.units((f.height - f.px(175.0)) / rows) * 0.5).clamp(9.0, 24.0);
    let name_font = f.font(size, true);
    let (names, names_width) =
        super::layout::name_column(area, &f, &super::ranked_names(r, lang), &name_font);
    let left = f.px(30.0) + names_width + f.px(20.0);
    let right = f.width - f.px(60.0);
    let bottom = f.height - f.px(60.0);
    let x = |v: f64| left + ((right - left) as f64 * v / 100.0).round() as i32;

    // The scale: a light line every 20 points, labelled below.
    let ticks = (0..=100).step_by(20).map(f64::from);
    let ticks = ticks.map(|v| (x(v), Some(format::number(v, 0, lang))));
    vertical_grid(area, &f, ticks, (top, bottom))?;

    let n = r.candidates.len().max(1) as i32;
    let row = (bottom - top) / n;
    let bar = (row * 5 / 10).min(f.px(70.0));
    for (i, c) in r.candidates.iter().enumerate() {
        let mid = top + row * i as i32 + row / 2;
        let colour = colour(c.order);
        label(
            area,
            &names[i],
            (f.px(30.0), mid),
            &name_font,
            &INK,
            (HPos::Left, VPos::Center),
        )?;
        let (y0, y1) = (mid - bar / 2, mid + bar / 2);
        let style = if c.qualified {
            colour.filled()
        } else {
            colour.stroke_width(f.px(4.0).max(2) as u32)
        };
        area.draw(&Rectangle::new([(x(0.0), y0), (x(c.total), y1)], style))?;
        // The reason goes under the bar when the row has room; else "not qualified" beside it.
        let roomy = f.units(row) >= 3.2 * size;
        let mut value = format::points(c.total, lang);
        if !c.qualified && !roomy {
            value = format!("{value} · {}", t(tr::chart_not_qualified_short()));
        }
        let value_font = f.font(size, true);
        label(
            area,
            &value,
            (x(c.total) + f.px(10.0), mid),
            &value_font,
            &INK,
            (HPos::Left, VPos::Center),
        )?;
        if !c.qualified && roomy {
            let why = t(tr::chart_not_qualified(r.failed_reasons(c, lang)));
            let y = y1 + f.px(4.0);
            label(
                area,
                &why,
                (x(0.0), y),
                &f.font(18.0, false),
                &ALERT,
                (HPos::Left, VPos::Top),
            )?;
        }
    }
    Ok(())
}
