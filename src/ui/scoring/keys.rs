//! Keys → actions. Every key event of a frame is applied, in order: eight digits typed
//! faster than a frame land in eight cells, never fewer, never shifted.

use eframe::egui::{self, Event, Key};

use super::{ScoringScreen, SubmitDialog};
use crate::i18n::{Lang, tr};
use crate::model::{Candidate, Criterion, Kind, Score};
use crate::ui::session_doc::SessionDoc;
use crate::ui::{Action, ScoringAction};

const DIGITS: [Key; 10] = [
    Key::Num0,
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

impl ScoringScreen {
    pub(super) fn keyboard(
        &mut self,
        ui: &egui::Ui,
        lang: Lang,
        doc: &SessionDoc,
        actions: &mut Vec<Action>,
    ) {
        let editing_text = ui.ctx().memory(|m| m.focused().is_some());
        if editing_text || self.submit.is_some() {
            return;
        }
        let events = ui.input(|i| i.events.clone());
        let mut handled = Vec::new();
        for (index, event) in events.iter().enumerate() {
            let Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } = event
            else {
                continue;
            };
            if self.key(*key, *modifiers, lang, doc, actions) {
                handled.push(index);
            }
        }
        if !handled.is_empty() {
            // Handled keys (and the text they typed) go no further.
            ui.ctx().input_mut(|i| {
                let mut n = 0;
                i.events.retain(|e| {
                    let keep = !handled.contains(&n) && !matches!(e, Event::Text(_));
                    n += 1;
                    keep
                });
            });
        }
    }

    /// One key press. True when it did something (or said why not).
    fn key(
        &mut self,
        key: Key,
        modifiers: egui::Modifiers,
        lang: Lang,
        doc: &SessionDoc,
        actions: &mut Vec<Action>,
    ) -> bool {
        let session = doc.session();
        let read_only = doc.file().is_read_only();
        if modifiers.command {
            match key {
                Key::Z if modifiers.shift => actions.push(Action::Redo),
                Key::Z => actions.push(Action::Undo),
                Key::Y => actions.push(Action::Redo),
                // Save now, without waiting for the autosave (as in every office program).
                Key::S if !read_only => actions.push(Action::Scoring(ScoringAction::SaveNow)),
                Key::F => self.focus_filter = true,
                Key::G => {
                    if self.cursor.next_unscored(session) {
                        self.scroll_to_row = Some(self.cursor.row);
                        self.hint = None;
                    } else {
                        self.hint = Some(tr::all_scored());
                    }
                    return true;
                }
                Key::Enter if !read_only => {
                    self.submit = Some(SubmitDialog::Review { no_conflict: false })
                }
                _ => return false,
            }
            self.hint = None;
            return true;
        }
        if modifiers.alt || modifiers.ctrl {
            return false;
        }
        // While a number is being started in this frame, its digits go to it.
        if let Some(buffer) = &mut self.number {
            if let Some(d) = DIGITS.iter().position(|k| *k == key) {
                buffer.push(char::from(b'0' + d as u8));
                return true;
            }
            match key {
                Key::Comma => buffer.push(','),
                Key::Period => buffer.push('.'),
                _ => {}
            }
        }
        match key {
            Key::ArrowDown | Key::ArrowUp => {
                self.cursor.move_row(session, key == Key::ArrowDown);
                self.scroll_to_row = Some(self.cursor.row);
                self.number = None;
            }
            Key::ArrowRight | Key::ArrowLeft => {
                self.cursor.move_cand(session, key == Key::ArrowRight);
                self.number = None;
            }
            Key::Escape => {
                self.cursor.clear_filter(session);
                self.number = None;
            }
            Key::Enter => self.focus_note = true,
            Key::N => return self.toggle_na(lang, doc, actions),
            _ => match DIGITS.iter().position(|k| *k == key) {
                Some(d) => return self.digit(d, doc, actions),
                None => return false,
            },
        }
        self.hint = None;
        true
    }

    /// The selected cell, if a key may change it; on a read-only session, says why not.
    fn cell_to_change<'d>(
        &mut self,
        doc: &'d SessionDoc,
    ) -> Option<(&'d Criterion, &'d Candidate)> {
        if let Some(why) = &doc.file().read_only {
            self.hint = Some(tr::read_only_typing(why.msg()));
            return None;
        }
        let session = doc.session();
        Some((
            self.cursor.current(session)?,
            session.candidates.get(self.cursor.cand)?,
        ))
    }

    fn toggle_na(&mut self, lang: Lang, doc: &SessionDoc, actions: &mut Vec<Action>) -> bool {
        let session = doc.session();
        let Some((criterion, candidate)) = self.cell_to_change(doc) else {
            return doc.file().is_read_only();
        };
        let existing = session.score(&criterion.id, &candidate.id);
        let score = match existing {
            Some(s) if s.is_na() => None,
            _ => Some(Score::not_applicable(
                existing,
                &criterion.id,
                &candidate.id,
            )),
        };
        self.hint = (score.is_some() && criterion.is_mandatory()).then(|| {
            tr::na_on_mandatory(
                format!("{} {}", criterion.id, criterion.title.get(lang)),
                candidate.name.get(lang),
            )
        });
        actions.push(Action::Scoring(ScoringAction::SetScore {
            criterion: criterion.id.clone(),
            candidate: candidate.id.clone(),
            score,
        }));
        self.cursor.advance(session);
        self.scroll_to_row = Some(self.cursor.row);
        true
    }

    fn digit(&mut self, d: usize, doc: &SessionDoc, actions: &mut Vec<Action>) -> bool {
        let session = doc.session();
        let Some((criterion, candidate)) = self.cell_to_change(doc) else {
            return doc.file().is_read_only();
        };
        let value = d as f64;
        let kind = criterion.kind();
        if kind == Kind::Numeric {
            self.number = Some(d.to_string());
            self.focus_number = true;
            self.hint = None;
            return true;
        }
        let scale = &session.checklist.scale;
        if crate::model::validate::value_problem(value, kind, scale).is_some() {
            self.hint = Some(tr::not_on_scale(d));
            return true;
        }
        let existing = session.score(&criterion.id, &candidate.id);
        let score = Score::with_value(existing, &criterion.id, &candidate.id, value);
        actions.push(Action::Scoring(ScoringAction::SetScore {
            criterion: criterion.id.clone(),
            candidate: candidate.id.clone(),
            score: Some(score),
        }));
        self.hint = None;
        self.cursor.advance(session);
        self.scroll_to_row = Some(self.cursor.row);
        true
    }
}
