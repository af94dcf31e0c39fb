//! A new evaluation: the checklist, the evaluator, the candidates, the folder.

mod self_assessment;

#[cfg(test)]
pub(crate) use self_assessment::current_quarter;

use std::path::{Path, PathBuf};

use eframe::egui;
use self_assessment::SelfChoice;

use super::widgets::error_label;
use super::{Action, NewSession, NewSessionAction};
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Candidate, Checklist, Evaluator, SessionKind, Text, slug};

/// One candidate row of the form.
#[derive(Clone, Debug)]
struct CandidateRow {
    /// Whether this session scores the candidate.
    covered: bool,
    /// The checklist's own entry, kept whole (both languages) while its fields are unchanged.
    listed: Option<Candidate>,
    id: Option<String>,
    name: String,
    vendor: String,
    version: String,
}

impl Default for CandidateRow {
    fn default() -> Self {
        CandidateRow {
            covered: true,
            listed: None,
            id: None,
            name: String::new(),
            vendor: String::new(),
            version: String::new(),
        }
    }
}

/// Up to this many listed candidates, a session covers them all at first; with more (the
/// agencies of a province), the evaluator ticks the ones assigned to them.
const ALL_AT_FIRST: usize = 4;

pub struct NewSessionScreen {
    /// The bundled checklists, read once by the app.
    bundled: Vec<Checklist>,
    checklist: Option<Checklist>,
    /// The file the checklist was read from, when it was: "Edit this checklist" edits it.
    pub source: Option<std::path::PathBuf>,
    checklist_path: String,
    checklist_error: Vec<Msg>,
    name: String,
    organization: String,
    role: String,
    candidates: Vec<CandidateRow>,
    folder: String,
    errors: Vec<Msg>,
    /// Put the cursor in the name field when the form opens.
    focus_name: bool,
    /// An evaluation, or an agency's self-assessment (on a checklist of agencies).
    self_choice: SelfChoice,
}

impl NewSessionScreen {
    /// The form, on `checklist` if given.
    pub fn new(
        checklist: Option<Checklist>,
        bundled: Vec<Checklist>,
        evaluations_dir: &Path,
    ) -> Self {
        let mut screen = NewSessionScreen {
            bundled,
            checklist: None,
            source: None,
            checklist_path: String::new(),
            checklist_error: Vec::new(),
            name: String::new(),
            organization: String::new(),
            role: String::new(),
            candidates: Vec::new(),
            folder: evaluations_dir.display().to_string(),
            errors: Vec::new(),
            focus_name: true,
            self_choice: SelfChoice::default(),
        };
        if let Some(c) = checklist {
            screen.use_checklist(c);
        }
        screen
    }

    /// The app read the checklist file the user named: use it, or show why not.
    pub fn checklist_loaded(&mut self, loaded: Result<Checklist, Vec<Msg>>) {
        match loaded {
            Ok(c) => {
                self.checklist_error.clear();
                self.use_checklist(c);
            }
            Err(problems) => self.checklist_error = problems,
        }
    }

    fn use_checklist(&mut self, c: Checklist) {
        let text = |t: &Option<Text>| t.as_ref().map(|v| v.get(Lang::Vi).to_owned());
        let listed = c.candidates.iter().flatten().count();
        self.candidates = c
            .candidates
            .iter()
            .flatten()
            .map(|k| CandidateRow {
                covered: listed <= ALL_AT_FIRST,
                listed: Some(k.clone()),
                id: Some(k.id.clone()),
                name: k.name.get(Lang::Vi).to_owned(),
                vendor: text(&k.vendor).unwrap_or_default(),
                version: text(&k.version).unwrap_or_default(),
            })
            .collect();
        // Another checklist: its own agencies, and a self-assessment only if it has them.
        if !self_assessment::offered(Some(&c)) {
            self.self_choice.kind = SessionKind::Evaluation;
        }
        self.self_choice.agency = None;
        self.checklist = Some(c);
    }

    /// The checklist's own candidates: those an agency assessing itself picks from.
    fn listed(&self) -> &[Candidate] {
        self.checklist
            .as_ref()
            .and_then(|c| c.candidates.as_deref())
            .unwrap_or(&[])
    }

    /// A self-assessment covers its agency alone, the checklist's entry kept whole.
    fn self_candidates(&self, errors: &mut Vec<Msg>) -> Vec<Candidate> {
        let agency = self.self_choice.agency.and_then(|i| self.listed().get(i));
        match agency {
            Some(a) => vec![a.clone()],
            None => {
                errors.push(tr::selfui_need_agency());
                Vec::new()
            }
        }
    }

    /// The request, or what is missing.
    fn request(&self) -> Result<NewSession, Vec<Msg>> {
        let mut errors = Vec::new();
        if self.name.trim().is_empty() {
            errors.push(tr::need_name());
        }
        let self_assessment = self.self_choice.is_self();
        let rows: Vec<&CandidateRow> = self
            .candidates
            .iter()
            .filter(|c| c.covered && !c.name.trim().is_empty() && !self_assessment)
            .collect();
        if rows.is_empty() && !self_assessment {
            errors.push(tr::need_candidate());
        }
        let mut ids: Vec<String> = Vec::new();
        let mut candidates = Vec::new();
        for row in rows {
            let id = row.id.clone().unwrap_or_else(|| slug(&row.name));
            if ids.contains(&id) {
                errors.push(tr::duplicate_candidate());
                continue;
            }
            ids.push(id.clone());
            let text = |s: &str| (!s.trim().is_empty()).then(|| Text::Plain(s.trim().to_owned()));
            // Unchanged, the checklist's entry goes into the session as it is, so every
            // session names the candidate the same way (in both languages).
            let plain =
                |t: &Option<Text>| t.as_ref().map_or("", |v| v.get(Lang::Vi)).trim().to_owned();
            if let Some(listed) = &row.listed
                && listed.name.get(Lang::Vi).trim() == row.name.trim()
                && plain(&listed.vendor) == row.vendor.trim()
                && plain(&listed.version) == row.version.trim()
            {
                candidates.push(listed.clone());
                continue;
            }
            candidates.push(Candidate {
                id,
                name: Text::Plain(row.name.trim().to_owned()),
                vendor: text(&row.vendor),
                version: text(&row.version),
                // A listed candidate renamed here stays in the checklist's category.
                category: row.listed.as_ref().and_then(|l| l.category.clone()),
            });
        }
        if self_assessment {
            candidates = self.self_candidates(&mut errors);
        }
        let Some(checklist) = self.checklist.clone() else {
            errors.push(tr::need_checklist());
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let optional = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        Ok(NewSession {
            checklist,
            evaluator: Evaluator {
                name: self.name.trim().to_owned(),
                organization: optional(&self.organization),
                role: optional(&self.role),
            },
            candidates,
            folder: PathBuf::from(self.folder.trim()),
            kind: self.self_choice.kind,
            period: optional(&self.self_choice.period).filter(|_| self_assessment),
        })
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, actions: &mut Vec<Action>) {
        let t = |m: Msg| m.text(lang);
        egui::Panel::top("new-top").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui.button(t(tr::back())).clicked() {
                    actions.push(Action::GoStart);
                }
                ui.heading(t(tr::new_evaluation_heading()));
                if let Some(checklist) = &self.checklist {
                    // A file is edited in place; a bundled checklist as a copy.
                    let label = match self.source {
                        Some(_) => tr::edit_checklist(),
                        None => tr::edit_copy(),
                    };
                    if ui.button(t(label)).clicked() {
                        actions.push(Action::OpenEditor {
                            checklist: Some(Box::new(checklist.clone())),
                            path: self.source.clone(),
                        });
                    }
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    super::widgets::language_switch(ui, lang, actions);
                });
            });
            ui.add_space(4.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.set_max_width(820.0);
                self.checklist_choice(ui, lang, actions);
                ui.add_space(12.0);
                if self_assessment::offered(self.checklist.as_ref()) {
                    self.self_choice.kind_choice(ui, lang);
                    ui.add_space(12.0);
                }
                if self.self_choice.is_self() {
                    // Field by field: the agencies are read while the organization is filled.
                    let agencies = self
                        .checklist
                        .as_ref()
                        .and_then(|c| c.candidates.as_deref());
                    let agencies = agencies.unwrap_or(&[]);
                    self.self_choice
                        .agency_fields(ui, lang, agencies, &mut self.organization);
                    ui.add_space(12.0);
                }
                ui.heading(t(tr::evaluator()));
                self.evaluator_fields(ui, lang);
                ui.add_space(12.0);
                if !self.self_choice.is_self() {
                    ui.heading(t(tr::candidates()));
                    self.candidate_rows(ui, lang);
                }
                ui.add_space(12.0);
                ui.horizontal(|ui| {
                    let label = ui.label(t(tr::folder()));
                    ui.add(egui::TextEdit::singleline(&mut self.folder).desired_width(420.0))
                        .labelled_by(label.id);
                });
                ui.add_space(12.0);
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .button(egui::RichText::new(t(tr::create())).strong())
                        .clicked()
                    {
                        match self.request() {
                            Ok(request) => actions.push(Action::NewSession(
                                NewSessionAction::Create(Box::new(request)),
                            )),
                            Err(errors) => self.errors = errors,
                        }
                    }
                    for e in &self.errors {
                        error_label(ui, e.text(lang));
                    }
                });
            });
        });
    }

    fn checklist_choice(&mut self, ui: &mut egui::Ui, lang: Lang, actions: &mut Vec<Action>) {
        ui.heading(tr::checklist().text(lang));
        let mut chosen_now = None;
        for c in &self.bundled {
            let chosen = self.checklist.as_ref() == Some(c);
            if ui.radio(chosen, c.title.get(lang)).clicked() && !chosen {
                chosen_now = Some(c.clone());
            }
        }
        if let Some(c) = chosen_now {
            self.source = None;
            self.use_checklist(c);
        }
        ui.horizontal(|ui| {
            let label = ui.label(tr::checklist_file().text(lang));
            ui.add(egui::TextEdit::singleline(&mut self.checklist_path).desired_width(360.0))
                .labelled_by(label.id);
            if ui.button(tr::open_path().text(lang)).clicked()
                && !self.checklist_path.trim().is_empty()
            {
                actions.push(Action::NewSession(NewSessionAction::LoadChecklist(
                    PathBuf::from(self.checklist_path.trim()),
                )));
            }
        });
        for e in &self.checklist_error {
            error_label(ui, e.text(lang));
        }
        if let Some(c) = &self.checklist {
            let size = super::start::checklist_size(c);
            ui.weak(tr::checklist_described(c.title.get(lang), size).text(lang));
        }
    }

    fn evaluator_fields(&mut self, ui: &mut egui::Ui, lang: Lang) {
        egui::Grid::new("evaluator").num_columns(2).show(ui, |ui| {
            let fields = [
                (tr::name(), &mut self.name, true),
                (tr::organization(), &mut self.organization, false),
                (tr::role(), &mut self.role, false),
            ];
            for (label, field, first) in fields {
                let label = ui.label(label.text(lang));
                let r = ui
                    .add(egui::TextEdit::singleline(field).desired_width(420.0))
                    .labelled_by(label.id);
                if first && std::mem::take(&mut self.focus_name) {
                    r.request_focus();
                }
                ui.end_row();
            }
        });
    }

    fn candidate_rows(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let mut remove = None;
        if self.candidates.len() > ALL_AT_FIRST {
            ui.horizontal_wrapped(|ui| {
                let covered = self.candidates.iter().filter(|c| c.covered).count();
                ui.label(tr::candidates_covered(covered, self.candidates.len()).text(lang));
                if ui.button(tr::cover_all().text(lang)).clicked() {
                    self.candidates.iter_mut().for_each(|c| c.covered = true);
                }
                if ui.button(tr::cover_none().text(lang)).clicked() {
                    self.candidates.iter_mut().for_each(|c| c.covered = false);
                }
            });
        }
        // An agency has no vendor or version: those columns are for products only.
        let products = self
            .checklist
            .as_ref()
            .is_none_or(|c| c.subject() == crate::model::Subject::Product);
        let headings: &[_] = if products {
            &[tr::product_name(), tr::vendor(), tr::version()]
        } else {
            &[tr::product_name()]
        };
        egui::Grid::new("candidates").num_columns(5).show(ui, |ui| {
            ui.strong(tr::scored_here().text(lang));
            for heading in headings {
                ui.strong(heading.clone().text(lang));
            }
            ui.end_row();
            for (i, row) in self.candidates.iter_mut().enumerate() {
                let tick = ui.checkbox(&mut row.covered, "");
                let name = tr::field_in_row(tr::scored_here(), i + 1).text(lang);
                tick.widget_info(|| {
                    egui::WidgetInfo::selected(
                        egui::Role::CheckBox,
                        true,
                        row.covered,
                        name.clone(),
                    )
                });
                let mut fields = vec![(tr::product_name(), &mut row.name, 330.0)];
                if products {
                    fields.push((tr::vendor(), &mut row.vendor, 200.0));
                    fields.push((tr::version(), &mut row.version, 100.0));
                }
                for (label, field, width) in fields {
                    let r = ui.add_sized([width, 22.0], egui::TextEdit::singleline(field));
                    let name = tr::field_in_row(label, i + 1).text(lang);
                    r.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::TextInput, true, name.clone())
                    });
                }
                let r = ui.button(tr::remove().text(lang));
                let name = tr::field_in_row(tr::remove(), i + 1).text(lang);
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone()));
                if r.clicked() {
                    remove = Some(i);
                }
                ui.end_row();
            }
        });
        if let Some(i) = remove {
            self.candidates.remove(i);
        }
        if ui.button(tr::add_candidate().text(lang)).clicked() {
            self.candidates.push(CandidateRow::default());
        }
    }
}

#[cfg(test)]
mod tests;
