//! Scores by group: for each group, the candidates' scores side by side (grouped bars), the
//! group's weight in its label. With more than eight candidates (thirty agencies) bars would
//! be hairlines: the same scores as a table, one row per candidate in rank order, each cell
//! shaded by its score and carrying its number. The groups' titles are keyed below, whole.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{ChartError, Frame, GRID, INK, MUTED, colour, label, title};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::Results;

/// Above this many candidates, the scores are a shaded table instead of bars.
const BARS_UP_TO: usize = 8;

/// The key of the groups' titles at the bottom, kept whole: two columns when every title
/// fits in half the width, else one. Returns where the key starts.
fn group_key<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame,
    r: &Results,
    lang: Lang,
) -> Result<i32, ChartError> {
    let font = f.font(18.0, false);
    let keys: Vec<String> = r
        .checklist
        .groups
        .iter()
        .map(|g| format!("{}  {}", g.id, g.title.get(lang)))
        .collect();
    let half = f.width / 2 - f.px(40.0);
    let columns = if super::widest(area, keys.iter().cloned(), &font) <= half {
        2
    } else {
        1
    };
    let key_width = f.width / columns - f.px(40.0);
    let key_rows = keys.len().div_ceil(columns as usize) as i32;
    let key_top = f.height - f.px(20.0) - key_rows * f.px(28.0);
    for (gi, key) in keys.iter().enumerate() {
        let (column, line) = (gi as i32 % columns, gi as i32 / columns);
        let key = super::fit(area, key, &font, key_width);
        let at = (
            f.px(30.0) + column * (f.width / 2),
            key_top + line * f.px(28.0),
        );
        label(area, &key, at, &font, &MUTED, (HPos::Left, VPos::Top))?;
    }
    Ok(key_top)
}

pub fn group_scores<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: &Results,
    lang: Lang,
) -> Result<(), ChartError> {
    let t = |m: Msg| m.text(lang);
    let f = Frame::of(area);
    let top = title(
        area,
        &f,
        &t(tr::chart_groups()),
        &t(tr::chart_groups_note()),
    )?;
    if r.candidates.len() > BARS_UP_TO {
        let key_top = group_key(area, &f, r, lang)?;
        return super::heatmap::score_table(area, &f, r, lang, (top, key_top - f.px(20.0)));
    }
    // The legend: each candidate in its colour, in the candidates' order.
    let mut order: Vec<_> = r.candidates.iter().collect();
    order.sort_by_key(|c| c.order);
    let legend_font = f.font(20.0, false);
    let mut lx = f.px(30.0);
    for c in &order {
        let size = f.px(18.0);
        area.draw(&Rectangle::new(
            [(lx, top), (lx + size, top + size)],
            colour(c.order).filled(),
        ))?;
        let name = c.name.get(lang);
        label(
            area,
            name,
            (lx + size + f.px(8.0), top + size / 2),
            &legend_font,
            &INK,
            (HPos::Left, VPos::Center),
        )?;
        let (w, _) = area
            .estimate_text_size(
                &super::nfc(name),
                &legend_font.clone().into_text_style(area),
            )
            .unwrap_or((0, 0));
        lx += size + f.px(8.0) + w as i32 + f.px(30.0);
    }
    let plot_top = top + f.px(50.0);
    let (left, right) = (f.px(70.0), f.width - f.px(20.0));
    // Below the bars: the id and weight of each group; under them, a key of the titles.
    let label_font = f.font(18.0, false);
    let key_top = group_key(area, &f, r, lang)?;
    let bottom = key_top - f.px(60.0);
    let y = |v: f64| bottom - ((bottom - plot_top) as f64 * v / 100.0).round() as i32;
    let tick_font = f.font(18.0, false);
    for v in (0..=100).step_by(25) {
        let v = f64::from(v);
        area.draw(&PathElement::new(
            vec![(left, y(v)), (right, y(v))],
            GRID.stroke_width(1),
        ))?;
        let text = format::number(v, 0, lang);
        label(
            area,
            &text,
            (left - f.px(8.0), y(v)),
            &tick_font,
            &MUTED,
            (HPos::Right, VPos::Center),
        )?;
    }
    let groups = &r.checklist.groups;
    let slot = (right - left) / groups.len().max(1) as i32;
    let bar = ((slot * 8 / 10) / order.len().max(1) as i32).max(1);
    for (gi, (g, (_, w))) in groups.iter().zip(&r.group_weights).enumerate() {
        let x0 = left + slot * gi as i32 + slot / 10;
        for (k, c) in order.iter().enumerate() {
            if let Some(s) = c.groups.iter().find(|s| s.id == g.id) {
                let bx = x0 + bar * k as i32;
                area.draw(&Rectangle::new(
                    [(bx, y(s.score)), (bx + bar - 1, bottom)],
                    colour(c.order).filled(),
                ))?;
            }
        }
        let centre = left + slot * gi as i32 + slot / 2;
        let name = t(tr::chart_group_label(&g.id, crate::i18n::Arg::Percent(*w)));
        label(
            area,
            &name,
            (centre, bottom + f.px(10.0)),
            &label_font,
            &INK,
            (HPos::Center, VPos::Top),
        )?;
    }
    Ok(())
}
