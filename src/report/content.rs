//! What the report says, once, in the chosen language: the administrative header, numbered
//! sections of paragraphs, tables and figures, the recipients and the signature. The DOCX,
//! the HTML and the golden text test all render this one value.

use super::settings::ReportSettings;
use super::{safety_msgs, sensitivity_msgs};
use crate::charts::Chart;
use crate::format;
use crate::i18n::{Arg, Lang, Msg, tr};
use crate::model::{Kind, Session, Status, seal};
use crate::scoring::{Aggregation, CandidateResult, Results};

pub struct Report {
    pub lang: Lang,
    /// Upper-case lines of the left header block: the parent body, the issuing agency.
    pub parent: String,
    pub agency: String,
    pub number: String,
    pub nation: String,
    pub motto: String,
    pub place_date: String,
    pub title: String,
    pub subject: String,
    pub to: String,
    pub sections: Vec<Section>,
    pub recipients_heading: String,
    pub recipients: Vec<String>,
    pub signer_title: String,
    pub signer: String,
}

pub struct Section {
    pub title: String,
    pub blocks: Vec<Block>,
}

pub enum Block {
    Para(String),
    /// A paragraph the reader must not miss (drafts, failed criteria).
    Warning(String),
    List(Vec<String>),
    Table(Table),
    Figure {
        chart: Chart,
        caption: String,
    },
}

pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Relative column widths.
    pub widths: Vec<u32>,
    /// Columns of numbers, aligned right.
    pub numeric: Vec<bool>,
}

/// The charts in the report, in order (the radar after the bars it repeats: never alone).
pub const FIGURES: [Chart; 8] = [
    Chart::Totals,
    Chart::HeadToHead,
    Chart::GroupScores,
    Chart::Contributions,
    Chart::Radar,
    Chart::Spread,
    Chart::Sensitivity,
    Chart::Robustness,
];

fn aggregation_msg(a: Aggregation) -> Msg {
    match a {
        Aggregation::Mean => tr::agg_mean(),
        Aggregation::Median => tr::agg_median(),
    }
}

impl Report {
    /// The report on `r`, computed from `sessions` (the ones counted).
    pub fn build(
        r: &Results,
        sessions: &[&Session],
        settings: &ReportSettings,
        lang: Lang,
    ) -> Report {
        let t = |m: Msg| m.text(lang);
        let blank = ReportSettings::or_blank;
        let short = blank(&settings.agency_short);
        let (day, month, year) = settings.date();
        let two = |n: u32| format!("{n:02}");
        let mut sections = vec![
            purpose(r, sessions, lang),
            checklist(r, lang),
            evaluators(sessions, lang),
            results(r, lang),
        ];
        let figures = FIGURES
            .iter()
            .enumerate()
            .map(|(i, chart)| Block::Figure {
                chart: *chart,
                caption: t(tr::report_figure(
                    (i + 1).to_string(),
                    t(chart_title(r, *chart, lang)),
                )),
            })
            .collect();
        sections.push(Section {
            title: t(tr::report_s_charts()),
            blocks: figures,
        });
        sections.push(safety(r, lang));
        sections.push(disagreements(r, sessions, lang));
        sections.push(method(r, sessions, lang));
        let mut warnings: Vec<String> =
            r.warnings.iter().map(|w| r.warning_text(w, lang)).collect();
        if warnings.is_empty() {
            warnings.push(t(tr::report_no_warnings()));
        }
        sections.push(Section {
            title: t(tr::report_s_warnings()),
            blocks: vec![Block::List(warnings)],
        });
        sections.push(Section {
            title: t(tr::report_s_proposal()),
            blocks: vec![Block::Para(t(tr::report_proposal()))],
        });
        let mut recipients = vec![t(tr::report_recipient_to())];
        recipients.extend(
            settings
                .recipients
                .iter()
                .map(|r| format!("- {};", r.trim_end_matches(';'))),
        );
        recipients.push(t(tr::report_archive(short.clone())));
        Report {
            lang,
            parent: blank(&settings.parent).to_uppercase(),
            agency: blank(&settings.agency).to_uppercase(),
            number: t(tr::report_number(blank(&settings.number), short)),
            nation: t(tr::report_nation()),
            motto: t(tr::report_motto()),
            place_date: t(tr::report_place_date(
                blank(&settings.place),
                two(day),
                two(month),
                year.to_string(),
            )),
            title: t(tr::report_title()),
            subject: t(tr::report_subject(r.checklist.title.get(lang))),
            to: t(tr::report_to(blank(&settings.to))),
            sections,
            recipients_heading: t(tr::report_recipients()),
            recipients,
            signer_title: blank(&settings.signer_title).to_uppercase(),
            signer: blank(&settings.signer),
        }
    }

    /// The whole report as plain text, for the golden test and for reading a diff.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "{}\t{}\n{}\t{}\n{}\t{}\n\n{}\n{}\n{}\n",
            self.parent,
            self.nation,
            self.agency,
            self.motto,
            self.number,
            self.place_date,
            self.title,
            self.subject,
            self.to
        );
        for (i, s) in self.sections.iter().enumerate() {
            out += &format!("\n{}. {}\n", i + 1, s.title);
            for b in &s.blocks {
                match b {
                    Block::Para(p) | Block::Warning(p) => out += &format!("{p}\n"),
                    Block::List(items) => items.iter().for_each(|i| out += &format!("  • {i}\n")),
                    Block::Table(t) => {
                        out += &format!("  | {} |\n", t.header.join(" | "));
                        for row in &t.rows {
                            out += &format!("  | {} |\n", row.join(" | "));
                        }
                    }
                    Block::Figure { caption, .. } => out += &format!("  [{caption}]\n"),
                }
            }
        }
        out += &format!("\n{}\n", self.recipients_heading);
        for r in &self.recipients {
            out += &format!("{r}\n");
        }
        out += &format!("\n{}\n{}\n", self.signer_title, self.signer);
        out
    }
}

/// A chart's title as its picture says it.
pub fn chart_title(r: &Results, chart: Chart, lang: Lang) -> Msg {
    match chart {
        Chart::Totals => tr::chart_totals(),
        Chart::HeadToHead => tr::chart_head_to_head(),
        Chart::GroupScores => tr::chart_groups(),
        Chart::Contributions => tr::chart_contributions(),
        Chart::Radar => tr::chart_radar(),
        Chart::Spread => tr::chart_spread(),
        Chart::Sensitivity => {
            let group = crate::charts::focus_group(r).unwrap_or_default();
            tr::chart_sensitivity(format!("{group} {}", r.group_title(group, lang)))
        }
        Chart::SensitivityGrid => tr::chart_sensitivity_grid(),
        Chart::Robustness => tr::chart_robustness(),
    }
}

fn purpose(r: &Results, sessions: &[&Session], lang: Lang) -> Section {
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
        Arg::List(names),
        r.checklist.title.get(lang),
        r.checklist.groups.len(),
        criteria,
        sessions.len(),
        aggregation_msg(r.aggregation),
    );
    Section {
        title: tr::report_s_purpose().text(lang),
        blocks: vec![Block::Para(text.text(lang))],
    }
}

fn checklist(r: &Results, lang: Lang) -> Section {
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

fn evaluators(sessions: &[&Session], lang: Lang) -> Section {
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
            ]
        })
        .collect();
    let mut blocks = vec![Block::Table(Table {
        header: vec![
            t(tr::evaluator()),
            t(tr::organization()),
            t(tr::status()),
            t(tr::seal_column()),
        ],
        rows,
        widths: vec![22, 34, 20, 24],
        numeric: vec![false; 4],
    })];
    let drafts: Vec<Msg> = sessions
        .iter()
        .filter(|s| s.status == Status::Draft)
        .map(|s| tr::verbatim(s.evaluator.name.clone()))
        .collect();
    if !drafts.is_empty() {
        blocks.push(Block::Warning(t(tr::report_drafts(Arg::List(drafts)))));
    }
    Section {
        title: t(tr::report_s_evaluators()),
        blocks,
    }
}

fn results(r: &Results, lang: Lang) -> Section {
    let t = |m: Msg| m.text(lang);
    let mut blocks = Vec::new();
    if let Some(w) = r.winner() {
        let headline = match r.candidates.get(1) {
            Some(second) => tr::results_headline(
                w.name.get(lang),
                Arg::Points(w.total),
                Arg::Points(w.total - second.total),
                second.name.get(lang),
            ),
            None => tr::results_headline_alone(w.name.get(lang), Arg::Points(w.total)),
        };
        blocks.push(Block::Para(t(headline)));
    }
    let grades = r.checklist.grades.is_some();
    let mut header = vec![t(tr::rank()), t(tr::candidate()), t(tr::total())];
    if grades {
        header.push(t(tr::result()));
    }
    header.push(t(tr::qualified()));
    let rows = r
        .candidates
        .iter()
        .map(|c| {
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
    blocks.push(Block::Table(Table {
        header,
        rows,
        widths,
        numeric,
    }));
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

fn safety(r: &Results, lang: Lang) -> Section {
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

fn disagreements(r: &Results, sessions: &[&Session], lang: Lang) -> Section {
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
        blocks.push(Block::Para(t(tr::no_disagreement())));
    }
    Section {
        title: t(tr::report_s_disagreements()),
        blocks,
    }
}

fn method(r: &Results, sessions: &[&Session], lang: Lang) -> Section {
    let t = |m: Msg| m.text(lang);
    let mut blocks = vec![
        Block::Para(t(tr::report_method_1(aggregation_msg(r.aggregation)))),
        Block::Para(t(tr::report_method_2())),
        Block::Para(t(tr::report_method_3())),
        Block::Para(t(tr::report_method_4())),
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
                aggregation_msg(r.aggregation),
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
