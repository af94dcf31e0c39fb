//! The AHP grid: each judgement above the diagonal picked on Saaty's 1–9 scale with its words,
//! the reciprocal below filled in; the weights it gives, λmax and CR, and when CR > 0.10 the
//! judgement to revisit with the value that would agree with the others.

use eframe::egui;

use super::weights::bar;
use crate::i18n::{Lang, Msg, Num, tr};
use crate::model::WeightLevel;
use crate::scoring::ahp::{self, CR_LIMIT, SAATY};
use crate::ui::Action;
use crate::ui::checklist_doc::ChecklistEdit;
use crate::ui::widgets::{error_label, shorten};

/// Saaty's words for 1 … 9.
fn words(k: usize) -> Msg {
    match k {
        1 => tr::saaty_1(),
        2 => tr::saaty_2(),
        3 => tr::saaty_3(),
        4 => tr::saaty_4(),
        5 => tr::saaty_5(),
        6 => tr::saaty_6(),
        7 => tr::saaty_7(),
        8 => tr::saaty_8(),
        _ => tr::saaty_9(),
    }
}

/// A value on the scale as written in the grid: `3` or `1/3`.
pub fn short(value: f64) -> String {
    if value >= 1.0 {
        format!("{}", value.round() as i64)
    } else {
        format!("1/{}", (1.0 / value).round() as i64)
    }
}

/// `3 — G2 moderately more important`, `1/3 — G3 moderately more important`, `1 — equally
/// important`: the value with the words, naming the item it favours.
fn long(value: f64, lang: Lang, row: &str, column: &str) -> String {
    let k = if value >= 1.0 { value } else { 1.0 / value }.round() as usize;
    let words = words(k).text(lang);
    if k == 1 {
        format!("{} — {words}", short(value))
    } else {
        let favoured = if value > 1.0 { row } else { column };
        tr::saaty_favours(short(value), favoured, words).text(lang)
    }
}

pub fn grid(
    ui: &mut egui::Ui,
    lang: Lang,
    level: WeightLevel,
    m: &[Vec<f64>],
    names: &[(String, String)],
    actions: &mut Vec<Action>,
) {
    let t = |m: Msg| m.text(lang);
    let n = names.len().min(m.len());
    let result = ahp::ahp(m);
    let advice = ahp::revisit(m, &result);
    egui::ScrollArea::horizontal()
        .id_salt(("pairwise-scroll", level))
        .show(ui, |ui| {
            egui::Grid::new(("pairwise", level))
                .striped(true)
                .spacing([6.0, 4.0])
                .show(ui, |ui| {
                    ui.label("");
                    for (id, title) in &names[..n] {
                        ui.strong(id).on_hover_text(title);
                    }
                    ui.end_row();
                    for i in 0..n {
                        let (id, title) = &names[i];
                        ui.label(format!("{id}  {}", shorten(title, 28)))
                            .on_hover_text(title);
                        for j in 0..n {
                            let a = m[i][j];
                            if i == j {
                                ui.weak("1");
                            } else if j < i {
                                ui.weak(short(a));
                            } else {
                                let choice =
                                    egui::ComboBox::from_id_salt(("judgement", level, i, j))
                                        .selected_text(short(a))
                                        .width(56.0)
                                        // Most of the 17 values at once.
                                        .height(380.0)
                                        .show_ui(ui, |ui| {
                                            let mut picked = None;
                                            for v in SAATY.iter().rev() {
                                                let on = (v - a).abs() < 1e-9;
                                                if ui
                                                    .selectable_label(
                                                        on,
                                                        long(*v, lang, &names[i].0, &names[j].0),
                                                    )
                                                    .clicked()
                                                {
                                                    picked = Some(*v);
                                                }
                                            }
                                            picked
                                        });
                                let said = tr::saaty_cell(
                                    names[i].1.as_str(),
                                    names[j].1.as_str(),
                                    long(a, lang, &names[i].0, &names[j].0),
                                )
                                .text(lang);
                                // Named by the pair's ids ("G1 / G2"), for screen readers
                                // and tests; the hover says it in words.
                                let name = format!("{} / {}", names[i].0, names[j].0);
                                let response = choice.response.on_hover_text(said);
                                if advice.as_ref().is_some_and(|a| (a.row, a.col) == (i, j)) {
                                    // The judgement to revisit, framed where it is entered.
                                    let stroke =
                                        egui::Stroke::new(2.0, ui.visuals().error_fg_color);
                                    ui.painter().rect_stroke(
                                        response.rect.expand(2.0),
                                        3.0,
                                        stroke,
                                        egui::StrokeKind::Outside,
                                    );
                                }
                                response.widget_info(|| {
                                    egui::WidgetInfo::labeled(
                                        egui::Role::ComboBox,
                                        true,
                                        name.clone(),
                                    )
                                });
                                if let Some(Some(v)) = choice.inner {
                                    actions.push(Action::edit(ChecklistEdit::Judgement(
                                        level, i, j, v,
                                    )));
                                }
                            }
                        }
                        ui.end_row();
                    }
                });
        });

    ui.add_space(8.0);
    egui::Grid::new(("ahp-weights", level))
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for ((id, title), w) in names.iter().zip(&result.weights) {
                ui.label(format!("{id}  {}", shorten(title, 48)));
                ui.horizontal(|ui| bar(ui, lang, *w, 220.0));
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    let consistency = tr::editor_consistency(
        Num::number(result.lambda_max, 3),
        Num::number(result.ci, 3),
        Num::number(result.cr, 3),
    );
    if result.cr <= CR_LIMIT {
        ui.label(t(consistency));
        ui.weak(t(tr::editor_consistent_enough()));
        return;
    }
    error_label(ui, t(consistency));
    if let Some(advice) = advice {
        let (row, col) = (&names[advice.row], &names[advice.col]);
        let colour = ui.visuals().error_fg_color;
        ui.add(
            egui::Label::new(
                egui::RichText::new(t(tr::editor_revisit(
                    row.1.as_str(),
                    col.1.as_str(),
                    short(advice.current),
                    Num::number(advice.consistent, 2),
                    short(advice.suggested),
                )))
                .color(colour),
            )
            .wrap(),
        );
        if (advice.suggested - advice.current).abs() > 1e-9
            && ui
                .button(t(tr::editor_use_value(short(advice.suggested))))
                .clicked()
        {
            actions.push(Action::edit(ChecklistEdit::Judgement(
                level,
                advice.row,
                advice.col,
                advice.suggested,
            )));
        }
    }
}
