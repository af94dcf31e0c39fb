//! The groups and their criteria, in order: select, add, remove, reorder with the keyboard
//! (Alt+Up/Down), with the buttons, or by dragging a row onto another (a criterion dropped on a
//! group goes to the end of that group).

use eframe::egui;

use super::{EditorScreen, Selected};
use crate::i18n::{Lang, Msg, tr};
use crate::ui::Action;
use crate::ui::checklist_doc::{ChecklistDoc, ChecklistEdit};

/// What is being dragged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Dragged {
    Group(usize),
    Criterion(usize, usize),
}

impl EditorScreen {
    pub(super) fn tree_panel(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &ChecklistDoc,
        actions: &mut Vec<Action>,
    ) {
        let t = |m: Msg| m.text(lang);
        egui::Panel::left("editor-tree")
            .default_size(400.0)
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    if ui.button(t(tr::editor_add_group())).clicked() {
                        self.add_group(doc, actions);
                    }
                    let can_add = !doc.checklist.groups.is_empty();
                    if ui
                        .add_enabled(can_add, egui::Button::new(t(tr::editor_add_criterion())))
                        .clicked()
                    {
                        self.add_criterion(doc, actions);
                    }
                    let can_move = self.selected != Selected::Checklist;
                    if ui
                        .add_enabled(can_move, egui::Button::new(t(tr::editor_move_up())))
                        .clicked()
                    {
                        self.move_selected(doc, -1, actions);
                    }
                    if ui
                        .add_enabled(can_move, egui::Button::new(t(tr::editor_move_down())))
                        .clicked()
                    {
                        self.move_selected(doc, 1, actions);
                    }
                    if ui
                        .add_enabled(can_move, egui::Button::new(t(tr::editor_remove())))
                        .clicked()
                    {
                        self.remove_selected(actions);
                    }
                });
                ui.weak(t(tr::editor_tree_keys()));
                ui.separator();
                let title = match doc.checklist.title.get(lang) {
                    "" => t(tr::editor_new_title()),
                    title => title.to_owned(),
                };
                let head = ui.selectable_label(
                    self.selected == Selected::Checklist,
                    egui::RichText::new(title).strong(),
                );
                if head.clicked() {
                    self.selected = Selected::Checklist;
                }
                // Only the rows in view are laid out: a checklist of 500 criteria stays smooth.
                let rows: Vec<Selected> = doc
                    .checklist
                    .groups
                    .iter()
                    .enumerate()
                    .flat_map(|(g, group)| {
                        std::iter::once(Selected::Group(g)).chain(
                            (0..group.criteria.len()).map(move |i| Selected::Criterion(g, i)),
                        )
                    })
                    .collect();
                let body = egui::TextStyle::Body.resolve(ui.style());
                let row_height = (ui.fonts_mut(|f| f.row_height(&body))
                    + 2.0 * ui.spacing().button_padding.y)
                    .max(ui.spacing().interact_size.y);
                let mut dropped = None;
                egui::ScrollArea::vertical().show_rows(ui, row_height, rows.len(), |ui, range| {
                    for &here in &rows[range] {
                        let (payload, label, indent) = match here {
                            Selected::Group(g) => {
                                let group = &doc.checklist.groups[g];
                                let label = format!("{}  {}", group.id, group.title.get(lang));
                                (Dragged::Group(g), label, 0.0)
                            }
                            Selected::Criterion(g, i) => {
                                let c = &doc.checklist.groups[g].criteria[i];
                                let label = format!("{}  {}", c.id, c.title.get(lang));
                                (Dragged::Criterion(g, i), label, 18.0)
                            }
                            Selected::Checklist => continue,
                        };
                        if let Some(d) = self.row(ui, here, payload, label, indent) {
                            dropped = Some((d, here));
                        }
                    }
                });
                if let Some((dragged, target)) = dropped {
                    self.drop(dragged, target, doc, actions);
                }
            });
    }

    /// One row: selectable and draggable; returns what was dropped on it.
    fn row(
        &mut self,
        ui: &mut egui::Ui,
        here: Selected,
        payload: Dragged,
        label: String,
        indent: f32,
    ) -> Option<Dragged> {
        let selected = self.selected == here;
        let response = ui
            .horizontal(|ui| {
                ui.add_space(indent);
                // Click selects; a drag carries the row (a drag source wrapped around the
                // label would take its clicks).
                let response = ui.selectable_label(selected, label);
                response.interact(egui::Sense::drag())
            })
            .inner;
        if response.clicked() {
            self.selected = here;
        }
        response.dnd_set_drag_payload(payload);
        if response.dnd_hover_payload::<Dragged>().is_some() {
            let rect = response.rect;
            let stroke = ui.visuals().selection.stroke;
            ui.painter().hline(rect.x_range(), rect.top(), stroke);
        }
        response.dnd_release_payload::<Dragged>().map(|d| *d)
    }

    fn drop(
        &mut self,
        dragged: Dragged,
        target: Selected,
        doc: &ChecklistDoc,
        actions: &mut Vec<Action>,
    ) {
        match (dragged, target) {
            (Dragged::Group(from), Selected::Group(to) | Selected::Criterion(to, _))
                if from != to =>
            {
                actions.push(Action::edit(ChecklistEdit::MoveGroup(from, to)));
                self.selected = Selected::Group(to);
            }
            (Dragged::Criterion(g, i), Selected::Criterion(tg, ti)) if (g, i) != (tg, ti) => {
                actions.push(Action::edit(ChecklistEdit::MoveCriterion((g, i), (tg, ti))));
                self.selected = Selected::Criterion(tg, ti);
            }
            (Dragged::Criterion(g, i), Selected::Group(tg)) if g != tg => {
                let end = doc.checklist.groups[tg].criteria.len();
                actions.push(Action::edit(ChecklistEdit::MoveCriterion(
                    (g, i),
                    (tg, end),
                )));
                self.selected = Selected::Criterion(tg, end);
            }
            _ => {}
        }
    }

    pub(super) fn add_group(&mut self, doc: &ChecklistDoc, actions: &mut Vec<Action>) {
        let at = match self.selected {
            Selected::Group(g) | Selected::Criterion(g, _) => g + 1,
            Selected::Checklist => doc.checklist.groups.len(),
        };
        actions.push(Action::edit(ChecklistEdit::AddGroup(at)));
        self.selected = Selected::Group(at);
    }

    pub(super) fn add_criterion(&mut self, doc: &ChecklistDoc, actions: &mut Vec<Action>) {
        let (g, at) = match self.selected {
            Selected::Criterion(g, i) => (g, i + 1),
            Selected::Group(g) => (g, doc.checklist.groups[g].criteria.len()),
            Selected::Checklist => match doc.checklist.groups.len() {
                0 => return,
                n => (n - 1, doc.checklist.groups[n - 1].criteria.len()),
            },
        };
        actions.push(Action::edit(ChecklistEdit::AddCriterion(g, at)));
        self.selected = Selected::Criterion(g, at);
    }

    pub(super) fn remove_selected(&mut self, actions: &mut Vec<Action>) {
        match self.selected {
            Selected::Group(g) => {
                actions.push(Action::edit(ChecklistEdit::RemoveGroup(g)));
            }
            Selected::Criterion(g, i) => {
                actions.push(Action::edit(ChecklistEdit::RemoveCriterion(g, i)));
            }
            Selected::Checklist => {}
        }
    }

    /// Move the selected item one place up (-1) or down (1); a criterion at the end of its
    /// group goes on into the next group.
    pub(super) fn move_selected(
        &mut self,
        doc: &ChecklistDoc,
        by: isize,
        actions: &mut Vec<Action>,
    ) {
        let groups = &doc.checklist.groups;
        match self.selected {
            Selected::Group(g) => {
                let to = g as isize + by;
                if to >= 0 && (to as usize) < groups.len() {
                    actions.push(Action::edit(ChecklistEdit::MoveGroup(g, to as usize)));
                    self.selected = Selected::Group(to as usize);
                }
            }
            Selected::Criterion(g, i) => {
                let to = i as isize + by;
                let target = if to < 0 {
                    (g > 0).then(|| (g - 1, groups[g - 1].criteria.len()))
                } else if to as usize >= groups[g].criteria.len() {
                    (g + 1 < groups.len()).then_some((g + 1, 0))
                } else {
                    Some((g, to as usize))
                };
                if let Some(target) = target {
                    actions.push(Action::edit(ChecklistEdit::MoveCriterion((g, i), target)));
                    self.selected = Selected::Criterion(target.0, target.1);
                }
            }
            Selected::Checklist => {}
        }
    }

    /// Keys when no field has the focus: Up/Down select, Alt+Up/Down move, Insert adds a criterion,
    /// Ctrl+Insert a group, Delete removes. (Undo and redo work on every tab: `undo_keys`.)
    pub(super) fn keys(&mut self, ui: &egui::Ui, doc: &ChecklistDoc, actions: &mut Vec<Action>) {
        if ui.memory(|m| m.focused().is_some()) {
            return;
        }
        use egui::{Key, Modifiers};
        let pressed = |m: Modifiers, k: Key| ui.input_mut(|i| i.consume_key(m, k));
        if pressed(Modifiers::ALT, Key::ArrowUp) {
            self.move_selected(doc, -1, actions);
        } else if pressed(Modifiers::ALT, Key::ArrowDown) {
            self.move_selected(doc, 1, actions);
        } else if pressed(Modifiers::NONE, Key::ArrowUp) {
            self.step(doc, -1);
        } else if pressed(Modifiers::NONE, Key::ArrowDown) {
            self.step(doc, 1);
        } else if pressed(Modifiers::COMMAND, Key::Insert) {
            self.add_group(doc, actions);
        } else if pressed(Modifiers::NONE, Key::Insert) {
            self.add_criterion(doc, actions);
        } else if pressed(Modifiers::NONE, Key::Delete) {
            self.remove_selected(actions);
        }
    }

    /// The previous or next row of the tree.
    fn step(&mut self, doc: &ChecklistDoc, by: isize) {
        let mut rows = vec![Selected::Checklist];
        for (g, group) in doc.checklist.groups.iter().enumerate() {
            rows.push(Selected::Group(g));
            rows.extend((0..group.criteria.len()).map(|i| Selected::Criterion(g, i)));
        }
        let at = rows.iter().position(|r| *r == self.selected).unwrap_or(0) as isize;
        let to = (at + by).clamp(0, rows.len() as isize - 1);
        self.selected = rows[to as usize];
    }
}
