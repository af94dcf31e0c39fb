//! The app's modal dialogs: a notice (errors, conflicts, what just happened) and the offer to
//! recover unsaved work after a crash. Enter or Esc closes a notice.

use eframe::egui;

use super::{Action, RecoveryAction};
use crate::i18n::{Lang, Msg, Num, When, tr};
use crate::model::{Decision, Score};
use crate::store::{Recovery, ReviewRecovery};

/// A message the user must see: an error, or the outcome of something that went well.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub error: bool,
    pub lines: Vec<Msg>,
    /// A folder just written (an export): the notice offers to open it.
    pub folder: Option<std::path::PathBuf>,
}

impl Notice {
    pub fn error(lines: Vec<Msg>) -> Notice {
        Notice {
            error: true,
            lines,
            folder: None,
        }
    }

    pub fn done(lines: Vec<Msg>) -> Notice {
        Notice {
            error: false,
            lines,
            folder: None,
        }
    }

    /// What was written, with a button that opens the folder in the system's file manager.
    pub fn written(lines: Vec<Msg>, folder: &std::path::Path) -> Notice {
        Notice {
            folder: Some(folder.to_owned()),
            ..Notice::done(lines)
        }
    }
}

pub fn show(
    ctx: &egui::Context,
    lang: Lang,
    notice: Option<&Notice>,
    pending_recovery: (&[Recovery], &[ReviewRecovery]),
    actions: &mut Vec<Action>,
) {
    if let Some(notice) = notice {
        notice_dialog(ctx, lang, notice, actions);
    } else if !pending_recovery.0.is_empty() || !pending_recovery.1.is_empty() {
        recovery_dialog(ctx, lang, pending_recovery, actions);
    }
}

fn notice_dialog(ctx: &egui::Context, lang: Lang, notice: &Notice, actions: &mut Vec<Action>) {
    let response = egui::Modal::new(egui::Id::unique("notice")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        let title = if notice.error {
            tr::error_title()
        } else {
            tr::done_title()
        };
        ui.heading(title.text(lang));
        for line in &notice.lines {
            ui.label(line.text(lang));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let ok = ui.button(tr::ok().text(lang));
            ok.request_focus();
            if let Some(folder) = &notice.folder
                && ui.button(tr::open_folder().text(lang)).clicked()
            {
                actions.push(Action::OpenFolder(folder.clone()));
            }
            ok.clicked()
        })
        .inner
    });
    let keys = ctx.input_mut(|i| {
        i.consume_key(egui::Modifiers::NONE, egui::Key::Enter)
            | i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)
    });
    if response.inner || keys || response.should_close() {
        actions.push(Action::DismissNotice);
    }
}

/// A cell as the recovery dialog shows it: its value or N/A, and its note.
fn shown(score: &Option<Score>) -> Msg {
    match score {
        None => tr::recovery_empty(),
        Some(s) => {
            let value = if s.is_na() {
                tr::na()
            } else {
                match s.value {
                    Some(v) => tr::verbatim_number(Num::number(v, 4)),
                    None => tr::recovery_empty(),
                }
            };
            match &s.note {
                Some(note) => tr::value_with_note(value, note),
                None => value,
            }
        }
    }
}

fn recovery_dialog(
    ctx: &egui::Context,
    lang: Lang,
    (pending, reviews): (&[Recovery], &[ReviewRecovery]),
    actions: &mut Vec<Action>,
) {
    egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(tr::recovery_title().text(lang));
        if !pending.is_empty() {
            ui.label(tr::recovery_explain().text(lang));
        }
        for (i, r) in pending.iter().enumerate() {
            ui.separator();
            ui.strong(r.session_path.display().to_string());
            ui.label(
                tr::recovery_who(&r.session.evaluator.name, When::rfc3339(r.saved.clone()))
                    .text(lang),
            );
            if !r.newer {
                let colour = ui.visuals().warn_fg_color;
                ui.colored_label(colour, tr::recovery_older().text(lang));
            }
            egui::ScrollArea::vertical()
                .id_salt(("changes", i))
                .max_height(160.0)
                .show(ui, |ui| {
                    for c in r.changes() {
                        let cell = r.session.cell_label(&c.criterion, &c.candidate, lang);
                        let line =
                            tr::recovery_change(cell, shown(&c.on_disk), shown(&c.recovered));
                        ui.label(line.text(lang));
                    }
                });
            ui.horizontal(|ui| {
                if ui.button(tr::restore().text(lang)).clicked() {
                    actions.push(Action::Recovery(RecoveryAction::Restore(i)));
                }
                if ui.button(tr::keep_file().text(lang)).clicked() {
                    actions.push(Action::Recovery(RecoveryAction::Drop(i)));
                }
            });
        }
        for (i, r) in reviews.iter().enumerate() {
            ui.separator();
            review_copy(ui, lang, i, r, actions);
        }
        ui.separator();
        if ui.button(tr::later().text(lang)).clicked() {
            actions.push(Action::Recovery(RecoveryAction::Postpone));
        }
    });
}

/// A decision as the recovery dialog shows it: the value agreed or N/A, and its reason.
fn decided(decision: &Option<Decision>) -> Msg {
    let Some(d) = decision else {
        return tr::mt2_recovery_none();
    };
    let value = match d.agreed() {
        Some(v) => tr::verbatim_number(Num::number(v, 4)),
        None => tr::na(),
    };
    tr::mt2_recovery_decision(value, &d.reason)
}

/// One copy of minutes: its file, when it was left, the decisions that differ, and what the
/// chair may do with it.
fn review_copy(
    ui: &mut egui::Ui,
    lang: Lang,
    i: usize,
    r: &ReviewRecovery,
    actions: &mut Vec<Action>,
) {
    ui.strong(r.review_path.display().to_string());
    ui.label(tr::mt2_recovery_who(When::rfc3339(r.saved.clone())).text(lang));
    if !r.newer {
        let colour = ui.visuals().warn_fg_color;
        ui.colored_label(colour, tr::recovery_older().text(lang));
    }
    egui::ScrollArea::vertical()
        .id_salt(("review-changes", i))
        .max_height(160.0)
        .show(ui, |ui| {
            for c in r.changes() {
                let line = tr::mt2_recovery_change(
                    &c.criterion,
                    &c.candidate,
                    decided(&c.on_disk),
                    decided(&c.recovered),
                );
                ui.label(line.text(lang));
            }
        });
    ui.horizontal(|ui| {
        if ui.button(tr::mt2_restore().text(lang)).clicked() {
            actions.push(Action::Recovery(RecoveryAction::RestoreReview(i)));
        }
        if ui.button(tr::keep_file().text(lang)).clicked() {
            actions.push(Action::Recovery(RecoveryAction::DropReview(i)));
        }
    });
}
