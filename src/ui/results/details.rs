//! Below the decision: the evaluators (which sessions count, their status and seal), where
//! they disagree (each evaluator's value and note side by side), and each group's criteria
//! (aggregated, and per evaluator).

use eframe::egui;

use super::{ResultsScreen, is_empty};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Session, Status, seal};
use crate::scoring::Results;
use crate::ui::widgets::{error_label, right};
use crate::ui::{Action, ResultsAction};

/// A value as the evaluators gave it (one formatter for the screens and the report).
pub(crate) use crate::report::value_text;

/// An aggregated value: a mean may have many decimals; two are shown (the score beside it
/// is computed from the exact value).
pub(crate) fn aggregated_text(value: Option<f64>, lang: Lang) -> String {
    match value {
        None => tr::no_value().text(lang),
        Some(v) if (v * 100.0).fract().abs() < 1e-9 => format::exact(v, lang),
        Some(v) => format::number(v, 2, lang),
    }
}

/// One evaluator's cell: value (or N/A) and note.
pub(crate) fn cell(s: &Session, criterion: &str, candidate: &str, lang: Lang) -> (String, String) {
    let c = s.checklist.criterion(criterion);
    match s
        .scores
        .iter()
        .find(|x| x.criterion == criterion && x.candidate == candidate)
    {
        None => (tr::no_value().text(lang), String::new()),
        Some(x) => {
            let value = if x.is_na() {
                tr::na().text(lang)
            } else {
                value_text(c, x.value, lang)
            };
            (value, x.note.clone().unwrap_or_default())
        }
    }
}

/// Every session read, a tick for whether it counts, its status and seal; a session with no
/// score at all is flagged.
/// Up to this many sessions every row of the evaluators' table is laid out, in view or not.
const ALL_ROWS_UP_TO: usize = 50;

pub fn evaluators(
    ui: &mut egui::Ui,
    lang: Lang,
    screen: &ResultsScreen,
    actions: &mut Vec<Action>,
) {
    let t = |m: Msg| m.text(lang);
    ui.horizontal(|ui| {
        ui.heading(t(tr::evaluators()));
        let submitted_only = screen
            .sessions
            .iter()
            .zip(&screen.counted)
            .all(|((_, s), c)| *c == (s.status == Status::Submitted && !is_empty(s)));
        let mut only = submitted_only;
        if ui.checkbox(&mut only, t(tr::submitted_only())).changed() {
            actions.push(Action::Results(ResultsAction::SubmittedOnly(only)));
        }
    });
    undeclared(ui, lang, screen);
    // With many sessions only the rows in view are laid out (a province's thousand sessions
    // made this table most of the frame); the table scrolls past about fifteen rows.
    let height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    egui_extras::TableBuilder::new(ui)
        .id_salt("evaluators")
        .striped(true)
        .max_scroll_height(16.0 * height)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .columns(egui_extras::Column::auto(), 6)
        .column(egui_extras::Column::remainder())
        .header(height, |mut header| {
            for heading in [
                tr::counted(),
                tr::evaluator(),
                tr::organization(),
                tr::status(),
                tr::seal_column(),
                tr::declaration_column(),
                tr::file(),
            ] {
                header.col(|ui| {
                    ui.strong(t(heading));
                });
            }
        })
        .body(|mut body| {
            let cells = |row: &mut egui_extras::TableRow, i: usize, actions: &mut Vec<Action>| {
                let ((path, s), counted) = (&screen.sessions[i], screen.counted[i]);
                let name = s.evaluator.name.as_str();
                row.col(|ui| {
                    let mut tick = counted;
                    if ui.checkbox(&mut tick, "").on_hover_text(name).changed() {
                        actions.push(Action::Results(ResultsAction::CountSession(i, tick)));
                    }
                });
                row.col(|ui| {
                    ui.label(name);
                });
                row.col(|ui| {
                    ui.label(s.evaluator.organization.as_deref().unwrap_or(""));
                });
                row.col(|ui| {
                    if is_empty(s) {
                        error_label(ui, t(tr::status_no_scores()));
                    } else {
                        ui.label(t(s.status.msg()));
                    }
                });
                row.col(|ui| {
                    match &s.seal {
                        // A broken seal never gets here: the file is refused and listed at
                        // the top.
                        Some(sl) => ui.monospace(seal::fingerprint(&sl.sha256)),
                        None => ui.weak(t(tr::not_sealed())),
                    };
                });
                row.col(|ui| {
                    if !s.needs_declaration() {
                        ui.weak(t(tr::declared_self()));
                    } else if s.declared_no_conflict() {
                        ui.label(t(tr::declared_yes()));
                    } else {
                        ui.weak(t(tr::declared_no()));
                    }
                });
                row.col(|ui| {
                    let file = path.file_name().map(|n| n.to_string_lossy().into_owned());
                    ui.label(file.unwrap_or_default());
                });
            };
            let n = screen.sessions.len();
            if n <= ALL_ROWS_UP_TO {
                for i in 0..n {
                    body.row(height, |mut row| cells(&mut row, i, actions));
                }
            } else {
                body.rows(height, n, |mut row| {
                    let i = row.index();
                    cells(&mut row, i, actions)
                });
            }
        });
}

/// A warning above the evaluators' table: the counted sessions whose evaluator has not
/// declared no conflict of interest (the committee should know before it relies on them).
fn undeclared(ui: &mut egui::Ui, lang: Lang, screen: &ResultsScreen) {
    let names: Vec<&str> = screen
        .sessions
        .iter()
        .zip(&screen.counted)
        .filter(|((_, s), counted)| **counted && s.needs_declaration() && !s.declared_no_conflict())
        .map(|((_, s), _)| s.evaluator.name.as_str())
        .collect();
    if !names.is_empty() {
        let text = tr::undeclared_sessions(names.len(), names.join(", ")).text(lang);
        ui.colored_label(ui.visuals().warn_fg_color, text);
    }
}

/// The flagged (criterion, candidate) pairs; the one clicked opens below it with each
/// evaluator's value and note.
pub fn disagreements(
    ui: &mut egui::Ui,
    lang: Lang,
    r: &Results,
    sessions: &[&Session],
    open: &mut Option<usize>,
) {
    let t = |m: Msg| m.text(lang);
    ui.heading(t(tr::disagreements()));
    let flagged: Vec<usize> = (0..r.agreement.len())
        .filter(|&i| r.agreement[i].disagree)
        .collect();
    if flagged.is_empty() {
        // No value was given twice (each agency scored by one evaluator): nothing to agree on.
        ui.label(t(if r.agreement.is_empty() {
            tr::no_overlap(r.checklist.subject())
        } else {
            tr::no_disagreement()
        }));
        return;
    }
    let row_text = |i: usize| {
        let a = &r.agreement[i];
        let criterion = r.checklist.criterion(&a.criterion);
        let title = criterion.map_or(String::new(), |c| c.title.get(lang).to_owned());
        t(tr::disagreement_row(
            format!("{} {title}", a.criterion),
            r.candidate_name(&a.candidate, lang),
            value_text(criterion, Some(a.min), lang),
            value_text(criterion, Some(a.max), lang),
        ))
    };
    let toggle = |i: usize, open: &mut Option<usize>| {
        *open = if *open == Some(i) { None } else { Some(i) };
    };
    if flagged.len() <= ALL_ROWS_UP_TO {
        for i in flagged {
            let is_open = *open == Some(i);
            if ui.selectable_label(is_open, row_text(i)).clicked() {
                toggle(i, open);
            }
            if is_open {
                ui.indent(("disagreement", i), |ui| {
                    disagreement_cells(ui, lang, r, i, sessions)
                });
            }
        }
        return;
    }
    // Many (a thousand sessions can flag thousands of cells): a list that words only the
    // rows in view, one line each, and the one opened below it.
    let height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y + 4.0;
    egui::ScrollArea::vertical()
        .id_salt("disagreements")
        .max_height(12.0 * height)
        .auto_shrink([false, true])
        .show_rows(ui, height, flagged.len(), |ui, rows| {
            for &i in &flagged[rows] {
                let text = row_text(i);
                let label = egui::Button::selectable(*open == Some(i), &text).truncate();
                if ui.add(label).on_hover_text(&text).clicked() {
                    toggle(i, open);
                }
            }
        });
    if let Some(i) = *open {
        ui.label(row_text(i));
        ui.indent(("disagreement", i), |ui| {
            disagreement_cells(ui, lang, r, i, sessions)
        });
    }
}

/// Each evaluator's value and note for one disagreement.
fn disagreement_cells(ui: &mut egui::Ui, lang: Lang, r: &Results, i: usize, sessions: &[&Session]) {
    let t = |m: Msg| m.text(lang);
    let a = &r.agreement[i];
    egui::Grid::new(("disagreement-cells", i))
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            for heading in [tr::evaluator(), tr::value(), tr::notes()] {
                ui.strong(t(heading));
            }
            ui.end_row();
            for s in sessions {
                let (value, note) = cell(s, &a.criterion, &a.candidate, lang);
                ui.label(&s.evaluator.name);
                ui.label(value);
                ui.add(egui::Label::new(note).wrap());
                ui.end_row();
            }
        });
}

/// One section per group: each criterion's aggregated value and score per candidate, and
/// every evaluator's value, so a figure can be followed back to who gave it.
pub fn groups(ui: &mut egui::Ui, lang: Lang, r: &Results, sessions: &[&Session]) {
    let t = |m: Msg| m.text(lang);
    ui.heading(t(tr::groups_detail()));
    ui.weak(t(tr::groups_detail_note()));
    let mut order: Vec<_> = r.candidates.iter().collect();
    order.sort_by_key(|c| c.order);
    for (g, (_, w)) in r.checklist.groups.iter().zip(&r.group_weights) {
        let heading = format!(
            "{} {} ({})",
            g.id,
            g.title.get(lang),
            format::percent(*w, lang)
        );
        egui::CollapsingHeader::new(heading)
            .id_salt(("group", &g.id))
            .show(ui, |ui| {
                egui::Grid::new(("group-criteria", &g.id))
                    .striped(true)
                    .show(ui, |ui| {
                        ui.strong(t(tr::criterion()));
                        ui.strong(t(tr::weight()));
                        for c in &order {
                            ui.strong(c.name.get(lang));
                        }
                        ui.end_row();
                        for row in r.criteria.iter().filter(|x| x.group == g.id) {
                            let criterion = r.checklist.criterion(&row.id);
                            let title = criterion.map_or("", |c| c.title.get(lang));
                            let text = format!("{} {title}", row.id);
                            ui.scope(|ui| {
                                ui.set_width(360.0);
                                ui.add(egui::Label::new(&text).truncate())
                                    .on_hover_text(&text);
                            });
                            right(ui, |ui| ui.label(format::percent(row.weight, lang)));
                            // The value in its unit, and what it scores out of 100.
                            let unit = criterion
                                .and_then(|c| c.unit.as_ref())
                                .map_or_else(String::new, |u| format!(" {}", u.get(lang)));
                            for c in &order {
                                let value = aggregated_text(row.values[c.order], lang);
                                let shown = match row.scores[c.order] {
                                    Some(s) => t(tr::drill_aggregate(
                                        format!("{value}{unit}"),
                                        format::points(100.0 * s, lang),
                                    )),
                                    None => value,
                                };
                                let each: Vec<String> = sessions
                                    .iter()
                                    .map(|s| {
                                        let (v, note) = cell(s, &row.id, &c.id, lang);
                                        let note = if note.is_empty() {
                                            note
                                        } else {
                                            format!(" — {note}")
                                        };
                                        format!("{}: {v}{note}", s.evaluator.name)
                                    })
                                    .collect();
                                ui.label(shown).on_hover_text(each.join("\n"));
                            }
                            ui.end_row();
                            // Every evaluator's value under the aggregate, small, each after
                            // the evaluator's given name (the whole name and note on hover).
                            ui.label("");
                            ui.label("");
                            for c in &order {
                                let (short, whole): (Vec<String>, Vec<String>) = sessions
                                    .iter()
                                    .map(|s| {
                                        let (v, note) = cell(s, &row.id, &c.id, lang);
                                        let name = s.evaluator.name.trim();
                                        let given = name.rsplit(' ').next().unwrap_or(name);
                                        let note = if note.is_empty() {
                                            note
                                        } else {
                                            format!(" — {note}")
                                        };
                                        (format!("{given} {v}"), format!("{name}: {v}{note}"))
                                    })
                                    .unzip();
                                ui.weak(short.join(" · ")).on_hover_text(whole.join("\n"));
                            }
                            ui.end_row();
                        }
                    });
            });
    }
}
