//! The scoring screen: groups on the left, the selected group's criteria as a table with the
//! candidates side by side, the guidance and notes on the right, the status bar below.
//! Keyboard first: ↑/↓ criterion, ←/→ candidate, digits score and move on, N for N/A,
//! Enter for the note, Ctrl+Z/Ctrl+Y, Ctrl+F to filter, Ctrl+G to the next unscored item.

use std::collections::HashMap;

use eframe::egui::{self, Key, Modifiers};
use egui_extras::{Column, TableBuilder};

use super::Action;
use super::document::{Document, SaveState};
use super::tr::T;
use crate::i18n::Lang;
use crate::model::{Criterion, Kind, Score, Session, seal};
use crate::store::ReadOnly;

enum SubmitDialog {
    Review,
    Done(String),
}

pub struct ScoringScreen {
    group: usize,
    /// Index into the visible rows.
    row: usize,
    cand: usize,
    filter: String,
    focus_filter: bool,
    /// A number being typed into the selected numeric cell.
    number: Option<String>,
    focus_number: bool,
    focus_note: bool,
    /// Notes being typed, by (criterion, candidate), until the field loses focus.
    notes: HashMap<(String, String), String>,
    submit: Option<SubmitDialog>,
    scroll_to_row: Option<usize>,
    /// A short message in the status bar (e.g. a number that could not be read).
    hint: Option<String>,
    /// The groups' normalized weights, computed once: the checklist of a session never changes.
    group_weights: Vec<f64>,
}

fn fmt_value(v: f64) -> String {
    crate::scoring::fmt_num(v, 4)
}

impl ScoringScreen {
    pub fn new(session: &Session) -> Self {
        ScoringScreen {
            group: 0,
            row: 0,
            cand: 0,
            filter: String::new(),
            focus_filter: false,
            number: None,
            focus_number: false,
            focus_note: false,
            notes: HashMap::new(),
            submit: None,
            scroll_to_row: Some(0),
            hint: None,
            group_weights: crate::scoring::group_weights(&session.checklist),
        }
    }

    /// The rows shown: the selected group's criteria, or every criterion matching the filter.
    fn rows<'s>(&self, session: &'s Session, lang: Lang) -> Vec<(usize, &'s Criterion)> {
        let needle = self.filter.trim().to_lowercase();
        session
            .checklist
            .groups
            .iter()
            .enumerate()
            .flat_map(|(gi, g)| g.criteria.iter().map(move |c| (gi, c)))
            .filter(|(gi, c)| {
                if needle.is_empty() {
                    *gi == self.group
                } else {
                    c.id.to_lowercase().contains(&needle)
                        || c.title.get(lang).to_lowercase().contains(&needle)
                }
            })
            .collect()
    }

    /// Select a cell (after undo, or from the submit dialog's list).
    pub fn select(&mut self, session: &Session, criterion: &str, candidate: &str) {
        if let Some(gi) = session
            .checklist
            .groups
            .iter()
            .position(|g| g.criteria.iter().any(|c| c.id == criterion))
        {
            self.group = gi;
            self.filter.clear();
            self.row = session.checklist.groups[gi]
                .criteria
                .iter()
                .position(|c| c.id == criterion)
                .unwrap_or(0);
            self.scroll_to_row = Some(self.row);
        }
        if let Some(k) = session.candidates.iter().position(|c| c.id == candidate) {
            self.cand = k;
        }
        self.number = None;
    }

    pub fn submitted(&mut self, seal: String) {
        self.submit = Some(SubmitDialog::Done(seal));
    }

    /// The selected (criterion, candidate index).
    fn current<'s>(&self, session: &'s Session, lang: Lang) -> Option<&'s Criterion> {
        self.rows(session, lang).get(self.row).map(|(_, c)| *c)
    }

    fn move_row(&mut self, session: &Session, lang: Lang, down: bool) {
        let n = self.rows(session, lang).len();
        if down && self.row + 1 < n {
            self.row += 1;
        } else if !down && self.row > 0 {
            self.row -= 1;
        } else if self.filter.trim().is_empty() {
            // Across the group boundary.
            let groups = session.checklist.groups.len();
            if down && self.group + 1 < groups {
                self.group += 1;
                self.row = 0;
            } else if !down && self.group > 0 {
                self.group -= 1;
                self.row = session.checklist.groups[self.group]
                    .criteria
                    .len()
                    .saturating_sub(1);
            }
        }
        self.scroll_to_row = Some(self.row);
        self.number = None;
    }

    /// After scoring a cell: the next candidate, then the next criterion.
    fn advance(&mut self, session: &Session, lang: Lang) {
        if self.cand + 1 < session.candidates.len() {
            self.cand += 1;
        } else {
            self.cand = 0;
            self.move_row(session, lang, true);
        }
    }

    fn next_unscored(&mut self, session: &Session) {
        let cells: Vec<(&str, &str)> = session
            .checklist
            .criteria()
            .flat_map(|(_, c)| {
                session
                    .candidates
                    .iter()
                    .map(move |k| (c.id.as_str(), k.id.as_str()))
            })
            .collect();
        let missing = session.missing();
        let here = self
            .current(session, Lang::Vi)
            .and_then(|c| {
                cells.iter().position(|(cr, k)| {
                    *cr == c.id
                        && Some(*k) == session.candidates.get(self.cand).map(|x| x.id.as_str())
                })
            })
            .unwrap_or(0);
        let next = (1..=cells.len())
            .map(|i| cells[(here + i) % cells.len()])
            .find(|cell| missing.contains(cell));
        if let Some((criterion, candidate)) = next {
            self.select(session, criterion, candidate);
        }
    }

    fn score_with_value(
        existing: Option<&Score>,
        criterion: &str,
        candidate: &str,
        value: f64,
    ) -> Score {
        Score {
            criterion: criterion.into(),
            candidate: candidate.into(),
            value: Some(value),
            na: None,
            note: existing.and_then(|s| s.note.clone()),
        }
    }

    fn keyboard(&mut self, ui: &egui::Ui, lang: Lang, doc: &Document, actions: &mut Vec<Action>) {
        let session = &doc.session;
        let editing_text = ui.ctx().memory(|m| m.focused().is_some());
        if editing_text || self.submit.is_some() {
            return;
        }
        let ctrl = |key: Key| ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, key));
        if ctrl(Key::Z) {
            actions.push(Action::Undo);
        }
        if ctrl(Key::Y)
            || ui.input_mut(|i| i.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z))
        {
            actions.push(Action::Redo);
        }
        if ctrl(Key::F) {
            self.focus_filter = true;
        }
        if ctrl(Key::G) {
            self.next_unscored(session);
        }
        let pressed = |key: Key| ui.input_mut(|i| i.consume_key(Modifiers::NONE, key));
        if pressed(Key::ArrowDown) {
            self.move_row(session, lang, true);
        }
        if pressed(Key::ArrowUp) {
            self.move_row(session, lang, false);
        }
        if pressed(Key::ArrowRight) && self.cand + 1 < session.candidates.len() {
            self.cand += 1;
        }
        if pressed(Key::ArrowLeft) && self.cand > 0 {
            self.cand -= 1;
        }
        if pressed(Key::Escape) {
            self.filter.clear();
        }
        let Some(criterion) = self.current(session, lang) else {
            return;
        };
        let Some(candidate) = session.candidates.get(self.cand) else {
            return;
        };
        let existing = session.score(&criterion.id, &candidate.id);
        let read_only = doc.file.is_read_only();
        if pressed(Key::Enter) {
            self.focus_note = true;
        }
        if read_only {
            return;
        }
        if pressed(Key::N) {
            let score = match existing {
                Some(s) if s.is_na() => None,
                _ => Some(Score {
                    criterion: criterion.id.clone(),
                    candidate: candidate.id.clone(),
                    value: None,
                    na: Some(true),
                    note: existing.and_then(|s| s.note.clone()),
                }),
            };
            actions.push(Action::SetScore {
                criterion: criterion.id.clone(),
                candidate: candidate.id.clone(),
                score,
            });
            self.advance(session, lang);
            return;
        }
        const DIGITS: [Key; 10] = [
            Key::Num0,
            Key::Num1,
            Key::Num2,
            Key::Num3,
            Key::Num4,
            Key::Num5,
            Key::Num6,
            Key::Num7,
            Key::Num8,
            Key::Num9,
        ];
        for (d, key) in DIGITS.iter().enumerate() {
            if !pressed(*key) {
                continue;
            }
            let value = d as f64;
            match criterion.kind() {
                Kind::Numeric => {
                    self.number = Some(d.to_string());
                    self.focus_number = true;
                }
                kind => {
                    let scale = &session.checklist.scale;
                    if crate::model::validate::value_problem(value, kind, scale).is_none() {
                        let score =
                            Self::score_with_value(existing, &criterion.id, &candidate.id, value);
                        actions.push(Action::SetScore {
                            criterion: criterion.id.clone(),
                            candidate: candidate.id.clone(),
                            score: Some(score),
                        });
                        self.advance(session, lang);
                    } else {
                        self.hint = Some(match lang {
                            Lang::Vi => format!("{d} không có trên thang điểm của tiêu chí này"),
                            Lang::En => format!("{d} is not on this criterion's scale"),
                        });
                    }
                }
            }
            return;
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, doc: &Document, actions: &mut Vec<Action>) {
        let session = &doc.session;
        self.group = self
            .group
            .min(session.checklist.groups.len().saturating_sub(1));
        self.cand = self.cand.min(session.candidates.len().saturating_sub(1));
        self.keyboard(ui, lang, doc, actions);
        let rows_len = self.rows(session, lang).len();
        self.row = self.row.min(rows_len.saturating_sub(1));

        self.top_bar(ui, lang, doc, actions);
        self.status_bar(ui, lang, doc);
        self.groups_panel(ui, lang, session);
        self.details_panel(ui, lang, doc, actions);
        egui::CentralPanel::default().show(ui, |ui| self.table(ui, lang, doc, actions));
        self.submit_dialog(ui.ctx(), lang, doc, actions);
    }

    fn top_bar(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &Document,
        actions: &mut Vec<Action>,
    ) {
        let session = &doc.session;
        egui::Panel::top("scoring-top").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui.button(T::Back.in_(lang)).clicked() {
                    actions.push(Action::GoStart);
                }
                ui.strong(session.checklist.title.get(lang));
                ui.label(format!("— {}", session.evaluator.name));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    super::start::language_switch(ui, lang, actions);
                    ui.separator();
                    if !doc.file.is_read_only()
                        && ui
                            .button(egui::RichText::new(T::Submit.in_(lang)).strong())
                            .clicked()
                    {
                        self.submit = Some(SubmitDialog::Review);
                    }
                    if ui
                        .add_enabled(doc.can_redo(), egui::Button::new(T::Redo.in_(lang)))
                        .clicked()
                    {
                        actions.push(Action::Redo);
                    }
                    if ui
                        .add_enabled(doc.can_undo(), egui::Button::new(T::Undo.in_(lang)))
                        .clicked()
                    {
                        actions.push(Action::Undo);
                    }
                    let label = ui.label("");
                    let filter = ui.add(
                        egui::TextEdit::singleline(&mut self.filter)
                            .hint_text(T::Filter.in_(lang))
                            .desired_width(220.0),
                    );
                    filter.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::TextInput, true, T::Filter.in_(lang))
                    });
                    let _ = label;
                    if self.focus_filter {
                        filter.request_focus();
                        self.focus_filter = false;
                    }
                    if filter.changed() {
                        self.row = 0;
                    }
                    if filter.lost_focus() && ui.input(|i| i.key_pressed(Key::Escape)) {
                        self.filter.clear();
                    }
                });
            });
            if let Some(why) = &doc.file.read_only {
                egui::Frame::new()
                    .fill(egui::Color32::from_rgb(255, 243, 205))
                    .inner_margin(6.0)
                    .show(ui, |ui| {
                        ui.horizontal_wrapped(|ui| {
                            ui.strong(T::ReadOnlyBanner.in_(lang));
                            ui.label(why.message(lang));
                            if let Some(sl) = &doc.session.seal {
                                ui.label(format!(
                                    "{} {}",
                                    T::SealShort.in_(lang),
                                    seal::fingerprint(&sl.sha256)
                                ));
                            }
                            let button = match why {
                                ReadOnly::Submitted => Some((T::CopyAsDraft, Action::CopyAsDraft)),
                                ReadOnly::StaleLock(_) => Some((T::TakeOver, Action::TakeOverLock)),
                                _ => None,
                            };
                            if let Some((text, action)) = button
                                && ui.button(text.in_(lang)).clicked()
                            {
                                actions.push(action);
                            }
                        });
                    });
            }
            ui.add_space(2.0);
        });
    }

    fn status_bar(&mut self, ui: &mut egui::Ui, lang: Lang, doc: &Document) {
        let (done, total) = doc.session.progress();
        egui::Panel::bottom("scoring-status").show(ui, |ui| {
            ui.horizontal(|ui| {
                let share = if total == 0 {
                    1.0
                } else {
                    done as f32 / total as f32
                };
                ui.label(format!(
                    "{} {done}/{total} ({} %)",
                    T::Progress.in_(lang),
                    (share * 100.0).round()
                ));
                ui.add(egui::ProgressBar::new(share).desired_width(140.0));
                ui.separator();
                match &doc.save_state {
                    _ if doc.autosave.is_dirty()
                        && !matches!(doc.save_state, SaveState::Failed(_)) =>
                    {
                        ui.label(T::Saving.in_(lang));
                    }
                    SaveState::Saved(t) => {
                        ui.label(format!("{} {t}", T::Saved.in_(lang)));
                    }
                    SaveState::Failed(e) => {
                        ui.colored_label(
                            egui::Color32::from_rgb(180, 30, 30),
                            format!("{}: {e}", T::NotSaved.in_(lang)),
                        );
                    }
                    SaveState::Clean => {}
                }
                ui.separator();
                ui.label(if doc.file.is_read_only() {
                    T::ReadOnlyBanner.in_(lang)
                } else {
                    T::Locked.in_(lang)
                });
                if let Some(h) = &self.hint {
                    ui.separator();
                    ui.colored_label(egui::Color32::from_rgb(180, 30, 30), h);
                }
            });
            ui.weak(T::Keys.in_(lang));
        });
    }

    fn groups_panel(&mut self, ui: &mut egui::Ui, lang: Lang, session: &Session) {
        let weights = &self.group_weights;
        egui::Panel::left("scoring-groups")
            .default_size(220.0)
            .show(ui, |ui| {
                ui.heading(T::Groups.in_(lang));
                // One pass over the scores, not one search per cell: 500 criteria × 5
                // candidates stay smooth.
                let answered: std::collections::HashSet<(&str, &str)> = session
                    .scores
                    .iter()
                    .filter(|s| s.is_answered())
                    .map(|s| (s.criterion.as_str(), s.candidate.as_str()))
                    .collect();
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for (gi, g) in session.checklist.groups.iter().enumerate() {
                        let total = g.criteria.len() * session.candidates.len();
                        let done = g
                            .criteria
                            .iter()
                            .flat_map(|c| session.candidates.iter().map(move |k| (c, k)))
                            .filter(|(c, k)| answered.contains(&(c.id.as_str(), k.id.as_str())))
                            .count();
                        let weight =
                            format!(" · {} %", crate::scoring::fmt_num(weights[gi] * 100.0, 1));
                        let text =
                            format!("{} {}\n{done}/{total}{weight}", g.id, g.title.get(lang));
                        let selected = gi == self.group && self.filter.trim().is_empty();
                        if ui.selectable_label(selected, text).clicked() {
                            self.group = gi;
                            self.row = 0;
                            self.filter.clear();
                            self.scroll_to_row = Some(0);
                        }
                    }
                });
            });
    }

    fn details_panel(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &Document,
        actions: &mut Vec<Action>,
    ) {
        let session = &doc.session;
        let Some(criterion) = self.current(session, lang) else {
            return;
        };
        egui::Panel::right("scoring-details")
            .default_size(300.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.heading(format!("{} {}", criterion.id, criterion.title.get(lang)));
                    let mut facts = vec![format!(
                        "{} {}",
                        T::Weight.in_(lang),
                        fmt_value(criterion.weight())
                    )];
                    if criterion.is_mandatory() {
                        let threshold = criterion
                            .threshold(&session.checklist.scale)
                            .map(fmt_value)
                            .unwrap_or_default();
                        facts.push(format!(
                            "{} ({} {threshold})",
                            T::Mandatory.in_(lang),
                            T::Threshold.in_(lang)
                        ));
                    }
                    if let Some(unit) = &criterion.unit {
                        facts.push(unit.get(lang).to_owned());
                    }
                    ui.label(facts.join(" · "));
                    ui.add_space(6.0);
                    if let Some(g) = &criterion.guidance {
                        ui.strong(T::Guidance.in_(lang));
                        ui.label(g.get(lang));
                    }
                    let source = criterion.source.as_ref().or(session
                        .checklist
                        .groups
                        .get(self.group)
                        .and_then(|g| g.source.as_ref()));
                    if let Some(s) = source {
                        ui.add_space(4.0);
                        ui.strong(T::Source.in_(lang));
                        ui.weak(s.get(lang));
                    }
                    if criterion.kind() == Kind::Scale && !session.checklist.scale.levels.is_empty()
                    {
                        ui.add_space(4.0);
                        ui.strong(T::Scale.in_(lang));
                        for l in &session.checklist.scale.levels {
                            ui.label(format!("{} — {}", fmt_value(l.value), l.label.get(lang)));
                        }
                    }
                    ui.add_space(8.0);
                    ui.strong(T::Notes.in_(lang));
                    for (k, cand) in session.candidates.iter().enumerate() {
                        let key = (criterion.id.clone(), cand.id.clone());
                        let existing = session.score(&criterion.id, &cand.id);
                        let saved_note = existing.and_then(|s| s.note.clone()).unwrap_or_default();
                        let mut text = self.notes.get(&key).cloned().unwrap_or(saved_note.clone());
                        let label_text =
                            format!("{} — {}", T::Notes.in_(lang), cand.name.get(lang));
                        let label = ui.label(&label_text);
                        let editable = existing.is_some() && !doc.file.is_read_only();
                        let hint = if existing.is_none() {
                            T::NoteNeedsScore.in_(lang)
                        } else {
                            ""
                        };
                        let field = ui
                            .add_enabled(
                                editable,
                                egui::TextEdit::singleline(&mut text)
                                    .hint_text(hint)
                                    .desired_width(f32::INFINITY)
                                    .id(egui::Id::unique(("note", &key))),
                            )
                            .labelled_by(label.id);
                        if self.focus_note && k == self.cand {
                            field.request_focus();
                            self.focus_note = false;
                        }
                        if field.changed() {
                            self.notes.insert(key.clone(), text.clone());
                        }
                        if field.lost_focus() {
                            self.notes.remove(&key);
                            if let Some(s) = existing
                                && text != saved_note
                            {
                                let mut score = s.clone();
                                score.note = (!text.trim().is_empty()).then(|| text.clone());
                                actions.push(Action::SetScore {
                                    criterion: key.0.clone(),
                                    candidate: key.1.clone(),
                                    score: Some(score),
                                });
                            }
                        }
                    }
                    if self.focus_note {
                        // Enter on a cell without a score: nothing to attach a note to yet.
                        self.focus_note = false;
                    }
                });
            });
    }

    fn table(&mut self, ui: &mut egui::Ui, lang: Lang, doc: &Document, actions: &mut Vec<Action>) {
        let session = &doc.session;
        let rows = self.rows(session, lang);
        // Look scores up by cell once per frame instead of searching the list per cell.
        let index: HashMap<(&str, &str), &Score> = session
            .scores
            .iter()
            .map(|s| ((s.criterion.as_str(), s.candidate.as_str()), s))
            .collect();
        let read_only = doc.file.is_read_only();
        let scale = &session.checklist.scale;
        let cand_width = {
            let levels = scale.values().len().max(2) as f32;
            (levels * 30.0 + 70.0).max(150.0)
        };
        let mut builder = TableBuilder::new(ui)
            .striped(true)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::exact(48.0))
            .column(Column::remainder().at_least(140.0).clip(true))
            .column(Column::exact(58.0))
            .columns(Column::exact(cand_width), session.candidates.len());
        if let Some(r) = self.scroll_to_row.take() {
            builder = builder.scroll_to_row(r, None);
        }
        let mut select = None;
        let mut advance = false;
        builder
            .header(24.0, |mut header| {
                header.col(|ui| {
                    ui.strong("ID");
                });
                header.col(|ui| {
                    ui.strong(T::Criterion.in_(lang));
                });
                header.col(|ui| {
                    ui.strong(T::Weight.in_(lang));
                });
                for c in &session.candidates {
                    header.col(|ui| {
                        ui.strong(c.name.get(lang));
                    });
                }
            })
            .body(|body| {
                body.rows(30.0, rows.len(), |mut row| {
                    let i = row.index();
                    let (_, criterion) = rows[i];
                    row.set_selected(i == self.row);
                    row.col(|ui| {
                        ui.label(&criterion.id);
                    });
                    row.col(|ui| {
                        let mut title = criterion.title.get(lang).to_owned();
                        if criterion.is_mandatory() {
                            title.push_str(" *");
                        }
                        if ui.add(egui::Label::new(title).truncate().sense(egui::Sense::click())).on_hover_text(criterion.title.get(lang)).clicked() {
                            select = Some((i, self.cand));
                        }
                    });
                    row.col(|ui| {
                        ui.label(fmt_value(criterion.weight()));
                    });
                    for (k, cand) in session.candidates.iter().enumerate() {
                        row.col(|ui| {
                            let here = i == self.row && k == self.cand;
                            if here {
                                ui.painter().rect_stroke(ui.max_rect().shrink(1.0), 3.0, egui::Stroke::new(2.0, egui::Color32::from_rgb(30, 100, 200)), egui::StrokeKind::Inside);
                            }
                            let existing = index.get(&(criterion.id.as_str(), cand.id.as_str())).copied();
                            let who = format!("{} {}", criterion.id, cand.name.get(lang));
                            let set = |value: Option<f64>, na: bool| Action::SetScore {
                                criterion: criterion.id.clone(),
                                candidate: cand.id.clone(),
                                score: Some(Score {
                                    criterion: criterion.id.clone(),
                                    candidate: cand.id.clone(),
                                    value,
                                    na: na.then_some(true),
                                    note: existing.and_then(|s| s.note.clone()),
                                }),
                            };
                            ui.add_enabled_ui(!read_only, |ui| {
                                match criterion.kind() {
                                    Kind::Scale | Kind::YesNo => {
                                        let values = if criterion.kind() == Kind::Scale { scale.values() } else { vec![0.0, 1.0] };
                                        for v in values {
                                            let on = existing.and_then(|s| s.value) == Some(v);
                                            let text = if criterion.kind() == Kind::YesNo {
                                                (if v == 1.0 { T::Yes } else { T::No }).in_(lang).to_owned()
                                            } else {
                                                fmt_value(v)
                                            };
                                            let r = ui.selectable_label(on, &text);
                                            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{who}: {text}")));
                                            let r = match scale.label(v).filter(|_| criterion.kind() == Kind::Scale) {
                                                Some(l) => r.on_hover_text(l.get(lang)),
                                                None => r,
                                            };
                                            if r.clicked() {
                                                actions.push(set(Some(v), false));
                                                select = Some((i, k));
                                            }
                                        }
                                    }
                                    Kind::Numeric => {
                                        if here && self.number.is_some() {
                                            let buf = self.number.as_mut().expect("checked");
                                            let edit = ui.add(egui::TextEdit::singleline(buf).desired_width(90.0).hint_text(T::NumberHint.in_(lang)));
                                            edit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, format!("{who}: {}", T::NumberHint.in_(lang))));
                                            if self.focus_number {
                                                edit.request_focus();
                                                let end = egui::text::CCursor::new(buf.chars().count());
                                                if let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), edit.id) {
                                                    state.cursor.set_char_range(Some(egui::text::CCursorRange::one(end)));
                                                    state.store(ui.ctx(), edit.id);
                                                }
                                                self.focus_number = false;
                                            }
                                            if edit.lost_focus() {
                                                let typed = buf.trim().replace(' ', "").replace(',', ".");
                                                let escaped = ui.input(|inp| inp.key_pressed(Key::Escape));
                                                match typed.parse::<f64>() {
                                                    _ if escaped => {}
                                                    Ok(v) if v.is_finite() && v >= 0.0 => {
                                                        actions.push(set(Some(v), false));
                                                        self.hint = None;
                                                        advance = ui.input(|inp| inp.key_pressed(Key::Enter));
                                                    }
                                                    _ => {
                                                        self.hint = Some(match lang {
                                                            Lang::Vi => format!("\"{}\" không phải số hợp lệ (số không âm)", buf.trim()),
                                                            Lang::En => format!("\"{}\" is not a valid number (zero or more)", buf.trim()),
                                                        })
                                                    }
                                                }
                                                self.number = None;
                                            }
                                        } else {
                                            let shown = existing.and_then(|s| s.value).map(fmt_value).unwrap_or_else(|| "—".into());
                                            let unit = criterion.unit.as_ref().map(|u| u.get(lang)).unwrap_or("");
                                            let r = ui.add(egui::Button::new(format!("{shown} {unit}")));
                                            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{who}: {shown}")));
                                            if r.clicked() {
                                                select = Some((i, k));
                                                self.number = Some(existing.and_then(|s| s.value).map(fmt_value).unwrap_or_default());
                                                self.focus_number = true;
                                            }
                                        }
                                    }
                                }
                                let na = existing.is_some_and(|s| s.is_na());
                                let r = ui.selectable_label(na, T::Na.in_(lang));
                                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{who}: N/A")));
                                if r.clicked() {
                                    if na {
                                        actions.push(Action::SetScore { criterion: criterion.id.clone(), candidate: cand.id.clone(), score: None });
                                    } else {
                                        actions.push(set(None, true));
                                    }
                                    select = Some((i, k));
                                }
                            });
                            if existing.and_then(|s| s.note.as_ref()).is_some() {
                                ui.label("•").on_hover_text(existing.and_then(|s| s.note.clone()).unwrap_or_default());
                            }
                        });
                    }
                });
            });
        if advance {
            self.advance(session, lang);
        }
        if let Some((r, k)) = select {
            if (r, k) != (self.row, self.cand) {
                self.number = self
                    .number
                    .take()
                    .filter(|_| r == self.row && k == self.cand);
            }
            self.row = r;
            self.cand = k;
        }
    }

    fn submit_dialog(
        &mut self,
        ctx: &egui::Context,
        lang: Lang,
        doc: &Document,
        actions: &mut Vec<Action>,
    ) {
        let Some(dialog) = &self.submit else { return };
        let session = &doc.session;
        let mut close = false;
        let mut jump = None;
        egui::Modal::new(egui::Id::unique("submit")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(T::SubmitTitle.in_(lang));
            match dialog {
                SubmitDialog::Review => {
                    let missing = session.missing();
                    if missing.is_empty() {
                        ui.label(T::SubmitConfirm.in_(lang));
                        ui.horizontal(|ui| {
                            if ui
                                .button(
                                    egui::RichText::new(T::Submit.in_(lang).trim_end_matches('…'))
                                        .strong(),
                                )
                                .clicked()
                            {
                                actions.push(Action::Submit);
                            }
                            if ui.button(T::Cancel.in_(lang)).clicked() {
                                close = true;
                            }
                        });
                    } else {
                        ui.label(T::SubmitMissing.in_(lang));
                        egui::ScrollArea::vertical()
                            .max_height(300.0)
                            .show(ui, |ui| {
                                for (c, k) in &missing {
                                    if ui.link(session.cell_label(c, k, lang)).clicked() {
                                        jump = Some((c.to_string(), k.to_string()));
                                    }
                                }
                            });
                        if ui.button(T::Close.in_(lang)).clicked() {
                            close = true;
                        }
                    }
                }
                SubmitDialog::Done(sha) => {
                    ui.label(T::SubmitDone.in_(lang));
                    ui.label(T::Fingerprint.in_(lang));
                    ui.label(
                        egui::RichText::new(seal::fingerprint(sha))
                            .monospace()
                            .size(26.0)
                            .strong(),
                    );
                    ui.weak(format!("SHA-256: {sha}"));
                    if ui.button(T::Close.in_(lang)).clicked() {
                        close = true;
                    }
                }
            }
        });
        if let Some((c, k)) = jump {
            self.select(session, &c, &k);
            close = true;
        }
        if close {
            self.submit = None;
        }
    }
}
