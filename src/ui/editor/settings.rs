//! The checklist's scale and the words of its levels, its grades (bands of the total) and the
//! candidates an evaluation compares by default.

use eframe::egui;

use super::fields::{bilingual, caption, line, number, problems};
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Candidate, Grade, Level, Text};
use crate::ui::Action;
use crate::ui::checklist_doc::{ChecklistDoc, ChecklistEdit};

pub fn show(ui: &mut egui::Ui, lang: Lang, doc: &ChecklistDoc, actions: &mut Vec<Action>) {
    ui.set_max_width(1100.0);
    scale(ui, lang, doc, actions);
    ui.separator();
    grades(ui, lang, doc, actions);
    ui.separator();
    candidates(ui, lang, doc, actions);
}

fn scale(ui: &mut egui::Ui, lang: Lang, doc: &ChecklistDoc, actions: &mut Vec<Action>) {
    let t = |m: Msg| m.text(lang);
    let old = &doc.checklist.scale;
    let mut new = old.clone();
    ui.heading(t(tr::editor_scale()));
    ui.horizontal(|ui| {
        for (label, value) in [
            (tr::editor_scale_min(), &mut new.min),
            (tr::editor_scale_max(), &mut new.max),
            (tr::editor_scale_step(), &mut new.step),
        ] {
            ui.label(t(label.clone()));
            if let Some(Some(v)) = number(
                ui,
                lang,
                t(label.clone()),
                Some(*value),
                *value,
                -1.0e6..=1.0e6,
            ) {
                *value = v;
            }
        }
    });
    problems(ui, lang, doc, "scale", true);
    caption(ui, lang, tr::editor_scale_words());
    for value in old.values().into_iter().take(21) {
        let label = old.label(value);
        ui.horizontal(|ui| {
            ui.monospace(crate::format::number(value, 2, lang));
            if let Some(text) = bilingual(
                ui,
                lang,
                &crate::format::number(value, 2, lang),
                &format!("level-{value}"),
                label,
                false,
            ) {
                new.levels.retain(|l| (l.value - value).abs() > 1e-9);
                if let Some(label) = text {
                    new.levels.push(Level { value, label });
                    new.levels.sort_by(|a, b| a.value.total_cmp(&b.value));
                }
            }
        });
    }
    if new != *old {
        actions.push(Action::edit(ChecklistEdit::Scale(new)));
    }
}

fn grades(ui: &mut egui::Ui, lang: Lang, doc: &ChecklistDoc, actions: &mut Vec<Action>) {
    let t = |m: Msg| m.text(lang);
    let old = doc.checklist.grades.clone().unwrap_or_default();
    let mut new = old.clone();
    ui.heading(t(tr::editor_grades()));
    ui.weak(t(tr::editor_grades_hint()));
    let mut remove = None;
    for (i, grade) in old.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui.button(t(tr::editor_remove())).clicked() {
                remove = Some(i);
            }
            ui.label(t(tr::editor_grade_from()));
            if let Some(Some(min)) = number(
                ui,
                lang,
                format!("{} {}", t(tr::editor_grade_from()), i + 1),
                Some(grade.min),
                0.0,
                0.0..=100.0,
            ) {
                new[i].min = min;
            }
            if let Some(label) = bilingual(
                ui,
                lang,
                &t(tr::editor_grades()),
                &format!("grade-{i}"),
                Some(&grade.label),
                false,
            ) {
                new[i].label = label.unwrap_or(Text::Plain(String::new()));
            }
        });
    }
    if let Some(i) = remove {
        new.remove(i);
    }
    if ui.button(t(tr::editor_add_grade())).clicked() {
        let min = new.last().map_or(0.0, |g| (g.min - 20.0).max(0.0));
        new.push(Grade {
            min,
            label: Text::Plain(String::new()),
        });
    }
    problems(ui, lang, doc, "grades", true);
    if new != old {
        let grades = (!new.is_empty()).then_some(new);
        actions.push(Action::edit(ChecklistEdit::Grades(grades)));
    }
}

fn candidates(ui: &mut egui::Ui, lang: Lang, doc: &ChecklistDoc, actions: &mut Vec<Action>) {
    let t = |m: Msg| m.text(lang);
    let old = doc.checklist.candidates.clone().unwrap_or_default();
    let mut new = old.clone();
    ui.heading(t(tr::editor_candidates(doc.checklist.subject())));
    ui.weak(t(tr::editor_candidates_hint(doc.checklist.subject())));
    let mut remove = None;
    for (i, candidate) in old.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui.button(t(tr::editor_remove())).clicked() {
                remove = Some(i);
            }
            if let Some(id) = line(
                ui,
                t(tr::editor_field_id()),
                &format!("candidate-{i}-id"),
                &candidate.id,
                110.0,
            ) {
                new[i].id = id;
            }
            if let Some(name) = bilingual(
                ui,
                lang,
                &t(tr::editor_candidates(doc.checklist.subject())),
                &format!("candidate-{i}"),
                Some(&candidate.name),
                false,
            ) {
                new[i].name = name.unwrap_or(Text::Plain(String::new()));
            }
        });
    }
    if let Some(i) = remove {
        new.remove(i);
    }
    if ui
        .button(t(tr::editor_add_candidate(doc.checklist.subject())))
        .clicked()
    {
        let id = (1..)
            .map(|n| format!("c{n}"))
            .find(|id| !new.iter().any(|c| c.id == *id))
            .unwrap_or_default();
        new.push(Candidate {
            id,
            name: Text::Plain(String::new()),
            vendor: None,
            version: None,
            category: None,
        });
    }
    problems(ui, lang, doc, "candidates", true);
    if new != old {
        let candidates = (!new.is_empty()).then_some(new);
        actions.push(Action::edit(ChecklistEdit::Candidates(candidates)));
    }
}
