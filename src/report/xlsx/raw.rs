//! The workbook's sheets of what the evaluators gave: each session with its full seal, and
//! every raw score with its note, each error said at the score it stopped at. Nothing refers
//! to these sheets: their columns are their headers'.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::sheet::Sheet;
use super::{Book, ScorePlace, XlsxFailure};
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Score, Session};

/// Each session: who, their organization, its id, its status and its seal's full SHA-256
/// (64 hex), which a clerk can compare character by character with the file.
pub(super) fn sessions(
    wb: &mut Workbook,
    b: &Book,
    sessions: &[&Session],
) -> Result<(), XlsxError> {
    let t = |m: Msg| b.t(m);
    let header = super::super::csv::session_headings(b.lang);
    let mut s = Sheet::new(wb, &t(tr::sheet_sessions()), &header, &b.marker)?;
    for (i, session) in sessions.iter().enumerate() {
        let line = i as u32 + 1;
        s.text(line, 0, &session.evaluator.name)?;
        let organization = session.evaluator.organization.as_deref().unwrap_or("");
        s.text(line, 1, organization)?;
        s.text(line, 2, &session.id)?;
        s.text(line, 3, &t(session.status.msg()))?;
        let seal = session
            .seal
            .as_ref()
            .map_or_else(|| t(tr::not_sealed()), |sl| sl.sha256.clone());
        s.text(line, 4, &seal)?;
    }
    s.finish()
}

/// Every evaluator's raw scores and notes.
pub(super) fn raw_scores(
    wb: &mut Workbook,
    b: &Book,
    sessions: &[&Session],
) -> Result<(), XlsxFailure> {
    let (lang, t) = (b.lang, |m: Msg| b.t(m));
    let header = [
        t(tr::evaluator()),
        t(tr::organization()),
        t(tr::status()),
        t(tr::criterion()),
        t(tr::csv_criterion_title()),
        t(tr::candidate(b.r.checklist.subject())),
        t(tr::value()),
        t(tr::csv_na()),
        t(tr::notes()),
    ];
    let mut s = Sheet::new(wb, &t(tr::sheet_raw()), &header, &b.marker)?;
    let mut line = 1;
    for session in sessions {
        let status = t(session.status.msg());
        for score in &session.scores {
            let name = candidate_name(session, score, lang);
            row(&mut s, line, session, score, &status, name, lang).map_err(|error| {
                XlsxFailure {
                    place: Some(Box::new(ScorePlace {
                        evaluator: session.evaluator.name.clone(),
                        criterion: score.criterion.clone(),
                        candidate: name.to_owned(),
                    })),
                    error,
                }
            })?;
            line += 1;
        }
    }
    Ok(s.finish()?)
}

fn candidate_name<'a>(session: &'a Session, score: &'a Score, lang: Lang) -> &'a str {
    session
        .candidates
        .iter()
        .find(|c| c.id == score.candidate)
        .map_or(score.candidate.as_str(), |c| c.name.get(lang))
}

fn row(
    s: &mut Sheet,
    line: u32,
    session: &Session,
    score: &Score,
    status: &str,
    candidate: &str,
    lang: Lang,
) -> Result<(), XlsxError> {
    s.text(line, 0, &session.evaluator.name)?;
    let organization = session.evaluator.organization.as_deref().unwrap_or("");
    s.text(line, 1, organization)?;
    s.text(line, 2, status)?;
    s.text(line, 3, &score.criterion)?;
    let title = session
        .checklist
        .criterion(&score.criterion)
        .map_or("", |c| c.title.get(lang));
    s.text(line, 4, title)?;
    s.text(line, 5, candidate)?;
    match (score.value, score.is_na()) {
        (_, true) => s.text(line, 7, "x")?,
        (Some(v), false) => s.number(line, 6, v, &Format::new())?,
        (None, false) => {}
    }
    if let Some(note) = &score.note {
        s.text(line, 8, note)?;
    }
    Ok(())
}
