//! The first window: the bundled checklists and the sessions found in `evaluations/`, each
//! with its validation status.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::Action;
use crate::assets::BUNDLED_CHECKLISTS;
use crate::i18n::Lang;
use crate::model::{Checklist, Document, Expect, InvalidFile, Session, Status, parse_checklist};
use crate::store;

/// What the start screen lists: read once at start and on "Refresh".
pub struct Workspace {
    pub dir: PathBuf,
    pub checklists: Vec<(String, Result<Checklist, InvalidFile>)>,
    pub sessions: Vec<(PathBuf, Result<Session, InvalidFile>)>,
    pub folder_errors: Vec<InvalidFile>,
}

impl Workspace {
    pub fn scan(dir: &Path) -> Workspace {
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
        let sessions = files
            .into_iter()
            .map(|path| {
                let loaded = store::load_document(&path, Expect::Session).map(|d| match d {
                    Document::Session(s) => *s,
                    Document::Checklist(_) => unreachable!("Expect::Session refuses checklists"),
                });
                (path, loaded)
            })
            .collect();
        Workspace {
            dir: dir.to_owned(),
            checklists,
            sessions,
            folder_errors,
        }
    }
}

#[derive(Default)]
pub struct StartScreen {}

impl StartScreen {
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, ws: &Workspace, actions: &mut Vec<Action>) {
        egui::Panel::top("start-top").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(lang.pick(
                    "EvalDesk — Đánh giá, so sánh phần mềm",
                    "EvalDesk — Software evaluation",
                ));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.selectable_label(lang == Lang::En, "English").clicked() {
                        actions.push(Action::SetLang(Lang::En));
                    }
                    if ui
                        .selectable_label(lang == Lang::Vi, "Tiếng Việt")
                        .clicked()
                    {
                        actions.push(Action::SetLang(Lang::Vi));
                    }
                });
            });
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.heading(lang.pick("Danh sách tiêu chí có sẵn", "Bundled checklists"));
                egui::Grid::new("checklists")
                    .striped(true)
                    .num_columns(4)
                    .show(ui, |ui| {
                        for (name, result) in &ws.checklists {
                            match result {
                                Ok(c) => {
                                    ui.strong(c.title.get(lang));
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
                ui.add_space(16.0);
                ui.horizontal(|ui| {
                    ui.heading(match lang {
                        Lang::Vi => format!("Phiên đánh giá trong thư mục {}", ws.dir.display()),
                        Lang::En => format!("Evaluation sessions in {}", ws.dir.display()),
                    });
                    if ui.button(lang.pick("Làm mới", "Refresh")).clicked() {
                        actions.push(Action::Rescan);
                    }
                });
                if ws.sessions.is_empty() && ws.folder_errors.is_empty() {
                    ui.label(
                        lang.pick("Chưa có phiên đánh giá nào.", "No evaluation sessions yet."),
                    );
                }
                egui::Grid::new("sessions")
                    .striped(true)
                    .num_columns(5)
                    .show(ui, |ui| {
                        if !ws.sessions.is_empty() {
                            for heading in [
                                lang.pick("Tệp", "File"),
                                lang.pick("Người đánh giá", "Evaluator"),
                                lang.pick("Trạng thái", "Status"),
                                lang.pick("Đã chấm", "Scored"),
                                lang.pick("Kiểm tra", "Check"),
                            ] {
                                ui.strong(heading);
                            }
                            ui.end_row();
                        }
                        for (path, result) in &ws.sessions {
                            let shown = path.strip_prefix(&ws.dir).unwrap_or(path);
                            ui.label(shown.display().to_string());
                            match result {
                                Ok(s) => {
                                    ui.label(&s.evaluator.name);
                                    ui.label(match s.status {
                                        Status::Draft => lang.pick("Bản nháp", "Draft"),
                                        Status::Submitted => {
                                            lang.pick("Đã nộp, đã niêm phong", "Submitted, sealed")
                                        }
                                    });
                                    let (done, total) = s.progress();
                                    ui.label(format!("{done}/{total}"));
                                    ok_label(ui, lang);
                                }
                                Err(e) => {
                                    ui.label("");
                                    ui.label("");
                                    ui.label("");
                                    error_label(ui, lang, e);
                                }
                            }
                            ui.end_row();
                        }
                    });
                for e in &ws.folder_errors {
                    error_label(ui, lang, e);
                }
            });
        });
    }
}

fn ok_label(ui: &mut egui::Ui, lang: Lang) {
    ui.colored_label(
        egui::Color32::from_rgb(0, 120, 60),
        lang.pick("Hợp lệ", "Valid"),
    );
}

fn error_label(ui: &mut egui::Ui, lang: Lang, e: &InvalidFile) {
    let lines = e.render(lang);
    let first = lines.first().cloned().unwrap_or_default();
    let text = match lines.len() {
        0 | 1 => lang.pick("Lỗi: ", "Invalid: ").to_owned() + &first,
        n => format!("{}{first} (+{})", lang.pick("Lỗi: ", "Invalid: "), n - 1),
    };
    ui.colored_label(egui::Color32::from_rgb(180, 30, 30), text)
        .on_hover_text(lines.join("\n"));
}
