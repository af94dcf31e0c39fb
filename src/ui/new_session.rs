//! A new evaluation: the checklist, the evaluator, the candidates, the folder.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::tr::T;
use super::{Action, NewSession, slug};
use crate::assets::BUNDLED_CHECKLISTS;
use crate::i18n::Lang;
use crate::model::{Candidate, Checklist, Evaluator, Expect, Text, parse_checklist};
use crate::store;

/// One candidate row of the form.
#[derive(Clone, Debug, Default)]
struct CandidateRow {
    id: Option<String>,
    name: String,
    vendor: String,
    version: String,
}

pub struct NewSessionScreen {
    checklist: Option<Checklist>,
    checklist_path: String,
    checklist_error: Option<String>,
    name: String,
    organization: String,
    role: String,
    candidates: Vec<CandidateRow>,
    folder: String,
    errors: Vec<T>,
    /// Put the cursor in the name field when the form opens.
    focus_name: bool,
}

impl NewSessionScreen {
    /// The form, on `checklist` if given, else on the first bundled checklist.
    pub fn new(checklist: Option<Checklist>, evaluations_dir: &Path) -> Self {
        let checklist = checklist.or_else(|| {
            BUNDLED_CHECKLISTS
                .first()
                .and_then(|b| parse_checklist(b.json.as_bytes()).ok())
        });
        let mut screen = NewSessionScreen {
            checklist: None,
            checklist_path: String::new(),
            checklist_error: None,
            name: String::new(),
            organization: String::new(),
            role: String::new(),
            candidates: Vec::new(),
            folder: evaluations_dir.display().to_string(),
            errors: Vec::new(),
            focus_name: true,
        };
        if let Some(c) = checklist {
            screen.use_checklist(c);
        }
        screen
    }

    fn use_checklist(&mut self, c: Checklist) {
        self.candidates = c
            .candidates
            .iter()
            .flatten()
            .map(|k| CandidateRow {
                id: Some(k.id.clone()),
                name: k.name.get(Lang::Vi).to_owned(),
                vendor: k
                    .vendor
                    .as_ref()
                    .map(|v| v.get(Lang::Vi).to_owned())
                    .unwrap_or_default(),
                version: k
                    .version
                    .as_ref()
                    .map(|v| v.get(Lang::Vi).to_owned())
                    .unwrap_or_default(),
            })
            .collect();
        self.checklist = Some(c);
    }

    /// The request, or what is missing.
    fn request(&self) -> Result<NewSession, Vec<T>> {
        let mut errors = Vec::new();
        if self.name.trim().is_empty() {
            errors.push(T::NeedName);
        }
        let rows: Vec<&CandidateRow> = self
            .candidates
            .iter()
            .filter(|c| !c.name.trim().is_empty())
            .collect();
        if rows.is_empty() {
            errors.push(T::NeedCandidate);
        }
        let mut ids: Vec<String> = Vec::new();
        let mut candidates = Vec::new();
        for row in rows {
            let id = row.id.clone().unwrap_or_else(|| slug(&row.name));
            if ids.contains(&id) {
                errors.push(T::DuplicateCandidate);
                continue;
            }
            ids.push(id.clone());
            let text = |s: &str| (!s.trim().is_empty()).then(|| Text::Plain(s.trim().to_owned()));
            candidates.push(Candidate {
                id,
                name: Text::Plain(row.name.trim().to_owned()),
                vendor: text(&row.vendor),
                version: text(&row.version),
            });
        }
        let Some(checklist) = self.checklist.clone() else {
            errors.push(T::NeedChecklist);
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
        })
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, actions: &mut Vec<Action>) {
        egui::Panel::top("new-top").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui.button(T::Back.in_(lang)).clicked() {
                    actions.push(Action::GoStart);
                }
                ui.heading(T::NewEvaluation.in_(lang).trim_end_matches('…'));
            });
            ui.add_space(4.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.set_max_width(820.0);
                ui.heading(T::Checklist.in_(lang));
                for b in BUNDLED_CHECKLISTS {
                    if let Ok(c) = parse_checklist(b.json.as_bytes()) {
                        let chosen = self
                            .checklist
                            .as_ref()
                            .is_some_and(|x| x.id == c.id && x == &c);
                        if ui.radio(chosen, c.title.get(lang)).clicked() && !chosen {
                            self.use_checklist(c);
                        }
                    }
                }
                ui.horizontal(|ui| {
                    let label = ui.label(T::ChecklistFile.in_(lang));
                    ui.add(
                        egui::TextEdit::singleline(&mut self.checklist_path).desired_width(360.0),
                    )
                    .labelled_by(label.id);
                    if ui.button(T::OpenPath.in_(lang)).clicked() {
                        match store::load_document(
                            Path::new(self.checklist_path.trim()),
                            Expect::Checklist,
                        ) {
                            Ok(crate::model::Document::Checklist(c)) => {
                                self.checklist_error = None;
                                self.use_checklist(*c);
                            }
                            Ok(_) => {}
                            Err(e) => self.checklist_error = Some(e.render(lang).join("\n")),
                        }
                    }
                });
                if let Some(e) = &self.checklist_error {
                    ui.colored_label(egui::Color32::from_rgb(180, 30, 30), e);
                }
                if let Some(c) = &self.checklist {
                    ui.weak(match lang {
                        Lang::Vi => format!(
                            "{} — {} nhóm, {} tiêu chí",
                            c.title.get(lang),
                            c.groups.len(),
                            c.criteria_count()
                        ),
                        Lang::En => format!(
                            "{} — {} groups, {} criteria",
                            c.title.get(lang),
                            c.groups.len(),
                            c.criteria_count()
                        ),
                    });
                }

                ui.add_space(12.0);
                ui.heading(T::Evaluator.in_(lang));
                egui::Grid::new("evaluator").num_columns(2).show(ui, |ui| {
                    for (t, field) in [
                        (T::Name, &mut self.name),
                        (T::Organization, &mut self.organization),
                        (T::Role, &mut self.role),
                    ] {
                        let label = ui.label(t.in_(lang));
                        let r = ui
                            .add(egui::TextEdit::singleline(field).desired_width(420.0))
                            .labelled_by(label.id);
                        if t == T::Name && std::mem::take(&mut self.focus_name) {
                            r.request_focus();
                        }
                        ui.end_row();
                    }
                });

                ui.add_space(12.0);
                ui.heading(T::Candidates.in_(lang));
                let mut remove = None;
                egui::Grid::new("candidates").num_columns(4).show(ui, |ui| {
                    for t in [T::ProductName, T::Vendor, T::Version] {
                        ui.strong(t.in_(lang));
                    }
                    ui.end_row();
                    for (i, row) in self.candidates.iter_mut().enumerate() {
                        for (t, field, width) in [
                            (T::ProductName, &mut row.name, 200.0),
                            (T::Vendor, &mut row.vendor, 260.0),
                            (T::Version, &mut row.version, 100.0),
                        ] {
                            let r = ui.add_sized([width, 22.0], egui::TextEdit::singleline(field));
                            r.widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::Role::TextInput,
                                    true,
                                    format!("{} {}", t.in_(lang), i + 1),
                                )
                            });
                        }
                        let r = ui.button(T::Remove.in_(lang));
                        r.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                format!("{} {}", T::Remove.in_(lang), i + 1),
                            )
                        });
                        if r.clicked() {
                            remove = Some(i);
                        }
                        ui.end_row();
                    }
                });
                if let Some(i) = remove {
                    self.candidates.remove(i);
                }
                if ui.button(T::AddCandidate.in_(lang)).clicked() {
                    self.candidates.push(CandidateRow::default());
                }

                ui.add_space(12.0);
                ui.horizontal(|ui| {
                    let label = ui.label(T::Folder.in_(lang));
                    ui.add(egui::TextEdit::singleline(&mut self.folder).desired_width(420.0))
                        .labelled_by(label.id);
                });
                ui.add_space(12.0);
                if ui
                    .button(egui::RichText::new(T::Create.in_(lang)).strong())
                    .clicked()
                {
                    match self.request() {
                        Ok(request) => actions.push(Action::Create(request)),
                        Err(errors) => self.errors = errors,
                    }
                }
                for e in &self.errors {
                    ui.colored_label(egui::Color32::from_rgb(180, 30, 30), e.in_(lang));
                }
            });
        });
    }
}
