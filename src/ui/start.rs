//! The start screen: new evaluation, open, compare; recent sessions and the sessions found in
//! `evaluations/`, each with its evaluator, status, progress and validation status.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::files;
use super::widgets::{language_switch, ok_label, problems_label};
use super::{Action, StartAction};
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Checklist, InvalidFile, Session};
use crate::store;

/// What the start screen lists: read when the screen opens and on "Refresh".
pub struct Workspace {
    pub dir: PathBuf,
    pub checklists: Vec<(String, Result<Checklist, Vec<Msg>>)>,
    /// The department's own checklists (`checklists/` beside the sessions' folder): the
    /// editor's copies and new ones, edited in place.
    pub own_checklists: Vec<(PathBuf, Result<Checklist, Vec<Msg>>)>,
    pub sessions: Vec<(PathBuf, Result<Session, Vec<Msg>>)>,
    pub folder_errors: Vec<Vec<Msg>>,
    /// The recently opened sessions, read once, as the list above.
    pub recent: Vec<(PathBuf, Result<Session, Vec<Msg>>)>,
}

impl Workspace {
    pub fn scan(
        dir: &Path,
        recent: &[PathBuf],
        bundled: &[(String, Result<Checklist, InvalidFile>)],
    ) -> Workspace {
        let checklists = bundled
            .iter()
            .map(|(name, c)| (name.clone(), c.clone().map_err(|e| e.msgs())))
            .collect();
        let store::Listed {
            files,
            errors: folder_errors,
            ..
        } = if dir.is_dir() {
            store::find_documents(dir, store::Wanted::Documents)
        } else {
            Default::default()
        };
        let load = |path: PathBuf| {
            let loaded = store::load_session(&path).map_err(|e| e.msgs());
            (path, loaded)
        };
        let sessions = files.into_iter().map(load).collect();
        let own_checklists = own_checklists(&store::checklists_dir(dir));
        let recent = recent.iter().take(6).cloned().map(load).collect();
        Workspace {
            dir: dir.to_owned(),
            checklists,
            own_checklists,
            sessions,
            folder_errors: folder_errors.iter().map(InvalidFile::msgs).collect(),
            recent,
        }
    }
}

/// Every `*.checklist.json` in `dir`, sorted by name, each read and checked.
fn own_checklists(dir: &Path) -> Vec<(PathBuf, Result<Checklist, Vec<Msg>>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.to_string_lossy()
                .to_lowercase()
                .ends_with(".checklist.json")
        })
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let read = match store::load_document(&path, crate::model::Expect::Checklist) {
                Ok(crate::model::Parsed::Checklist(c)) => Ok(*c),
                Ok(_) => Err(Vec::new()),
                Err(e) => Err(e.msgs()),
            };
            (path, read)
        })
        .collect()
}

/// Which path the in-app path field asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prompt {
    Open,
    Compare,
}

pub struct StartScreen {
    pub workspace: Workspace,
    /// The in-app path field for "Open…" / "Compare results…", when no system dialog.
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

    /// Ask for a path in the screen's own field (no system dialog, or it was cancelled).
    pub fn show_prompt(&mut self, prompt: Prompt, evaluations_dir: &Path) {
        let initial = match prompt {
            Prompt::Open => String::new(),
            Prompt::Compare => evaluations_dir.display().to_string(),
        };
        self.prompt = Some((prompt, initial));
        self.focus_prompt = true;
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, actions: &mut Vec<Action>) {
        let t = |m: Msg| m.text(lang);
        egui::Panel::top("start-top").show(ui, |ui| {
            ui.add_space(4.0);
            ui.heading(t(tr::app_title()));
            ui.add_space(4.0);
            // The main actions come first, so Tab reaches them before the language switch.
            ui.horizontal(|ui| {
                if ui.button(t(tr::new_evaluation())).clicked() {
                    actions.push(Action::ShowNewEvaluation(None));
                }
                if ui.button(t(tr::open())).clicked() {
                    actions.push(Action::Start(StartAction::PickAndOpen));
                }
                if ui.button(t(tr::compare_results())).clicked() {
                    actions.push(Action::Start(StartAction::PickAndCompare));
                }
                if ui.button(t(tr::new_checklist())).clicked() {
                    actions.push(Action::OpenEditor {
                        checklist: None,
                        path: None,
                    });
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    language_switch(ui, lang, actions);
                });
            });
            self.prompt_field(ui, lang, actions);
            ui.add_space(4.0);
        });
        let ws = &self.workspace;
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if !ws.recent.is_empty() {
                    ui.heading(t(tr::recent_sessions()));
                    sessions_grid(ui, lang, Grid::Recent, &ws.recent, actions);
                    ui.add_space(12.0);
                }
                ui.horizontal(|ui| {
                    ui.heading(t(tr::sessions_in(&ws.dir)));
                    if ui.button(t(tr::refresh())).clicked() {
                        actions.push(Action::Start(StartAction::Rescan));
                    }
                });
                if ws.sessions.is_empty() && ws.folder_errors.is_empty() {
                    ui.label(t(tr::no_sessions()));
                }
                sessions_grid(ui, lang, Grid::InFolder(&ws.dir), &ws.sessions, actions);
                for e in &ws.folder_errors {
                    problems_label(ui, lang, e);
                }
                if !ws.own_checklists.is_empty() {
                    ui.add_space(16.0);
                    ui.heading(t(tr::own_checklists()));
                    let rows = ws.own_checklists.iter().map(|(path, read)| ChecklistRow {
                        name: path
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                        read,
                        file: Some(path),
                    });
                    checklists_grid(ui, lang, "own-checklists", rows, actions);
                }
                ui.add_space(16.0);
                ui.heading(t(tr::bundled_checklists()));
                let rows = ws.checklists.iter().map(|(name, read)| ChecklistRow {
                    name: name.clone(),
                    read,
                    file: None,
                });
                checklists_grid(ui, lang, "checklists", rows, actions);
            });
        });
    }

    fn prompt_field(&mut self, ui: &mut egui::Ui, lang: Lang, actions: &mut Vec<Action>) {
        let Some((kind, text)) = &mut self.prompt else {
            return;
        };
        let mut cancel = false;
        ui.horizontal(|ui| {
            let label = ui.label(tr::path_field().text(lang));
            let field = ui
                .add(egui::TextEdit::singleline(text).desired_width(480.0))
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_prompt) {
                field.request_focus();
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button(tr::open_path().text(lang)).clicked() || enter) && !text.trim().is_empty()
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
            // Closing the field is view state only: nothing to reread.
            cancel = ui.button(tr::cancel().text(lang)).clicked();
        });
        ui.weak(
            if files::dialogs_available() {
                tr::path_hint_cancelled()
            } else {
                tr::path_hint()
            }
            .text(lang),
        );
        if cancel {
            self.prompt = None;
        }
    }
}

/// A checklist on the start screen: its file name, what was read, and its file when it is
/// edited in place (the department's own); a bundled one is edited as a copy.
struct ChecklistRow<'a> {
    name: String,
    read: &'a Result<Checklist, Vec<Msg>>,
    file: Option<&'a PathBuf>,
}

/// Checklists to start an evaluation on (the title) or to edit (the button).
fn checklists_grid<'a>(
    ui: &mut egui::Ui,
    lang: Lang,
    id: &str,
    rows: impl Iterator<Item = ChecklistRow<'a>>,
    actions: &mut Vec<Action>,
) {
    egui::Grid::new(id)
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for row in rows {
                match row.read {
                    Ok(c) => {
                        if ui
                            .link(c.title.get(lang))
                            .on_hover_text(tr::new_evaluation().text(lang))
                            .clicked()
                        {
                            actions.push(Action::ShowNewEvaluation(Some(c.clone())));
                        }
                        ui.label(&row.name);
                        ui.label(checklist_size(c).text(lang));
                        ok_label(ui, lang);
                        let edit = match row.file {
                            Some(_) => tr::edit_checklist(),
                            None => tr::edit_copy(),
                        };
                        if ui.button(edit.text(lang)).clicked() {
                            actions.push(Action::OpenEditor {
                                checklist: Some(Box::new(c.clone())),
                                path: row.file.cloned(),
                            });
                        }
                    }
                    Err(e) => {
                        ui.label(&row.name);
                        ui.label("");
                        ui.label("");
                        problems_label(ui, lang, e);
                    }
                }
                ui.end_row();
            }
        });
}

/// "8 groups, 45 criteria".
pub fn checklist_size(c: &Checklist) -> Msg {
    tr::checklist_size(c.groups.len(), c.criteria_count())
}

/// Which list of sessions a grid shows.
#[derive(Clone, Copy)]
enum Grid<'a> {
    /// The recently opened: full paths; one that cannot be read can be taken off the list.
    Recent,
    /// Those found in the folder: paths shown relative to it.
    InFolder(&'a Path),
}

/// Sessions with evaluator, status, progress, last change and validity.
fn sessions_grid(
    ui: &mut egui::Ui,
    lang: Lang,
    grid: Grid,
    sessions: &[(PathBuf, Result<Session, Vec<Msg>>)],
    actions: &mut Vec<Action>,
) {
    if sessions.is_empty() {
        return;
    }
    let (id, base) = match grid {
        Grid::Recent => ("recent", None),
        Grid::InFolder(base) => ("sessions", Some(base)),
    };
    egui::Grid::new(id)
        .striped(true)
        .num_columns(6)
        .show(ui, |ui| {
            for heading in [
                tr::file(),
                tr::evaluator(),
                tr::status(),
                tr::scored(),
                tr::last_change(),
                tr::check(),
            ] {
                ui.strong(heading.text(lang));
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
                        ui.label(s.status.msg().text(lang));
                        let (done, total) = s.progress();
                        ui.label(format!("{done}/{total}"));
                        ui.label(crate::format::date_time(&s.modified, lang));
                        ok_label(ui, lang);
                    }
                    Err(e) => {
                        ui.label(&shown);
                        // In the evaluator's column: the file has none to show.
                        if matches!(grid, Grid::Recent) {
                            if ui.button(tr::forget_recent().text(lang)).clicked() {
                                actions
                                    .push(Action::Start(StartAction::ForgetRecent(path.clone())));
                            }
                        } else {
                            ui.label("");
                        }
                        for _ in 0..3 {
                            ui.label("");
                        }
                        problems_label(ui, lang, e);
                    }
                }
                ui.end_row();
            }
        });
}

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    use super::*;

    fn screen() -> (StartScreen, Vec<Action>) {
        let workspace = Workspace::scan(
            Path::new("evaluations/demo"),
            &[],
            &crate::store::bundled_checklists(),
        );
        (StartScreen::new(workspace), Vec::new())
    }

    fn harness(state: (StartScreen, Vec<Action>)) -> Harness<'static, (StartScreen, Vec<Action>)> {
        Harness::builder()
            .with_size(eframe::egui::vec2(1366.0, 768.0))
            .with_context_setup(crate::ui::setup_context)
            .build_ui_state(|ui, (s, actions)| s.ui(ui, Lang::Vi, actions), state)
    }

    #[test]
    fn the_buttons_ask_the_app_and_open_nothing_themselves() {
        let mut h = harness(screen());
        h.run();
        h.get_by_label("Mở tệp…").click();
        h.run();
        h.get_by_label("So sánh kết quả…").click();
        h.run();
        assert_eq!(
            h.state().1,
            [
                Action::Start(StartAction::PickAndOpen),
                Action::Start(StartAction::PickAndCompare)
            ]
        );
    }

    #[test]
    fn cancel_closes_the_path_field_without_rereading_the_folder() {
        let (mut s, actions) = screen();
        s.show_prompt(Prompt::Compare, Path::new("evaluations"));
        let mut h = harness((s, actions));
        h.run();
        h.get_by_label("Hủy").click();
        h.run();
        assert!(h.state().1.is_empty(), "no action: {:?}", h.state().1);
        assert!(h.query_by_label("Đường dẫn").is_none(), "the field is gone");
    }

    #[test]
    fn a_session_is_listed_with_its_last_change_as_a_date_a_person_reads() {
        let mut h = harness(screen());
        h.run();
        h.get_by_label("Nguyễn Văn An");
        assert!(
            h.query_all_by_label_contains("/2015 ").count() >= 3,
            "dd/mm/yyyy hh:mm, never raw RFC 3339"
        );
        assert!(h.query_by_label_contains("+07:00").is_none());
    }
}
