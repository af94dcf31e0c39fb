//! The selected cell: the criterion and its guidance, each evaluator's value and note, the
//! aggregate as it stands today, and the decision — the agreed value (typed, a level, or
//! N/A) and its reason, which the Decide button waits for, saying so.

use eframe::egui;

use super::{MeetingScreen, list};
use crate::i18n::{Lang, Msg, Num, When, tr};
use crate::model::{Criterion, Kind};
use crate::ui::results::details::{aggregated_text, cell as evaluator_cell, value_text};
use crate::ui::review_doc::ReviewDoc;
use crate::ui::widgets::error_label;
use crate::ui::{Action, MeetingAction};

pub fn ui(
    screen: &mut MeetingScreen,
    ui: &mut egui::Ui,
    lang: Lang,
    doc: &ReviewDoc,
    actions: &mut Vec<Action>,
) {
    let t = |m: Msg| m.text(lang);
    let Some(cell) = screen.selected.clone() else {
        ui.label(t(tr::mt_choose_cell()));
        return;
    };
    let Some(criterion) = doc.checklist().criterion(&cell.0).cloned() else {
        return;
    };
    ui.heading(format!(
        "{} — {}",
        list::cell_name(&cell, &screen.sessions, lang),
        criterion.title.get(lang)
    ));
    if let Some(g) = &criterion.guidance {
        ui.label(egui::RichText::new(g.get(lang)).italics());
    }
    ui.add_space(6.0);
    ui.strong(t(tr::mt_evaluators()));
    egui::Grid::new("mt-evaluators")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            for s in &screen.sessions {
                let (value, note) = evaluator_cell(s, &cell.0, &cell.1, lang);
                ui.label(&s.evaluator.name);
                ui.strong(value);
                ui.label(note);
                ui.end_row();
            }
        });
    ui.add_space(4.0);
    let before = today(screen, &cell);
    ui.label(match before {
        Some(v) => t(tr::mt_aggregate(Num::number(v, 2))),
        None => t(tr::mt_aggregate_none()),
    });
    ui.add_space(8.0);
    decision(screen, ui, lang, doc, &criterion, actions);
    if let Some(d) = doc.review().decision(&cell.0, &cell.1) {
        ui.add_space(6.0);
        let after = if d.is_na() {
            t(tr::na())
        } else {
            value_text(Some(&criterion), d.agreed(), lang)
        };
        ui.strong(t(tr::mt_before_after(aggregated_text(before, lang), after)));
        if let (Some(by), Some(at)) = (&d.by, &d.at) {
            ui.weak(t(tr::mt_decided_by(by, When::rfc3339(at.clone()))));
        }
        let undecide = egui::Button::new(t(tr::mt_undecide()));
        if ui.add_enabled(!doc.is_read_only(), undecide).clicked() {
            actions.push(Action::Meeting(MeetingAction::Undecide {
                criterion: cell.0.clone(),
                candidate: cell.1.clone(),
            }));
        }
    }
}

/// The cell's aggregate from the evaluators' values alone: what the review replaced if it
/// decided the cell, else what the results hold.
fn today(screen: &MeetingScreen, cell: &super::Cell) -> Option<f64> {
    let results = screen.standing()?;
    if let Some(r) = results.review.as_ref().and_then(|a| {
        a.decisions
            .iter()
            .find(|d| d.criterion == cell.0 && d.candidate == cell.1)
    }) {
        return r.before;
    }
    let order = results.candidates.iter().find(|c| c.id == cell.1)?.order;
    let row = results.criteria.iter().find(|c| c.id == cell.0)?;
    row.values.get(order).copied().flatten()
}

/// The agreed value, the reason, and Decide.
pub(super) fn decision(
    screen: &mut MeetingScreen,
    ui: &mut egui::Ui,
    lang: Lang,
    doc: &ReviewDoc,
    criterion: &Criterion,
    actions: &mut Vec<Action>,
) {
    let t = |m: Msg| m.text(lang);
    ui.add_enabled_ui(!doc.is_read_only(), |ui| {
        // The levels and N/A first, the typed value last: Tab goes from the value straight
        // to the reason, not through every level button.
        ui.horizontal_wrapped(|ui| {
            for (value, name) in levels(criterion, doc, lang) {
                let on = !screen.na && screen.decided().ok() == Some(super::Decided::Value(value));
                if ui.selectable_label(on, name).clicked() {
                    screen.na = false;
                    screen.value = crate::format::exact(value, Lang::En);
                }
            }
            ui.checkbox(&mut screen.na, t(tr::na()));
        });
        ui.horizontal(|ui| {
            let label = ui.label(t(tr::mt_agreed()));
            let field = egui::TextEdit::singleline(&mut screen.value)
                .id_salt("mt-value")
                .desired_width(80.0);
            let response = ui.add_enabled(!screen.na, field).labelled_by(label.id);
            if std::mem::take(&mut screen.focus_value) {
                response.request_focus();
            }
        });
        let label = ui.label(t(tr::mt_reason()));
        ui.add(
            egui::TextEdit::multiline(&mut screen.reason)
                .id_salt("mt-reason")
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        ui.horizontal_wrapped(|ui| {
            let ready = screen.decide_action(doc);
            let button = ui.add_enabled(ready.is_ok(), egui::Button::new(t(tr::mt_decide())));
            match ready {
                Ok(action) if button.clicked() => actions.push(action),
                Ok(_) => {}
                Err(why) => {
                    error_label(ui, t(why));
                }
            }
        });
    });
}

/// The buttons offered besides typing: the scale's levels (with their labels), yes and no.
fn levels(criterion: &Criterion, doc: &ReviewDoc, lang: Lang) -> Vec<(f64, String)> {
    let scale = &doc.checklist().scale;
    match criterion.kind() {
        Kind::Scale => scale
            .values()
            .into_iter()
            .take(11)
            .map(|v| {
                let n = crate::format::exact(v, lang);
                let name = match scale.label(v) {
                    Some(l) => format!("{n} {}", l.get(lang)),
                    None => n,
                };
                (v, name)
            })
            .collect(),
        Kind::YesNo => vec![(1.0, tr::yes().text(lang)), (0.0, tr::no().text(lang))],
        Kind::Numeric => Vec::new(),
    }
}
