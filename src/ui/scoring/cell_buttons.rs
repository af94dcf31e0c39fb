//! The buttons of a cell — the scale's levels, No/Yes, N/A — painted from text laid out once
//! a frame. At 500 × 5 about a hundred cells are on screen with six or seven buttons each;
//! egui's `Button` lays out and measures its text and looks up its style for every one of
//! them, which was a third of a frame. These look and behave as buttons do (hover, focus,
//! click, the name a screen reader reads), the chosen one dark.

use std::sync::Arc;

use eframe::egui::{self, Galley};

use super::table::{Cell, chosen_colours, labelled};
use crate::format;
use crate::i18n::{Lang, Num, tr};
use crate::model::{Scale, Session};
use crate::ui::{Action, ScoringAction};

/// A level button is narrow (the level's label is on hover); N/A needs a little more room.
const LEVEL_WIDTH: f32 = 26.0;
pub const NA_WIDTH: f32 = 40.0;
const HEIGHT: f32 = 24.0;

/// One button's text, laid out in the body font with its colour left to the painter.
struct Face {
    text: String,
    galley: Arc<Galley>,
}

impl Face {
    fn new(ui: &egui::Ui, text: String) -> Face {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let galley = ui
            .painter()
            .layout_no_wrap(text.clone(), font, egui::Color32::PLACEHOLDER);
        Face { text, galley }
    }
}

/// The faces of every button a cell can have, made once a frame for all the cells.
pub struct Faces {
    /// The scale's values, each with its text in the interface language.
    levels: Vec<(f64, Face)>,
    no: Face,
    yes: Face,
    na: Face,
}

impl Faces {
    pub fn new(ui: &egui::Ui, lang: Lang, session: &Session) -> Faces {
        let levels = session.checklist.scale.values().into_iter();
        Faces {
            levels: levels
                .map(|v| (v, Face::new(ui, format::number(v, 4, lang))))
                .collect(),
            no: Face::new(ui, tr::no().text(lang)),
            yes: Face::new(ui, tr::yes().text(lang)),
            na: Face::new(ui, tr::na().text(lang)),
        }
    }

    /// The width of a candidate's column for a scale with `levels` levels.
    pub fn column_width(levels: usize) -> f32 {
        (levels.max(2) as f32 * (LEVEL_WIDTH + 2.0) + NA_WIDTH + 12.0).max(130.0)
    }
}

/// A button of at least `width`, its text centred; `on`: the chosen one, dark.
fn flat_button(ui: &mut egui::Ui, face: &Face, on: bool, width: f32) -> egui::Response {
    let padding = ui.spacing().button_padding;
    let text = face.galley.size();
    let size = egui::vec2(
        width.max(text.x + 2.0 * padding.x),
        HEIGHT.max(text.y + 2.0 * padding.y),
    );
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&response);
        let (fill, ink) = if on {
            chosen_colours(ui.visuals())
        } else {
            (visuals.weak_bg_fill, visuals.text_color())
        };
        let painter = ui.painter();
        painter.rect(
            rect.expand(visuals.expansion),
            visuals.corner_radius,
            fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
        painter.galley(rect.center() - text / 2.0, face.galley.clone(), ink);
    }
    if let Some(cursor) = ui.visuals().interact_cursor
        && response.hovered()
    {
        ui.ctx().set_cursor_icon(cursor);
    }
    response
}

/// The scale's levels, the chosen one dark, each level's label on hover.
pub fn levels_cell(
    ui: &mut egui::Ui,
    lang: Lang,
    scale: &Scale,
    faces: &Faces,
    cell: &Cell,
    actions: &mut Vec<Action>,
) -> bool {
    ui.spacing_mut().item_spacing.x = 2.0;
    let levels = faces.levels.iter().map(|(v, face)| (*v, face));
    let buttons = ValueButtons {
        lang,
        cell,
        width: LEVEL_WIDTH,
        scale: Some(scale),
    };
    buttons.ui(ui, levels, actions)
}

pub fn yes_no_cell(
    ui: &mut egui::Ui,
    lang: Lang,
    faces: &Faces,
    cell: &Cell,
    actions: &mut Vec<Action>,
) -> bool {
    let buttons = ValueButtons {
        lang,
        cell,
        width: 0.0,
        scale: None,
    };
    buttons.ui(ui, [(0.0, &faces.no), (1.0, &faces.yes)], actions)
}

/// A cell's buttons, one per value, the chosen one dark.
struct ValueButtons<'a> {
    lang: Lang,
    cell: &'a Cell<'a>,
    width: f32,
    /// Where each value's label (shown on hover) comes from, if anywhere.
    scale: Option<&'a Scale>,
}

impl ValueButtons<'_> {
    /// Whether one was clicked (its value then set).
    fn ui<'f>(
        &self,
        ui: &mut egui::Ui,
        values: impl IntoIterator<Item = (f64, &'f Face)>,
        actions: &mut Vec<Action>,
    ) -> bool {
        let (lang, cell) = (self.lang, self.cell);
        let mut clicked = false;
        for (v, face) in values {
            let on = cell.existing.and_then(|s| s.value) == Some(v);
            let r = flat_button(ui, face, on, self.width);
            labelled(&r, egui::Role::Button, || {
                tr::cell_value(cell.who(), tr::verbatim(&face.text)).text(lang)
            });
            let r = match self.scale.and_then(|s| s.label(v)) {
                Some(l) => r.on_hover_ui(|ui| {
                    ui.label(tr::scale_level(Num::number(v, 4), l.get(lang)).text(lang));
                }),
                None => r,
            };
            if r.clicked() {
                actions.push(cell.set(Some(v)));
                clicked = true;
            }
        }
        clicked
    }
}

/// N/A: on, it says the criterion does not apply to this candidate; clicked again, the cell
/// is unscored.
pub fn na_button(
    ui: &mut egui::Ui,
    lang: Lang,
    faces: &Faces,
    cell: &Cell,
    actions: &mut Vec<Action>,
) -> bool {
    let na = cell.existing.is_some_and(|s| s.is_na());
    let r = flat_button(ui, &faces.na, na, NA_WIDTH);
    labelled(&r, egui::Role::Button, || {
        tr::cell_value(cell.who(), tr::na()).text(lang)
    });
    if r.clicked() {
        actions.push(if na {
            Action::Scoring(ScoringAction::SetScore {
                criterion: cell.criterion.id.clone(),
                candidate: cell.candidate.id.clone(),
                score: None,
            })
        } else {
            cell.set(None)
        });
        return true;
    }
    false
}
