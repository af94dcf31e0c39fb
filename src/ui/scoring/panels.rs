//! The scoring screen's bars and side panels: the top bar (file, filter, undo, submit), the
//! read-only banner, the status bar, the groups on the left, the guidance and notes on the
//! right.

use eframe::egui;

use super::{ScoringScreen, SubmitDialog};
use crate::format;
use crate::i18n::{Lang, Msg, Num, tr};
use crate::model::{Kind, Session, seal};
use crate::store::ReadOnly;
use crate::ui::session_doc::SessionDoc;
use crate::ui::widgets::{error_label, language_switch, save_status, undo_redo};
use crate::ui::{Action, ScoringAction};

impl ScoringScreen {
    pub(super) fn top_bar(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &SessionDoc,
        actions: &mut Vec<Action>,
    ) {
        let t = |m: Msg| m.text(lang);
        let session = doc.session();
        egui::Panel::top("scoring-top").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui.button(t(tr::back())).clicked() {
                    actions.push(Action::GoStart);
                }
                ui.strong(session.checklist.title.get(lang));
                ui.label(format!("— {}", session.evaluator.name));
                if let Some(heading) = self_heading(session, lang) {
                    ui.separator();
                    ui.strong(heading);
                }
            });
            ui.horizontal(|ui| {
                let file = doc
                    .file()
                    .path
                    .file_name()
                    .map(std::path::Path::new)
                    .unwrap_or(&doc.file().path);
                ui.weak(t(tr::session_file(file)))
                    .on_hover_text(doc.file().path.display().to_string());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    language_switch(ui, lang, actions);
                    ui.separator();
                    if !doc.file().is_read_only()
                        && ui
                            .button(egui::RichText::new(t(tr::submit())).strong())
                            .clicked()
                    {
                        self.submit = Some(SubmitDialog::Review { no_conflict: false });
                    }
                    undo_redo(ui, lang, (doc.can_undo(), doc.can_redo()), actions);
                    // ↓ or Tab leave the filter for the table's first match, so the next
                    // digit scores it instead of being typed into the filter.
                    let filter_id = egui::Id::unique("scoring-filter");
                    let leave = ui.memory(|m| m.has_focus(filter_id))
                        && ui.input_mut(|i| {
                            i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown)
                                || i.consume_key(egui::Modifiers::NONE, egui::Key::Tab)
                        });
                    let filter = ui.add(
                        egui::TextEdit::singleline(&mut self.cursor.filter)
                            .id(filter_id)
                            .hint_text(t(tr::filter()))
                            .desired_width(260.0),
                    );
                    if leave {
                        filter.surrender_focus();
                        self.cursor.row = 0;
                        self.scroll_to_row = Some(0);
                    }
                    let name = t(tr::filter());
                    filter.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::TextInput, true, name.clone())
                    });
                    if std::mem::take(&mut self.focus_filter) {
                        filter.request_focus();
                    }
                    if filter.changed() {
                        self.cursor.row = 0;
                    }
                    if filter.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                        self.cursor.clear_filter(session);
                    }
                });
            });
            if let Some(why) = &doc.file().read_only {
                read_only_banner(ui, lang, why, session, actions);
            }
            ui.add_space(2.0);
        });
    }

    pub(super) fn status_bar(&mut self, ui: &mut egui::Ui, lang: Lang, doc: &SessionDoc) {
        let t = |m: Msg| m.text(lang);
        let (done, total) = (self.cells.answered, self.cells.total());
        egui::Panel::bottom("scoring-status").show(ui, |ui| {
            ui.horizontal(|ui| {
                let share = if total == 0 {
                    1.0
                } else {
                    done as f64 / total as f64
                };
                ui.label(t(tr::progress(done, total, Num::percent(share))));
                ui.add(egui::ProgressBar::new(share as f32).desired_width(140.0));
                ui.separator();
                save_status(ui, lang, doc.save_state(), doc.autosave().is_dirty());
                ui.separator();
                ui.label(t(if doc.file().is_read_only() {
                    tr::read_only()
                } else {
                    tr::locked_by_you()
                }));
                if let Some(h) = &self.hint {
                    ui.separator();
                    // Wrapped, not cut at the window's edge.
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(t(h.clone())).color(ui.visuals().error_fg_color),
                        )
                        .wrap(),
                    );
                }
            });
            // A read-only session takes no score: its keys are only those that move.
            ui.weak(t(if doc.file().is_read_only() {
                tr::keys_read_only()
            } else {
                tr::keys()
            }));
        });
    }

    pub(super) fn groups_panel(&mut self, ui: &mut egui::Ui, lang: Lang, session: &Session) {
        let weights = &self.group_weights;
        // Never narrower than its Vietnamese lines need: a panel sized in English kept the
        // English width, and every group wrapped to three or four lines.
        egui::Panel::left("scoring-groups")
            .default_size(220.0)
            .min_size(220.0)
            .show(ui, |ui| {
                ui.heading(tr::groups().text(lang));
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for (gi, g) in session.checklist.groups.iter().enumerate() {
                        let (done, total) = (self.cells.by_group[gi], self.cells.of_group[gi]);
                        let entry = tr::group_entry(&g.id, g.title.get(lang)).text(lang);
                        let progress =
                            tr::group_progress(done, total, Num::percent(weights[gi])).text(lang);
                        let selected = gi == self.cursor.group && !self.cursor.filtering();
                        if ui
                            .selectable_label(selected, format!("{entry}\n{progress}"))
                            .clicked()
                        {
                            self.cursor.select_group(gi);
                            self.scroll_to_row = Some(0);
                        }
                    }
                });
            });
    }

    pub(super) fn details_panel(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &SessionDoc,
        actions: &mut Vec<Action>,
    ) {
        let t = |m: Msg| m.text(lang);
        let session = doc.session();
        let Some(criterion) = self.cursor.current(session) else {
            return;
        };
        egui::Panel::right("scoring-details")
            .default_size(300.0)
            .min_size(280.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.heading(format!("{} {}", criterion.id, criterion.title.get(lang)));
                    let mut facts =
                        vec![t(tr::criterion_weight(Num::number(criterion.weight(), 4)))];
                    if criterion.is_mandatory() {
                        let threshold = criterion
                            .threshold(&session.checklist.scale)
                            .map_or_else(String::new, |v| format::number(v, 4, lang));
                        facts.push(t(tr::mandatory_threshold(threshold)));
                    }
                    if let Some(unit) = &criterion.unit {
                        facts.push(unit.get(lang).to_owned());
                    }
                    ui.label(facts.join(" · "));
                    ui.add_space(6.0);
                    if let Some(g) = &criterion.guidance {
                        ui.strong(t(tr::guidance()));
                        ui.label(g.get(lang));
                    }
                    let group = session
                        .checklist
                        .groups
                        .iter()
                        .find(|g| g.criteria.iter().any(|c| c.id == criterion.id));
                    if let Some(s) = criterion
                        .source
                        .as_ref()
                        .or(group.and_then(|g| g.source.as_ref()))
                    {
                        ui.add_space(4.0);
                        ui.strong(t(tr::source()));
                        ui.weak(s.get(lang));
                    }
                    if criterion.kind() == Kind::Scale && !session.checklist.scale.levels.is_empty()
                    {
                        ui.add_space(4.0);
                        ui.strong(t(tr::scale()));
                        for l in &session.checklist.scale.levels {
                            ui.label(t(tr::scale_level(
                                Num::number(l.value, 4),
                                l.label.get(lang),
                            )));
                        }
                    }
                    ui.add_space(8.0);
                    ui.strong(t(tr::notes()));
                    self.notes(ui, lang, doc, actions);
                    self.evidence(ui, lang, doc, actions);
                });
            });
    }

    /// One note per candidate for the selected criterion, several lines each.
    fn notes(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &SessionDoc,
        actions: &mut Vec<Action>,
    ) {
        let session = doc.session();
        let Some(criterion) = self.cursor.current(session) else {
            return;
        };
        // One at a time (many candidates): the note of the candidate shown only.
        let many = session.candidates.len() > super::table::SIDE_BY_SIDE_UP_TO;
        for (k, cand) in session.candidates.iter().enumerate() {
            if many && k != self.cursor.cand {
                continue;
            }
            let key = (criterion.id.clone(), cand.id.clone());
            let existing = session.score(&criterion.id, &cand.id);
            let saved_note = existing
                .and_then(|s| s.note.clone())
                .or_else(|| doc.parked_note(&criterion.id, &cand.id).map(str::to_owned))
                .unwrap_or_default();
            let mut text = self.notes.get(&key).cloned().unwrap_or(saved_note.clone());
            let label = ui.label(tr::note_for(cand.name.get(lang)).text(lang));
            if criterion.is_mandatory() && existing.is_some_and(|s| s.is_na()) {
                let warning = tr::na_on_mandatory(&criterion.id, cand.name.get(lang));
                error_label(ui, warning.text(lang));
            }
            // A note may come before the score: it waits, and is saved with the first value
            // or N/A (evaluators often write what they saw first).
            let editable = !doc.file().is_read_only();
            let hint = if doc.file().is_read_only() {
                String::new()
            } else if existing.is_none() {
                tr::note_needs_score().text(lang)
            } else {
                tr::note_hint().text(lang)
            };
            // Enter keeps the note (as in a one-line field); Shift+Enter starts a new line.
            let id = egui::Id::unique(("note", &key));
            if ui.memory(|m| m.has_focus(id)) && take_plain_enter(ui) {
                ui.memory_mut(|m| m.surrender_focus(id));
            }
            let field = ui
                .add_enabled(
                    editable,
                    egui::TextEdit::multiline(&mut text)
                        .hint_text(hint)
                        .desired_rows(3)
                        .desired_width(f32::INFINITY)
                        .return_key(egui::KeyboardShortcut::new(
                            egui::Modifiers::SHIFT,
                            egui::Key::Enter,
                        ))
                        .id(id),
                )
                .labelled_by(label.id);
            if self.focus_note && k == self.cursor.cand {
                field.request_focus();
                self.focus_note = false;
            }
            if field.changed() {
                self.notes.insert(key.clone(), text.clone());
            }
            if existing.is_none() && !text.trim().is_empty() {
                ui.weak(tr::note_waiting().text(lang));
            }
            if field.lost_focus() {
                self.notes.remove(&key);
                if existing.is_none() && text != saved_note {
                    actions.push(Action::Scoring(ScoringAction::ParkNote {
                        criterion: key.0.clone(),
                        candidate: key.1.clone(),
                        note: Some(text.clone()),
                    }));
                } else if let Some(s) = existing
                    && text != saved_note
                {
                    let mut score = s.clone();
                    score.note = (!text.trim().is_empty()).then(|| text.clone());
                    actions.push(Action::Scoring(ScoringAction::SetScore {
                        criterion: key.0.clone(),
                        candidate: key.1.clone(),
                        score: Some(score),
                    }));
                }
            }
        }
        // Enter on a cell without a score: nothing to attach a note to yet.
        self.focus_note = false;
    }
}

/// "Self-assessment of <agency> · period 2015-Q2", for a self-assessment.
fn self_heading(session: &Session, lang: Lang) -> Option<String> {
    if !session.is_self_assessment() {
        return None;
    }
    let agency = session.candidates.first()?.name.get(lang);
    let msg = match session.period.as_deref() {
        Some(period) => tr::selfui_heading_period(agency, period),
        None => tr::selfui_heading(agency),
    };
    Some(msg.text(lang))
}

/// Remove a press of Enter without any modifier (Shift+Enter stays: it is a new line).
fn take_plain_enter(ui: &egui::Ui) -> bool {
    ui.input_mut(|i| {
        let before = i.events.len();
        i.events.retain(|e| {
            !matches!(e, egui::Event::Key { key: egui::Key::Enter, pressed: true, modifiers, .. }
                if modifiers.is_none())
        });
        i.events.len() != before
    })
}

fn read_only_banner(
    ui: &mut egui::Ui,
    lang: Lang,
    why: &ReadOnly,
    session: &Session,
    actions: &mut Vec<Action>,
) {
    egui::Frame::new()
        .fill(ui.visuals().warn_fg_color.gamma_multiply(0.15))
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.strong(tr::read_only().text(lang));
                ui.label(why.text(lang));
                if let Some(sl) = &session.seal {
                    ui.label(tr::seal_short(seal::fingerprint(&sl.sha256)).text(lang));
                }
                let button = match why {
                    ReadOnly::Submitted => Some((
                        tr::copy_as_draft(),
                        Action::Scoring(ScoringAction::CopyAsDraft),
                    )),
                    ReadOnly::StaleLock(_) => Some((
                        tr::take_over(),
                        Action::Scoring(ScoringAction::TakeOverLock),
                    )),
                    _ => None,
                };
                if let Some((text, action)) = button
                    && ui.button(text.text(lang)).clicked()
                {
                    actions.push(action);
                }
            });
        });
}
