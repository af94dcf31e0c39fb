//! Small pieces several screens draw the same way.

use eframe::egui;

use super::Action;
use crate::i18n::{Lang, Msg, tr};

/// "Tiếng Việt | English", each in its own language. Drawn last in its bar so Tab reaches
/// the screen's main actions first.
pub fn language_switch(ui: &mut egui::Ui, lang: Lang, actions: &mut Vec<Action>) {
    for (choice, name) in [(Lang::Vi, tr::lang_vi()), (Lang::En, tr::lang_en())] {
        if ui
            .selectable_label(lang == choice, name.text(lang))
            .clicked()
            && lang != choice
        {
            actions.push(Action::SetLang(choice));
        }
    }
}

/// A problem, in the theme's error colour.
pub fn error_label(ui: &mut egui::Ui, text: impl Into<String>) -> egui::Response {
    let colour = ui.visuals().error_fg_color;
    ui.colored_label(colour, text.into())
}

/// "Valid", in a calm green that reads on the light theme.
pub fn ok_label(ui: &mut egui::Ui, lang: Lang) {
    let colour = if ui.visuals().dark_mode {
        egui::Color32::LIGHT_GREEN
    } else {
        egui::Color32::from_rgb(0, 110, 50)
    };
    ui.colored_label(colour, tr::valid().text(lang));
}

/// The first problem of a file, the others on hover.
pub fn problems_label(ui: &mut egui::Ui, lang: Lang, problems: &[Msg]) {
    let lines: Vec<String> = problems.iter().map(|m| m.text(lang)).collect();
    let first = lines.first().cloned().unwrap_or_default();
    let text = if lines.len() > 1 {
        tr::invalid_more(first, lines.len() - 1)
    } else {
        tr::invalid(first)
    };
    error_label(ui, text.text(lang)).on_hover_text(lines.join("\n"));
}

/// Numbers are right-aligned so their decimals line up, as on paper.
pub fn right(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> egui::Response) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        add(ui);
    });
}

/// At most `max` characters, cut with "…" (long titles in narrow columns).
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(max.saturating_sub(1)).collect();
    short.push('…');
    short
}

/// "Undo" and "Redo", each enabled when there is something to undo or redo; drawn right to
/// left (Redo first), as the bars that hold them are.
pub fn undo_redo(
    ui: &mut egui::Ui,
    lang: Lang,
    (can_undo, can_redo): (bool, bool),
    actions: &mut Vec<Action>,
) {
    for (enabled, label, action) in [
        (can_redo, tr::redo(), Action::Redo),
        (can_undo, tr::undo(), Action::Undo),
    ] {
        if ui
            .add_enabled(enabled, egui::Button::new(label.text(lang)))
            .clicked()
        {
            actions.push(action);
        }
    }
}

/// The status bar's word on saving: being saved (changes wait and the last save did not
/// fail), saved at a time, or why it was not saved. The session's and the minutes' alike.
pub fn save_status(
    ui: &mut egui::Ui,
    lang: Lang,
    state: &super::session_doc::SaveState,
    dirty: bool,
) {
    use super::session_doc::SaveState;
    match state {
        SaveState::Failed(e) => {
            error_label(ui, tr::not_saved(e.clone()).text(lang));
        }
        _ if dirty => {
            ui.label(tr::saving().text(lang));
        }
        SaveState::Saved(time) => {
            ui.label(tr::saved_at(time).text(lang));
        }
        SaveState::Clean => {}
    }
}
