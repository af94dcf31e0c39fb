//! The report's "Tự đánh giá và kết quả thẩm định" (docs/method.md §10–§11): per agency that
//! assessed itself, the total it claimed, its total after the appraisal, the difference and
//! how many criteria were changed; then every changed value (agency, criterion, claimed,
//! appraised, reason). The DOCX and the HTML render it from [`section`]; `tu-danh-gia.csv`
//! holds the changed values for a spreadsheet.

use super::content::{Block, Section, Table};
use super::decisions::criterion_label;
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::model::Session;
use crate::safe_text;
use crate::scoring::{self, Claimed, Results};

/// The CSV's name in the report folder.
pub fn csv_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "tu-danh-gia.csv",
        Lang::En => "self-assessments.csv",
    }
}

/// Claimed beside appraised for the sessions counted; None without a self-assessment.
fn claimed(r: &Results, sessions: &[&Session]) -> Option<Claimed> {
    let sheets = scoring::ScoreSheet::of_sessions(sessions.iter().copied());
    scoring::claimed(&sheets, r)
}

/// A value as the agency or the council gave it (see [`super::value_text`]).
fn value(r: &Results, criterion: &str, v: Option<f64>, lang: Lang) -> String {
    super::value_text(r.checklist.criterion(criterion), v, lang)
}

/// The council's reason; for an agency the department's evaluators scored, that they did.
pub fn reason_text(reason: Option<&str>, self_assessed: bool, lang: Lang) -> String {
    match reason {
        Some(r) => r.to_owned(),
        None if !self_assessed => tr::appr_by_evaluators().text(lang),
        None => String::new(),
    }
}

/// The section, after the results it explains; None without a self-assessment.
pub(super) fn section(r: &Results, sessions: &[&Session], lang: Lang) -> Option<Section> {
    let claimed = claimed(r, sessions)?;
    let t = |m: Msg| m.text(lang);
    let totals = Table {
        header: vec![
            t(tr::appr_col_agency()),
            t(tr::appr_col_claimed()),
            t(tr::appr_col_appraised()),
            t(tr::appr_col_difference()),
            t(tr::appr_col_changed()),
        ],
        rows: claimed
            .agencies
            .iter()
            .map(|a| {
                vec![
                    a.name.get(lang).to_owned(),
                    format::points(a.claimed, lang),
                    format::points(a.appraised, lang),
                    format::signed_points(a.difference(), lang),
                    if a.self_assessed {
                        a.changed.len().to_string()
                    } else {
                        t(tr::appr_changed_by_evaluators(a.changed.len()))
                    },
                ]
            })
            .collect(),
        widths: vec![34, 16, 16, 16, 18],
        numeric: vec![false, true, true, true, true],
    };
    let mut blocks = vec![Block::Table(totals)];
    let rows = changed_rows(r, &claimed, lang);
    if rows.is_empty() {
        blocks.push(Block::Para(t(tr::appr_no_changes())));
    } else {
        blocks.push(Block::Para(t(tr::appr_changed_cells())));
        blocks.push(Block::Table(Table {
            header: vec![
                t(tr::appr_col_agency()),
                t(tr::appr_col_criterion()),
                t(tr::appr_col_claimed()),
                t(tr::appr_col_appraised()),
                t(tr::appr_col_reason()),
            ],
            rows,
            widths: vec![20, 28, 12, 12, 28],
            numeric: vec![false, false, true, true, false],
        }));
    }
    // The agencies the department's evaluators scored: their values differ from their claims
    // cell by cell, which is not the council's doing; named once rather than listed.
    let scored: Vec<&str> = claimed
        .agencies
        .iter()
        .filter(|a| !a.self_assessed)
        .map(|a| a.name.get(lang))
        .collect();
    if !scored.is_empty() {
        blocks.push(Block::Para(t(tr::appr_scored_by_department(
            scored.len(),
            scored.join(", "),
        ))));
    }
    Some(Section {
        title: t(tr::appr_section()),
        blocks,
    })
}

/// Every value the council changed: agency, criterion, claimed, appraised, reason (the
/// agencies the department's evaluators scored are said apart).
fn changed_rows(r: &Results, claimed: &Claimed, lang: Lang) -> Vec<Vec<String>> {
    claimed
        .agencies
        .iter()
        .filter(|a| a.self_assessed)
        .flat_map(|a| {
            a.changed.iter().map(move |c| {
                vec![
                    a.name.get(lang).to_owned(),
                    criterion_label(r, &c.criterion, lang),
                    value(r, &c.criterion, c.claimed, lang),
                    value(r, &c.criterion, c.appraised, lang),
                    reason_text(c.reason.as_deref(), a.self_assessed, lang),
                ]
            })
        })
        .collect()
}

/// `tu-danh-gia.csv` (BOM included, the language's marks as the raw scores'): one row per
/// agency and criterion changed, the values in full precision; None without a
/// self-assessment.
pub fn csv(r: &Results, sessions: &[&Session], lang: Lang) -> Option<String> {
    let claimed = claimed(r, sessions)?;
    let (sep, decimal) = super::csv::marks(lang);
    let t = |m: Msg| m.text(lang);
    let number = |v: Option<f64>| {
        v.map_or_else(String::new, |v| {
            format!("{v}").replace('.', &decimal.to_string())
        })
    };
    let typed = |text: &str| {
        let cell = safe_text::csv_cell(text);
        if cell.contains([sep, '"', '\n', '\r']) {
            format!("\"{}\"", cell.replace('"', "\"\""))
        } else {
            cell.into_owned()
        }
    };
    let header = [
        t(tr::appr_col_agency()),
        t(tr::appr_col_criterion()),
        t(tr::appr_col_claimed()),
        t(tr::appr_col_appraised()),
        t(tr::appr_col_reason()),
        t(tr::appr_csv_claimed_total()),
        t(tr::appr_csv_appraised_total()),
    ];
    let mut out = String::from("\u{feff}");
    let mut line = |cells: Vec<String>| {
        out += &cells.join(&sep.to_string());
        out += "\r\n";
    };
    line(header.iter().map(|h| typed(h)).collect());
    for a in &claimed.agencies {
        for c in &a.changed {
            line(vec![
                typed(a.name.get(lang)),
                typed(&c.criterion),
                number(c.claimed),
                number(c.appraised),
                typed(&reason_text(c.reason.as_deref(), a.self_assessed, lang)),
                number(Some(a.claimed)),
                number(Some(a.appraised)),
            ]);
        }
    }
    Some(out)
}

/// The minutes of an appraisal: the council named, then the values it changed, agency by
/// agency ("Sở Tư pháp: sửa 1 giá trị", then "G2.1 …: từ 4 thành 2 (reason)").
pub(super) fn minutes_blocks(r: &Results, sessions: &[&Session], lang: Lang) -> Vec<Block> {
    let t = |m: Msg| m.text(lang);
    let Some(claimed) = claimed(r, sessions) else {
        return Vec::new();
    };
    let changed: Vec<_> = claimed
        .agencies
        .iter()
        .filter(|a| !a.changed.is_empty())
        .collect();
    if changed.is_empty() {
        return vec![Block::Para(t(tr::appr_no_changes()))];
    }
    let mut blocks = vec![Block::Para(t(tr::appr_minutes_changes()))];
    for a in changed {
        blocks.push(Block::Para(t(tr::appr_minutes_agency(
            a.name.get(lang),
            a.changed.len(),
        ))));
        let lines = a
            .changed
            .iter()
            .map(|c| {
                t(tr::appr_minutes_line(
                    criterion_label(r, &c.criterion, lang),
                    value(r, &c.criterion, c.claimed, lang),
                    value(r, &c.criterion, c.appraised, lang),
                    reason_text(c.reason.as_deref(), a.self_assessed, lang),
                ))
            })
            .collect();
        blocks.push(Block::List(lines));
    }
    blocks
}

/// "Hội đồng thẩm định: …" — who appraised, by the review's title.
pub(super) fn minutes_council(title: Option<&crate::model::Text>, lang: Lang) -> Block {
    let title = title.map_or_else(|| tr::appr_title().text(lang), |t| t.get(lang).to_owned());
    Block::Para(tr::appr_minutes_who(title).text(lang))
}
