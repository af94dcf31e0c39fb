//! The report's sections that explain: where the evaluators disagreed (each one's value and
//! note), and the method with a worked example redone from this evaluation's own figures.

use super::content::{Block, Section, Table};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Kind, Session};
use crate::scoring::Results;

/// A value as the evaluator gave it.
fn value_text(s: &Session, criterion: &str, candidate: &str, lang: Lang) -> (String, String) {
    match s
        .scores
        .iter()
        .find(|x| x.criterion == criterion && x.candidate == candidate)
    {
        None => (tr::no_value().text(lang), String::new()),
        Some(x) if x.is_na() => (tr::na().text(lang), x.note.clone().unwrap_or_default()),
        Some(x) => (
            x.value
                .map_or_else(|| tr::no_value().text(lang), |v| format::exact(v, lang)),
            x.note.clone().unwrap_or_default(),
        ),
    }
}

pub(super) fn disagreements(r: &Results, sessions: &[&Session], lang: Lang) -> Section {
    let t = |m: Msg| m.text(lang);
    let mut blocks = Vec::new();
    for a in r.agreement.iter().filter(|a| a.disagree) {
        let title = r
            .checklist
            .criterion(&a.criterion)
            .map_or("", |c| c.title.get(lang));
        blocks.push(Block::Para(t(tr::disagreement_row(
            format!("{} {title}", a.criterion),
            r.candidate_name(&a.candidate, lang),
            format::exact(a.min, lang),
            format::exact(a.max, lang),
        ))));
        let rows = sessions
            .iter()
            .map(|s| {
                let (value, note) = value_text(s, &a.criterion, &a.candidate, lang);
                vec![s.evaluator.name.clone(), value, note]
            })
            .collect();
        blocks.push(Block::Table(Table {
            header: vec![t(tr::evaluator()), t(tr::value()), t(tr::notes())],
            rows,
            widths: vec![25, 12, 63],
            numeric: vec![false, true, false],
        }));
    }
    if blocks.is_empty() {
        let none = if r.agreement.is_empty() {
            tr::no_overlap(r.checklist.subject())
        } else {
            tr::no_disagreement()
        };
        blocks.push(Block::Para(t(none)));
    }
    Section {
        title: t(tr::report_s_disagreements()),
        blocks,
    }
}

pub(super) fn method(r: &Results, sessions: &[&Session], lang: Lang) -> Section {
    let t = |m: Msg| m.text(lang);
    let mut blocks = vec![
        Block::Para(t(tr::report_method_1(
            r.checklist.subject(),
            r.aggregation.msg(),
        ))),
        Block::Para(t(tr::report_method_2())),
        Block::Para(t(tr::report_method_3())),
        Block::Para(t(tr::report_method_4(r.checklist.subject()))),
    ];
    if let Some(example) = worked_example(r, sessions, lang) {
        blocks.push(Block::Para(t(example)));
    }
    Section {
        title: t(tr::report_s_method()),
        blocks,
    }
}

/// One number redone by hand with this evaluation's own figures: the winner, in the heaviest
/// group it has every criterion scored in, its first criterion on the scale with a value.
fn worked_example(r: &Results, sessions: &[&Session], lang: Lang) -> Option<Msg> {
    let winner = r.winner()?;
    let k = winner.order;
    let scale = &r.checklist.scale;
    let mut groups: Vec<(usize, f64)> = r
        .group_weights
        .iter()
        .map(|(_, w)| *w)
        .enumerate()
        .collect();
    groups.sort_by(|a, b| b.1.total_cmp(&a.1));
    // Totals and group scores are plain weighted sums only when nothing is left out.
    let every_group = r
        .checklist
        .groups
        .iter()
        .all(|g| winner.groups.iter().any(|s| s.id == g.id));
    if !every_group {
        return None;
    }
    // First a criterion the evaluators scored differently (it shows the aggregation at work),
    // in the heaviest group that has one; else the first on the scale.
    for need_varied in [true, false] {
        for &(gi, group_weight) in &groups {
            let g = &r.checklist.groups[gi];
            let rows: Vec<_> = r.criteria.iter().filter(|c| c.group == g.id).collect();
            if rows.iter().any(|c| c.scores[k].is_none()) {
                continue;
            }
            let given = |id: &str| -> Vec<f64> {
                sessions
                    .iter()
                    .filter_map(|s| {
                        s.scores
                            .iter()
                            .find(|x| x.criterion == id && x.candidate == winner.id && !x.is_na())
                            .and_then(|x| x.value)
                    })
                    .collect()
            };
            let on_scale: Vec<_> = rows
                .iter()
                .filter(|c| {
                    r.checklist
                        .criterion(&c.id)
                        .is_some_and(|x| x.kind() == Kind::Scale)
                        && c.values[k].is_some()
                })
                .collect();
            let varied = on_scale.iter().find(|c| {
                let v = given(&c.id);
                v.iter().any(|x| (x - v[0]).abs() > 1e-9)
            });
            let Some(row) = (if need_varied {
                varied
            } else {
                on_scale.first()
            }) else {
                continue;
            };
            let criterion = r.checklist.criterion(&row.id)?;
            let value = row.values[k]?;
            let score = row.scores[k]?;
            let group_score = winner.groups.iter().find(|s| s.id == g.id)?.score;
            let given: Vec<String> = given(&row.id)
                .iter()
                .map(|v| format::exact(*v, lang))
                .collect();
            let four = |x: f64| format::fixed(x, 4, lang);
            return Some(tr::report_example(
                format!("{} {}", row.id, criterion.title.get(lang)),
                winner.name.get(lang),
                given.join("; "),
                r.aggregation.msg(),
                format::number(value, 4, lang),
                format::exact(scale.min, lang),
                format::exact(scale.max, lang),
                four(score),
                four(row.weight),
                g.id.clone(),
                format::points(100.0 * row.weight * score, lang),
                format::points(group_score, lang),
                four(group_weight),
                format::points(group_weight * group_score, lang),
                format::points(winner.total, lang),
            ));
        }
    }
    None
}
