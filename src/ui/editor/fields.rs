//! Fields of the editor's forms: a text in Vietnamese and English, a number, and the
//! problems `validate` finds at a place, drawn right under the field at fault.

use eframe::egui;

use crate::i18n::{Lang, Msg, tr};
use crate::model::Text;
use crate::ui::checklist_doc::ChecklistDoc;
use crate::ui::widgets::error_label;

/// A label above a field, as forms on paper have them.
pub fn caption(ui: &mut egui::Ui, lang: Lang, label: Msg) {
    ui.add_space(6.0);
    ui.label(egui::RichText::new(label.text(lang)).strong());
}

/// The problems at `path` (and under it when `deep`), in the theme's error colour.
pub fn problems(ui: &mut egui::Ui, lang: Lang, doc: &ChecklistDoc, path: &str, deep: bool) {
    for p in doc.problems_at(path) {
        if deep || p.place.to_string() == path {
            error_label(ui, p.problem.msg().text(lang));
        }
    }
}

/// Give a field the name a screen reader (and a test) finds it by.
pub fn named(response: &egui::Response, name: String) {
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, name.clone()));
}

/// One line of text named `name`; the new value when it was changed.
pub fn line(ui: &mut egui::Ui, name: String, id: &str, value: &str, width: f32) -> Option<String> {
    let mut text = value.to_owned();
    let response = ui.add(
        egui::TextEdit::singleline(&mut text)
            .id_salt(id)
            .desired_width(width),
    );
    named(&response, name);
    (text != value).then_some(text)
}

/// A text in both languages, side by side ("Tiếng Việt", "English"), each field named
/// "NAME (language)"; `None` when nothing changed. `multiline` for guidance.
pub fn bilingual(
    ui: &mut egui::Ui,
    lang: Lang,
    name: &str,
    id: &str,
    text: Option<&Text>,
    multiline: bool,
) -> Option<Option<Text>> {
    let (vi, en) = text.map(Text::parts).unwrap_or_default();
    let (mut new_vi, mut new_en) = (vi.clone(), en.clone());
    // Clamped: inside a scroll area the room available grows with what was drawn before.
    let width = ((ui.available_width() - 24.0) / 2.0).clamp(160.0, 440.0);
    ui.horizontal_top(|ui| {
        for (value, language, salt) in [
            (&mut new_vi, tr::lang_vi(), "vi"),
            (&mut new_en, tr::lang_en(), "en"),
        ] {
            ui.vertical(|ui| {
                ui.weak(language.text(lang));
                let edit = if multiline {
                    egui::TextEdit::multiline(value).desired_rows(3)
                } else {
                    egui::TextEdit::singleline(value)
                };
                let response = ui.add(edit.id_salt((id, salt)).desired_width(width));
                named(&response, format!("{name} ({})", language.text(lang)));
            });
        }
    });
    if new_vi == vi && new_en == en {
        return None;
    }
    let blank = new_vi.trim().is_empty() && new_en.trim().is_empty();
    Some((!blank).then(|| Text::from_parts(&new_vi, &new_en)))
}

/// A number typed in either decimal mark; `None` when nothing changed, `Some(None)` when the
/// field was emptied (the default applies).
/// Shown and read as the interface language writes numbers, with the one formatter every
/// screen uses: "17,8" and "0 đến 4 bước 1" in Vietnamese, never "18.0".
pub fn number(
    ui: &mut egui::Ui,
    lang: Lang,
    name: String,
    value: Option<f64>,
    default: f64,
    range: std::ops::RangeInclusive<f64>,
) -> Option<Option<f64>> {
    let mut v = value.unwrap_or(default);
    let response = ui.add(
        egui::DragValue::new(&mut v)
            .range(range)
            .speed(0.1)
            .max_decimals(4)
            .custom_formatter(move |x, _| crate::format::exact(x, lang))
            .custom_parser(move |s| crate::format::parse_number(s, lang).ok().map(|t| t.value)),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, name.clone()));
    (response.changed() && Some(v) != value).then_some(Some(v))
}
