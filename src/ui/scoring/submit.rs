//! "Submit and seal": what is still missing (click to go there), the confirmation, then the
//! fingerprint to write on the paper copy.

use std::collections::HashSet;

use eframe::egui;

use super::{ScoringScreen, SubmitDialog};
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Session, seal};
use crate::ui::session_doc::SessionDoc;
use crate::ui::{Action, ScoringAction};

impl ScoringScreen {
    pub(super) fn submit_dialog(
        &mut self,
        ctx: &egui::Context,
        lang: Lang,
        doc: &SessionDoc,
        actions: &mut Vec<Action>,
    ) {
        let t = |m: Msg| m.text(lang);
        let Some(dialog) = &self.submit else { return };
        let mut ticked = matches!(dialog, SubmitDialog::Review { no_conflict: true });
        let session = doc.session();
        let mut close = false;
        let mut jump = None;
        let modal = egui::Modal::new(egui::Id::unique("submit")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(t(tr::submit_title()));
            match dialog {
                SubmitDialog::Review { .. } => {
                    let missing = session.missing();
                    if missing.is_empty() {
                        ui.label(t(tr::submit_confirm()));
                        ui.add_space(6.0);
                        ui.checkbox(&mut ticked, t(tr::declare_no_conflict()));
                        ui.add_space(6.0);
                        ui.horizontal(|ui| {
                            if ui
                                .button(egui::RichText::new(t(tr::submit_now())).strong())
                                .clicked()
                            {
                                let no_conflict = ticked;
                                actions
                                    .push(Action::Scoring(ScoringAction::Submit { no_conflict }));
                            }
                            close = ui.button(t(tr::cancel())).clicked();
                        });
                    } else {
                        jump = missing_list(ui, lang, session, &missing);
                        close = ui.button(t(tr::close())).clicked();
                    }
                }
                SubmitDialog::Done(sha) => {
                    ui.label(t(tr::submit_done()));
                    ui.label(t(tr::fingerprint()));
                    ui.label(
                        egui::RichText::new(seal::fingerprint(sha))
                            .monospace()
                            .size(26.0)
                            .strong(),
                    );
                    ui.weak(t(tr::sha256(sha)));
                    close = ui.button(t(tr::close())).clicked();
                }
            }
        });
        if modal.should_close() {
            close = true;
        }
        if let Some((c, k)) = jump {
            self.select(session, &c, &k);
            close = true;
        }
        if let Some(SubmitDialog::Review { no_conflict }) = &mut self.submit {
            *no_conflict = ticked;
        }
        if close {
            self.submit = None;
        }
    }
}

/// What is still missing, each a link to its cell (the one clicked is returned); in a
/// self-assessment, the cells scored without the evidence their criterion requires say so.
fn missing_list(
    ui: &mut egui::Ui,
    lang: Lang,
    session: &Session,
    missing: &[(&str, &str)],
) -> Option<(String, String)> {
    let t = |m: Msg| m.text(lang);
    ui.label(t(tr::submit_missing(missing.len())));
    let lacking: HashSet<(&str, &str)> = session
        .lacking_evidence()
        .into_iter()
        .map(|(_, c, k)| (c, k))
        .collect();
    if !lacking.is_empty() {
        ui.label(t(tr::selfui_lacking_count(lacking.len())));
    }
    let mut jump = None;
    egui::ScrollArea::vertical()
        .max_height(300.0)
        .show(ui, |ui| {
            for &(c, k) in missing {
                let label = session.cell_label(c, k, lang);
                let label = if lacking.contains(&(c, k)) {
                    t(tr::selfui_lacking_cell(label))
                } else {
                    label
                };
                if ui.link(label).clicked() {
                    jump = Some((c.to_string(), k.to_string()));
                }
            }
        });
    jump
}
