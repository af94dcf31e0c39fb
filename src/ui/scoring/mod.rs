//! The scoring screen: groups on the left, the selected group's criteria as a table with the
//! candidates side by side, the guidance and notes on the right, the status bar below.
//! Keyboard first (see `keys.rs`). The rooms: `cursor` (where the evaluator is, pure),
//! `keys` (key presses → actions), `table`, `panels` (bars and side panels), `submit`,
//! `evidence` (a self-assessment's, in the side panel).

mod cell_buttons;
mod cells;
mod cursor;
mod evidence;
mod keys;
mod panels;
mod submit;
mod table;

use std::collections::HashMap;

use eframe::egui;

use super::Action;
use super::session_doc::SessionDoc;
use crate::i18n::{Lang, Msg};
use crate::model::Session;
pub use cursor::Cursor;
#[cfg(test)]
pub use table::chosen_colours;

pub enum SubmitDialog {
    /// What is missing, or the confirmation; `no_conflict`: the declaration ticked.
    Review {
        no_conflict: bool,
    },
    Done(String),
}

pub struct ScoringScreen {
    pub cursor: Cursor,
    focus_filter: bool,
    /// A number being typed into the selected numeric cell.
    number: Option<String>,
    focus_number: bool,
    focus_note: bool,
    /// Notes being typed, by (criterion, candidate), until the field loses focus.
    notes: HashMap<(String, String), String>,
    submit: Option<SubmitDialog>,
    scroll_to_row: Option<usize>,
    /// A short message in the status bar: a number that could not be read, a key that did
    /// nothing, a warning about the last change. Cleared by the next key that works.
    hint: Option<Msg>,
    /// The groups' normalized weights, computed once: the checklist of a session never changes.
    group_weights: Vec<f64>,
    /// Each cell's score and the progress counts, made again when the document changes.
    cells: cells::CellIndex,
    /// A self-assessment's document being typed in for the selected cell.
    evidence_form: evidence::EvidenceForm,
}

impl ScoringScreen {
    pub fn new(session: &Session) -> Self {
        ScoringScreen {
            cursor: Cursor::default(),
            focus_filter: false,
            number: None,
            focus_number: false,
            focus_note: false,
            notes: HashMap::new(),
            submit: None,
            scroll_to_row: Some(0),
            hint: None,
            group_weights: crate::scoring::group_weights(&session.checklist),
            cells: cells::CellIndex::new(session),
            evidence_form: evidence::EvidenceForm::default(),
        }
    }

    /// Select a cell (after undo, or from the submit dialog's list).
    pub fn select(&mut self, session: &Session, criterion: &str, candidate: &str) {
        self.cursor.select(session, criterion, candidate);
        self.scroll_to_row = Some(self.cursor.row);
        self.number = None;
    }

    pub fn submitted(&mut self, seal: String) {
        self.submit = Some(SubmitDialog::Done(seal));
    }

    /// The hint in the status bar, if any (for tests and the status bar).
    pub fn hint(&self) -> Option<&Msg> {
        self.hint.as_ref()
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &SessionDoc,
        actions: &mut Vec<Action>,
    ) {
        self.cells.update(doc.session(), doc.revision());
        self.cursor.clamp(doc.session());
        self.keyboard(ui, lang, doc, actions);
        self.cursor.clamp(doc.session());

        self.top_bar(ui, lang, doc, actions);
        self.status_bar(ui, lang, doc);
        self.groups_panel(ui, lang, doc.session());
        self.details_panel(ui, lang, doc, actions);
        egui::CentralPanel::default().show(ui, |ui| {
            self.candidate_picker(ui, lang, doc.session());
            self.table(ui, lang, doc, actions);
        });
        self.submit_dialog(ui.ctx(), lang, doc, actions);
    }
}
