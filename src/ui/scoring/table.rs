//! The criteria table: one row per criterion, the candidates side by side, one function per
//! kind of criterion. The title gets the room (it wraps to two lines); level buttons are
//! narrow, with the level's label on hover; the chosen level stands out on every row.

use eframe::egui::{self, Key};
use egui_extras::{Column, TableBuilder};

use super::ScoringScreen;
use super::cell_buttons::{Faces, levels_cell, na_button, yes_no_cell};
use crate::format::{self, NumberError};
use crate::i18n::{Lang, Msg, Num, tr};
use crate::model::{Candidate, Criterion, Kind, Score, Session};
use crate::ui::session_doc::SessionDoc;
use crate::ui::{Action, ScoringAction};

const ROW_HEIGHT: f32 = 46.0;
/// Room for "cần minh chứng" beside a self-assessment's buttons.
const EVIDENCE_MARK_WIDTH: f32 = 110.0;
pub use super::cursor::SIDE_BY_SIDE_UP_TO;

/// The candidates shown as columns: all of them, or the selected one.
fn shown(session: &Session, selected: usize) -> Vec<usize> {
    if session.candidates.len() <= SIDE_BY_SIDE_UP_TO {
        (0..session.candidates.len()).collect()
    } else {
        vec![selected.min(session.candidates.len().saturating_sub(1))]
    }
}

/// The colours of a chosen level: dark fill, light text — unlike the row highlight (the
/// theme's selection colour) and the stripes, so what was typed shows on every row.
pub fn chosen_colours(visuals: &egui::Visuals) -> (egui::Color32, egui::Color32) {
    (visuals.strong_text_color(), visuals.panel_fill)
}

/// What one cell needs to draw itself.
pub struct Cell<'a> {
    pub criterion: &'a Criterion,
    pub candidate: &'a Candidate,
    pub existing: Option<&'a Score>,
    here: bool,
    lang: Lang,
}

impl Cell<'_> {
    /// "G1.1 M-Office", how a screen reader names the cell (made only when asked).
    pub fn who(&self) -> String {
        format!(
            "{} {}",
            self.criterion.id,
            self.candidate.name.get(self.lang)
        )
    }

    pub fn set(&self, value: Option<f64>) -> Action {
        let (c, k) = (&self.criterion.id, &self.candidate.id);
        let score = match value {
            Some(v) => Score::with_value(self.existing, c, k, v),
            None => Score::not_applicable(self.existing, c, k),
        };
        Action::Scoring(ScoringAction::SetScore {
            criterion: c.clone(),
            candidate: k.clone(),
            score: Some(score),
        })
    }
}

/// The name a screen reader (and the tests) read for a widget. Made only when asked: egui
/// asks only with accessibility on, and formatting ~600 names a frame cost a millisecond.
pub fn labelled(response: &egui::Response, role: egui::Role, name: impl Fn() -> String) {
    response.widget_info(|| egui::WidgetInfo::labeled(role, true, name()));
}

impl ScoringScreen {
    pub(super) fn table(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &SessionDoc,
        actions: &mut Vec<Action>,
    ) {
        let session = doc.session();
        let rows = self.cursor.rows(session);
        if rows.is_empty() {
            let text = tr::no_criterion_matches(self.cursor.filter.trim()).text(lang);
            ui.label(egui::RichText::new(text).size(16.0));
            return;
        }
        let columns = shown(session, self.cursor.cand);
        let faces = Faces::new(ui, lang, session);
        // A self-assessment's one column has room for the "needs evidence" mark.
        let marks = session.is_self_assessment();
        let cand_width = Faces::column_width(session.checklist.scale.values().len())
            + if marks { EVIDENCE_MARK_WIDTH } else { 0.0 };
        let mut builder = TableBuilder::new(ui)
            .striped(true)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::exact(44.0))
            .column(Column::remainder().at_least(160.0).clip(true))
            .column(Column::exact(58.0))
            .columns(Column::exact(cand_width), columns.len());
        if let Some(r) = self.scroll_to_row.take() {
            builder = builder.scroll_to_row(r, None);
        }
        let mut select = None;
        let mut advance = false;
        builder
            .header(24.0, |mut header| {
                for heading in [tr::id(), tr::criterion(), tr::weight()] {
                    header.col(|ui| {
                        ui.strong(heading.text(lang));
                    });
                }
                for &k in &columns {
                    header.col(|ui| {
                        ui.strong(session.candidates[k].name.get(lang));
                    });
                }
            })
            .body(|body| {
                body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                    let i = row.index();
                    let (_, criterion) = rows[i];
                    row.set_selected(i == self.cursor.row);
                    row.col(|ui| {
                        ui.label(&criterion.id);
                    });
                    row.col(|ui| {
                        if title(ui, lang, criterion).clicked() {
                            select = Some((i, self.cursor.cand));
                        }
                    });
                    row.col(|ui| {
                        ui.label(format::number(criterion.weight(), 4, lang));
                    });
                    for &k in &columns {
                        let candidate = &session.candidates[k];
                        row.col(|ui| {
                            let cell = Cell {
                                criterion,
                                candidate,
                                existing: self.cells.score(session, &criterion.id, k),
                                here: i == self.cursor.row && k == self.cursor.cand,
                                lang,
                            };
                            // Not asked (docs/method.md §12): said, not offered buttons that
                            // would be refused.
                            if !session.applies(&criterion.id, &candidate.id) {
                                ui.weak(tr::cell_not_applicable().text(lang))
                                    .on_hover_text(tr::cell_not_applicable_why().text(lang));
                                return;
                            }
                            if cell.here {
                                let stroke =
                                    egui::Stroke::new(2.0, ui.visuals().selection.stroke.color);
                                ui.painter().rect_stroke(
                                    ui.max_rect().shrink(1.0),
                                    3.0,
                                    stroke,
                                    egui::StrokeKind::Inside,
                                );
                            }
                            let mut draw = |ui: &mut egui::Ui| {
                                let clicked = match criterion.kind() {
                                    Kind::Scale => levels_cell(
                                        ui,
                                        lang,
                                        &session.checklist.scale,
                                        &faces,
                                        &cell,
                                        actions,
                                    ),
                                    Kind::YesNo => yes_no_cell(ui, lang, &faces, &cell, actions),
                                    Kind::Numeric => {
                                        self.numeric_cell(ui, lang, &cell, actions, &mut advance)
                                    }
                                };
                                na_button(ui, lang, &faces, &cell, actions) || clicked
                            };
                            // A scope per cell only when it must be greyed out (read-only):
                            // a hundred scopes a frame were a tenth of the frame.
                            let clicked = if doc.file().is_read_only() {
                                ui.add_enabled_ui(false, draw).inner
                            } else {
                                draw(ui)
                            };
                            if clicked {
                                select = Some((i, k));
                            }
                            if let Some(note) = cell.existing.and_then(|s| s.note.as_ref()) {
                                ui.label("•").on_hover_text(note);
                            }
                            if marks && needs_evidence(&cell) {
                                evidence_mark(ui, lang);
                            }
                        });
                    }
                });
            });
        if advance {
            self.cursor.advance(session);
            self.scroll_to_row = Some(self.cursor.row);
        }
        if let Some((r, k)) = select {
            if (r, k) != (self.cursor.row, self.cursor.cand) {
                self.number = None;
            }
            self.cursor.row = r;
            self.cursor.cand = k;
        }
    }

    /// With many candidates: which one is shown, with each one's progress; ←/→ do the same.
    pub(super) fn candidate_picker(&mut self, ui: &mut egui::Ui, lang: Lang, session: &Session) {
        if session.candidates.len() <= SIDE_BY_SIDE_UP_TO {
            return;
        }
        let label = |k: usize| {
            let c = &session.candidates[k];
            let cells = self.cells.of_candidate[k];
            tr::candidate_progress(c.name.get(lang), self.cells.by_candidate[k], cells).text(lang)
        };
        ui.horizontal(|ui| {
            let name = ui.label(tr::one_at_a_time(session.candidates.len()).text(lang));
            let mut selected = self.cursor.cand.min(session.candidates.len() - 1);
            let combo = egui::ComboBox::from_id_salt("candidate-picker")
                .width(420.0)
                .selected_text(label(selected))
                .show_ui(ui, |ui| {
                    for k in 0..session.candidates.len() {
                        ui.selectable_value(&mut selected, k, label(k));
                    }
                });
            combo.response.labelled_by(name.id);
            if selected != self.cursor.cand {
                self.cursor.cand = selected;
                self.number = None;
            }
        });
    }

    /// The number being typed, and under it what it reads as in the interface language.
    fn number_field(
        ui: &mut egui::Ui,
        lang: Lang,
        cell: &Cell,
        buffer: &mut String,
        focus: &mut bool,
    ) -> (egui::Response, Result<format::Typed, format::NumberError>) {
        let edit = ui.add(
            egui::TextEdit::singleline(buffer)
                .desired_width(80.0)
                .hint_text(tr::number_hint().text(lang)),
        );
        labelled(&edit, egui::Role::TextInput, || {
            tr::cell_value(cell.who(), tr::number_hint()).text(lang)
        });
        if *focus {
            edit.request_focus();
            let end = egui::text::CCursor::new(buffer.chars().count());
            if let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), edit.id) {
                state
                    .cursor
                    .set_char_range(Some(egui::text::CCursorRange::one(end)));
                state.store(ui.ctx(), edit.id);
            }
            *focus = false;
        }
        let parsed = format::parse_number(buffer, lang);
        if let Ok(n) = &parsed {
            let read = tr::number_read_as(Num::number(n.value, 6)).text(lang);
            // Indented past the selected cell's frame, which hid its first letter.
            ui.horizontal(|ui| {
                ui.add_space(4.0);
                ui.label(egui::RichText::new(read).small().weak());
            });
        }
        (edit, parsed)
    }

    /// A numeric cell: the value with its unit, or while typing, the field with the value
    /// read back in the interface language. A number that cannot be read stays in the field
    /// with the reason.
    fn numeric_cell(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        cell: &Cell,
        actions: &mut Vec<Action>,
        advance: &mut bool,
    ) -> bool {
        if cell.here
            && let Some(buffer) = self.number.as_mut()
        {
            // The field with the value read back under it, small: beside it, the read-back
            // pushed the N/A button out of the cell.
            let stacked = ui.vertical(|ui| {
                ui.spacing_mut().item_spacing.y = 0.0;
                Self::number_field(ui, lang, cell, buffer, &mut self.focus_number)
            });
            let (edit, parsed) = stacked.inner;
            if edit.lost_focus() {
                let escaped = ui.input(|i| i.key_pressed(Key::Escape));
                match parsed {
                    _ if escaped => self.number = None,
                    Ok(n) if n.value >= 0.0 => {
                        actions.push(cell.set(Some(n.value)));
                        self.hint = None;
                        self.number = None;
                        *advance = ui.input(|i| i.key_pressed(Key::Enter));
                    }
                    Ok(_) => {
                        self.hint = Some(tr::number_negative(buffer.trim()));
                        self.focus_number = true;
                    }
                    Err(e) => {
                        self.hint = Some(number_error(e, buffer.trim(), lang));
                        self.focus_number = true;
                    }
                }
            }
            return false;
        }
        let shown = cell
            .existing
            .and_then(|s| s.value)
            .map_or_else(|| tr::no_value().text(lang), |v| format::number(v, 4, lang));
        let unit = cell
            .criterion
            .unit
            .as_ref()
            .map(|u| u.get(lang))
            .unwrap_or("");
        let r = ui.add(egui::Button::new(format!("{shown} {unit}")));
        labelled(&r, egui::Role::Button, || {
            tr::cell_value(cell.who(), tr::verbatim(&shown)).text(lang)
        });
        if r.clicked() {
            self.number = Some(
                cell.existing
                    .and_then(|s| s.value)
                    .map(|v| format::number(v, 6, lang))
                    .unwrap_or_default(),
            );
            self.focus_number = true;
            return true;
        }
        false
    }
}

/// Why typed text is not a number, with the way this language writes one.
fn number_error(e: NumberError, text: &str, lang: Lang) -> Msg {
    let mark = format::decimal_mark(lang).to_string();
    match e {
        NumberError::WrongDecimalMark => {
            tr::number_wrong_mark(text, mark, format::number(2.45, 2, lang))
        }
        NumberError::Empty | NumberError::NotANumber => tr::number_not_a_number(text, mark),
    }
}

/// The criterion's title, wrapped, after a mandatory mark that is never cut off.
fn title(ui: &mut egui::Ui, lang: Lang, criterion: &Criterion) -> egui::Response {
    ui.horizontal_top(|ui| {
        if criterion.is_mandatory() {
            let colour = ui.visuals().error_fg_color;
            ui.label(egui::RichText::new("*").strong().color(colour))
                .on_hover_text(tr::mandatory_mark().text(lang));
        }
        ui.add(
            egui::Label::new(criterion.title.get(lang))
                .wrap()
                .sense(egui::Sense::click()),
        )
    })
    .inner
}

/// A cell of a criterion that requires evidence, whose score has neither evidence nor a
/// note (or that has no score yet): the self-assessment cannot be submitted so.
fn needs_evidence(cell: &Cell) -> bool {
    cell.criterion.requires_evidence() && !cell.existing.is_some_and(Score::has_support)
}

fn evidence_mark(ui: &mut egui::Ui, lang: Lang) {
    let colour = ui.visuals().error_fg_color;
    let text = tr::selfui_needs_evidence().text(lang);
    ui.label(egui::RichText::new(text).small().color(colour))
        .on_hover_text(tr::selfui_needs_evidence_why().text(lang));
}
