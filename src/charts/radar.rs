//! Radar of group scores: one spoke per group (clockwise from the top), rings every 25
//! points, each candidate a closed outline in its colour. plotters has no radar, so it is
//! drawn from polygons, paths and text. The groups' titles are keyed on the right.

use std::f64::consts::PI;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::layout::{KeyEntry, KeyPlan};
use super::{ChartError, Frame, GRID, INK, MUTED, label, legend, title};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::Results;

pub fn radar<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: &Results,
    lang: Lang,
) -> Result<(), ChartError> {
    let t = |m: Msg| m.text(lang);
    let f = Frame::of(area);
    // Thirty outlines on one radar are a tangle: with more candidates than colours, the
    // first few in the ranking, as the note says (the group-scores table has everyone).
    let shown = super::highlighted(r);
    let note = if shown.len() < r.candidates.len() {
        tr::chart_radar_top(shown.len())
    } else {
        tr::chart_radar_note()
    };
    let top = title(area, &f, &t(tr::chart_radar()), &t(note))?;
    let top = legend(area, &f, r, lang, (f.px(30.0), top), f.width - f.px(30.0))?;
    let groups = &r.checklist.groups;
    let n = groups.len().max(1);
    // The radar on the left ~55 %, the key of titles on the right.
    let key_left = f.width * 57 / 100;
    let spoke_font = f.font(20.0, true);
    let spoke_labels: Vec<String> = groups
        .iter()
        .zip(&r.group_weights)
        .map(|(g, (_, w))| format!("{} ({})", g.id, format::percent(*w, lang)))
        .collect();
    // Room around the rings for the widest spoke label, left and right.
    let label_room = super::widest(area, spoke_labels.iter().cloned(), &spoke_font) + f.px(20.0);
    let vertical_room = f.px(50.0);
    let radius = ((f.height - top - 2 * vertical_room).min(key_left - 2 * label_room - f.px(30.0))
        / 2)
    .max(10);
    let centre = (
        f.px(30.0) + label_room + radius,
        top + vertical_room + radius,
    );
    let point = |spoke: usize, v: f64| {
        let angle = -PI / 2.0 + 2.0 * PI * spoke as f64 / n as f64;
        let d = f64::from(radius) * v.clamp(0.0, 100.0) / 100.0;
        (
            centre.0 + (d * angle.cos()).round() as i32,
            centre.1 + (d * angle.sin()).round() as i32,
        )
    };
    let tick_font = f.font(16.0, false);
    for ring in [25.0, 50.0, 75.0, 100.0] {
        let mut path: Vec<(i32, i32)> = (0..n).map(|k| point(k, ring)).collect();
        if n < 3 {
            // Fewer than three spokes make no polygon: rings are circles.
            let d = (f64::from(radius) * ring / 100.0).round() as i32;
            area.draw(&Circle::new(centre, d, GRID.stroke_width(1)))?;
        } else {
            path.push(path[0]);
            area.draw(&PathElement::new(path, GRID.stroke_width(1)))?;
        }
        let text = format::number(ring, 0, lang);
        let at = point(0, ring);
        label(
            area,
            &text,
            (at.0 + f.px(6.0), at.1),
            &tick_font,
            &MUTED,
            (HPos::Left, VPos::Center),
        )?;
    }
    for (k, text) in spoke_labels.iter().enumerate() {
        area.draw(&PathElement::new(
            vec![centre, point(k, 100.0)],
            GRID.stroke_width(1),
        ))?;
        let angle = -PI / 2.0 + 2.0 * PI * k as f64 / n as f64;
        let (dx, dy) = (angle.cos(), angle.sin());
        let at = point(k, 100.0);
        let at = (
            at.0 + (dx * f64::from(f.px(14.0))).round() as i32,
            at.1 + (dy * f64::from(f.px(14.0))).round() as i32,
        );
        let h = if dx > 0.3 {
            HPos::Left
        } else if dx < -0.3 {
            HPos::Right
        } else {
            HPos::Center
        };
        let v = if dy > 0.3 {
            VPos::Top
        } else if dy < -0.3 {
            VPos::Bottom
        } else {
            VPos::Center
        };
        label(area, text, at, &spoke_font, &INK, (h, v))?;
    }
    let stroke = f.px(4.0).max(2) as u32;
    for &(c, colour) in &shown {
        let mut path: Vec<(i32, i32)> = groups
            .iter()
            .enumerate()
            .map(|(k, g)| {
                let s = c
                    .groups
                    .iter()
                    .find(|s| s.id == g.id)
                    .map_or(0.0, |s| s.score);
                point(k, s)
            })
            .collect();
        if n >= 3 {
            area.draw(&Polygon::new(path.clone(), colour.mix(0.10).filled()))?;
            path.push(path[0]);
            area.draw(&PathElement::new(path.clone(), colour.stroke_width(stroke)))?;
        }
        for p in &path {
            area.draw(&Circle::new(*p, f.px(6.0).max(2), colour.filled()))?;
        }
    }
    // The key of titles on the right, as tall as the picture allows.
    let key: Vec<KeyEntry> = groups
        .iter()
        .map(|g| KeyEntry {
            swatch: None,
            text: format!("{}  {}", g.id, g.title.get(lang)),
        })
        .collect();
    let (key_width, room) = (f.width - key_left - f.px(20.0), f.height - top - f.px(20.0));
    let plan = KeyPlan::new(area, &f, &key, key_width, room);
    let key_top = top + (room - plan.height()).max(0) / 2;
    plan.draw(area, &f, &key, (key_left, key_top, key_width), lang)?;
    Ok(())
}
