//! Claimed beside appraised on the results screen (docs/method.md §10–§11), shown when a
//! self-assessment is among the sessions counted: per agency, the total its self-assessment
//! gives, its total now, the difference and how many criteria were changed; opened, the
//! changed criteria with the claimed value, the value kept and the council's reason.

use eframe::egui;

use super::ResultsScreen;
use crate::i18n::{Lang, Msg, Num, tr};
use crate::model::{ReviewKind, Session, SessionKind, Subject, Text};
use crate::scoring::{self, Claimed, ClaimedAgency, Results};

/// The kind of review the meeting button opens for these sessions: an appraisal when any
/// is a self-assessment or the checklist's candidates are agencies, else a consensus.
pub fn review_kind<'a>(sessions: impl IntoIterator<Item = &'a Session>) -> ReviewKind {
    let appraisal = sessions.into_iter().any(|s| {
        s.kind() == SessionKind::SelfAssessment || s.checklist.subject == Some(Subject::Agency)
    });
    if appraisal {
        ReviewKind::Appraisal
    } else {
        ReviewKind::Consensus
    }
}

/// "Hội đồng thẩm định kết quả tự đánh giá kỳ 2015-Q2": a new appraisal's title, in both
/// languages, the period when the session names one.
pub fn appraisal_title(session: &Session) -> Text {
    let msg = match &session.period {
        Some(p) => tr::appr_title_period(p),
        None => tr::appr_title(),
    };
    Text::from_parts(&msg.text(Lang::Vi), &msg.text(Lang::En))
}

impl ResultsScreen {
    pub(super) fn review_kind(&self) -> ReviewKind {
        let counted = self.sessions.iter().zip(&self.counted);
        review_kind(counted.filter(|(_, c)| **c).map(|((_, s), _)| s))
    }

    /// Claimed beside the results with the checklist's weights, computed once per revision.
    fn claimed(&mut self) -> Option<&Claimed> {
        if self.view.claimed.as_ref().map(|(r, _)| *r) != Some(self.revision) {
            let sheets: Vec<scoring::ScoreSheet> = self
                .sheets
                .iter()
                .zip(&self.counted)
                .filter(|(_, c)| **c)
                .map(|(s, _)| s.clone())
                .collect();
            let claimed = self
                .base
                .as_ref()
                .and_then(|r| scoring::claimed(&sheets, r));
            self.view.claimed = Some((self.revision, claimed));
        }
        self.view.claimed.as_ref().and_then(|(_, c)| c.as_ref())
    }
}

pub fn ui(ui: &mut egui::Ui, lang: Lang, screen: &mut ResultsScreen) {
    let Some(claimed) = screen.claimed().cloned() else {
        return;
    };
    let Some(results) = &screen.base else { return };
    let t = |m: Msg| m.text(lang);
    ui.add_space(12.0);
    ui.heading(t(tr::appr_section()));
    egui::Grid::new("claimed-table")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for h in [
                tr::appr_col_agency(),
                tr::appr_col_claimed(),
                tr::appr_col_appraised(),
                tr::appr_col_difference(),
                tr::appr_col_changed(),
            ] {
                ui.strong(t(h));
            }
            ui.end_row();
            for a in &claimed.agencies {
                ui.label(a.name.get(lang));
                ui.label(t(tr::appr_points(Num::points(a.claimed))));
                ui.label(t(tr::appr_points(Num::points(a.appraised))));
                ui.label(crate::format::signed_points(a.difference(), lang));
                if a.self_assessed {
                    ui.label(a.changed.len().to_string());
                } else {
                    ui.label(t(tr::appr_changed_by_evaluators(a.changed.len())));
                }
                ui.end_row();
            }
        });
    for a in claimed.agencies.iter().filter(|a| !a.changed.is_empty()) {
        changes(ui, lang, results, a);
    }
}

/// One agency's changed criteria, opened on demand: claimed, kept, and why.
fn changes(ui: &mut egui::Ui, lang: Lang, results: &Results, a: &ClaimedAgency) {
    let t = |m: Msg| m.text(lang);
    // An agency the department's evaluators scored was not changed by the council: its
    // values simply differ from its claim.
    let title = if a.self_assessed {
        t(tr::appr_changes_of(a.name.get(lang), a.changed.len()))
    } else {
        t(tr::appr_differs_of(a.name.get(lang), a.changed.len()))
    };
    egui::CollapsingHeader::new(title)
        .id_salt(("claimed", &a.id))
        .show(ui, |ui| {
            egui::Grid::new(("claimed-changes", &a.id))
                .striped(true)
                .num_columns(4)
                .show(ui, |ui| {
                    for h in [
                        tr::appr_col_criterion(),
                        tr::appr_col_claimed(),
                        tr::appr_col_appraised(),
                        tr::appr_col_reason(),
                    ] {
                        ui.strong(t(h));
                    }
                    ui.end_row();
                    for c in &a.changed {
                        let criterion = results.checklist.criterion(&c.criterion);
                        let title = criterion.map_or("", |k| k.title.get(lang));
                        ui.label(format!("{} {title}", c.criterion));
                        ui.label(super::details::value_text(criterion, c.claimed, lang));
                        ui.label(super::details::value_text(criterion, c.appraised, lang));
                        ui.label(crate::report::claimed::reason_text(
                            c.reason.as_deref(),
                            a.self_assessed,
                            lang,
                        ));
                        ui.end_row();
                    }
                });
        });
}
