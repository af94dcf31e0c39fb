//! The report's sections that state facts: purpose and scope, the checklist, the
//! evaluators, the results, the decision's safety.

use super::content::{Block, Section, Table};
use super::{safety_msgs, sensitivity_msgs};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Session, Status, seal};
use crate::scoring::{CandidateResult, Results};

pub(super) fn purpose(r: &Results, sessions: &[&Session], lang: Lang) -> Section {
    let mut by_order: Vec<&CandidateResult> = r.candidates.iter().collect();
    by_order.sort_by_key(|c| c.order);
    let names: Vec<Msg> = by_order
        .iter()
        .map(|c| tr::verbatim(c.name.get(lang)))
        .collect();
    let criteria = r
        .checklist
        .groups
        .iter()
        .map(|g| g.criteria.len())
        .sum::<usize>();
    let text = tr::report_purpose(
        names,
        r.checklist.title.get(lang),
        r.checklist.groups.len(),
        criteria,
        sessions.len(),
        r.aggregation.msg(),
    );
    Section {
        title: tr::report_s_purpose().text(lang),
        blocks: vec![Block::Para(text.text(lang))],
    }
}

pub(super) fn checklist(r: &Results, lang: Lang) -> Section {
    let t = |m: Msg| m.text(lang);
    let rows = r
        .checklist
        .groups
        .iter()
        .zip(&r.group_weights)
        .map(|(g, (_, w))| {
            vec![
                g.id.clone(),
                g.title.get(lang).to_owned(),
                g.criteria.len().to_string(),
                format::percent(*w, lang),
            ]
        })
        .collect();
    let mut blocks = vec![
        Block::Para(t(tr::report_checklist_intro(r.checklist.groups.len()))),
        Block::Table(Table {
            header: vec![
                t(tr::report_col_group()),
                t(tr::report_col_title()),
                t(tr::report_col_criteria()),
                t(tr::weight()),
            ],
            rows,
            widths: vec![10, 60, 15, 15],
            numeric: vec![false, false, true, true],
        }),
    ];
    // Every distinct source named by a group or a criterion, in checklist order.
    let mut sources: Vec<String> = Vec::new();
    for g in &r.checklist.groups {
        let named = g
            .source
            .iter()
            .chain(g.criteria.iter().filter_map(|c| c.source.as_ref()));
        for s in named {
            let s = s.get(lang).trim().trim_end_matches('.').to_owned();
            if !s.is_empty() && !sources.contains(&s) {
                sources.push(s);
            }
        }
    }
    if !sources.is_empty() {
        blocks.push(Block::Para(t(tr::report_sources(sources.join("; ")))));
    }
    Section {
        title: t(tr::report_s_checklist()),
        blocks,
    }
}

pub(super) fn evaluators(sessions: &[&Session], lang: Lang) -> Section {
    let t = |m: Msg| m.text(lang);
    let rows = sessions
        .iter()
        .map(|s| {
            vec![
                s.evaluator.name.clone(),
                s.evaluator.organization.clone().unwrap_or_default(),
                t(s.status.msg()),
                s.seal.as_ref().map_or_else(
                    || t(tr::not_sealed()),
                    |sl| seal::fingerprint(&sl.sha256).to_owned(),
                ),
                // What the evaluator declared in the session, not what anyone assumes.
                t(if !s.needs_declaration() {
                    tr::declared_self()
                } else if s.declared_no_conflict() {
                    tr::yes()
                } else {
                    tr::no()
                }),
            ]
        })
        .collect();
    let mut blocks = vec![Block::Table(Table {
        header: vec![
            t(tr::evaluator()),
            t(tr::organization()),
            t(tr::status()),
            t(tr::seal_column()),
            t(tr::rv_rep_col_declared()),
        ],
        rows,
        widths: vec![20, 28, 16, 20, 16],
        numeric: vec![false; 5],
    })];
    let drafts: Vec<Msg> = sessions
        .iter()
        .filter(|s| s.status == Status::Draft)
        .map(|s| tr::verbatim(s.evaluator.name.clone()))
        .collect();
    if !drafts.is_empty() {
        blocks.push(Block::Warning(t(tr::report_drafts(drafts))));
    }
    Section {
        title: t(tr::report_s_evaluators()),
        blocks,
    }
}

/// The ranking table of one block: `rows` are its candidates in order, each with the rank
/// it has there (overall, or within its category).
fn ranking_table(r: &Results, lang: Lang, rows: &[(usize, &CandidateResult)]) -> Table {
    let t = |m: Msg| m.text(lang);
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
    let rows = rows
        .iter()
        .map(|(rank, c)| {
            let mut row = vec![
                rank.to_string(),
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
            row.push(t(if c.qualified { tr::yes() } else { tr::no() }));
            row
        })
        .collect();
    let (widths, numeric) = if grades {
        (
            vec![10, 40, 18, 16, 16],
            vec![true, false, true, false, false],
        )
    } else {
        (vec![10, 50, 20, 20], vec![true, false, true, false])
    };
    Table {
        header,
        rows,
        widths,
        numeric,
    }
}

pub(super) fn results(r: &Results, lang: Lang) -> Section {
    let t = |m: Msg| m.text(lang);
    let mut blocks = Vec::new();
    if let Some(headline) = r.headline(lang) {
        blocks.push(Block::Para(t(headline)));
    }
    blocks.extend(super::decisions::includes(r, lang));
    let overall = super::blocks::members(r, &super::blocks::Block::Overall);
    blocks.push(Block::Table(ranking_table(r, lang, &overall)));
    // With categories, one table per block after the overall one (docs/method.md §12), as
    // the province publishes its index: departments apart from districts.
    for b in super::blocks::blocks(r).iter().skip(1) {
        let name = super::blocks::name(r, b, lang);
        blocks.push(Block::Para(t(tr::block_table(name))));
        let rows = super::blocks::members(r, b);
        blocks.push(Block::Table(ranking_table(r, lang, &rows)));
    }
    for c in r.candidates.iter().filter(|c| !c.qualified) {
        blocks.push(Block::Warning(t(tr::sum_fails(
            c.name.get(lang),
            r.failed_reasons(c, lang),
        ))));
    }
    blocks.push(Block::Para(t(tr::report_groups_table())));
    let mut by_order: Vec<&CandidateResult> = r.candidates.iter().collect();
    by_order.sort_by_key(|c| c.order);
    let mut header = vec![t(tr::report_col_group()), t(tr::weight())];
    header.extend(by_order.iter().map(|c| c.name.get(lang).to_owned()));
    let rows = r
        .checklist
        .groups
        .iter()
        .zip(&r.group_weights)
        .map(|(g, (_, w))| {
            let mut row = vec![
                format!("{} {}", g.id, g.title.get(lang)),
                format::percent(*w, lang),
            ];
            row.extend(by_order.iter().map(|c| {
                c.groups
                    .iter()
                    .find(|s| s.id == g.id)
                    .map_or_else(|| t(tr::no_value()), |s| format::points(s.score, lang))
            }));
            row
        })
        .collect();
    let n = by_order.len() as u32;
    let mut widths = vec![46, 14];
    widths.extend(std::iter::repeat_n(40 / n.max(1), by_order.len()));
    let mut numeric = vec![false, true];
    numeric.extend(std::iter::repeat_n(true, by_order.len()));
    blocks.push(Block::Table(Table {
        header,
        rows,
        widths,
        numeric,
    }));
    Section {
        title: t(tr::report_s_results()),
        blocks,
    }
}

pub(super) fn safety(r: &Results, lang: Lang) -> Section {
    let t = |m: Msg| m.text(lang);
    let mut blocks: Vec<Block> = safety_msgs(r, lang)
        .into_iter()
        .map(|m| Block::Para(t(m)))
        .collect();
    blocks.push(Block::Para(t(tr::report_sensitivity_intro())));
    blocks.push(Block::List(
        sensitivity_msgs(r, lang).into_iter().map(t).collect(),
    ));
    Section {
        title: t(tr::report_s_safety()),
        blocks,
    }
}
