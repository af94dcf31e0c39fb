//! Weighted contributions: one stacked bar per candidate, in rank order; each segment is a
//! group's points in the total (its weight share × its score), so the segments add up to the
//! total. Groups keep one tone each, with their id inside the segment when it fits.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::layout::{KeyEntry, KeyPlan};
use super::{ChartError, Frame, INK, colour, label, title};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::{CandidateResult, Results};

/// Tones for groups (Tableau 10 and two greys): apart from the candidates' colours, light
/// enough for a dark id on top.
const TONES: [RGBColor; 12] = [
    RGBColor(161, 201, 244),
    RGBColor(255, 180, 130),
    RGBColor(141, 229, 161),
    RGBColor(255, 159, 155),
    RGBColor(208, 187, 255),
    RGBColor(222, 187, 155),
    RGBColor(250, 176, 228),
    RGBColor(207, 207, 207),
    RGBColor(255, 254, 163),
    RGBColor(185, 242, 240),
    RGBColor(170, 170, 170),
    RGBColor(230, 230, 200),
];

pub fn tone(group: usize) -> RGBColor {
    TONES[group % TONES.len()]
}

/// Each group's points in a candidate's total, in checklist order (groups it was not scored
/// on left out): w·G / Σw over the groups scored, so they add up to the total.
pub fn contributions(r: &Results, c: &CandidateResult) -> Vec<(usize, f64)> {
    let scored: f64 = r
        .group_weights
        .iter()
        .filter(|(g, _)| c.groups.iter().any(|s| &s.id == g))
        .map(|(_, w)| w)
        .sum();
    r.group_weights
        .iter()
        .enumerate()
        .filter_map(|(i, (g, w))| {
            let s = c.groups.iter().find(|s| &s.id == g)?;
            (scored > 0.0).then(|| (i, w * s.score / scored))
        })
        .collect()
}

pub fn weighted_contributions<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: &Results,
    lang: Lang,
) -> Result<(), ChartError> {
    let t = |m: Msg| m.text(lang);
    let f = Frame::of(area);
    let top = title(
        area,
        &f,
        &t(tr::chart_contributions()),
        &t(tr::chart_contributions_note()),
    )?;
    // Under the bars: a key of the groups, in at most a third of the picture.
    let groups = &r.checklist.groups;
    let key: Vec<KeyEntry> = groups
        .iter()
        .zip(&r.group_weights)
        .enumerate()
        .map(|(gi, (g, (_, w)))| KeyEntry {
            swatch: Some(tone(gi)),
            text: format!(
                "{} ({})  {}",
                g.id,
                format::percent(*w, lang),
                g.title.get(lang)
            ),
        })
        .collect();
    let key_width = f.width - f.px(60.0);
    let plan = KeyPlan::new(area, &f, &key, key_width, f.height / 3);
    let key_top = f.height - f.px(16.0) - plan.height();
    let bottom = key_top - f.px(50.0);
    let n = r.candidates.len().max(1) as i32;
    let row = (bottom - top) / n;
    // Text as large as the rows allow: 22 for a few candidates, smaller for thirty agencies.
    let size = (f.units(row) * 0.5).clamp(9.0, 22.0);
    let name_font = f.font(size, true);
    let (names, names_width) =
        super::layout::name_column(area, &f, &super::ranked_names(r, lang), &name_font);
    let swatch = f.px(18.0).min(row * 6 / 10);
    let left = f.px(30.0) + swatch + f.px(10.0) + names_width;
    let left = left + f.px(20.0);
    let right = f.width - f.px(90.0);
    let x = |v: f64| left + ((right - left) as f64 * v / 100.0).round() as i32;
    let ticks = (0..=100).step_by(20).map(f64::from);
    let ticks = ticks.map(|v| (x(v), Some(format::number(v, 0, lang))));
    super::vertical_grid(area, &f, ticks, (top, bottom))?;
    let bar = (row * 6 / 10).min(f.px(80.0));
    let id_font = f.font(size.min(18.0), true);
    for (i, c) in r.candidates.iter().enumerate() {
        let mid = top + row * i as i32 + row / 2;
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
            (f.px(30.0) + swatch + f.px(10.0), mid),
            &name_font,
            &INK,
            (HPos::Left, VPos::Center),
        )?;
        let (y0, y1) = (mid - bar / 2, mid + bar / 2);
        let mut at = 0.0;
        for (gi, points) in contributions(r, c) {
            let (x0, x1) = (x(at), x(at + points));
            area.draw(&Rectangle::new([(x0, y0), (x1, y1)], tone(gi).filled()))?;
            area.draw(&Rectangle::new([(x0, y0), (x1, y1)], WHITE.stroke_width(1)))?;
            let id = &groups[gi].id;
            let (w, h) = area
                .estimate_text_size(id, &id_font.clone().into_text_style(area))
                .unwrap_or((0, 0));
            if (x1 - x0) > w as i32 + f.px(8.0) && (y1 - y0) > h as i32 {
                label(
                    area,
                    id,
                    ((x0 + x1) / 2, mid),
                    &id_font,
                    &INK,
                    (HPos::Center, VPos::Center),
                )?;
            }
            at += points;
        }
        let value = format::points(c.total, lang);
        label(
            area,
            &value,
            (x(c.total) + f.px(10.0), mid),
            &f.font(size, true),
            &INK,
            (HPos::Left, VPos::Center),
        )?;
    }
    plan.draw(area, &f, &key, (f.px(30.0), key_top, key_width), lang)?;
    Ok(())
}
