//! The form of the selected item: the checklist's id and title, a group's fields, or a
//! criterion's, each with the problems `validate` finds right under it.

use eframe::egui;

use super::fields::{bilingual, caption, line, number, problems};
use super::{EditorScreen, Selected};
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Better, Criterion, Kind, Text};
use crate::ui::Action;
use crate::ui::checklist_doc::{ChecklistDoc, ChecklistEdit};

impl EditorScreen {
    pub(super) fn form(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &ChecklistDoc,
        actions: &mut Vec<Action>,
    ) {
        match self.selected {
            Selected::Checklist => head(ui, lang, doc, actions),
            Selected::Group(g) => group(ui, lang, doc, g, actions),
            Selected::Criterion(g, i) => {
                if let Some(moved) = criterion(ui, lang, doc, g, i, actions) {
                    self.selected = moved;
                }
            }
        }
    }
}

fn head(ui: &mut egui::Ui, lang: Lang, doc: &ChecklistDoc, actions: &mut Vec<Action>) {
    let t = |m: Msg| m.text(lang);
    let c = &doc.checklist;
    ui.heading(tr::editor_checklist().text(lang));
    caption(ui, lang, tr::editor_field_id());
    let id = line(ui, t(tr::editor_field_id()), "checklist-id", &c.id, 200.0);
    problems(ui, lang, doc, "id", false);
    caption(ui, lang, tr::editor_field_title());
    let title = bilingual(
        ui,
        lang,
        &t(tr::editor_field_title()),
        "checklist-title",
        Some(&c.title),
        false,
    );
    problems(ui, lang, doc, "title", false);
    if id.is_some() || title.is_some() {
        actions.push(Action::edit(ChecklistEdit::Head {
            id: id.unwrap_or_else(|| c.id.clone()),
            title: title.map_or_else(|| c.title.clone(), |t| t.unwrap_or_else(blank)),
        }));
    }
    ui.add_space(8.0);
    problems(ui, lang, doc, "groups", false);
    ui.weak(tr::editor_checklist_hint(c.groups.len(), c.criteria_count()).text(lang));
}

fn blank() -> Text {
    Text::Plain(String::new())
}

fn group(ui: &mut egui::Ui, lang: Lang, doc: &ChecklistDoc, g: usize, actions: &mut Vec<Action>) {
    let Some(group) = doc.checklist.groups.get(g) else {
        return;
    };
    let t = |m: Msg| m.text(lang);
    let path = format!("groups[{g}]");
    ui.heading(tr::group_entry(&group.id, group.title.get(lang)).text(lang));
    caption(ui, lang, tr::editor_field_id());
    let id = line(
        ui,
        t(tr::editor_field_id()),
        &format!("{path}.id"),
        &group.id,
        120.0,
    );
    problems(ui, lang, doc, &format!("{path}.id"), false);
    caption(ui, lang, tr::editor_field_title());
    let title = bilingual(
        ui,
        lang,
        &t(tr::editor_field_title()),
        &format!("{path}.title"),
        Some(&group.title),
        false,
    );
    problems(ui, lang, doc, &format!("{path}.title"), true);
    caption(ui, lang, tr::editor_field_source());
    let source = bilingual(
        ui,
        lang,
        &t(tr::editor_field_source()),
        &format!("{path}.source"),
        group.source.as_ref(),
        false,
    );
    caption(ui, lang, tr::editor_field_weight());
    let weight = if doc.checklist.group_pairwise.is_some() {
        ui.weak(tr::editor_weight_by_ahp().text(lang));
        None
    } else {
        number(
            ui,
            lang,
            format!("{} {}", t(tr::editor_field_weight()), group.id),
            group.weight,
            1.0,
            0.0..=1.0e6,
        )
    };
    problems(ui, lang, doc, &format!("{path}.weight"), false);
    problems(ui, lang, doc, &format!("{path}.criteria"), false);
    if id.is_some() || title.is_some() || source.is_some() || weight.is_some() {
        actions.push(Action::edit(ChecklistEdit::Group {
            group: g,
            id: id.unwrap_or_else(|| group.id.clone()),
            title: title.map_or_else(|| group.title.clone(), |t| t.unwrap_or_else(blank)),
            source: source.unwrap_or_else(|| group.source.clone()),
            weight: weight.unwrap_or(group.weight),
        }));
    }
}

/// The criterion's form; returns where the criterion went when it was moved to another group.
fn criterion(
    ui: &mut egui::Ui,
    lang: Lang,
    doc: &ChecklistDoc,
    g: usize,
    i: usize,
    actions: &mut Vec<Action>,
) -> Option<Selected> {
    let t = |m: Msg| m.text(lang);
    let group = doc.checklist.groups.get(g)?;
    let c = group.criteria.get(i)?;
    let path = format!("groups[{g}].criteria[{i}]");
    let at = |field: &str| format!("{path}.{field}");
    let mut new: Criterion = c.clone();
    ui.heading(tr::group_entry(&c.id, c.title.get(lang)).text(lang));

    caption(ui, lang, tr::editor_field_id());
    if let Some(id) = line(ui, t(tr::editor_field_id()), &at("id"), &c.id, 120.0) {
        new.id = id;
    }
    problems(ui, lang, doc, &at("id"), false);
    caption(ui, lang, tr::editor_field_title());
    if let Some(title) = bilingual(
        ui,
        lang,
        &t(tr::editor_field_title()),
        &at("title"),
        Some(&c.title),
        false,
    ) {
        new.title = title.unwrap_or_else(blank);
    }
    problems(ui, lang, doc, &at("title"), true);
    caption(ui, lang, tr::editor_field_guidance());
    if let Some(guidance) = bilingual(
        ui,
        lang,
        &t(tr::editor_field_guidance()),
        &at("guidance"),
        c.guidance.as_ref(),
        true,
    ) {
        new.guidance = guidance;
    }
    caption(ui, lang, tr::editor_field_source());
    if let Some(source) = bilingual(
        ui,
        lang,
        &t(tr::editor_field_source()),
        &at("source"),
        c.source.as_ref(),
        false,
    ) {
        new.source = source;
    }

    caption(ui, lang, tr::editor_field_kind());
    ui.horizontal(|ui| {
        for (kind, label) in [
            (Kind::Scale, tr::editor_kind_scale()),
            (Kind::YesNo, tr::editor_kind_yes_no()),
            (Kind::Numeric, tr::editor_kind_numeric()),
        ] {
            if ui.radio(c.kind() == kind, t(label)).clicked() && c.kind() != kind {
                new.kind = Some(kind);
                if kind != Kind::Numeric {
                    new.unit = None;
                    new.better = None;
                }
            }
        }
    });
    if c.kind() == Kind::Numeric {
        caption(ui, lang, tr::editor_field_unit());
        if let Some(unit) = bilingual(
            ui,
            lang,
            &t(tr::editor_field_unit()),
            &at("unit"),
            c.unit.as_ref(),
            false,
        ) {
            new.unit = unit;
        }
        ui.horizontal(|ui| {
            for (better, label) in [
                (Better::Higher, tr::editor_better_higher()),
                (Better::Lower, tr::editor_better_lower()),
            ] {
                if ui.radio(c.better == Some(better), t(label)).clicked() {
                    new.better = Some(better);
                }
            }
        });
        problems(ui, lang, doc, &at("better"), false);
    }

    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let mut mandatory = c.is_mandatory();
        if ui
            .checkbox(
                &mut mandatory,
                t(tr::editor_field_mandatory(doc.checklist.subject())),
            )
            .changed()
        {
            new.mandatory = Some(mandatory);
        }
        if mandatory {
            ui.label(t(tr::editor_field_threshold()));
            let default = c.threshold(&doc.checklist.scale).unwrap_or(0.0);
            if let Some(threshold) = number(
                ui,
                lang,
                t(tr::editor_field_threshold()),
                c.threshold,
                default,
                0.0..=1.0e9,
            ) {
                new.threshold = threshold;
            }
        }
    });
    problems(ui, lang, doc, &at("threshold"), false);
    problems(ui, lang, doc, &at("mandatory"), false);

    caption(ui, lang, tr::editor_field_weight());
    if group.criteria_pairwise.is_some() {
        ui.weak(t(tr::editor_weight_by_ahp()));
    } else if let Some(weight) = number(
        ui,
        lang,
        format!("{} {}", t(tr::editor_field_weight()), c.id),
        c.weight,
        1.0,
        0.0..=1.0e6,
    ) {
        new.weight = weight;
    }
    problems(ui, lang, doc, &at("weight"), false);

    let mut moved = None;
    if doc.checklist.groups.len() > 1 {
        caption(ui, lang, tr::editor_move_to_group());
        let combo = egui::ComboBox::from_id_salt(at("group"))
            .selected_text(tr::group_entry(&group.id, group.title.get(lang)).text(lang))
            .width(360.0)
            .show_ui(ui, |ui| {
                for (to, other) in doc.checklist.groups.iter().enumerate() {
                    let label = tr::group_entry(&other.id, other.title.get(lang)).text(lang);
                    if ui.selectable_label(to == g, label).clicked() && to != g {
                        let end = other.criteria.len();
                        actions.push(Action::edit(ChecklistEdit::MoveCriterion(
                            (g, i),
                            (to, end),
                        )));
                        moved = Some(Selected::Criterion(to, end));
                    }
                }
            });
        let name = t(tr::editor_move_to_group());
        combo
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, name.clone()));
    }
    if moved.is_none() && new != *c {
        actions.push(Action::edit(ChecklistEdit::Criterion(g, i, Box::new(new))));
    }
    moved
}
