//! The form's choice of an agency's self-assessment (docs/method.md §11): offered on a
//! checklist whose subject is agencies; the agency picks itself from the checklist's list,
//! and the session carries the period it belongs to.

use eframe::egui;

use crate::i18n::{Lang, tr};
use crate::model::{Candidate, Checklist, SessionKind, Subject};

/// What the form knows of a self-assessment being started.
#[derive(Clone, Debug)]
pub(super) struct SelfChoice {
    pub kind: SessionKind,
    /// The agency, by its place in the checklist's candidates.
    pub agency: Option<usize>,
    pub period: String,
    /// The organization the form filled in from the agency chosen: replaced by the next
    /// agency's name, unless the user typed another since.
    filled: Option<String>,
}

impl Default for SelfChoice {
    fn default() -> Self {
        SelfChoice {
            kind: SessionKind::Evaluation,
            agency: None,
            period: current_quarter(),
            filled: None,
        }
    }
}

/// "2015-Q2": the quarter of today, the period a self-assessment most often belongs to.
pub(crate) fn current_quarter() -> String {
    use chrono::Datelike;
    let today = chrono::Local::now().date_naive();
    format!("{}-Q{}", today.year(), today.month0() / 3 + 1)
}

/// Whether the checklist's candidates are agencies, which may assess themselves.
pub(super) fn offered(checklist: Option<&Checklist>) -> bool {
    checklist.is_some_and(|c| c.subject == Some(Subject::Agency))
}

impl SelfChoice {
    pub fn is_self(&self) -> bool {
        self.kind == SessionKind::SelfAssessment
    }

    /// "Evaluation (by experts) / Agency self-assessment".
    pub fn kind_choice(&mut self, ui: &mut egui::Ui, lang: Lang) {
        ui.heading(tr::selfui_kind().text(lang));
        ui.horizontal_wrapped(|ui| {
            let kinds = [
                (SessionKind::Evaluation, tr::selfui_kind_evaluation()),
                (SessionKind::SelfAssessment, tr::selfui_kind_self()),
            ];
            for (kind, label) in kinds {
                if ui.radio(self.kind == kind, label.text(lang)).clicked() {
                    self.kind = kind;
                }
            }
        });
        if self.is_self() {
            ui.weak(tr::selfui_self_explained().text(lang));
        }
    }

    /// The agency (one of the checklist's) and the period; choosing the agency fills the
    /// organization field with its name.
    pub fn agency_fields(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        agencies: &[Candidate],
        organization: &mut String,
    ) {
        if agencies.is_empty() {
            crate::ui::widgets::error_label(ui, tr::selfui_no_agencies().text(lang));
            return;
        }
        egui::Grid::new("self-assessment")
            .num_columns(2)
            .show(ui, |ui| {
                let label = ui.label(tr::selfui_agency().text(lang));
                let mut chosen = self.agency;
                let shown = chosen.and_then(|i| agencies.get(i)).map_or_else(
                    || tr::selfui_pick_agency().text(lang),
                    |a| a.name.get(lang).to_owned(),
                );
                let combo = egui::ComboBox::from_id_salt("self-agency")
                    .width(420.0)
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        for (i, a) in agencies.iter().enumerate() {
                            ui.selectable_value(&mut chosen, Some(i), a.name.get(lang));
                        }
                    });
                combo.response.labelled_by(label.id);
                ui.end_row();
                if chosen != self.agency
                    && let Some(agency) = chosen.and_then(|i| agencies.get(i))
                {
                    self.agency = chosen;
                    let typed = organization.trim();
                    if typed.is_empty() || Some(typed) == self.filled.as_deref() {
                        *organization = agency.name.get(Lang::Vi).to_owned();
                        self.filled = Some(organization.clone());
                    }
                }
                let label = ui.label(tr::selfui_period().text(lang));
                ui.add(
                    egui::TextEdit::singleline(&mut self.period)
                        .hint_text(tr::selfui_period_hint().text(lang))
                        .desired_width(160.0),
                )
                .labelled_by(label.id);
                ui.end_row();
            });
    }
}
