//! Robustness to the panel (docs/method.md §8): each candidate's share of wins if the panel
//! were drawn again from the same evaluators, as horizontal bars on 0–100 %, largest first.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{ALERT, ChartError, Frame, INK, colour, label, title};
use crate::format;
use crate::i18n::{Lang, tr};
use crate::scoring::{Method, Outcome, Results};

pub fn robustness<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: &Results,
    lang: Lang,
) -> Result<(), ChartError> {
    let f = Frame::of(area);
    let rb = &r.robustness;
    let note = match rb.method {
        Method::Exact => tr::chart_robustness_exact(r.sessions),
        Method::Sampled => tr::chart_robustness_sampled(rb.resamples, r.sessions),
        Method::NotApplicable => tr::chart_robustness_not_applicable(r.checklist.subject()),
    };
    let top = title(
        area,
        &f,
        &tr::chart_robustness().text(lang),
        &note.text(lang),
    )?;
    // A tie, or nothing scored: the shares would crown whoever is listed first (the rule that
    // breaks ties), so the chart says why there is no winner instead of drawing them.
    if !matches!(r.outcome(), Outcome::Leader(_)) || rb.method == Method::NotApplicable {
        if let Some(why) = r.robustness_msg(lang) {
            let font = f.font(26.0, true);
            let lines = super::layout::wrap(area, &why.text(lang), &font, f.width - f.px(60.0));
            for (i, line) in lines.iter().enumerate() {
                let at = (f.px(30.0), top + f.px(40.0 + 40.0 * i as f64));
                label(area, line, at, &font, &ALERT, (HPos::Left, VPos::Top))?;
            }
        }
        return Ok(());
    }
    let mut rows: Vec<_> = r
        .candidates
        .iter()
        .map(|c| {
            let share = rb
                .winners
                .iter()
                .find(|(id, _)| *id == c.id)
                .map_or(0.0, |w| w.1);
            (c, share)
        })
        .collect();
    // Largest share first; equal shares keep the ranking.
    rows.sort_by(|a, b| b.1.total_cmp(&a.1));
    let name_font = f.font(24.0, true);
    let names: Vec<String> = rows
        .iter()
        .map(|(c, _)| c.name.get(lang).to_owned())
        .collect();
    let (names, names_width) = super::layout::name_column(area, &f, &names, &name_font);
    let left = f.px(30.0) + names_width + f.px(20.0);
    let right = f.width - f.px(110.0);
    let bottom = f.height - f.px(60.0);
    let x = |p: f64| left + ((right - left) as f64 * p).round() as i32;
    let ticks = (0..=4).map(|k| f64::from(k) / 4.0).map(|p| {
        let text = format!("{}\u{a0}%", format::number(100.0 * p, 0, lang));
        (x(p), Some(text))
    });
    super::vertical_grid(area, &f, ticks, (top, bottom))?;
    let row = (bottom - top) / rows.len().max(1) as i32;
    let bar = (row * 5 / 10).min(f.px(70.0));
    for (i, (c, share)) in rows.iter().enumerate() {
        let mid = top + row * i as i32 + row / 2;
        label(
            area,
            &names[i],
            (f.px(30.0), mid),
            &name_font,
            &INK,
            (HPos::Left, VPos::Center),
        )?;
        if *share > 0.0 {
            area.draw(&Rectangle::new(
                [
                    (x(0.0), mid - bar / 2),
                    (x(*share).max(x(0.0) + 1), mid + bar / 2),
                ],
                colour(c.order).filled(),
            ))?;
        }
        label(
            area,
            &format::percent(*share, lang),
            (x(*share) + f.px(10.0), mid),
            &f.font(24.0, true),
            &INK,
            (HPos::Left, VPos::Center),
        )?;
    }
    Ok(())
}
