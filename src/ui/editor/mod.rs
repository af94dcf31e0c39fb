//! The checklist editor: groups and criteria on the left (keyboard and drag to reorder), the
//! selected item's fields on the right with its problems beside them; a tab for the weights
//! (direct, or AHP pairwise) and one for the scale, grades and candidates. The screen keeps
//! only view state; every change is an [`Action::edit`](super::Action::edit) the app applies to the
//! [`ChecklistDoc`](super::checklist_doc::ChecklistDoc).

mod fields;
mod form;
mod import_job;
mod pairwise;
mod settings;
mod tree;
mod weights;

use eframe::egui;

pub use import_job::{ImportJob, ImportOutcome};

use super::checklist_doc::ChecklistDoc;
use super::widgets::{error_label, language_switch, ok_label, undo_redo};
use super::{Action, EditorAction, session_doc::SaveState};
use crate::i18n::{Lang, Msg, tr};
use crate::model::WeightLevel;

/// What the form on the right shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selected {
    Checklist,
    Group(usize),
    Criterion(usize, usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Criteria,
    Weights,
    Settings,
}

pub struct EditorScreen {
    pub selected: Selected,
    pub tab: Tab,
    /// The level of weights shown on the weights tab.
    pub level: WeightLevel,
    /// Where no file dialog can open: a path typed for import (`true`) or export.
    pub path_prompt: Option<(bool, String)>,
    /// A spreadsheet being imported off the window's thread.
    pub import: Option<ImportJob>,
}

impl Default for EditorScreen {
    fn default() -> Self {
        EditorScreen {
            selected: Selected::Checklist,
            tab: Tab::Criteria,
            level: WeightLevel::Groups,
            path_prompt: None,
            import: None,
        }
    }
}

impl EditorScreen {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &ChecklistDoc,
        actions: &mut Vec<Action>,
    ) {
        self.clamp(doc);
        if let Some(job) = &mut self.import {
            match job.finished() {
                Some(outcome) => {
                    self.import = None;
                    actions.push(Action::Editor(EditorAction::SheetImported(Box::new(
                        outcome,
                    ))));
                }
                None => job.show(ui.ctx(), lang),
            }
        }
        self.top_bar(ui, lang, doc, actions);
        match self.tab {
            Tab::Criteria => {
                self.tree_panel(ui, lang, doc, actions);
                egui::CentralPanel::default().show(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        self.form(ui, lang, doc, actions);
                    });
                });
                self.keys(ui, doc, actions);
            }
            Tab::Weights => self.weights(ui, lang, doc, actions),
            Tab::Settings => {
                egui::CentralPanel::default().show(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        settings::show(ui, lang, doc, actions);
                    });
                });
            }
        }
        undo_keys(ui, actions);
    }

    /// After an undo or a removal the selection may point past the end: bring it back.
    fn clamp(&mut self, doc: &ChecklistDoc) {
        let groups = &doc.checklist.groups;
        self.selected = match self.selected {
            Selected::Group(g) if g >= groups.len() => match groups.len() {
                0 => Selected::Checklist,
                n => Selected::Group(n - 1),
            },
            Selected::Criterion(g, i) => match groups.get(g) {
                None if groups.is_empty() => Selected::Checklist,
                None => Selected::Group(groups.len() - 1),
                Some(group) if i >= group.criteria.len() => match group.criteria.len() {
                    0 => Selected::Group(g),
                    n => Selected::Criterion(g, n - 1),
                },
                Some(_) => self.selected,
            },
            other => other,
        };
        if let WeightLevel::Criteria(g) = self.level
            && g >= groups.len()
        {
            self.level = WeightLevel::Groups;
        }
    }

    fn top_bar(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &ChecklistDoc,
        actions: &mut Vec<Action>,
    ) {
        let t = |m: Msg| m.text(lang);
        egui::Panel::top("editor-top").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui.button(t(tr::back())).clicked() {
                    actions.push(Action::Editor(EditorAction::Close));
                }
                // The checklist's title is at the head of the list below: the buttons need
                // the room here (Vietnamese labels are long).
                ui.strong(t(tr::editor_title()));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    language_switch(ui, lang, actions);
                    ui.separator();
                    if ui.button(t(tr::editor_evaluate())).clicked() {
                        actions.push(Action::Editor(EditorAction::Evaluate));
                    }
                    if ui.button(t(tr::editor_export())).clicked() {
                        actions.push(Action::Editor(EditorAction::ExportSheet(None)));
                    }
                    if ui.button(t(tr::editor_import())).clicked() {
                        actions.push(Action::Editor(EditorAction::ImportSheet(None)));
                    }
                    ui.separator();
                    undo_redo(ui, lang, (doc.can_undo(), doc.can_redo()), actions);
                });
            });
            ui.horizontal(|ui| {
                let file = doc.path.file_name().map(std::path::Path::new);
                ui.weak(t(tr::session_file(file.unwrap_or(&doc.path))))
                    .on_hover_text(doc.path.display().to_string());
                match &doc.save_state {
                    SaveState::Clean => {}
                    SaveState::Saved(at) => {
                        ui.weak(t(tr::saved_at(at.as_str())));
                    }
                    SaveState::Failed(why) => {
                        error_label(ui, t(why.clone()));
                    }
                }
                ui.separator();
                match doc.problems.len() {
                    // Valid, but a pairwise matrix beyond the consistency limit is shown in red
                    // below: the status says both, never a plain green "valid".
                    0 => match inconsistent_matrices(&doc.checklist) {
                        0 => ok_label(ui, lang),
                        n => {
                            let limit = crate::i18n::Num::number(crate::scoring::ahp::CR_LIMIT, 2);
                            let text = t(tr::editor_valid_with_warning(n, limit));
                            ui.colored_label(ui.visuals().warn_fg_color, text);
                        }
                    },
                    n => {
                        let lines: Vec<String> =
                            doc.problems.iter().map(|p| p.text(lang)).collect();
                        error_label(ui, t(tr::editor_problems(n))).on_hover_text(lines.join("\n"));
                    }
                }
            });
            self.path_field(ui, lang, actions);
            ui.horizontal(|ui| {
                for (tab, label) in [
                    (Tab::Criteria, tr::editor_tab_criteria()),
                    (Tab::Weights, tr::editor_tab_weights()),
                    (
                        Tab::Settings,
                        tr::editor_tab_settings(doc.checklist.subject()),
                    ),
                ] {
                    if ui.selectable_label(self.tab == tab, t(label)).clicked() {
                        self.tab = tab;
                    }
                }
            });
            ui.add_space(2.0);
        });
    }
}

impl EditorScreen {
    /// A path typed where the system's file dialog cannot open.
    fn path_field(&mut self, ui: &mut egui::Ui, lang: Lang, actions: &mut Vec<Action>) {
        let Some((import, text)) = &mut self.path_prompt else {
            return;
        };
        let mut close = false;
        ui.horizontal(|ui| {
            let label = if *import {
                tr::editor_path_import()
            } else {
                tr::editor_path_export()
            };
            ui.label(label.text(lang));
            let field = ui.add(egui::TextEdit::singleline(text).desired_width(420.0));
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button(tr::open_path().text(lang)).clicked() || enter) && !text.trim().is_empty()
            {
                let path = Some(std::path::PathBuf::from(text.trim()));
                actions.push(if *import {
                    Action::Editor(EditorAction::ImportSheet(path))
                } else {
                    Action::Editor(EditorAction::ExportSheet(path))
                });
                close = true;
            }
            close |= ui.button(tr::cancel().text(lang)).clicked();
        });
        if close {
            self.path_prompt = None;
        }
    }
}

#[cfg(test)]
mod tests;

/// How many of the checklist's pairwise matrices (the groups', each group's criteria') have a
/// consistency ratio above the limit (docs/method.md §2). Called on a valid checklist only.
fn inconsistent_matrices(checklist: &crate::model::Checklist) -> usize {
    use crate::scoring::ahp;
    checklist
        .group_pairwise
        .iter()
        .chain(
            checklist
                .groups
                .iter()
                .filter_map(|g| g.criteria_pairwise.as_ref()),
        )
        .filter(|m| ahp::ahp(m).cr > ahp::CR_LIMIT)
        .count()
}

/// Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) on every tab when no field has the focus (a field
/// undoes its own typing): the import notice promises it whichever tab is shown.
fn undo_keys(ui: &egui::Ui, actions: &mut Vec<Action>) {
    use egui::{Key, Modifiers};
    if ui.memory(|m| m.focused().is_some()) {
        return;
    }
    let pressed = |m: Modifiers, k: Key| ui.input_mut(|i| i.consume_key(m, k));
    if pressed(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z) || pressed(Modifiers::COMMAND, Key::Y)
    {
        actions.push(Action::Redo);
    } else if pressed(Modifiers::COMMAND, Key::Z) {
        actions.push(Action::Undo);
    }
}
