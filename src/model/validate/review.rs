//! The rules of a review (docs/formats.md "Review"): on its own as read, and against the
//! checklist and sessions it is used with. A review that breaks any is refused whole: the
//! results never rest on half of what a panel decided.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use super::super::problem::{Located, Problem, ReviewProblem};
use super::super::review::{Review, ReviewStatus, checklist_pin};
use super::super::{Checklist, seal};
use super::value_problem;

fn review_problem(path: impl Into<String>, p: ReviewProblem) -> Located {
    Located::at(path, Problem::Review(p))
}

/// Problems of a review on its own. `raw` is the file as read, which the seal is checked
/// against.
pub fn review(r: &Review, raw: &Value) -> Vec<Located> {
    let mut out = Vec::new();
    if r.id.trim().is_empty() {
        out.push(Located::at("id", Problem::EmptyId));
    }
    match r.revises.as_deref() {
        Some(v) if v.trim().is_empty() => out.push(Located::at("revises", Problem::EmptyId)),
        Some(v) if v == r.id => out.push(review_problem("revises", ReviewProblem::RevisesItself)),
        _ => {}
    }
    if r.checklist.id.trim().is_empty() {
        out.push(Located::at("checklist.id", Problem::EmptyId));
    }
    if !seal::is_well_formed(&r.checklist.sha256) {
        out.push(review_problem(
            "checklist.sha256",
            ReviewProblem::PinMalformed,
        ));
    }
    let mut listed: HashMap<&str, usize> = HashMap::new();
    for (i, s) in r.sessions.iter().enumerate() {
        if s.id.trim().is_empty() {
            out.push(Located::at(format!("sessions[{i}].id"), Problem::EmptyId));
        } else if let Some(&first) = listed.get(s.id.as_str()) {
            let p = ReviewProblem::SessionListedTwice {
                id: s.id.clone(),
                first,
            };
            out.push(review_problem(format!("sessions[{i}].id"), p));
        } else {
            listed.insert(&s.id, i);
        }
        if !seal::is_well_formed(&s.sha256) {
            out.push(review_problem(
                format!("sessions[{i}].sha256"),
                ReviewProblem::PinMalformed,
            ));
        }
    }
    meeting(r, &mut out);
    decisions_on_their_own(r, &mut out);
    for (member, t) in [("created", &r.created), ("modified", &r.modified)] {
        if let Some(t) = t
            && chrono::DateTime::parse_from_rfc3339(t).is_err()
        {
            out.push(Located::at(member, Problem::BadTimestamp(t.clone())));
        }
    }
    review_seal(r, raw, &mut out);
    out
}

fn meeting(r: &Review, out: &mut Vec<Located>) {
    let Some(m) = &r.meeting else { return };
    if let Some(date) = &m.date
        && !is_date(date)
    {
        out.push(review_problem(
            "meeting.date",
            ReviewProblem::BadDate(date.clone()),
        ));
    }
    for (i, member) in m.members.iter().enumerate() {
        if member.name.trim().is_empty() {
            out.push(Located::at(
                format!("meeting.members[{i}].name"),
                Problem::EmptyText,
            ));
        }
    }
}

/// `YYYY-MM-DD`, a real day.
pub fn is_date(text: &str) -> bool {
    text.len() == 10 && chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
}

/// The rules of each decision that need nothing but the review.
fn decisions_on_their_own(r: &Review, out: &mut Vec<Located>) {
    let mut first: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, d) in r.decisions.iter().enumerate() {
        let at = |member: &str| format!("decisions[{i}]{member}");
        match (d.value, d.is_na()) {
            (Some(_), true) => out.push(Located::at(at(""), Problem::ValueAndNa)),
            (None, false) => out.push(Located::at(at(""), Problem::NoValue)),
            _ => {}
        }
        if d.reason.trim().is_empty() {
            out.push(review_problem(at(".reason"), ReviewProblem::EmptyReason));
        }
        if let Some(t) = &d.at
            && chrono::DateTime::parse_from_rfc3339(t).is_err()
        {
            out.push(Located::at(at(".at"), Problem::BadTimestamp(t.clone())));
        }
        let cell = (d.criterion.as_str(), d.candidate.as_str());
        match first.get(&cell) {
            Some(&f) => out.push(review_problem(
                at(""),
                ReviewProblem::DuplicateDecision {
                    criterion: d.criterion.clone(),
                    candidate: d.candidate.clone(),
                    first: f,
                },
            )),
            None => {
                first.insert(cell, i);
            }
        }
    }
}

fn review_seal(r: &Review, raw: &Value, out: &mut Vec<Located>) {
    match (r.status, &r.seal) {
        (ReviewStatus::Final, None) => {
            out.push(review_problem("seal", ReviewProblem::SealMissing));
        }
        (ReviewStatus::Final, Some(s)) if !seal::is_well_formed(&s.sha256) => {
            out.push(Located::at("seal.sha256", Problem::SealMalformed));
        }
        (ReviewStatus::Final, Some(s)) => {
            if seal::of_value(raw).as_deref() != Some(s.sha256.as_str()) {
                out.push(review_problem("seal.sha256", ReviewProblem::SealMismatch));
            }
        }
        (ReviewStatus::Draft, Some(_)) => {
            out.push(review_problem("seal", ReviewProblem::SealOnDraft));
        }
        (ReviewStatus::Draft, None) => {}
    }
}

/// A session an aggregation read, as a review's pins are checked against it.
pub struct ReadSession<'a> {
    pub file: &'a Path,
    pub id: &'a str,
    /// Its seal when submitted, else the SHA-256 of its RFC 8785 form without `seal`.
    pub pin: &'a str,
}

/// Problems of a valid review against what it is read with: the sessions' checklist, the
/// candidates they cover, and the sessions themselves.
pub fn review_against(
    r: &Review,
    checklist: &Checklist,
    candidates: &[&super::super::Candidate],
    sessions: &[ReadSession],
) -> Vec<Located> {
    let mut out = Vec::new();
    if r.checklist.id != checklist.id {
        let p = ReviewProblem::OtherChecklist {
            review: r.checklist.id.clone(),
            sessions: checklist.id.clone(),
        };
        out.push(review_problem("checklist.id", p));
    } else if r.checklist.sha256 != checklist_pin(checklist) {
        out.push(review_problem(
            "checklist.sha256",
            ReviewProblem::ChecklistChanged,
        ));
    }
    let read: HashMap<&str, &ReadSession> = sessions.iter().map(|s| (s.id, s)).collect();
    for (i, pin) in r.sessions.iter().enumerate() {
        match read.get(pin.id.as_str()) {
            None => out.push(review_problem(
                format!("sessions[{i}].id"),
                ReviewProblem::SessionMissing(pin.id.clone()),
            )),
            Some(s) if s.pin != pin.sha256 => out.push(review_problem(
                format!("sessions[{i}].sha256"),
                ReviewProblem::SessionChanged {
                    id: pin.id.clone(),
                    file: s.file.to_owned(),
                },
            )),
            Some(_) => {}
        }
    }
    let pinned: std::collections::HashSet<&str> =
        r.sessions.iter().map(|p| p.id.as_str()).collect();
    for s in sessions {
        if !pinned.contains(s.id) {
            let p = ReviewProblem::SessionAdded {
                id: s.id.to_owned(),
                file: s.file.to_owned(),
            };
            out.push(review_problem("sessions", p));
        }
    }
    for (i, d) in r.decisions.iter().enumerate() {
        let found = checklist.criteria().find(|(_, c)| c.id == d.criterion);
        let criterion = found.map(|(_, c)| c);
        let candidate = candidates.iter().find(|c| c.id == d.candidate);
        // A cell that does not apply to the candidate's category is decided by nobody
        // (docs/method.md §12): a decision there would score it.
        if let (Some((g, c)), Some(k)) = (found, candidate)
            && !c.applies(g, k.category())
        {
            out.push(Located::at(
                format!("decisions[{i}]"),
                super::categories::does_not_apply(checklist, &d.criterion, k),
            ));
        }
        if criterion.is_none() {
            out.push(Located::at(
                format!("decisions[{i}].criterion"),
                Problem::UnknownCriterion(d.criterion.clone()),
            ));
        }
        if candidate.is_none() {
            out.push(review_problem(
                format!("decisions[{i}].candidate"),
                ReviewProblem::UnknownCandidate(d.candidate.clone()),
            ));
        }
        if let (Some(v), Some(c)) = (d.value, criterion)
            && let Some(problem) = value_problem(v, c.kind(), &checklist.scale)
        {
            out.push(Located::at(format!("decisions[{i}].value"), problem));
        }
    }
    out
}
