//! Every raw score as CSV, one row per score an evaluator gave (value or N/A) with its note:
//! UTF-8 with a byte-order mark so Excel reads Vietnamese letters, written the way the
//! language's spreadsheets expect — `;` between fields and a decimal comma in Vietnamese,
//! `,` and a decimal point in English. Typed text that a spreadsheet would run as a formula
//! (`=HYPERLINK(…)`, a note "- Chưa có") gets a leading apostrophe ([`safe_text::csv_cell`]);
//! the numbers EvalDesk writes never do. Notes are whole, however long. Each row carries its
//! session's full seal (64 hex), to compare with the file.

use crate::i18n::{Lang, tr};
use crate::model::Session;
use crate::safe_text;

/// The field separator and decimal mark of `lang`'s spreadsheets.
pub fn marks(lang: Lang) -> (char, char) {
    match lang {
        Lang::Vi => (';', ','),
        Lang::En => (',', '.'),
    }
}

fn field(text: &str, sep: char) -> String {
    if text.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The headings of the columns that say whose session a row is from: evaluator,
/// organization, session id, status, seal. The CSV's rows and the workbook's sheet of
/// sessions start with them.
pub(super) fn session_headings(lang: Lang) -> [String; 5] {
    [
        tr::evaluator(),
        tr::organization(),
        tr::csv_session(),
        tr::status(),
        tr::csv_seal(),
    ]
    .map(|m| m.text(lang))
}

/// The CSV text (BOM included) for `sessions`.
pub fn raw_scores(sessions: &[&Session], lang: Lang) -> String {
    let subject = sessions
        .first()
        .map(|s| s.checklist.subject())
        .unwrap_or_default();
    let (sep, decimal) = marks(lang);
    let t = |m: crate::i18n::Msg| m.text(lang);
    let [evaluator, organization, session, status, seal] = session_headings(lang);
    let header = [
        evaluator,
        organization,
        session,
        status,
        seal,
        t(tr::csv_group()),
        t(tr::criterion()),
        t(tr::csv_criterion_title()),
        t(tr::candidate(subject)),
        t(tr::value()),
        t(tr::csv_na()),
        t(tr::notes()),
    ];
    let mut out = String::from("\u{feff}");
    let line = |cells: &[String]| {
        let mut l = cells
            .iter()
            .map(|c| field(c, sep))
            .collect::<Vec<_>>()
            .join(&sep.to_string());
        l.push_str("\r\n");
        l
    };
    out += &line(&header);
    // Typed text, neutralized; the value column (a number EvalDesk writes) is left alone.
    let typed = |text: &str| safe_text::csv_cell(text).into_owned();
    for s in sessions {
        let seal = s.seal.as_ref().map_or("", |sl| sl.sha256.as_str());
        for score in &s.scores {
            let (group, title) = s
                .checklist
                .criteria()
                .find(|(_, c)| c.id == score.criterion)
                .map_or((String::new(), String::new()), |(g, c)| {
                    (g.id.clone(), c.title.get(lang).to_owned())
                });
            let candidate = s
                .candidates
                .iter()
                .find(|c| c.id == score.candidate)
                .map_or_else(|| score.candidate.clone(), |c| c.name.get(lang).to_owned());
            // Every digit the evaluator gave, in the language's decimal mark.
            let value = score
                .value
                .filter(|_| !score.is_na())
                .map_or_else(String::new, |v| {
                    format!("{v}").replace('.', &decimal.to_string())
                });
            out += &line(&[
                typed(&s.evaluator.name),
                typed(s.evaluator.organization.as_deref().unwrap_or_default()),
                typed(&s.id),
                t(s.status.msg()),
                seal.to_owned(),
                typed(&group),
                typed(&score.criterion),
                typed(&title),
                typed(&candidate),
                value,
                if score.is_na() {
                    "x".to_owned()
                } else {
                    String::new()
                },
                typed(score.note.as_deref().unwrap_or_default()),
            ]);
        }
    }
    out
}

/// The panel's decisions as CSV (BOM included), one row per decision, in the same marks as
/// the raw scores: criterion, its title, candidate, each evaluator's value, the value before
/// the meeting (full precision) and the agreed one (empty and `x` under N/A for N/A), the
/// reason, who recorded it and when. None when the results include no review.
pub fn decisions(r: &crate::scoring::Results, lang: Lang) -> Option<String> {
    let applied = r.review.as_ref()?;
    let (sep, decimal) = marks(lang);
    let t = |m: crate::i18n::Msg| m.text(lang);
    let number = |v: f64| format!("{v}").replace('.', &decimal.to_string());
    let typed = |text: &str| field(&safe_text::csv_cell(text), sep);
    let line = |cells: Vec<String>| {
        let mut l = cells.join(&sep.to_string());
        l.push_str("\r\n");
        l
    };
    let header = [
        t(tr::criterion()),
        t(tr::csv_criterion_title()),
        t(tr::candidate(r.checklist.subject())),
        t(tr::rv_rep_col_evaluators()),
        t(tr::rv_rep_col_before()),
        t(tr::rv_rep_col_agreed()),
        t(tr::csv_na()),
        t(tr::rv_rep_col_reason()),
        t(tr::rv_rep_col_by()),
        t(tr::rv_rep_col_at()),
    ];
    let mut out = String::from("\u{feff}");
    out += &line(header.iter().map(|h| field(h, sep)).collect());
    for d in &applied.decisions {
        let title = r
            .checklist
            .criterion(&d.criterion)
            .map_or("", |c| c.title.get(lang));
        out += &line(vec![
            typed(&d.criterion),
            typed(title),
            typed(&r.candidate_name(&d.candidate, lang)),
            typed(&super::decisions::evaluators_text(d, lang)),
            d.before.map_or_else(String::new, number),
            d.value.map_or_else(String::new, number),
            if d.value.is_none() { "x" } else { "" }.to_owned(),
            typed(&d.reason),
            typed(d.by.as_deref().unwrap_or_default()),
            typed(d.at.as_deref().unwrap_or_default()),
        ]);
    }
    Some(out)
}
