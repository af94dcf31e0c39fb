//! The results screen: the summary of a set of sessions as tables — candidates in rank
//! order with total, qualification and each group's score; the sessions used; warnings; and
//! the sensitivity of the winner to each group's weight.

use std::path::PathBuf;

use eframe::egui;
use egui_extras::{Column, TableBuilder};

use super::Action;
use super::tr::T;
use crate::i18n::Lang;
use crate::model::{Session, Status};
use crate::report::{fixed, percent};
use crate::scoring::{self, Aggregation, Results};
use crate::store;

pub struct ResultsScreen {
    pub paths: Vec<PathBuf>,
    pub results: Result<Results, Vec<String>>,
    pub sessions: Vec<(PathBuf, Session)>,
    pub aggregation: Aggregation,
}

impl ResultsScreen {
    /// Load the sessions under `paths` and score them; bad files or sessions that cannot be
    /// compared are listed instead.
    pub fn load(paths: &[PathBuf], lang: Lang) -> Self {
        Self::load_with(paths, lang, Aggregation::Mean)
    }

    fn load_with(paths: &[PathBuf], lang: Lang, aggregation: Aggregation) -> Self {
        let (sessions, mut bad) = store::load_sessions(paths);
        if bad.is_empty() {
            bad = scoring::incompatible(&sessions);
        }
        let results = if !bad.is_empty() {
            Err(bad.iter().flat_map(|e| e.render(lang)).collect())
        } else if sessions.is_empty() {
            Err(vec![T::NoSessionsHere.in_(lang).to_owned()])
        } else {
            let list: Vec<Session> = sessions.iter().map(|(_, s)| s.clone()).collect();
            Ok(scoring::compute(&list, aggregation))
        };
        ResultsScreen {
            paths: paths.to_vec(),
            results,
            sessions,
            aggregation,
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, actions: &mut Vec<Action>) {
        let mut reload = None;
        egui::Panel::top("results-top").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui.button(T::Back.in_(lang)).clicked() {
                    actions.push(Action::GoStart);
                }
                ui.heading(T::Results.in_(lang));
                ui.label(
                    self.paths
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    super::start::language_switch(ui, lang, actions);
                    ui.separator();
                    for (agg, text) in [
                        (Aggregation::Median, T::Median.in_(lang)),
                        (Aggregation::Mean, T::Mean.in_(lang)),
                    ] {
                        if ui.selectable_label(self.aggregation == agg, text).clicked()
                            && self.aggregation != agg
                        {
                            reload = Some(agg);
                        }
                    }
                });
            });
            ui.add_space(4.0);
        });
        if let Some(agg) = reload {
            *self = Self::load_with(&self.paths.clone(), lang, agg);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| match &self.results {
                Err(lines) => {
                    for l in lines {
                        ui.colored_label(egui::Color32::from_rgb(180, 30, 30), l);
                    }
                }
                Ok(r) => {
                    self.summary(ui, lang, r);
                }
            });
        });
    }

    fn summary(&self, ui: &mut egui::Ui, lang: Lang, r: &Results) {
        ui.heading(r.checklist.title.get(lang));
        if let Some(w) = r.winner() {
            ui.label(
                egui::RichText::new(format!(
                    "{}: {} — {}",
                    T::Winner.in_(lang),
                    w.name.get(lang),
                    fixed(w.total, 2, lang)
                ))
                .size(20.0)
                .strong(),
            );
        }
        ui.add_space(8.0);
        let groups = &r.checklist.groups;
        ui.push_id("ranking", |ui| {
            TableBuilder::new(ui)
                .striped(true)
                .vscroll(false)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(Column::exact(50.0))
                .column(Column::auto().at_least(110.0))
                .column(Column::exact(80.0))
                .column(Column::auto().at_least(90.0))
                .columns(Column::exact(64.0), groups.len())
                .column(Column::exact(8.0))
                .header(22.0, |mut h| {
                    for t in [T::Rank, T::Candidate] {
                        h.col(|ui| {
                            ui.strong(t.in_(lang));
                        });
                    }
                    h.col(|ui| right(ui, |ui| ui.strong(T::Total.in_(lang))));
                    h.col(|ui| {
                        ui.strong(T::Qualified.in_(lang));
                    });
                    for g in groups {
                        h.col(|ui| {
                            right(ui, |ui| ui.strong(&g.id).on_hover_text(g.title.get(lang)))
                        });
                    }
                    h.col(|_| {});
                })
                .body(|mut body| {
                    for c in &r.candidates {
                        body.row(24.0, |mut row| {
                            row.col(|ui| {
                                ui.label(c.rank.to_string());
                            });
                            row.col(|ui| {
                                ui.strong(c.name.get(lang));
                            });
                            row.col(|ui| {
                                right(ui, |ui| ui.strong(fixed(c.total, 2, lang)));
                            });
                            row.col(|ui| {
                                if c.qualified {
                                    ui.label(T::Yes.in_(lang));
                                } else {
                                    ui.colored_label(
                                        egui::Color32::from_rgb(180, 30, 30),
                                        format!("{}: {}", T::No.in_(lang), c.failed.join(", ")),
                                    )
                                    .on_hover_text(format!(
                                        "{}: {}",
                                        T::WhyNot.in_(lang),
                                        c.failed.join(", ")
                                    ));
                                }
                            });
                            for g in groups {
                                row.col(|ui| {
                                    let s = c.groups.iter().find(|s| s.id == g.id);
                                    let text = s.map_or_else(
                                        || "—".to_owned(),
                                        |s| fixed(s.score, 2, lang),
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
        ui.add_space(6.0);
        egui::Grid::new("weights").num_columns(3).show(ui, |ui| {
            for (g, (_, w)) in groups.iter().zip(&r.group_weights) {
                ui.label(&g.id);
                ui.label(g.title.get(lang));
                ui.label(percent(*w, lang));
                ui.end_row();
            }
        });

        ui.add_space(12.0);
        ui.heading(T::Sensitivity.in_(lang));
        for line in crate::report::sensitivity_lines(r, lang) {
            ui.label(line);
        }

        ui.add_space(12.0);
        ui.heading(T::SessionsUsed.in_(lang));
        egui::Grid::new("used")
            .striped(true)
            .num_columns(4)
            .show(ui, |ui| {
                for (path, s) in &self.sessions {
                    ui.label(
                        path.file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                    );
                    ui.label(&s.evaluator.name);
                    ui.label(s.evaluator.organization.as_deref().unwrap_or(""));
                    ui.label(match s.status {
                        Status::Draft => T::Draft.in_(lang),
                        Status::Submitted => T::Submitted.in_(lang),
                    });
                    ui.end_row();
                }
            });

        if !r.warnings.is_empty() {
            ui.add_space(12.0);
            ui.heading(T::Warnings.in_(lang));
            for w in &r.warnings {
                ui.label(format!("• {}", r.warning_text(w, lang)));
            }
        }
    }
}

/// Numbers are right-aligned so their decimals line up, as on paper.
fn right(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> egui::Response) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        add(ui);
    });
}
