//! Head to head: where each product wins. One row per group; a bar to the side of the
//! candidate that scores better there, as long as the weighted difference (points of the
//! total); the overall difference at the bottom. With more than two candidates, the leader
//! against each of the others, one panel each.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{ChartError, Frame, GRID, INK, MUTED, colour, label, title};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::{CandidateResult, Results};

/// Each group's part of the difference between two totals, in points of the total: the
/// group's weight share × its score difference (groups scored for both only), and the sum.
pub fn differences(
    r: &Results,
    a: &CandidateResult,
    b: &CandidateResult,
) -> (Vec<(String, f64)>, f64) {
    let score = |c: &CandidateResult, g: &str| c.groups.iter().find(|s| s.id == g).map(|s| s.score);
    let mut rows = Vec::new();
    for (g, w) in &r.group_weights {
        if let (Some(x), Some(y)) = (score(a, g), score(b, g)) {
            rows.push((g.clone(), w * (x - y)));
        }
    }
    (rows, a.total - b.total)
}

pub fn head_to_head<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: &Results,
    lang: Lang,
) -> Result<(), ChartError> {
    let t = |m: Msg| m.text(lang);
    let f = Frame::of(area);
    // Against each other candidate up to four in all; with more (thirty agencies), the
    // leader against the next three, as the subtitle says.
    let many = r.candidates.len() > 4;
    let note = if many {
        tr::chart_head_to_head_top()
    } else {
        tr::chart_head_to_head_note()
    };
    let top = title(
        area,
        &f,
        &t(tr::chart_head_to_head(r.checklist.subject())),
        &t(note),
    )?;
    let Some(leader) = r.candidates.first() else {
        return Ok(());
    };
    let others: Vec<&CandidateResult> = r.candidates.iter().skip(1).take(3).collect();
    if others.is_empty() {
        return Ok(());
    }
    let height = (f.height - top) / others.len() as i32;
    for (i, other) in others.iter().enumerate() {
        let panel = area.margin(top + height * i as i32, 0, 0, 0);
        let panel = panel.shrink((0, 0), (f.width as u32, height as u32));
        panel_for(&panel, &f, r, leader, other, lang)?;
    }
    Ok(())
}

fn panel_for<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame,
    r: &Results,
    a: &CandidateResult,
    b: &CandidateResult,
    lang: Lang,
) -> Result<(), ChartError> {
    let (rows, total) = differences(r, a, b);
    let (_, h) = area.dim_in_pixel();
    let h = h as i32;
    let head = f.font(22.0, true);
    let text = f.font(20.0, false);
    let labels: Vec<String> = rows
        .iter()
        .map(|(g, _)| format!("{g} {}", r.group_title(g, lang)))
        .chain([tr::chart_overall().text(lang)])
        .collect();
    let (labels, labels_width) = super::layout::name_column(area, f, &labels, &text);
    let left = f.px(30.0) + labels_width + f.px(20.0);
    let right = f.width - f.px(40.0);
    let centre = (left + right) / 2;
    let span = rows
        .iter()
        .map(|(_, d)| d.abs())
        .chain([total.abs(), 1.0])
        .fold(0.0, f64::max);
    let x = |d: f64| centre + ((right - centre - f.px(90.0)) as f64 * d / span).round() as i32;
    // Who is on which side.
    let (ca, cb) = (colour(a.order), colour(b.order));
    label(
        area,
        &format!("« {}", b.name.get(lang)),
        (centre - f.px(10.0), f.px(6.0)),
        &head,
        &cb,
        (HPos::Right, VPos::Top),
    )?;
    label(
        area,
        &format!("{} »", a.name.get(lang)),
        (centre + f.px(10.0), f.px(6.0)),
        &head,
        &ca,
        (HPos::Left, VPos::Top),
    )?;
    let top = f.px(44.0);
    let n = rows.len() as i32 + 1;
    let row = ((h - top - f.px(10.0)) / n).max(1);
    area.draw(&PathElement::new(
        vec![(centre, top), (centre, top + row * n)],
        GRID.stroke_width(2),
    ))?;
    for (i, ((_, d), name)) in rows.iter().map(|(g, d)| (g, *d)).zip(&labels).enumerate() {
        let mid = top + row * i as i32 + row / 2;
        draw_row(
            area,
            f,
            name,
            d,
            mid,
            row,
            &x,
            if d >= 0.0 { ca } else { cb },
            lang,
            false,
        )?;
    }
    let mid = top + row * (n - 1) + row / 2;
    let overall = labels.last().cloned().unwrap_or_default();
    draw_row(
        area,
        f,
        &overall,
        total,
        mid,
        row,
        &x,
        if total >= 0.0 { ca } else { cb },
        lang,
        true,
    )
}

#[allow(clippy::too_many_arguments)]
fn draw_row<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame,
    name: &str,
    d: f64,
    mid: i32,
    row: i32,
    x: &impl Fn(f64) -> i32,
    colour: RGBColor,
    lang: Lang,
    bold: bool,
) -> Result<(), ChartError> {
    let font = f.font(20.0, bold);
    label(
        area,
        name,
        (f.px(30.0), mid),
        &font,
        &INK,
        (HPos::Left, VPos::Center),
    )?;
    let bar = (row * 6 / 10).max(2);
    let (x0, x1) = if d >= 0.0 {
        (x(0.0), x(d))
    } else {
        (x(d), x(0.0))
    };
    area.draw(&Rectangle::new(
        [(x0, mid - bar / 2), (x1.max(x0 + 1), mid + bar / 2)],
        colour.filled(),
    ))?;
    let value = format::signed(d.abs(), 2, lang)
        .trim_start_matches('+')
        .to_owned();
    let (pos, anchor) = if d >= 0.0 {
        (x1 + f.px(8.0), HPos::Left)
    } else {
        (x0 - f.px(8.0), HPos::Right)
    };
    label(
        area,
        &value,
        (pos, mid),
        &font,
        &MUTED,
        (anchor, VPos::Center),
    )
}
