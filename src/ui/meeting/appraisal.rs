//! The meeting screen of an appraisal ("Thẩm định", docs/method.md §10–§11): the council goes
//! agency by agency. Left, the agencies (those that assessed themselves first, each with how
//! far the council has got and how many values it changed), then the selected agency's
//! criteria in checklist order (those that do not apply to its block are not listed); right,
//! the selected criterion: what the agency claimed, its note and evidence (a file opens with
//! one click), and the council's decision: accept the claimed value, or change it with a
//! reason.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::{Cell, MeetingScreen};
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Evidence, Score, Session, SessionKind, Text};
use crate::ui::results::details::value_text;
use crate::ui::review_doc::{Decided, ReviewDoc};
use crate::ui::widgets::error_label;
use crate::ui::{Action, MeetingAction};

/// One agency in the list.
pub struct Agency {
    pub id: String,
    pub name: Text,
    /// Its self-assessment (an index into the screen's sessions), if it made one.
    pub own: Option<usize>,
    /// The criteria that apply to it, in checklist order.
    pub criteria: Vec<String>,
}

/// The agencies of the sessions: those with a self-assessment first, each part in the
/// results' order.
pub fn agencies(sessions: &[Session]) -> Vec<Agency> {
    let mut out: Vec<Agency> = super::list::candidates(sessions)
        .into_iter()
        .map(|(id, name)| {
            let own = sessions.iter().position(|s| {
                s.kind() == SessionKind::SelfAssessment && s.candidates.iter().any(|c| c.id == id)
            });
            let session = own.map_or_else(|| sessions.first(), |i| sessions.get(i));
            let criteria = session
                .map(|s| {
                    s.checklist
                        .criteria()
                        .filter(|(_, c)| s.applies(&c.id, &id))
                        .map(|(_, c)| c.id.clone())
                        .collect()
                })
                .unwrap_or_default();
            Agency {
                id,
                name,
                own,
                criteria,
            }
        })
        .collect();
    // As the results list them: the checklist's agencies in its order, then those first
    // met; a stable sort keeps that order within each part.
    let listed: Vec<&str> = sessions
        .first()
        .map(|s| {
            s.checklist
                .candidates
                .iter()
                .flatten()
                .map(|c| c.id.as_str())
                .collect()
        })
        .unwrap_or_default();
    out.sort_by_key(|a| {
        listed
            .iter()
            .position(|id| *id == a.id)
            .unwrap_or(usize::MAX)
    });
    out.sort_by_key(|a| a.own.is_none());
    out
}

/// The agency's own score on a criterion, when it gave one.
fn claimed_score<'a>(
    screen: &'a MeetingScreen,
    agency: &Agency,
    criterion: &str,
) -> Option<&'a Score> {
    let s = screen.sessions.get(agency.own?)?;
    s.scores
        .iter()
        .find(|x| x.criterion == criterion && x.candidate == agency.id)
}

/// What the agency claimed as the council would decide it: a value, N/A, or nothing.
fn claimed(screen: &MeetingScreen, agency: &Agency, criterion: &str) -> Option<Decided> {
    let score = claimed_score(screen, agency, criterion)?;
    if score.is_na() {
        return Some(Decided::Na);
    }
    score.value.map(Decided::Value)
}

/// (criteria decided, criteria changed) of one agency.
pub fn progress(screen: &MeetingScreen, doc: &ReviewDoc, agency: &Agency) -> (usize, usize) {
    let mut decided = 0;
    let mut changed = 0;
    for c in &agency.criteria {
        let Some(d) = doc.review().decision(c, &agency.id) else {
            continue;
        };
        decided += 1;
        let now = if d.is_na() {
            Decided::Na
        } else {
            d.agreed().map_or(Decided::Na, Decided::Value)
        };
        if claimed(screen, agency, c) != Some(now) {
            changed += 1;
        }
    }
    (decided, changed)
}

/// The cells the keyboard moves through: the selected agency's criteria.
pub fn cells(screen: &MeetingScreen) -> Vec<Cell> {
    let list = agencies(&screen.sessions);
    let Some(agency) = selected_agency(screen, &list) else {
        return Vec::new();
    };
    agency
        .criteria
        .iter()
        .map(|c| (c.clone(), agency.id.clone()))
        .collect()
}

fn selected_agency<'a>(screen: &MeetingScreen, list: &'a [Agency]) -> Option<&'a Agency> {
    let id = screen.selected.as_ref().map(|(_, k)| k.as_str());
    list.iter()
        .find(|a| Some(a.id.as_str()) == id)
        .or(list.first())
}

/// The left of the screen: agencies, then the selected one's criteria.
pub fn list_ui(screen: &mut MeetingScreen, ui: &mut egui::Ui, lang: Lang, doc: &ReviewDoc) {
    let t = |m: Msg| m.text(lang);
    let list = agencies(&screen.sessions);
    let current = selected_agency(screen, &list).map(|a| a.id.clone());
    let mut chosen: Option<Cell> = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(4.0);
        ui.strong(t(tr::appr_agencies()));
        for a in &list {
            let (done, changed) = progress(screen, doc, a);
            let text = match a.own {
                Some(_) => t(tr::appr_progress(
                    a.name.get(lang),
                    done,
                    a.criteria.len(),
                    changed,
                )),
                None => t(tr::appr_not_self(a.name.get(lang))),
            };
            let on = current.as_deref() == Some(a.id.as_str());
            if ui.selectable_label(on, text).clicked() && !on {
                chosen = a.criteria.first().map(|c| (c.clone(), a.id.clone()));
            }
        }
        let Some(agency) = list.iter().find(|a| Some(&a.id) == current.as_ref()) else {
            return;
        };
        ui.add_space(8.0);
        ui.strong(t(tr::appr_criteria_of(agency.name.get(lang))));
        for c in &agency.criteria {
            let cell = (c.clone(), agency.id.clone());
            let mut text = match doc.checklist().criterion(c) {
                Some(k) => format!("{c} {}", k.title.get(lang)),
                None => c.clone(),
            };
            if doc.review().decision(c, &agency.id).is_some() {
                text = format!("{text} — {}", t(tr::mt_decided_mark()));
            }
            let selected = screen.selected.as_ref() == Some(&cell);
            let response = ui.selectable_label(selected, text);
            if selected {
                response.scroll_to_me(None);
            }
            if response.clicked() {
                chosen = Some(cell);
            }
        }
    });
    if let Some(cell) = chosen {
        screen.select(doc, cell);
    }
}

/// The file an evidence item names, below the folder of the session that holds it.
fn evidence_path(files: &[PathBuf], own: usize, e: &Evidence) -> Option<PathBuf> {
    let file = e.file.as_deref()?;
    let session = files.get(own)?;
    let folder = session.parent().unwrap_or(Path::new("."));
    Some(
        file.split('/')
            .fold(folder.to_path_buf(), |p, part| p.join(part)),
    )
}

/// "Kế hoạch số 15/KH-STP · 2015-01-10 · Kế hoạch ứng dụng CNTT năm 2015 · tr. 2".
fn evidence_text(e: &Evidence, lang: Lang) -> String {
    let page = e.page.as_ref().map(|p| tr::appr_page(p).text(lang));
    [
        e.reference.clone(),
        e.date.clone(),
        e.title.clone(),
        page,
        e.file.clone(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")
}

/// The right of the screen: what the agency claimed, its evidence, the decision.
pub fn cell_ui(
    screen: &mut MeetingScreen,
    ui: &mut egui::Ui,
    lang: Lang,
    doc: &ReviewDoc,
    actions: &mut Vec<Action>,
) {
    let t = |m: Msg| m.text(lang);
    let list = agencies(&screen.sessions);
    let Some((criterion_id, agency_id)) = screen.selected.clone() else {
        ui.label(t(tr::mt_choose_cell()));
        return;
    };
    let (Some(agency), Some(criterion)) = (
        list.iter().find(|a| a.id == agency_id),
        doc.checklist().criterion(&criterion_id).cloned(),
    ) else {
        return;
    };
    ui.heading(format!(
        "{} · {} — {}",
        criterion_id,
        agency.name.get(lang),
        criterion.title.get(lang)
    ));
    if let Some(g) = &criterion.guidance {
        ui.label(egui::RichText::new(g.get(lang)).italics());
    }
    ui.add_space(6.0);
    let claim = claimed(screen, agency, &criterion_id);
    let claim_text = match claim {
        Some(Decided::Na) => t(tr::na()),
        Some(Decided::Value(v)) => value_text(Some(&criterion), Some(v), lang),
        None => t(tr::no_value()),
    };
    ui.strong(t(tr::appr_claimed(claim_text)));
    let score = claimed_score(screen, agency, &criterion_id).cloned();
    if let Some(note) = score.as_ref().and_then(|s| s.note.as_ref()) {
        ui.label(t(tr::appr_note(note)));
    }
    evidence_ui(screen, ui, lang, agency, score.as_ref(), actions);
    ui.add_space(8.0);
    accept_ui(screen, ui, lang, doc, claim, actions);
    ui.add_space(4.0);
    ui.label(t(tr::appr_or_change()));
    super::cell::decision(screen, ui, lang, doc, &criterion, actions);
    if let Some(d) = doc.review().decision(&criterion_id, &agency_id) {
        ui.add_space(6.0);
        let after = if d.is_na() {
            t(tr::na())
        } else {
            value_text(Some(&criterion), d.agreed(), lang)
        };
        ui.strong(t(tr::appr_decided(after, &d.reason)));
        let undecide = egui::Button::new(t(tr::mt_undecide()));
        if ui.add_enabled(!doc.is_read_only(), undecide).clicked() {
            actions.push(Action::Meeting(MeetingAction::Undecide {
                criterion: criterion_id,
                candidate: agency_id,
            }));
        }
    }
}

fn evidence_ui(
    screen: &MeetingScreen,
    ui: &mut egui::Ui,
    lang: Lang,
    agency: &Agency,
    score: Option<&Score>,
    actions: &mut Vec<Action>,
) {
    let t = |m: Msg| m.text(lang);
    let items = score.and_then(|s| s.evidence.as_ref());
    ui.add_space(4.0);
    ui.strong(t(tr::appr_evidence()));
    let Some(items) = items.filter(|e| !e.is_empty()) else {
        ui.label(t(tr::appr_no_evidence()));
        return;
    };
    for (i, e) in items.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(evidence_text(e, lang));
            let path = agency
                .own
                .and_then(|own| evidence_path(&screen.session_files, own, e));
            if let Some(path) = path {
                let open = ui.push_id(i, |ui| ui.button(t(tr::appr_open()))).inner;
                if open.clicked() {
                    actions.push(Action::OpenFolder(path));
                }
            }
        });
    }
}

/// "Chấp nhận": the claimed value, with the reason typed or "Đúng với minh chứng".
fn accept_ui(
    screen: &MeetingScreen,
    ui: &mut egui::Ui,
    lang: Lang,
    doc: &ReviewDoc,
    claim: Option<Decided>,
    actions: &mut Vec<Action>,
) {
    let t = |m: Msg| m.text(lang);
    let Some((criterion, candidate)) = screen.selected.clone() else {
        return;
    };
    let Some(decided) = claim else {
        error_label(ui, t(tr::appr_nothing_claimed()));
        return;
    };
    // A reason typed for this acceptance counts; the one an earlier decision of the cell
    // gave (a change, say) is not carried over to accepting the claim.
    let typed = screen.reason.trim();
    let earlier = doc.review().decision(&criterion, &candidate);
    let carried = earlier.is_some_and(|d| d.reason.trim() == typed);
    let reason = if typed.is_empty() || carried {
        t(tr::appr_accept_reason())
    } else {
        typed.to_owned()
    };
    let accept = egui::Button::new(t(tr::appr_accept()));
    if ui.add_enabled(!doc.is_read_only(), accept).clicked() {
        actions.push(Action::Meeting(MeetingAction::Decide {
            criterion,
            candidate,
            decided,
            reason,
        }));
    }
}
