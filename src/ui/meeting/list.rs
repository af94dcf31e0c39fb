//! The left of the meeting screen: the cells where the evaluators disagree, first, then any
//! cell the search finds (criterion id or title, candidate id or name; without diacritics,
//! so "dang nhap" finds "Đăng nhập").

use eframe::egui;

use super::{Cell, MeetingScreen};
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Checklist, Session, fold_diacritics};
use crate::scoring::Results;
use crate::ui::review_doc::ReviewDoc;

/// Every cell the results flag as a disagreement, in the results' order.
pub fn flagged(results: Option<&Results>) -> Vec<Cell> {
    results
        .map(|r| {
            r.agreement
                .iter()
                .filter(|a| a.disagree)
                .map(|a| (a.criterion.clone(), a.candidate.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// The sessions' candidates, each once, in the order first met: (id, name).
pub fn candidates(sessions: &[Session]) -> Vec<(String, crate::model::Text)> {
    let mut out: Vec<(String, crate::model::Text)> = Vec::new();
    for c in sessions.iter().flat_map(|s| &s.candidates) {
        if !out.iter().any(|(id, _)| *id == c.id) {
            out.push((c.id.clone(), c.name.clone()));
        }
    }
    out
}

fn folded(text: &str) -> String {
    fold_diacritics(text).to_lowercase()
}

/// The cells whose criterion or candidate matches every word of `search` (none if empty).
pub fn found(search: &str, checklist: &Checklist, sessions: &[Session]) -> Vec<Cell> {
    let words: Vec<String> = folded(search)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let candidates = candidates(sessions);
    let mut out = Vec::new();
    for (_, c) in checklist.criteria() {
        let criterion = folded(&format!(
            "{} {} {}",
            c.id,
            c.title.get(Lang::Vi),
            c.title.get(Lang::En)
        ));
        for (id, name) in &candidates {
            let candidate = folded(&format!(
                "{id} {} {}",
                name.get(Lang::Vi),
                name.get(Lang::En)
            ));
            let matches =
                |w: &String| criterion.contains(w.as_str()) || candidate.contains(w.as_str());
            if words.iter().all(matches) {
                out.push((c.id.clone(), id.clone()));
            }
        }
    }
    out
}

/// "G2.3 · M-Office": how a cell is named in the list.
pub fn cell_name(cell: &Cell, sessions: &[Session], lang: Lang) -> String {
    let name = candidates(sessions)
        .into_iter()
        .find(|(id, _)| *id == cell.1)
        .map(|(_, n)| n.get(lang).to_owned())
        .unwrap_or_else(|| cell.1.clone());
    format!("{} · {name}", cell.0)
}

pub fn ui(screen: &mut MeetingScreen, ui: &mut egui::Ui, lang: Lang, doc: &ReviewDoc) {
    let t = |m: Msg| m.text(lang);
    let flagged = flagged(screen.standing());
    ui.add_space(4.0);
    let label = ui.label(t(tr::mt_search()));
    ui.add(egui::TextEdit::singleline(&mut screen.search).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    let found: Vec<Cell> = found(&screen.search, doc.checklist(), &screen.sessions)
        .into_iter()
        .filter(|c| !flagged.contains(c))
        .collect();
    let mut chosen = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(4.0);
        ui.strong(t(tr::mt_flagged(flagged.len())));
        for cell in &flagged {
            row(screen, ui, lang, doc, cell, &mut chosen);
        }
        if !screen.search.trim().is_empty() {
            ui.add_space(8.0);
            ui.strong(t(tr::mt_found(found.len())));
            if found.is_empty() && flagged.is_empty() {
                ui.label(t(tr::mt_no_match(screen.search.trim())));
            }
            for cell in &found {
                row(screen, ui, lang, doc, cell, &mut chosen);
            }
        }
    });
    if let Some(cell) = chosen {
        screen.select(doc, cell);
    }
}

/// One cell in the list: its name, the criterion's title below, "decided" once it is.
fn row(
    screen: &MeetingScreen,
    ui: &mut egui::Ui,
    lang: Lang,
    doc: &ReviewDoc,
    cell: &Cell,
    chosen: &mut Option<Cell>,
) {
    let selected = screen.selected.as_ref() == Some(cell);
    let mut text = cell_name(cell, &screen.sessions, lang);
    if doc.review().decision(&cell.0, &cell.1).is_some() {
        text = format!("{text} — {}", tr::mt_decided_mark().text(lang));
    }
    let response = ui.selectable_label(selected, text);
    if let Some(c) = doc.checklist().criterion(&cell.0) {
        ui.weak(c.title.get(lang));
    }
    if selected {
        response.scroll_to_me(None);
    }
    if response.clicked() {
        *chosen = Some(cell.clone());
    }
}
