//! The results screen: the summary of a set of sessions as tables — candidates in rank
//! order with total, qualification and each group's score; the sessions used; warnings; and
//! the sensitivity of the winner to each group's weight.

use std::path::PathBuf;

use eframe::egui;
use egui_extras::{Column, TableBuilder};

use super::Action;
use super::widgets::{error_label, language_switch, right};
use crate::format;
use crate::i18n::{Arg, Lang, Msg, tr};
use crate::model::{InvalidFile, Session};
use crate::report::sensitivity_msgs;
use crate::scoring::{self, Aggregation, Results};

pub struct ResultsScreen {
    pub paths: Vec<PathBuf>,
    /// The sessions as read: switching mean/median recomputes from these, not from disk.
    pub sessions: Vec<(PathBuf, Session)>,
    /// Why there are no results: bad files, sessions that cannot be compared, or none found.
    pub problems: Vec<Msg>,
    /// What the user should know about the files (identical copies counted once).
    pub notes: Vec<Msg>,
    pub results: Option<Results>,
    pub aggregation: Aggregation,
}

impl ResultsScreen {
    /// Score the sessions read from `paths`. Bad files, and sessions that cannot be compared
    /// with the others, never block the screen: they are listed at the top with their
    /// problems, and the results use the sessions that can be used.
    pub fn new(paths: &[PathBuf], loaded: crate::store::Loaded) -> Self {
        let crate::store::Loaded {
            mut sessions,
            bad,
            identical,
            ..
        } = loaded;
        let incompatible = scoring::incompatible(&sessions);
        sessions.retain(|(path, _)| !incompatible.iter().any(|e| &e.file == path));
        let left_out = bad.len() + incompatible.len();
        let mut problems: Vec<Msg> = bad
            .iter()
            .chain(&incompatible)
            .flat_map(InvalidFile::msgs)
            .collect();
        if left_out > 0 {
            problems.insert(0, tr::files_left_out(left_out, sessions.len()));
        }
        if sessions.is_empty() {
            problems.push(tr::no_sessions_here());
        }
        let notes = identical
            .iter()
            .map(|(kept, dropped)| tr::identical_copy(dropped, kept))
            .collect();
        let mut screen = ResultsScreen {
            paths: paths.to_vec(),
            sessions,
            problems,
            notes,
            results: None,
            aggregation: Aggregation::Mean,
        };
        screen.set_aggregation(Aggregation::Mean);
        screen
    }

    /// Mean or median, from the sessions in memory.
    pub fn set_aggregation(&mut self, aggregation: Aggregation) {
        self.aggregation = aggregation;
        self.results = (!self.sessions.is_empty()).then(|| {
            let list: Vec<Session> = self.sessions.iter().map(|(_, s)| s.clone()).collect();
            scoring::compute(&list, aggregation)
        });
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, actions: &mut Vec<Action>) {
        let t = |m: Msg| m.text(lang);
        egui::Panel::top("results-top").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui.button(t(tr::back())).clicked() {
                    actions.push(Action::GoStart);
                }
                ui.heading(t(tr::results()));
                let paths: Vec<String> =
                    self.paths.iter().map(|p| p.display().to_string()).collect();
                ui.label(paths.join(", "));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    language_switch(ui, lang, actions);
                    ui.separator();
                    for (agg, text) in [
                        (Aggregation::Median, tr::median()),
                        (Aggregation::Mean, tr::mean()),
                    ] {
                        if ui
                            .selectable_label(self.aggregation == agg, t(text))
                            .clicked()
                            && self.aggregation != agg
                        {
                            actions.push(Action::SetAggregation(agg));
                        }
                    }
                });
            });
            ui.add_space(4.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for p in &self.problems {
                    error_label(ui, p.text(lang));
                }
                for n in &self.notes {
                    let colour = ui.visuals().warn_fg_color;
                    ui.colored_label(colour, n.text(lang));
                }
                if let Some(r) = &self.results {
                    self.summary(ui, lang, r);
                }
            });
        });
    }

    fn summary(&self, ui: &mut egui::Ui, lang: Lang, r: &Results) {
        let t = |m: Msg| m.text(lang);
        ui.heading(r.checklist.title.get(lang));
        if let Some(w) = r.winner() {
            let text = t(tr::winner(w.name.get(lang), Arg::Points(w.total)));
            ui.label(egui::RichText::new(text).size(20.0).strong());
        }
        for line in crate::report::safety_msgs(r, lang) {
            ui.label(egui::RichText::new(t(line)).size(15.0));
        }
        ui.add_space(8.0);
        self.ranking(ui, lang, r);
        ui.add_space(6.0);
        egui::Grid::new("weights").num_columns(3).show(ui, |ui| {
            for (g, (_, w)) in r.checklist.groups.iter().zip(&r.group_weights) {
                ui.label(&g.id);
                ui.label(g.title.get(lang));
                ui.label(format::percent(*w, lang));
                ui.end_row();
            }
        });

        ui.add_space(12.0);
        ui.heading(t(tr::sensitivity()));
        for line in sensitivity_msgs(r, lang) {
            ui.label(t(line));
        }

        ui.add_space(12.0);
        ui.heading(t(tr::sessions_used()));
        egui::Grid::new("used")
            .striped(true)
            .num_columns(4)
            .show(ui, |ui| {
                for (path, s) in &self.sessions {
                    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                    ui.label(name.unwrap_or_default());
                    ui.label(&s.evaluator.name);
                    ui.label(s.evaluator.organization.as_deref().unwrap_or(""));
                    ui.label(t(super::start::status(s.status)));
                    ui.end_row();
                }
            });

        if !r.warnings.is_empty() {
            ui.add_space(12.0);
            ui.heading(t(tr::warnings()));
            for w in &r.warnings {
                ui.label(format!("• {}", r.warning_text(w, lang)));
            }
        }
    }

    fn ranking(&self, ui: &mut egui::Ui, lang: Lang, r: &Results) {
        let t = |m: Msg| m.text(lang);
        let groups = &r.checklist.groups;
        ui.push_id("ranking", |ui| {
            TableBuilder::new(ui)
                .striped(true)
                .vscroll(false)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(Column::exact(50.0))
                .column(Column::auto().at_least(110.0))
                .column(Column::exact(80.0))
                .column(Column::auto().at_least(90.0).at_most(420.0))
                .columns(Column::exact(64.0), groups.len())
                .column(Column::exact(8.0))
                .header(22.0, |mut h| {
                    for heading in [tr::rank(), tr::candidate()] {
                        h.col(|ui| {
                            ui.strong(t(heading));
                        });
                    }
                    h.col(|ui| right(ui, |ui| ui.strong(t(tr::total()))));
                    h.col(|ui| {
                        ui.strong(t(tr::qualified()));
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
                                right(ui, |ui| ui.strong(format::points(c.total, lang)));
                            });
                            row.col(|ui| {
                                if c.qualified {
                                    ui.label(t(tr::yes()));
                                } else {
                                    let reasons = r.failed_reasons(c, lang);
                                    let text = t(tr::not_qualified_because(reasons));
                                    error_label(ui, text.clone()).on_hover_text(text);
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
}

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    use super::*;

    #[test]
    fn mean_and_median_switch_from_the_sessions_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        for f in ["an-nguyen", "binh-tran", "chau-le"] {
            let name = format!("{f}.evaluation.json");
            std::fs::copy(format!("evaluations/demo/{name}"), dir.path().join(name)).unwrap();
        }
        let paths = vec![dir.path().to_owned()];
        let screen = ResultsScreen::new(&paths, crate::store::load_sessions(&paths));
        let mean = screen.results.clone().unwrap();
        let mut h = Harness::builder()
            .with_size(eframe::egui::vec2(1366.0, 768.0))
            .with_context_setup(crate::ui::setup_context)
            .build_ui_state(
                |ui, (s, actions): &mut (ResultsScreen, Vec<Action>)| s.ui(ui, Lang::Vi, actions),
                (screen, Vec::new()),
            );
        h.run();
        h.get_by_label("Trung vị").click();
        h.run();
        assert_eq!(h.state().1, [Action::SetAggregation(Aggregation::Median)]);
        // The files are gone: the switch must not need them.
        drop(dir);
        h.state_mut().0.set_aggregation(Aggregation::Median);
        let median = h.state().0.results.clone().expect("results from memory");
        assert_eq!(median.aggregation, Aggregation::Median);
        assert_ne!(median.candidates, mean.candidates);
    }

    #[test]
    fn a_bad_file_is_named_and_the_good_sessions_still_give_results() {
        let dir = tempfile::tempdir().unwrap();
        for f in ["an-nguyen", "binh-tran"] {
            let name = format!("{f}.evaluation.json");
            std::fs::copy(format!("evaluations/demo/{name}"), dir.path().join(name)).unwrap();
        }
        std::fs::write(dir.path().join("broken.evaluation.json"), "{").unwrap();
        let paths = vec![dir.path().to_owned()];
        let screen = ResultsScreen::new(&paths, crate::store::load_sessions(&paths));
        let mut h = Harness::builder()
            .with_size(eframe::egui::vec2(1366.0, 768.0))
            .with_context_setup(crate::ui::setup_context)
            .build_ui_state(
                |ui, (s, actions): &mut (ResultsScreen, Vec<Action>)| s.ui(ui, Lang::Vi, actions),
                (screen, Vec::new()),
            );
        h.run();
        h.get_by_label("1 tệp không được tính (xem lý do bên dưới); kết quả dùng 2 phiên còn lại.");
        h.get_by_label_contains("broken.evaluation.json: dòng 1, cột 1: tệp kết thúc giữa chừng");
        h.get_by_label_contains("Xếp thứ nhất:");
        assert_eq!(h.state().0.results.as_ref().unwrap().sessions, 2);
    }
}
