//! The meeting screen ("Họp thống nhất"; for agencies, "Thẩm định"): after the evaluators
//! have scored, the panel meets and the chair records one agreed value per disputed cell,
//! with its reason. Left, the cells to discuss (the disagreements first, then a search for
//! any cell); right, the selected cell with each evaluator's value and note, and the
//! decision; above, the meeting's details and the candidates' totals as the decisions so far
//! leave them.
//!
//! The review is the app's [`ReviewDoc`]; this screen holds view state only (selection,
//! typed text) and pushes [`MeetingAction`]s.

mod appraisal;
mod cell;
mod header;
mod list;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_appraisal;

use std::path::PathBuf;

use eframe::egui::{self, Key};

use super::review_doc::{Decided, ReviewDoc};
use super::widgets::{language_switch, save_status};
use super::{Action, MeetingAction};
use crate::i18n::{Lang, Msg, tr};
use crate::model::{ReviewKind, Session, validate};
use crate::scoring::{self, Aggregation, Results};
use crate::store::ReadOnly;

/// One (criterion, candidate).
pub type Cell = (String, String);

pub struct MeetingScreen {
    /// What the results screen showed, to go back to.
    pub paths: Vec<PathBuf>,
    /// The sessions counted, whole: each evaluator's value and note.
    pub sessions: Vec<Session>,
    /// Each session's file, in the same order, where it is known: an evidence file lies
    /// below its session's folder.
    pub session_files: Vec<PathBuf>,
    pub aggregation: Aggregation,
    /// The results with the decisions so far, and the review revision they were made for.
    standing: Option<(u64, Results)>,
    pub selected: Option<Cell>,
    pub search: String,
    /// What is typed for the selected cell: the agreed value (or N/A) and the reason.
    pub value: String,
    pub na: bool,
    pub reason: String,
    /// The value field is to take the keyboard at the next frame (Enter in the list).
    focus_value: bool,
    header: header::MeetingForm,
    /// "End the meeting, close the minutes" asked, waiting for the chair's yes.
    pub confirm_finalize: bool,
}

impl MeetingScreen {
    pub fn new(
        paths: Vec<PathBuf>,
        sessions: Vec<Session>,
        aggregation: Aggregation,
        doc: &ReviewDoc,
    ) -> MeetingScreen {
        let mut screen = MeetingScreen {
            paths,
            sessions,
            session_files: Vec::new(),
            aggregation,
            standing: None,
            selected: None,
            search: String::new(),
            value: String::new(),
            na: false,
            reason: String::new(),
            focus_value: false,
            header: header::MeetingForm::of(doc.review().meeting.as_ref()),
            confirm_finalize: false,
        };
        screen.refresh(doc);
        let first = screen.cells(doc).into_iter().next();
        if let Some(first) = first {
            screen.select(doc, first);
        }
        screen
    }

    /// The sessions' files, in the sessions' order (to open the evidence they attach).
    pub fn with_files(mut self, files: Vec<PathBuf>) -> MeetingScreen {
        self.session_files = files;
        self
    }

    fn is_appraisal(&self, doc: &ReviewDoc) -> bool {
        doc.review().kind == ReviewKind::Appraisal
    }

    /// The results with the decisions so far, recomputed when the review changed.
    fn refresh(&mut self, doc: &ReviewDoc) {
        if self.standing.as_ref().map(|(r, _)| *r) == Some(doc.revision()) {
            return;
        }
        if self.sessions.is_empty() {
            return;
        }
        let results = scoring::compute_with(&self.sessions, Some(doc.review()), self.aggregation);
        self.standing = Some((doc.revision(), results));
    }

    pub fn standing(&self) -> Option<&Results> {
        self.standing.as_ref().map(|(_, r)| r)
    }

    /// The cells the list shows, in order: the disagreements, then what the search finds.
    /// An appraisal: the selected agency's criteria, in checklist order.
    pub fn cells(&self, doc: &ReviewDoc) -> Vec<Cell> {
        if self.is_appraisal(doc) {
            return appraisal::cells(self);
        }
        let mut cells = list::flagged(self.standing());
        for cell in list::found(&self.search, doc.checklist(), &self.sessions) {
            if !cells.contains(&cell) {
                cells.push(cell);
            }
        }
        cells
    }

    /// Select a cell: what is typed starts from its decision, if it has one.
    pub fn select(&mut self, doc: &ReviewDoc, cell: Cell) {
        let decision = doc.review().decision(&cell.0, &cell.1);
        self.na = decision.is_some_and(|d| d.is_na());
        self.value = decision
            .and_then(|d| d.agreed())
            .map(|v| crate::format::exact(v, Lang::En))
            .unwrap_or_default();
        self.reason = decision.map(|d| d.reason.clone()).unwrap_or_default();
        self.selected = Some(cell);
    }

    /// After undo or redo: show the cell it touched, as it now stands.
    pub fn undone(&mut self, doc: &ReviewDoc, cell: Option<Cell>) {
        if let Some(cell) = cell.or_else(|| self.selected.clone()) {
            self.select(doc, cell);
        }
        self.header = header::MeetingForm::of(doc.review().meeting.as_ref());
    }

    /// What the typed value means, or why it cannot be decided yet.
    pub fn decided(&self) -> Result<Decided, Msg> {
        if self.na {
            return Ok(Decided::Na);
        }
        let typed = self.value.trim().replace(',', ".");
        if typed.is_empty() {
            return Err(tr::mt_need_value());
        }
        typed
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .map(Decided::Value)
            .ok_or_else(tr::mt_need_value)
    }

    /// The Decide action for what is typed, or why not (no value, one the criterion does
    /// not take, no reason).
    pub fn decide_action(&self, doc: &ReviewDoc) -> Result<Action, Msg> {
        let Some((criterion, candidate)) = self.selected.clone() else {
            return Err(tr::mt_choose_cell());
        };
        let decided = self.decided()?;
        if let (Decided::Value(v), Some(c)) = (decided, doc.checklist().criterion(&criterion))
            && let Some(p) = validate::value_problem(v, c.kind(), &doc.checklist().scale)
        {
            return Err(tr::mt_bad_value(p.msg()));
        }
        if self.reason.trim().is_empty() {
            return Err(tr::mt_need_reason());
        }
        Ok(Action::Meeting(MeetingAction::Decide {
            criterion,
            candidate,
            decided,
            reason: self.reason.clone(),
        }))
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &ReviewDoc,
        actions: &mut Vec<Action>,
    ) {
        self.refresh(doc);
        self.keyboard(ui, doc, actions);
        self.top_bar(ui, lang, doc, actions);
        self.status_bar(ui, lang, doc, actions);
        egui::Panel::left("meeting-cells")
            .resizable(true)
            .default_size(400.0)
            .show(ui, |ui| {
                if self.is_appraisal(doc) {
                    appraisal::list_ui(self, ui, lang, doc);
                } else {
                    list::ui(self, ui, lang, doc);
                }
            });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                header::meeting(self, ui, lang, doc, actions);
                ui.separator();
                header::standing(self, ui, lang);
                ui.separator();
                if self.is_appraisal(doc) {
                    appraisal::cell_ui(self, ui, lang, doc, actions);
                } else {
                    cell::ui(self, ui, lang, doc, actions);
                }
            });
        });
        header::confirm_finalize(self, ui.ctx(), lang, actions);
    }

    fn top_bar(&self, ui: &mut egui::Ui, lang: Lang, doc: &ReviewDoc, actions: &mut Vec<Action>) {
        let t = |m: Msg| m.text(lang);
        egui::Panel::top("meeting-top").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui.button(t(tr::mt_back())).clicked() {
                    actions.push(Action::Meeting(MeetingAction::Back));
                }
                ui.heading(t(title(doc.review().kind)));
                let name = doc.file().path.file_name().unwrap_or_default();
                ui.label(t(tr::mt_file(name.to_string_lossy().into_owned())));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    language_switch(ui, lang, actions);
                    ui.separator();
                    let editable = !doc.is_read_only();
                    let finalize = egui::Button::new(t(tr::mt_finalize()));
                    if ui.add_enabled(editable, finalize).clicked() {
                        actions.push(Action::Meeting(MeetingAction::AskFinalize));
                    }
                    let save = egui::Button::new(t(tr::mt_save()));
                    if ui.add_enabled(editable, save).clicked() {
                        actions.push(Action::Meeting(MeetingAction::Save));
                    }
                    let redo = egui::Button::new(t(tr::redo()));
                    if ui.add_enabled(doc.can_redo(), redo).clicked() {
                        actions.push(Action::Redo);
                    }
                    let undo = egui::Button::new(t(tr::undo()));
                    if ui.add_enabled(doc.can_undo(), undo).clicked() {
                        actions.push(Action::Undo);
                    }
                });
            });
            ui.add_space(4.0);
        });
    }

    fn status_bar(
        &self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &ReviewDoc,
        actions: &mut Vec<Action>,
    ) {
        let t = |m: Msg| m.text(lang);
        egui::Panel::bottom("meeting-status").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(t(tr::mt_decisions(doc.review().decisions.len())));
                ui.separator();
                save_status(ui, lang, doc.save_state(), doc.autosave().is_dirty());
                if let Some(why) = &doc.file().read_only {
                    ui.separator();
                    ui.strong(t(tr::read_only()));
                    ui.label(t(why.review_msg()));
                    // As on the scoring screen: what can be done about it, where it is said.
                    let button = match why {
                        ReadOnly::Final => {
                            Some((tr::mt2_copy_as_draft(), MeetingAction::CopyAsDraft))
                        }
                        ReadOnly::StaleLock(_) => {
                            Some((tr::mt2_take_over(), MeetingAction::TakeOverLock))
                        }
                        _ => None,
                    };
                    if let Some((text, action)) = button
                        && ui.button(t(text)).clicked()
                    {
                        actions.push(Action::Meeting(action));
                    }
                }
            });
        });
    }

    /// ↑/↓ move in the list, Enter types the value (outside a text field); Ctrl+Enter
    /// decides, Ctrl+Z/Ctrl+Y undo/redo, Ctrl+S saves, anywhere.
    fn keyboard(&mut self, ui: &egui::Ui, doc: &ReviewDoc, actions: &mut Vec<Action>) {
        if self.confirm_finalize {
            return;
        }
        let command = |key| ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, key));
        if command(Key::Enter) {
            if let Ok(action) = self.decide_action(doc) {
                actions.push(action);
            }
        } else if command(Key::S) {
            actions.push(Action::Meeting(MeetingAction::Save));
        } else if command(Key::Y)
            || ui.input_mut(|i| {
                i.consume_key(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::Z)
            })
        {
            actions.push(Action::Redo);
        } else if command(Key::Z) {
            actions.push(Action::Undo);
        }
        let typing = ui.ctx().memory(|m| m.focused().is_some());
        if typing {
            return;
        }
        let plain = |key| ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
        let step: isize = if plain(Key::ArrowDown) {
            1
        } else if plain(Key::ArrowUp) {
            -1
        } else {
            0
        };
        if step != 0 {
            let cells = self.cells(doc);
            let at = self
                .selected
                .as_ref()
                .and_then(|s| cells.iter().position(|c| c == s));
            let next = match at {
                Some(i) => i
                    .saturating_add_signed(step)
                    .min(cells.len().saturating_sub(1)),
                None => 0,
            };
            if let Some(cell) = cells.get(next).cloned() {
                self.select(doc, cell);
            }
        }
        if plain(Key::Enter) && self.selected.is_some() {
            self.focus_value = true;
        }
    }
}

/// "Họp thống nhất" for a panel's consensus, "Thẩm định" for a council's appraisal.
pub fn title(kind: ReviewKind) -> Msg {
    match kind {
        ReviewKind::Consensus => tr::mt_open_consensus(),
        ReviewKind::Appraisal => tr::mt_open_appraisal(),
    }
}
