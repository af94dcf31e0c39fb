//! Scores by group for many candidates: a table, one row per candidate in rank order (its
//! colour in a swatch), one column per group (id and weight), each cell shaded from white
//! (0) to deep blue (100) and carrying its score, so it reads in grey print too.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{ChartError, Frame, INK, colour, label};
use crate::format;
use crate::i18n::{Lang, Num, tr};
use crate::scoring::Results;

/// The shade of a score: white at 0, the palette's blue at 100.
fn shade(score: f64) -> RGBColor {
    let t = (score / 100.0).clamp(0.0, 1.0);
    let mix = |from: u8, to: u8| (f64::from(from) + (f64::from(to) - f64::from(from)) * t) as u8;
    RGBColor(mix(255, 0), mix(255, 90), mix(255, 160))
}

pub fn score_table<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame,
    r: &Results,
    lang: Lang,
    (top, bottom): (i32, i32),
) -> Result<(), ChartError> {
    let rows = r.candidates.len().max(1) as i32 + 1;
    let row = ((bottom - top) / rows).max(4);
    let size = (f.units(row) * 0.55).clamp(8.0, 20.0);
    let font = f.font(size, false);
    let bold = f.font(size, true);
    let (names, names_width) =
        super::layout::name_column(area, f, &super::ranked_names(r, lang), &font);
    let swatch = (row * 6 / 10).max(2);
    let left = f.px(30.0) + swatch + f.px(8.0) + names_width + f.px(16.0);
    let right = f.width - f.px(20.0);
    let groups = &r.checklist.groups;
    let cell = (right - left) / groups.len().max(1) as i32;
    for (gi, (g, (_, w))) in groups.iter().zip(&r.group_weights).enumerate() {
        let centre = left + cell * gi as i32 + cell / 2;
        let head = tr::chart_group_label(&g.id, Num::percent(*w)).text(lang);
        label(
            area,
            &head,
            (centre, top + row / 2),
            &bold,
            &INK,
            (HPos::Center, VPos::Center),
        )?;
    }
    for (i, c) in r.candidates.iter().enumerate() {
        let y0 = top + row * (i as i32 + 1);
        let mid = y0 + row / 2;
        area.draw(&Rectangle::new(
            [
                (f.px(30.0), mid - swatch / 2),
                (f.px(30.0) + swatch, mid + swatch / 2),
            ],
            colour(c.order).filled(),
        ))?;
        label(
            area,
            &names[i],
            (f.px(30.0) + swatch + f.px(8.0), mid),
            &font,
            &INK,
            (HPos::Left, VPos::Center),
        )?;
        for (gi, g) in groups.iter().enumerate() {
            let x0 = left + cell * gi as i32;
            let Some(s) = c.groups.iter().find(|s| s.id == g.id) else {
                continue;
            };
            area.draw(&Rectangle::new(
                [(x0 + 1, y0 + 1), (x0 + cell - 1, y0 + row - 1)],
                shade(s.score).filled(),
            ))?;
            let ink = if s.score > 55.0 { WHITE } else { INK };
            let text = format::number(s.score, 1, lang);
            label(
                area,
                &text,
                (x0 + cell / 2, mid),
                &font,
                &ink,
                (HPos::Center, VPos::Center),
            )?;
        }
    }
    Ok(())
}
