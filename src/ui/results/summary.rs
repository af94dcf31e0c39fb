//! The decision in words (headline, most critical group, robustness), the weights to try,
//! the ranking table with group titles, and the warnings.

use eframe::egui;
use egui_extras::{Column, TableBuilder};

use super::View;
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::report::{safety_msgs, sensitivity_msgs};
use crate::scoring::{CandidateResult, Results};
use crate::ui::widgets::{error_label, right};
use crate::ui::{Action, ResultsAction};

/// The headline, then the most critical group and the robustness to the panel. With weights
/// being tried (`trying`), the robustness is the checklist weights' (`base`) and may name
/// another winner than the headline: the line says whose weights it is about. It stays in
/// its place (a line removed would move the sliders under the pointer while one is dragged).
pub fn decision(ui: &mut egui::Ui, lang: Lang, r: &Results, base: Option<&Results>, trying: bool) {
    let t = |m: Msg| m.text(lang);
    ui.heading(r.checklist.title.get(lang));
    if let (Some(w), Some(headline)) = (r.winner(), r.headline(lang)) {
        ui.label(egui::RichText::new(t(headline)).size(21.0).strong());
        // Nothing scored: every mandatory criterion would be listed as failed, which says
        // nothing the headline does not.
        if r.outcome() != crate::scoring::Outcome::NoResult {
            if w.qualified {
                ui.label(t(tr::results_qualified()));
            } else {
                let reasons = r.failed_reasons(w, lang);
                error_label(
                    ui,
                    t(tr::results_unqualified(
                        r.checklist.subject(),
                        w.name.get(lang),
                        reasons,
                    )),
                );
            }
        }
    }
    // The panel's decisions are in these figures: said where the headline is, as the report
    // says it, and as a warning while the minutes are a draft.
    if let Some((msg, draft)) = crate::report::decisions::includes_msg(r) {
        if draft {
            ui.colored_label(ui.visuals().warn_fg_color, t(msg));
        } else {
            ui.label(t(msg));
        }
    }
    let safety = safety_msgs(r, lang);
    let robustness = base.map_or_else(Vec::new, |b| safety_msgs(b, lang));
    if let Some(critical) = safety.first() {
        ui.label(egui::RichText::new(t(critical.clone())).size(16.0));
    }
    if let Some(line) = robustness.get(1) {
        let line = if trying {
            tr::what_if_robustness_line(line.clone())
        } else {
            line.clone()
        };
        ui.label(egui::RichText::new(t(line)).size(16.0));
    }
}

/// Sliders for the group weights; any change is an action, applied by the app. A banner and
/// a reset while weights differ from the checklist's.
pub fn what_if(
    ui: &mut egui::Ui,
    lang: Lang,
    r: &Results,
    trying: bool,
    view: &mut View,
    actions: &mut Vec<Action>,
) {
    let t = |m: Msg| m.text(lang);
    // Open when weights are first tried, but the user may fold it away while they are (the
    // banner above still says the weights are not the checklist's).
    let header = egui::CollapsingHeader::new(t(tr::what_if()))
        .id_salt("what-if")
        .default_open(view.what_if_open || trying);
    let shown = header.show(ui, |ui| {
        ui.weak(t(tr::what_if_hint()));
        ui.spacing_mut().slider_width = 300.0;
        egui::Grid::new("what-if-grid")
            .num_columns(2)
            .show(ui, |ui| {
                for (g, (group, (_, w))) in
                    r.checklist.groups.iter().zip(&r.group_weights).enumerate()
                {
                    let name = ui.label(format!("{} {}", group.id, group.title.get(lang)));
                    let mut percent = 100.0 * w;
                    let slider = egui::Slider::new(&mut percent, 0.0..=100.0)
                        .suffix("\u{a0}%")
                        .custom_formatter(move |v, _| format::number(v, 1, lang))
                        .custom_parser(move |text| {
                            format::parse_number(text, lang).ok().map(|n| n.value)
                        });
                    if ui.add(slider).labelled_by(name.id).changed() {
                        actions.push(Action::Results(ResultsAction::SetGroupShare(
                            g,
                            percent / 100.0,
                        )));
                    }
                    ui.end_row();
                }
            });
    });
    view.what_if_open = shown.openness > 0.5;
    // Below the sliders, so it does not move them while one is dragged.
    if trying {
        egui::Frame::new()
            .fill(ui.visuals().warn_fg_color.gamma_multiply(0.18))
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.strong(t(tr::what_if_banner()));
                    if ui.button(t(tr::what_if_reset())).clicked() {
                        actions.push(Action::Results(ResultsAction::ResetWeights));
                    }
                });
                ui.label(t(tr::what_if_robustness()));
            });
    }
}

/// The ranking table of one block: `rows` are its candidates in order, each with the rank
/// shown (overall, or within the block).
pub fn ranking(ui: &mut egui::Ui, lang: Lang, r: &Results, rows: &[(usize, &CandidateResult)]) {
    let t = |m: Msg| m.text(lang);
    let groups = &r.checklist.groups;
    let grades = r.checklist.grades.is_some();
    ui.push_id("ranking", |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .vscroll(false)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::exact(44.0))
            .column(Column::auto().at_least(110.0))
            .column(Column::exact(70.0))
            .columns(Column::exact(70.0), usize::from(grades))
            .column(Column::auto().at_least(80.0).at_most(300.0))
            .columns(Column::exact(88.0), groups.len())
            .column(Column::exact(8.0))
            .header(78.0, |mut h| {
                for heading in [tr::rank(), tr::candidate(r.checklist.subject())] {
                    h.col(|ui| {
                        ui.strong(t(heading));
                    });
                }
                h.col(|ui| right(ui, |ui| ui.strong(t(tr::total()))));
                if grades {
                    h.col(|ui| {
                        ui.strong(t(tr::result()));
                    });
                }
                h.col(|ui| {
                    ui.strong(t(tr::qualified()));
                });
                for (g, (_, w)) in groups.iter().zip(&r.group_weights) {
                    h.col(|ui| {
                        // The title, not a bare id: wrapped in the column, the weight below.
                        ui.vertical(|ui| {
                            let title = format!("{} {}", g.id, g.title.get(lang));
                            ui.add(
                                egui::Label::new(egui::RichText::new(title).strong().size(12.0))
                                    .wrap(),
                            )
                            .on_hover_text(g.title.get(lang));
                            ui.weak(format::percent(*w, lang));
                        });
                    });
                }
                h.col(|_| {});
            })
            .body(|mut body| {
                for (rank, c) in rows {
                    body.row(24.0, |mut row| {
                        row.col(|ui| {
                            ui.label(rank.to_string());
                        });
                        row.col(|ui| {
                            ui.strong(c.name.get(lang));
                        });
                        row.col(|ui| {
                            right(ui, |ui| ui.strong(format::points(c.total, lang)));
                        });
                        if grades {
                            row.col(|ui| {
                                ui.label(c.grade.as_ref().map_or("", |g| g.get(lang)));
                            });
                        }
                        row.col(|ui| {
                            if c.qualified {
                                ui.label(t(tr::yes()));
                            } else {
                                // The ids in the table ("no: G2.3, G6.1"), the criteria with
                                // their values on hover: whole sentences pushed the group
                                // scores off the screen with thirty agencies.
                                let ids = tr::not_qualified_because(
                                    c.failed.iter().map(tr::verbatim).collect(),
                                );
                                let reasons = r.failed_reasons(c, lang);
                                let full = t(tr::not_qualified_because(reasons));
                                error_label(ui, t(ids)).on_hover_text(full);
                            }
                        });
                        for g in groups {
                            row.col(|ui| {
                                let s = c.groups.iter().find(|s| s.id == g.id);
                                let text = s.map_or_else(
                                    || t(tr::no_value()),
                                    |s| format::points(s.score, lang),
                                );
                                right(ui, |ui| ui.label(text));
                            });
                        }
                        // A margin, so the last column is not cut at the table's edge.
                        row.col(|_| {});
                    });
                }
            });
    });
}

/// The sensitivity per group, then every warning.
pub fn warnings(ui: &mut egui::Ui, lang: Lang, r: &Results) {
    let t = |m: Msg| m.text(lang);
    ui.add_space(12.0);
    ui.heading(t(tr::sensitivity()));
    for line in sensitivity_msgs(r, lang) {
        ui.label(t(line));
    }
    if !r.warnings.is_empty() {
        ui.add_space(12.0);
        ui.heading(t(tr::warnings()));
        // Only the lines in view are worded: a thousand sessions can bring thousands of
        // warnings, and wording each every frame took tens of milliseconds. One line each,
        // cut at the window's edge; the whole sentence on hover.
        let height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
        egui::ScrollArea::vertical()
            .id_salt("warnings")
            .max_height(12.0 * height)
            .auto_shrink([false, true])
            .show_rows(ui, height, r.warnings.len(), |ui, rows| {
                for w in &r.warnings[rows] {
                    let text = format!("• {}", r.warning_text(w, lang));
                    ui.add(egui::Label::new(&text).truncate())
                        .on_hover_text(text);
                }
            });
    }
}
