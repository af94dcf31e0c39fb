//! The weights tab: each level (the groups; the criteria of one group) with direct weights
//! shown live as percentages with bars, or an AHP pairwise grid; and below, the global
//! weight every criterion ends up with (its group's share × its share in the group).

use eframe::egui;

use super::EditorScreen;
use super::fields::number;
use super::pairwise;
use crate::i18n::{Lang, Msg, Num, tr};
use crate::model::{Checklist, WeightLevel, validate};
use crate::scoring;
use crate::ui::Action;
use crate::ui::checklist_doc::{ChecklistDoc, ChecklistEdit};

/// The normalized weights of a level as the results will use them, or `None` while they
/// cannot be computed (a weight ≤ 0, a malformed matrix).
pub fn shares(c: &Checklist, level: WeightLevel) -> Option<Vec<f64>> {
    let n = match level {
        WeightLevel::Groups => c.groups.len(),
        WeightLevel::Criteria(g) => c.groups.get(g)?.criteria.len(),
    };
    let computable = match c.pairwise(level) {
        Some(m) => {
            let mut problems = Vec::new();
            validate::matrix(m, n, "", &mut problems);
            problems.is_empty()
        }
        None => {
            let direct = c.direct_weights(level);
            direct.iter().all(|w| w.is_finite() && *w > 0.0) && direct.iter().sum::<f64>() > 0.0
        }
    };
    computable.then(|| scoring::level_weights(c, level))
}

/// A bar as long as `share` of `width`, with the percentage after it.
pub fn bar(ui: &mut egui::Ui, lang: Lang, share: f64, width: f32) {
    scaled_bar(ui, lang, share, 1.0, width);
}

/// A bar as long as `share / largest` of `width` (small shares side by side stay
/// comparable), with the percentage of the whole after it.
pub fn scaled_bar(ui: &mut egui::Ui, lang: Lang, share: f64, largest: f64, width: f32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 14.0), egui::Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
    let mut filled = rect;
    let length = if largest > 0.0 { share / largest } else { 0.0 };
    filled.set_width(width * length.clamp(0.0, 1.0) as f32);
    painter.rect_filled(filled, 2.0, egui::Color32::from_rgb(0, 114, 178));
    ui.monospace(crate::format::percent(share, lang));
}

impl EditorScreen {
    pub(super) fn weights(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &ChecklistDoc,
        actions: &mut Vec<Action>,
    ) {
        let t = |m: Msg| m.text(lang);
        let c = &doc.checklist;
        egui::Panel::left("editor-levels")
            .default_size(300.0)
            .show(ui, |ui| {
                ui.heading(t(tr::editor_levels()));
                egui::ScrollArea::vertical().show(ui, |ui| {
                    let ahp_mark = |level| {
                        if c.pairwise(level).is_some() {
                            " · AHP"
                        } else {
                            ""
                        }
                    };
                    let groups = WeightLevel::Groups;
                    let label = format!("{}{}", t(tr::editor_level_groups()), ahp_mark(groups));
                    if ui.selectable_label(self.level == groups, label).clicked() {
                        self.level = groups;
                    }
                    for (g, group) in c.groups.iter().enumerate() {
                        let level = WeightLevel::Criteria(g);
                        let label = format!(
                            "    {}{}",
                            tr::group_entry(&group.id, group.title.get(lang)).text(lang),
                            ahp_mark(level)
                        );
                        if ui.selectable_label(self.level == level, label).clicked() {
                            self.level = level;
                        }
                    }
                });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                self.level_view(ui, lang, doc, actions);
                ui.add_space(12.0);
                egui::CollapsingHeader::new(t(tr::editor_global_weights()))
                    .default_open(self.level == WeightLevel::Groups)
                    .show(ui, |ui| global(ui, lang, c));
            });
        });
    }

    fn level_view(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &ChecklistDoc,
        actions: &mut Vec<Action>,
    ) {
        let t = |m: Msg| m.text(lang);
        let c = &doc.checklist;
        let level = self.level;
        let names: Vec<(String, String)> = match level {
            WeightLevel::Groups => {
                ui.heading(t(tr::editor_level_groups()));
                c.groups
                    .iter()
                    .map(|g| (g.id.clone(), g.title.get(lang).to_owned()))
                    .collect()
            }
            WeightLevel::Criteria(g) => {
                let group = &c.groups[g];
                ui.heading(tr::group_entry(&group.id, group.title.get(lang)).text(lang));
                group
                    .criteria
                    .iter()
                    .map(|k| (k.id.clone(), k.title.get(lang).to_owned()))
                    .collect()
            }
        };
        let uses_ahp = c.pairwise(level).is_some();
        ui.horizontal(|ui| {
            if ui.radio(!uses_ahp, t(tr::editor_direct())).clicked() && uses_ahp {
                actions.push(Action::edit(ChecklistEdit::SetAhp(level, false)));
            }
            let can_ahp = names.len() >= 2 && names.len() <= validate::MAX_PAIRWISE;
            let ahp_button = ui.add_enabled(
                can_ahp,
                egui::RadioButton::new(uses_ahp, t(tr::editor_ahp())),
            );
            if ahp_button.clicked() && !uses_ahp {
                actions.push(Action::edit(ChecklistEdit::SetAhp(level, true)));
            }
        });
        ui.weak(t(if uses_ahp {
            tr::editor_ahp_hint()
        } else {
            tr::editor_direct_hint()
        }));
        ui.add_space(6.0);
        if let Some(m) = c.pairwise(level) {
            pairwise::grid(ui, lang, level, m, &names, actions);
            return;
        }
        let shares = shares(c, level);
        let direct = c.direct_weights(level);
        egui::Grid::new(("direct", level))
            .num_columns(3)
            .striped(true)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                for (i, (id, title)) in names.iter().enumerate() {
                    ui.label(format!("{id}  {}", crate::ui::widgets::shorten(title, 48)));
                    let current = match level {
                        WeightLevel::Groups => c.groups[i].weight,
                        WeightLevel::Criteria(g) => c.groups[g].criteria[i].weight,
                    };
                    if let Some(w) = number(
                        ui,
                        lang,
                        format!("{} {id}", t(tr::editor_field_weight())),
                        current,
                        1.0,
                        0.0..=1.0e6,
                    ) {
                        actions.push(Action::edit(ChecklistEdit::Weight(level, i, w)));
                    }
                    ui.horizontal(|ui| match &shares {
                        Some(s) => bar(ui, lang, s[i], 220.0),
                        None if direct[i] <= 0.0 => {
                            crate::ui::widgets::error_label(ui, t(tr::editor_weight_positive()));
                        }
                        None => {}
                    });
                    ui.end_row();
                }
            });
    }
}

/// Every criterion's global weight: what one point of it is worth in the total.
fn global(ui: &mut egui::Ui, lang: Lang, c: &Checklist) {
    let Some(groups) = shares(c, WeightLevel::Groups) else {
        ui.weak(tr::editor_global_unknown().text(lang));
        return;
    };
    let global: Vec<Vec<f64>> = (0..c.groups.len())
        .map(|g| shares(c, WeightLevel::Criteria(g)).unwrap_or_default())
        .collect();
    let largest = global
        .iter()
        .enumerate()
        .flat_map(|(g, within)| {
            let share = groups[g];
            within.iter().map(move |w| w * share)
        })
        .fold(0.0, f64::max);
    ui.weak(tr::editor_global_hint().text(lang));
    egui::Grid::new("global-weights")
        .num_columns(3)
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for (g, group) in c.groups.iter().enumerate() {
                for (k, &w) in group.criteria.iter().zip(&global[g]) {
                    ui.label(format!(
                        "{}  {}",
                        k.id,
                        crate::ui::widgets::shorten(k.title.get(lang), 56)
                    ));
                    ui.label(
                        tr::editor_global_of(Num::percent(groups[g]), Num::percent(w)).text(lang),
                    );
                    ui.horizontal(|ui| scaled_bar(ui, lang, groups[g] * w, largest, 160.0));
                    ui.end_row();
                }
            }
        });
}
