//! The start screen: new evaluation, open, compare; recent sessions and the sessions found in
//! `evaluations/`, each with its evaluator, status, progress and validation status.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::Action;
use super::tr::T;
use crate::assets::BUNDLED_CHECKLISTS;
use crate::i18n::Lang;
use crate::model::{Checklist, InvalidFile, Session, Status, parse_checklist};
use crate::store;

/// What the start screen lists: read when the screen opens and on "Refresh".
pub struct Workspace {
    pub dir: PathBuf,
    pub checklists: Vec<(String, Result<Checklist, InvalidFile>)>,
    pub sessions: Vec<(PathBuf, Result<Session, InvalidFile>)>,
    pub folder_errors: Vec<InvalidFile>,
    /// The recently opened sessions, read once, as the list above.
    pub recent: Vec<(PathBuf, Result<Session, InvalidFile>)>,
}

impl Workspace {
    pub fn scan(dir: &Path, recent: &[PathBuf]) -> Workspace {
        let checklists = BUNDLED_CHECKLISTS
            .iter()
            .map(|b| {
                let name = b.file_name.to_owned();
                let parsed = parse_checklist(b.json.as_bytes())
                    .map_err(|p| InvalidFile::new(Path::new(&name), p));
                (name, parsed)
            })
            .collect();
        let (files, folder_errors) = if dir.is_dir() {
            store::find_documents(dir)
        } else {
            Default::default()
        };
        let load = |path: PathBuf| {
            let loaded = store::load_session(&path);
            (path, loaded)
        };
        let sessions = files.into_iter().map(load).collect();
        let recent = recent.iter().take(6).cloned().map(load).collect();
        Workspace {
            dir: dir.to_owned(),
            checklists,
            sessions,
            folder_errors,
            recent,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prompt {
    Open,
    Compare,
}

pub struct StartScreen {
    pub workspace: Workspace,
    /// The in-app path field for "Open…" / "Compare results…".
    prompt: Option<(Prompt, String)>,
    focus_prompt: bool,
}

impl StartScreen {
    pub fn new(workspace: Workspace) -> Self {
        StartScreen {
            workspace,
            prompt: None,
            focus_prompt: false,
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, actions: &mut Vec<Action>) {
        let ws = &self.workspace;
        egui::Panel::top("start-top").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                ui.heading(T::AppTitle.in_(lang));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    language_switch(ui, lang, actions);
                });
            });
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui.button(T::NewEvaluation.in_(lang)).clicked() {
                    actions.push(Action::ShowNewEvaluation(None));
                }
                if ui.button(T::Open.in_(lang)).clicked() {
                    match super::files::pick(super::files::Pick::Document, &ws.dir) {
                        Some(path) => actions.push(Action::OpenPath(path)),
                        None => {
                            self.prompt = Some((Prompt::Open, String::new()));
                            self.focus_prompt = true;
                        }
                    }
                }
                if ui.button(T::CompareResults.in_(lang)).clicked() {
                    match super::files::pick(super::files::Pick::Folder, &ws.dir) {
                        Some(path) => actions.push(Action::OpenResults(vec![path])),
                        None => {
                            self.prompt = Some((Prompt::Compare, ws.dir.display().to_string()));
                            self.focus_prompt = true;
                        }
                    }
                }
            });
            if let Some((kind, text)) = &mut self.prompt {
                ui.horizontal(|ui| {
                    let label = ui.label(T::PathField.in_(lang));
                    let field = ui
                        .add(egui::TextEdit::singleline(text).desired_width(480.0))
                        .labelled_by(label.id);
                    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if (ui.button(T::OpenPath.in_(lang)).clicked() || enter)
                        && !text.trim().is_empty()
                    {
                        // Several sessions or folders to compare: separated by ";".
                        let paths: Vec<PathBuf> = text
                            .split(';')
                            .map(str::trim)
                            .filter(|p| !p.is_empty())
                            .map(PathBuf::from)
                            .collect();
                        actions.push(match kind {
                            Prompt::Open => Action::OpenPath(PathBuf::from(text.trim())),
                            Prompt::Compare => Action::OpenResults(paths),
                        });
                    }
                    if ui.button(T::Cancel.in_(lang)).clicked() {
                        actions.push(Action::Rescan);
                    }
                });
                ui.weak(if super::files::dialogs_available() {
                    T::PathHintCancelled.in_(lang)
                } else {
                    T::PathHint.in_(lang)
                });
            }
            ui.add_space(4.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if !ws.recent.is_empty() {
                    ui.heading(T::RecentSessions.in_(lang));
                    sessions_grid(ui, lang, "recent", None, &ws.recent, actions);
                    ui.add_space(12.0);
                }
                ui.horizontal(|ui| {
                    ui.heading(format!("{} {}", T::SessionsIn.in_(lang), ws.dir.display()));
                    if ui.button(T::Refresh.in_(lang)).clicked() {
                        actions.push(Action::Rescan);
                    }
                });
                if ws.sessions.is_empty() && ws.folder_errors.is_empty() {
                    ui.label(T::NoSessions.in_(lang));
                }
                sessions_grid(ui, lang, "sessions", Some(&ws.dir), &ws.sessions, actions);
                for e in &ws.folder_errors {
                    error_label(ui, lang, e);
                }
                ui.add_space(16.0);
                ui.heading(T::BundledChecklists.in_(lang));
                egui::Grid::new("checklists")
                    .striped(true)
                    .num_columns(4)
                    .show(ui, |ui| {
                        for (name, result) in &ws.checklists {
                            match result {
                                Ok(c) => {
                                    if ui
                                        .link(c.title.get(lang))
                                        .on_hover_text(T::NewEvaluation.in_(lang))
                                        .clicked()
                                    {
                                        actions.push(Action::ShowNewEvaluation(Some(c.clone())));
                                    }
                                    ui.label(name);
                                    ui.label(match lang {
                                        Lang::Vi => format!(
                                            "{} nhóm, {} tiêu chí",
                                            c.groups.len(),
                                            c.criteria_count()
                                        ),
                                        Lang::En => format!(
                                            "{} groups, {} criteria",
                                            c.groups.len(),
                                            c.criteria_count()
                                        ),
                                    });
                                    ok_label(ui, lang);
                                }
                                Err(e) => {
                                    ui.label(name);
                                    ui.label("");
                                    ui.label("");
                                    error_label(ui, lang, e);
                                }
                            }
                            ui.end_row();
                        }
                    });
            });
        });
    }
}

/// Sessions with evaluator, status, progress, last change and validity; paths shown relative
/// to `base` when given.
fn sessions_grid(
    ui: &mut egui::Ui,
    lang: Lang,
    id: &str,
    base: Option<&Path>,
    sessions: &[(PathBuf, Result<Session, InvalidFile>)],
    actions: &mut Vec<Action>,
) {
    if sessions.is_empty() {
        return;
    }
    egui::Grid::new(id)
        .striped(true)
        .num_columns(6)
        .show(ui, |ui| {
            for heading in [
                T::File,
                T::Evaluator,
                T::Status,
                T::Progress,
                T::LastChange,
                T::Check,
            ] {
                ui.strong(heading.in_(lang));
            }
            ui.end_row();
            for (path, result) in sessions {
                let shown = base
                    .and_then(|b| path.strip_prefix(b).ok())
                    .unwrap_or(path)
                    .display()
                    .to_string();
                match result {
                    Ok(s) => {
                        if ui.link(&shown).clicked() {
                            actions.push(Action::OpenPath(path.clone()));
                        }
                        ui.label(&s.evaluator.name);
                        ui.label(match s.status {
                            Status::Draft => T::Draft.in_(lang),
                            Status::Submitted => T::Submitted.in_(lang),
                        });
                        let (done, total) = s.progress();
                        ui.label(format!("{done}/{total}"));
                        ui.label(s.modified.replace('T', " "));
                        ok_label(ui, lang);
                    }
                    Err(e) => {
                        ui.label(&shown);
                        for _ in 0..4 {
                            ui.label("");
                        }
                        error_label(ui, lang, e);
                    }
                }
                ui.end_row();
            }
        });
}

pub(super) fn language_switch(ui: &mut egui::Ui, lang: Lang, actions: &mut Vec<Action>) {
    if ui.selectable_label(lang == Lang::En, "English").clicked() {
        actions.push(Action::SetLang(Lang::En));
    }
    if ui
        .selectable_label(lang == Lang::Vi, "Tiếng Việt")
        .clicked()
    {
        actions.push(Action::SetLang(Lang::Vi));
    }
}

fn ok_label(ui: &mut egui::Ui, lang: Lang) {
    ui.colored_label(egui::Color32::from_rgb(0, 120, 60), T::Valid.in_(lang));
}

fn error_label(ui: &mut egui::Ui, lang: Lang, e: &InvalidFile) {
    let lines = e.render(lang);
    let first = lines.first().cloned().unwrap_or_default();
    let more = if lines.len() > 1 {
        format!(" (+{})", lines.len() - 1)
    } else {
        String::new()
    };
    ui.colored_label(
        egui::Color32::from_rgb(180, 30, 30),
        format!("{}{first}{more}", T::Invalid.in_(lang)),
    )
    .on_hover_text(lines.join("\n"));
}
