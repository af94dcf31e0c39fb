//! Above the cell: the meeting's details (date, place, chair, secretary, members present or
//! not) in a collapsible header, the candidates' totals and ranks as the decisions so far
//! leave them, and the chair's confirmation before the minutes are closed.

use eframe::egui;

use super::MeetingScreen;
use crate::i18n::{Lang, Msg, Num, tr};
use crate::model::{Meeting, Member, validate};
use crate::ui::review_doc::ReviewDoc;
use crate::ui::widgets::error_label;
use crate::ui::{Action, MeetingAction};

/// The meeting's details as typed, kept only when "Keep these details" is pressed: one undo
/// step for the whole form rather than one per letter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MeetingForm {
    date: String,
    place: String,
    chair: String,
    secretary: String,
    /// (name, role, present)
    members: Vec<(String, String, bool)>,
}

impl MeetingForm {
    pub fn of(meeting: Option<&Meeting>) -> MeetingForm {
        let Some(m) = meeting else {
            return MeetingForm::default();
        };
        let text = |s: &Option<String>| s.clone().unwrap_or_default();
        MeetingForm {
            date: text(&m.date),
            place: text(&m.place),
            chair: text(&m.chair),
            secretary: text(&m.secretary),
            members: m
                .members
                .iter()
                .map(|p| (p.name.clone(), text(&p.role), p.is_present()))
                .collect(),
        }
    }

    /// The meeting the form says; members without a name are left out.
    pub fn meeting(&self) -> Meeting {
        let some = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        Meeting {
            date: some(&self.date),
            place: some(&self.place),
            chair: some(&self.chair),
            secretary: some(&self.secretary),
            members: self
                .members
                .iter()
                .filter(|(name, _, _)| !name.trim().is_empty())
                .map(|(name, role, present)| Member {
                    name: name.trim().to_owned(),
                    role: some(role),
                    present: Some(*present),
                })
                .collect(),
        }
    }

    fn bad_date(&self) -> Option<&str> {
        let date = self.date.trim();
        (!date.is_empty() && !validate::is_date(date)).then_some(date)
    }
}

pub fn meeting(
    screen: &mut MeetingScreen,
    ui: &mut egui::Ui,
    lang: Lang,
    doc: &ReviewDoc,
    actions: &mut Vec<Action>,
) {
    let t = |m: Msg| m.text(lang);
    let form = &mut screen.header;
    egui::CollapsingHeader::new(t(tr::mt_meeting()))
        .id_salt("mt-meeting")
        .show(ui, |ui| {
            ui.add_enabled_ui(!doc.is_read_only(), |ui| {
                // Rows of their own rather than a grid: a grid gave the short fields the
                // width of their column's narrowest content.
                ui.horizontal(|ui| {
                    field(ui, t(tr::mt_date()), &mut form.date, 110.0);
                    field(ui, t(tr::mt_place()), &mut form.place, 360.0);
                });
                ui.horizontal(|ui| {
                    field(ui, t(tr::mt_chair()), &mut form.chair, 240.0);
                    field(ui, t(tr::mt_secretary()), &mut form.secretary, 240.0);
                });
                if let Some(date) = form.bad_date() {
                    error_label(ui, t(tr::mt_bad_date(date)));
                }
                members(ui, lang, form);
                let changed = form.meeting() != doc.review().meeting.clone().unwrap_or_default();
                let keep = egui::Button::new(t(tr::mt_apply_meeting()));
                if ui
                    .add_enabled(changed && form.bad_date().is_none(), keep)
                    .clicked()
                {
                    actions.push(Action::Meeting(MeetingAction::SetMeeting(form.meeting())));
                }
            });
        });
}

fn field(ui: &mut egui::Ui, label: String, text: &mut String, width: f32) {
    let label = ui.label(label);
    ui.add(egui::TextEdit::singleline(text).desired_width(width))
        .labelled_by(label.id);
}

fn members(ui: &mut egui::Ui, lang: Lang, form: &mut MeetingForm) {
    let t = |m: Msg| m.text(lang);
    ui.strong(t(tr::mt_members()));
    let mut remove = None;
    egui::Grid::new("mt-members").num_columns(4).show(ui, |ui| {
        for (i, (name, role, present)) in form.members.iter_mut().enumerate() {
            ui.add(
                egui::TextEdit::singleline(name)
                    .hint_text(t(tr::mt_member_name()))
                    .desired_width(220.0),
            );
            ui.add(
                egui::TextEdit::singleline(role)
                    .hint_text(t(tr::mt_member_role()))
                    .desired_width(160.0),
            );
            ui.checkbox(present, t(tr::mt_present()));
            if ui.small_button(t(tr::mt_remove_member())).clicked() {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        form.members.remove(i);
    }
    if ui.button(t(tr::mt_add_member())).clicked() {
        form.members.push((String::new(), String::new(), true));
    }
}

/// Each candidate's total and rank as the results stand with the decisions so far.
pub fn standing(screen: &MeetingScreen, ui: &mut egui::Ui, lang: Lang) {
    let t = |m: Msg| m.text(lang);
    let Some(results) = screen.standing() else {
        error_label(ui, t(tr::mt_nothing_counted()));
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(t(tr::mt_standing()));
        for c in &results.candidates {
            ui.strong(t(tr::mt_rank(
                c.rank,
                c.name.get(lang),
                Num::points(c.total),
            )));
            ui.separator();
        }
    });
}

/// "Close the minutes?": yes closes and seals them, anything else leaves them a draft.
pub fn confirm_finalize(
    screen: &mut MeetingScreen,
    ctx: &egui::Context,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    if !screen.confirm_finalize {
        return;
    }
    let t = |m: Msg| m.text(lang);
    let response = egui::Modal::new(egui::Id::unique("mt-finalize")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.label(t(tr::mt_finalize_confirm()));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t(tr::mt_finalize_yes())).clicked() {
                actions.push(Action::Meeting(MeetingAction::Finalize));
                screen.confirm_finalize = false;
            }
            if ui.button(t(tr::cancel())).clicked() {
                screen.confirm_finalize = false;
            }
        });
    });
    if response.should_close() {
        screen.confirm_finalize = false;
    }
}
