//! Scores by group: for each group, the candidates' scores side by side (grouped bars), the
//! group's weight in its label. With more than eight candidates (thirty agencies) bars would
//! be hairlines: the same scores as a table, one row per candidate in rank order, each cell
//! shaded by its score and carrying its number. The groups' titles are keyed below, whole.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::layout::{KeyEntry, KeyPlan};
use super::{ChartError, Frame, GRID, INK, MUTED, colour, label, title};
use crate::format;
use crate::i18n::{Lang, Msg, Num, tr};
use crate::scoring::Results;

/// Above this many candidates, the scores are a shaded table instead of bars.
pub(super) const BARS_UP_TO: usize = 8;

/// The key of the groups' titles at the bottom, in as many columns as keep each title
/// readable, in at most a third of the picture. Returns where the key starts.
fn group_key<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame,
    r: &Results,
    lang: Lang,
) -> Result<i32, ChartError> {
    let entries: Vec<KeyEntry> = r
        .checklist
        .groups
        .iter()
        .map(|g| KeyEntry {
            swatch: None,
            text: format!("{}  {}", g.id, g.title.get(lang)),
        })
        .collect();
    let width = f.width - f.px(60.0);
    let plan = KeyPlan::new(area, f, &entries, width, f.height / 3);
    let key_top = f.height - f.px(20.0) - plan.height();
    plan.draw(area, f, &entries, (f.px(30.0), key_top, width), lang)?;
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
    // The legend: each candidate in its colour, in the candidates' order, wrapped.
    let top = super::legend(area, &f, r, lang, (f.px(30.0), top), f.width - f.px(30.0))?;
    let mut order: Vec<_> = r.candidates.iter().collect();
    order.sort_by_key(|c| c.order);
    if super::groups_rows::drawn_as_rows(r) {
        return super::groups_rows::group_rows(area, &f, r, lang, top + f.px(20.0), &order);
    }
    let plot_top = top + f.px(20.0);
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
        let name = t(tr::chart_group_label(&g.id, Num::percent(*w)));
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
