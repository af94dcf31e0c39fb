//! The year in a terminal (`evaldesk trend`): each block's ranking by the year's figure, with
//! every period's total and rank and the change against the period before.

use super::text::table;
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::trend::{Trend, TrendCandidate};

/// The trend as text: a heading naming the periods, then one table per block (or one table
/// when the checklist has no blocks).
pub fn trend_text(trend: &Trend, lang: Lang) -> String {
    let t = |m: Msg| m.text(lang);
    let labels: Vec<&str> = trend.periods.iter().map(|p| p.label.as_str()).collect();
    let mut out = t(tr::trend_title(labels.join(", ")));
    out.push_str("\n\n");
    let blocks = blocks(trend, lang);
    let by_block = blocks.len() > 1 || blocks.first().is_some_and(|b| b.0.is_some());
    for (title, members) in blocks {
        if let Some(title) = title {
            out += &title;
            out.push('\n');
        }
        out += &table(&rows(trend, &members, by_block, lang), 2);
        out.push('\n');
    }
    if trend.candidates.iter().any(|c| !c.qualified) {
        out += &t(tr::trend_unqualified_note());
        out.push('\n');
    }
    out
}

/// The blocks in the last period's checklist order, each with its candidates in rank order;
/// candidates of no block last. Without categories: one untitled block of everyone.
pub(super) fn blocks(trend: &Trend, lang: Lang) -> Vec<(Option<String>, Vec<&TrendCandidate>)> {
    let checklist = trend.periods.last().map(|p| &p.results.checklist);
    let categories = checklist
        .and_then(|c| c.categories.as_deref())
        .unwrap_or(&[]);
    if categories.is_empty() {
        return vec![(None, trend.candidates.iter().collect())];
    }
    let mut out: Vec<(Option<String>, Vec<&TrendCandidate>)> = categories
        .iter()
        .map(|k| {
            let members = trend
                .candidates
                .iter()
                .filter(|c| c.category.as_deref() == Some(k.id.as_str()))
                .collect();
            (Some(k.title.get(lang).to_owned()), members)
        })
        .collect();
    let known = |c: &&TrendCandidate| {
        c.category
            .as_deref()
            .is_some_and(|id| categories.iter().any(|k| k.id == id))
    };
    let others: Vec<&TrendCandidate> = trend.candidates.iter().filter(|c| !known(c)).collect();
    if !others.is_empty() {
        out.push((Some(tr::trend_no_block().text(lang)), others));
    }
    out.retain(|(_, members)| !members.is_empty());
    out
}

fn rows(
    trend: &Trend,
    members: &[&TrendCandidate],
    by_block: bool,
    lang: Lang,
) -> Vec<Vec<String>> {
    let t = |m: Msg| m.text(lang);
    let subject = trend
        .periods
        .last()
        .map_or(Default::default(), |p| p.results.checklist.subject());
    let mut header = vec![t(tr::rank()), t(tr::candidate(subject))];
    if by_block {
        header[0] = t(tr::trend_block_rank());
        header.push(t(tr::trend_overall_rank()));
    }
    header.extend(trend.periods.iter().map(|p| p.label.clone()));
    header.push(t(tr::trend_mean()));
    header.push(t(tr::trend_change()));
    let mut rows = vec![header];
    for c in members {
        let rank = if by_block {
            c.category_rank
        } else {
            Some(c.rank)
        };
        let mut name = c.name.get(lang).to_owned();
        if !c.qualified {
            name.push_str(" *");
        }
        let mut row = vec![rank.map_or_else(String::new, |r| r.to_string()), name];
        if by_block {
            row.push(c.rank.to_string());
        }
        row.extend(c.periods.iter().map(|p| match p {
            None => t(tr::no_value()),
            Some(p) => format!("{} ({})", format::points(p.total, lang), p.rank),
        }));
        row.push(format::points(c.mean, lang));
        row.push(change(c, lang));
        rows.push(row);
    }
    rows
}

/// "▲ 2 · +3,50", "▼ 1 · −2,00", "= · +0,10", or "—" when not scored in both periods.
pub fn change(c: &TrendCandidate, lang: Lang) -> String {
    match change_cells(c, lang) {
        Some((places, points)) => format!("{places} · {points}"),
        None => tr::no_value().text(lang),
    }
}

/// The change against the period before as two texts, "▲ 2" / "▼ 1" / "=" and "+3,50";
/// None when the candidate was not scored in both periods.
pub(super) fn change_cells(c: &TrendCandidate, lang: Lang) -> Option<(String, String)> {
    let (places, points) = (c.rank_change?, c.change?);
    let moved = match places {
        p if p > 0 => tr::trend_up(p as u64),
        p if p < 0 => tr::trend_down(p.unsigned_abs()),
        _ => tr::trend_same(),
    };
    Some((moved.text(lang), format::signed_points(points, lang)))
}
