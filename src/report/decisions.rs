//! The panel's decisions (docs/method.md §10) in words, once, for every export that shows
//! them: the report's section and its headline sentence, the minutes, the summary, the
//! workbook's sheet and the CSV all take their cells from here, so they say the same thing.

use super::content::{Block, Section, Table};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::model::{ReviewKind, ReviewStatus};
use crate::scoring::{Applied, Results, Reviewed};

/// "G2.3 Ký số văn bản đi": the criterion's id and title, as the report names criteria.
pub(super) fn criterion_label(r: &Results, id: &str, lang: Lang) -> String {
    match r.checklist.criterion(id) {
        Some(c) => format!("{id} {}", c.title.get(lang)),
        None => id.to_owned(),
    }
}

/// Each evaluator's own value, "Nguyễn Văn An 3 · Trần Thị Bình 1", in the sessions' order;
/// an evaluator who gave N/A or nothing is not listed (they gave no value).
pub(super) fn evaluators_text(d: &Reviewed, lang: Lang) -> String {
    evaluators_joined(d, lang, " · ", ' ')
}

/// The same, one evaluator a line and each value held to its name by a no-break space: in
/// a document's narrow column a value is never left at the start of the next line.
fn evaluators_lines(d: &Reviewed, lang: Lang) -> String {
    evaluators_joined(d, lang, "\n", '\u{a0}')
}

fn evaluators_joined(d: &Reviewed, lang: Lang, between: &str, space: char) -> String {
    d.evaluators
        .iter()
        .map(|(name, v)| format!("{name}{space}{}", format::exact(*v, lang)))
        .collect::<Vec<_>>()
        .join(between)
}

/// The value before the meeting (§1 from the sessions), two decimals at most; "—" unscored.
pub(super) fn before_text(d: &Reviewed, lang: Lang) -> String {
    d.before
        .map_or_else(|| tr::no_value().text(lang), |v| format::number(v, 2, lang))
}

/// The agreed value as the panel typed it, or "N/A" ("Không áp dụng").
pub(super) fn agreed_text(d: &Reviewed, lang: Lang) -> String {
    d.value
        .map_or_else(|| tr::rv_rep_na().text(lang), |v| format::exact(v, lang))
}

/// The meeting's date `YYYY-MM-DD` as (day, month, year), when it is a real one.
pub(super) fn meeting_date(applied: &Applied) -> Option<(u32, u32, i32)> {
    let date = applied.review.meeting.as_ref()?.date.as_deref()?;
    super::settings::parse_date(date)
}

/// "the consensus meeting of 28/04/2015" (or the appraisal's), the date only when known.
fn meeting_msg(applied: &Applied) -> Msg {
    let date = meeting_date(applied).map(|(d, m, y)| format!("{d:02}/{m:02}/{y}"));
    match (applied.review.kind, date) {
        (ReviewKind::Consensus, None) => tr::rv_rep_meeting_consensus(),
        (ReviewKind::Consensus, Some(d)) => tr::rv_rep_meeting_consensus_on(d),
        (ReviewKind::Appraisal, None) => tr::rv_rep_meeting_appraisal(),
        (ReviewKind::Appraisal, Some(d)) => tr::rv_rep_meeting_appraisal_on(d),
    }
}

/// The sentence beside the headline: the results include the meeting's N decisions, and,
/// when its minutes are a draft, that they may still change. None without a review.
pub(crate) fn includes_msg(r: &Results) -> Option<(Msg, bool)> {
    let applied = r.review.as_ref()?;
    let n = applied.decisions.len();
    Some(match applied.review.status {
        ReviewStatus::Draft => (tr::rv_rep_includes_draft(n, meeting_msg(applied)), true),
        ReviewStatus::Final => (tr::rv_rep_includes(n, meeting_msg(applied)), false),
    })
}

/// The same sentence as a block of the report: a warning the reader must not miss while the
/// minutes are a draft.
pub(super) fn includes(r: &Results, lang: Lang) -> Option<Block> {
    let (msg, draft) = includes_msg(r)?;
    let text = msg.text(lang);
    Some(if draft {
        Block::Warning(text)
    } else {
        Block::Para(text)
    })
}

/// The section's title: the consensus meeting's, or the appraisal's.
pub(super) fn title(kind: ReviewKind) -> Msg {
    match kind {
        ReviewKind::Consensus => tr::rv_rep_s_consensus(),
        ReviewKind::Appraisal => tr::rv_rep_s_appraisal(),
    }
}

/// One row per decision: criterion, candidate, each evaluator's value, before, agreed,
/// reason; with `numbered`, a first column counting them (the minutes' "STT").
pub(super) fn table(r: &Results, applied: &Applied, lang: Lang, numbered: bool) -> Table {
    let t = |m: Msg| m.text(lang);
    let mut header = vec![
        t(tr::criterion()),
        t(tr::candidate(r.checklist.subject())),
        t(tr::rv_rep_col_evaluators()),
        t(tr::rv_rep_col_before()),
        t(tr::rv_rep_col_agreed()),
        t(tr::rv_rep_col_reason()),
    ];
    // Wide enough for "Trước họp", "Thống nhất" and "Candidate" in 12 pt bold to break
    // between words, and for a name with its value on one line.
    let mut widths = vec![18, 14, 22, 10, 11, 25];
    let mut numeric = vec![false, false, false, true, true, false];
    if numbered {
        header.insert(0, t(tr::minutes_col_no()));
        // The reason, what the minutes record the decision by, gets the most room.
        widths = vec![6, 15, 12, 20, 9, 10, 28];
        numeric.insert(0, true);
    }
    let rows = applied
        .decisions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let mut row = vec![
                criterion_label(r, &d.criterion, lang),
                r.candidate_name(&d.candidate, lang),
                evaluators_lines(d, lang),
                before_text(d, lang),
                agreed_text(d, lang),
                d.reason.clone(),
            ];
            if numbered {
                row.insert(0, (i + 1).to_string());
            }
            row
        })
        .collect();
    Table {
        header,
        rows,
        widths,
        numeric,
    }
}

/// The report's section of the decisions; None when the results include no review.
pub(super) fn section(r: &Results, lang: Lang) -> Option<Section> {
    let applied = r.review.as_ref()?;
    let t = |m: Msg| m.text(lang);
    let blocks = if applied.decisions.is_empty() {
        vec![Block::Para(t(tr::rv_rep_none()))]
    } else {
        vec![
            Block::Para(t(tr::rv_rep_intro(r.aggregation.msg()))),
            Block::Table(table(r, applied, lang, false)),
        ]
    };
    Some(Section {
        title: t(title(applied.review.kind)),
        blocks,
    })
}

/// The summary's lines: a heading, then "G2.3 Ký số văn bản đi × M-Office: 2,33 → 2 —
/// reason" per decision. Empty without a review.
pub(super) fn summary_lines(r: &Results, lang: Lang) -> Vec<String> {
    let Some(applied) = r.review.as_ref() else {
        return Vec::new();
    };
    let heading = match applied.review.kind {
        ReviewKind::Consensus => tr::rv_rep_sum_consensus(),
        ReviewKind::Appraisal => tr::rv_rep_sum_appraisal(),
    };
    let mut out = vec![heading.text(lang)];
    if applied.decisions.is_empty() {
        out.push(format!("  {}", tr::rv_rep_none().text(lang)));
    }
    for d in &applied.decisions {
        let line = tr::rv_rep_sum_line(
            criterion_label(r, &d.criterion, lang),
            r.candidate_name(&d.candidate, lang),
            before_text(d, lang),
            agreed_text(d, lang),
            // A reason of several lines stays on its line in the terminal.
            d.reason.split_whitespace().collect::<Vec<_>>().join(" "),
        );
        out.push(format!("  {}", line.text(lang)));
    }
    out
}
