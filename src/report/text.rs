//! The terminal summary, laid out so a secretary can paste it into a memo.

use super::{safety_msgs, sensitivity_msgs};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::{Results, Warning};

/// Columns padded to their widest cell; the first `left` columns left-aligned, the rest right.
pub(super) fn table(rows: &[Vec<String>], left: usize) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let pad = " ".repeat(widths[i] - c.chars().count());
                if i < left {
                    format!("{c}{pad}")
                } else {
                    format!("{pad}{c}")
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// The terminal summary: the ranking with each group's score (and the panel's decisions it
/// includes), the group weights, the sensitivity per group, then the warnings.
pub fn text_summary(r: &Results, lang: Lang) -> String {
    let t = |m: Msg| m.text(lang);
    let mut out = String::new();
    out += &t(tr::sum_title(r.checklist.title.get(lang), &r.checklist.id));
    out.push('\n');
    out += &t(tr::sum_intro(r.sessions, r.aggregation.msg()));
    out.push('\n');
    // Said before any figure: these are the figures with the panel's decisions in them.
    if let Some((includes, _)) = super::decisions::includes_msg(r) {
        out += &t(includes);
        out.push('\n');
    }
    out.push('\n');
    for line in safety_msgs(r, lang) {
        out += &t(line);
        out.push('\n');
    }
    out.push('\n');

    let grades = r.checklist.grades.is_some();
    let mut header = vec![
        t(tr::rank()),
        t(tr::candidate(r.checklist.subject())),
        t(tr::total()),
    ];
    if grades {
        header.push(t(tr::result()));
    }
    header.push(t(tr::qualified()));
    header.extend(r.checklist.groups.iter().map(|g| g.id.clone()));
    let mut rows = vec![header];
    for c in &r.candidates {
        let mut row = vec![
            c.rank.to_string(),
            c.name.get(lang).to_owned(),
            format::points(c.total, lang),
        ];
        if grades {
            row.push(
                c.grade
                    .as_ref()
                    .map_or_else(String::new, |g| g.get(lang).to_owned()),
            );
        }
        row.push(t(if c.qualified {
            tr::yes()
        } else {
            tr::no_upper()
        }));
        row.extend(r.checklist.groups.iter().map(|g| {
            c.groups
                .iter()
                .find(|s| s.id == g.id)
                .map_or_else(|| t(tr::no_value()), |s| format::points(s.score, lang))
        }));
        rows.push(row);
    }
    out += &table(&rows, 2);
    // Each unqualified candidate is named once, here under the table, with its reasons.
    for c in r.candidates.iter().filter(|c| !c.qualified) {
        out += &t(tr::sum_fails(c.name.get(lang), r.failed_reasons(c, lang)));
        out.push('\n');
    }
    let decisions = super::decisions::summary_lines(r, lang);
    if !decisions.is_empty() {
        out += &format!("\n{}\n", decisions.join("\n"));
    }

    out += &format!("\n{}\n", t(tr::sum_groups()));
    let rows: Vec<Vec<String>> = r
        .checklist
        .groups
        .iter()
        .zip(&r.group_weights)
        .map(|(g, (_, w))| {
            vec![
                format!("  {}", g.id),
                g.title.get(lang).to_owned(),
                format::percent(*w, lang),
            ]
        })
        .collect();
    out += &table(&rows, 2);

    out += &format!("\n{}\n", t(tr::sum_sensitivity()));
    for line in sensitivity_msgs(r, lang) {
        out += &format!("  {}\n", t(line));
    }

    let warnings: Vec<&Warning> = r
        .warnings
        .iter()
        .filter(|w| !matches!(w, Warning::Unqualified { .. }))
        .collect();
    if !warnings.is_empty() {
        out += &format!("\n{}\n", t(tr::sum_warnings()));
        for w in warnings {
            out += &format!("  - {}\n", r.warning_text(w, lang));
        }
    }
    out
}
