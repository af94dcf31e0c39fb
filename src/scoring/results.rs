//! The results of scoring, and their JSON form (docs/formats.md, "Results").

use serde_json::{Value, json};

use super::Aggregation;
use crate::i18n::{Lang, Msg, Num, tr};
use crate::model::{Checklist, Text};

/// Everything the committee sees, computed once.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// The checklist the sessions were scored against (titles, units, guidance for display).
    pub checklist: Checklist,
    pub sessions: usize,
    pub aggregation: Aggregation,
    /// In rank order.
    pub candidates: Vec<CandidateResult>,
    /// Normalized group weights, in checklist order.
    pub group_weights: Vec<(String, f64)>,
    /// Per criterion, in checklist order: weight within its group, aggregated values and
    /// normalized scores per candidate (candidate order, before ranking).
    pub criteria: Vec<CriterionResult>,
    pub consistency: Vec<Consistency>,
    pub agreement: Vec<Agreement>,
    pub sensitivity: Vec<GroupSensitivity>,
    pub robustness: super::Robustness,
    /// Each session's own totals, in the order the sessions were given (the evaluator
    /// spread; not part of the JSON form).
    pub evaluators: Vec<EvaluatorTotals>,
    pub warnings: Vec<Warning>,
    /// The review the results include (docs/method.md §10), if any.
    pub review: Option<super::Applied>,
}

/// One session scored alone.
#[derive(Clone, Debug, PartialEq)]
pub struct EvaluatorTotals {
    pub session: String,
    pub name: String,
    pub status: crate::model::Status,
    /// Per candidate in the results' candidate order (`CandidateResult::order`); None where
    /// the session does not cover the candidate or scored nothing for it.
    pub totals: Vec<Option<f64>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CandidateResult {
    pub id: String,
    pub name: Text,
    /// The id of its category (docs/method.md §12), if it has one.
    pub category: Option<String>,
    /// Its rank among the candidates of its category; None without one.
    pub category_rank: Option<usize>,
    pub total: f64,
    /// The label of the checklist's grade band the total reaches, when it has grades.
    pub grade: Option<Text>,
    pub rank: usize,
    /// The position before ranking (checklist order), as in `CriterionResult::values`.
    pub order: usize,
    pub qualified: bool,
    pub failed: Vec<String>,
    pub groups: Vec<GroupScore>,
    /// docs/method.md §14: the criteria on which it lost points, most first.
    pub lost: Vec<super::Lost>,
    /// When any session is a self-assessment: whether this candidate's values come from its
    /// self-assessment alone (docs/method.md §11).
    pub self_assessed: Option<bool>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GroupScore {
    pub id: String,
    pub score: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CriterionResult {
    pub group: String,
    pub id: String,
    pub weight: f64,
    pub values: Vec<Option<f64>>,
    pub scores: Vec<Option<f64>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Consistency {
    pub matrix: String,
    pub cr: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    pub criterion: String,
    pub candidate: String,
    pub n: usize,
    pub min: f64,
    pub max: f64,
    pub mean: f64,
    pub sd: f64,
    pub disagree: bool,
    /// A review decided this cell (docs/method.md §10).
    pub decided: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GroupSensitivity {
    pub group: String,
    pub share: f64,
    pub crossovers: Vec<Crossover>,
}

impl GroupSensitivity {
    pub fn robust(&self) -> bool {
        self.crossovers.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Crossover {
    pub share: f64,
    pub from: String,
    pub to: String,
    /// 100 × (share − today's share), in percentage points.
    pub distance: f64,
}

/// First place today ([`Results::outcome`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome<'a> {
    /// No candidate has a scored group: there is nothing to rank yet.
    NoResult,
    /// The candidates sharing rank 1, in rank order.
    Tie(Vec<&'a CandidateResult>),
    Leader(&'a CandidateResult),
}

/// Candidates' names as one list argument ("M-Office, V-Office").
fn names(candidates: &[&CandidateResult], lang: Lang) -> Vec<Msg> {
    candidates
        .iter()
        .map(|c| tr::verbatim(c.name.get(lang)))
        .collect()
}

/// Something the committee should know, as a sentence in either language.
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    Unqualified {
        candidate: String,
        failed: Vec<String>,
    },
    Inconsistent {
        matrix: String,
        cr: f64,
    },
    Unscored {
        criterion: String,
        candidate: String,
    },
    Disagreement {
        criterion: String,
        candidate: String,
        min: f64,
        max: f64,
    },
    Drafts {
        evaluators: Vec<String>,
    },
    /// The results include a review that is still a draft.
    ReviewDraft,
}

impl Results {
    pub fn candidate_name(&self, id: &str, lang: Lang) -> String {
        self.candidates
            .iter()
            .find(|c| c.id == id)
            .map_or_else(|| id.to_owned(), |c| c.name.get(lang).to_owned())
    }

    pub fn group_title(&self, id: &str, lang: Lang) -> String {
        self.checklist
            .groups
            .iter()
            .find(|g| g.id == id)
            .map_or_else(|| id.to_owned(), |g| g.title.get(lang).to_owned())
    }

    fn criterion_label(&self, id: &str, lang: Lang) -> String {
        match self.checklist.criterion(id) {
            Some(c) => format!("{id} {}", c.title.get(lang)),
            None => id.to_owned(),
        }
    }

    /// docs/method.md §9: the crossover closest to today's weights — the group whose weight is
    /// closest to changing the winner, and by how many percentage points. None when every
    /// group is robust.
    pub fn critical(&self) -> Option<(&GroupSensitivity, &Crossover)> {
        self.sensitivity
            .iter()
            .flat_map(|s| s.crossovers.iter().map(move |x| (s, x)))
            // Equally near (within 1e-9 points): the first group in checklist order.
            .min_by(|a, b| {
                let (x, y) = (a.1.distance.abs(), b.1.distance.abs());
                if (x - y).abs() <= super::TIE {
                    std::cmp::Ordering::Equal
                } else {
                    x.total_cmp(&y)
                }
            })
    }

    /// The leader today: the first candidate in rank order.
    pub fn winner(&self) -> Option<&CandidateResult> {
        self.candidates.first()
    }

    /// What first place is: one candidate, a tie, or nothing yet. A tie (totals equal within
    /// 1e-9, docs/method.md §5) still has a first in rank order, which robustness counts (§8's
    /// tie rule); a person must read that it is a tie, not that it won.
    pub fn outcome(&self) -> Outcome<'_> {
        let Some(first) = self.candidates.first() else {
            return Outcome::NoResult;
        };
        if self.candidates.iter().all(|c| c.groups.is_empty()) {
            return Outcome::NoResult;
        }
        let tied: Vec<&CandidateResult> = self
            .candidates
            .iter()
            .filter(|c| c.rank == first.rank)
            .collect();
        if tied.len() > 1 {
            Outcome::Tie(tied)
        } else {
            Outcome::Leader(first)
        }
    }

    /// The headline: who ranks first and by how much, who are tied, or that there is no
    /// result yet. None without candidates.
    pub fn headline(&self, lang: Lang) -> Option<Msg> {
        self.candidates.first()?;
        Some(match self.outcome() {
            Outcome::NoResult => tr::results_no_result(),
            Outcome::Tie(tied) => {
                tr::results_headline_tie(Num::points(tied[0].total), names(&tied, lang))
            }
            Outcome::Leader(w) => match self.candidates.get(1) {
                Some(second) => tr::results_headline(
                    w.name.get(lang),
                    Num::points(w.total),
                    Num::points(w.total - second.total),
                    second.name.get(lang),
                ),
                None => tr::results_headline_alone(w.name.get(lang), Num::points(w.total)),
            },
        })
    }

    /// The robustness to the panel in a sentence (docs/method.md §8): the leader's share, or why
    /// there is none to give — a tie, or nothing scored. None without candidates.
    pub fn robustness_msg(&self, lang: Lang) -> Option<Msg> {
        self.candidates.first()?;
        if self.robustness.method == super::Method::NotApplicable {
            return Some(tr::robustness_not_applicable(self.checklist.subject()));
        }
        let w = match self.outcome() {
            Outcome::NoResult => return Some(tr::robustness_no_result()),
            Outcome::Tie(tied) => return Some(tr::robustness_tie(names(&tied, lang))),
            Outcome::Leader(w) => w,
        };
        let share = self
            .robustness
            .winners
            .iter()
            .find(|(id, _)| *id == w.id)
            .map_or(0.0, |(_, s)| *s);
        let name = w.name.get(lang);
        Some(match self.robustness.method {
            super::Method::Exact => tr::robustness_exact(name, Num::percent(share)),
            super::Method::Sampled => {
                tr::robustness_sampled(name, Num::percent(share), self.robustness.resamples)
            }
            super::Method::NotApplicable => tr::robustness_not_applicable(self.checklist.subject()),
        })
    }

    /// Why a candidate is not qualified, one message per failed mandatory criterion: its
    /// title, the candidate's aggregated value and the threshold.
    pub fn failed_reasons(&self, candidate: &CandidateResult, lang: Lang) -> Vec<Msg> {
        let index = self.candidate_index(&candidate.id);
        candidate
            .failed
            .iter()
            .map(|id| {
                let label = self.criterion_label(id, lang);
                let value = self
                    .criteria
                    .iter()
                    .find(|c| &c.id == id)
                    .and_then(|c| index.and_then(|i| c.values.get(i).copied().flatten()));
                let threshold = self
                    .checklist
                    .criterion(id)
                    .and_then(|c| c.threshold(&self.checklist.scale));
                match (value, threshold) {
                    (Some(v), Some(t)) => {
                        tr::failed_criterion(label, Num::number(v, 2), Num::number(t, 2))
                    }
                    _ => tr::failed_criterion_unscored(label),
                }
            })
            .collect()
    }

    /// The position of a candidate in `criteria[..].values` (checklist order, before ranking).
    fn candidate_index(&self, id: &str) -> Option<usize> {
        self.candidates.iter().find(|c| c.id == id).map(|c| c.order)
    }

    /// A warning in words; the candidate and criterion names are resolved in `lang`.
    pub fn warning_msg(&self, w: &Warning, lang: Lang) -> Msg {
        match w {
            Warning::Unqualified { candidate, failed } => {
                let list = failed
                    .iter()
                    .map(|c| self.criterion_label(c, lang))
                    .collect::<Vec<_>>()
                    .join("; ");
                tr::w_unqualified(self.candidate_name(candidate, lang), list)
            }
            Warning::Inconsistent { matrix, cr } => {
                let (cr, limit) = (Num::number(*cr, 3), Num::number(super::ahp::CR_LIMIT, 2));
                if matrix == "groups" {
                    tr::w_inconsistent_groups(cr, limit)
                } else {
                    tr::w_inconsistent_group(matrix, cr, limit)
                }
            }
            Warning::Unscored {
                criterion,
                candidate,
            } => tr::w_unscored(
                self.criterion_label(criterion, lang),
                self.candidate_name(candidate, lang),
            ),
            Warning::Disagreement {
                criterion,
                candidate,
                min,
                max,
            } => tr::w_disagreement(
                self.criterion_label(criterion, lang),
                self.candidate_name(candidate, lang),
                Num::number(*min, 2),
                Num::number(*max, 2),
            ),
            Warning::Drafts { evaluators } => tr::w_drafts(evaluators.len(), evaluators.join(", ")),
            Warning::ReviewDraft => match self.review.as_ref().map(|r| r.review.kind) {
                Some(crate::model::ReviewKind::Appraisal) => tr::w_appraisal_draft(),
                _ => tr::w_review_draft(),
            },
        }
    }

    pub fn warning_text(&self, w: &Warning, lang: Lang) -> String {
        self.warning_msg(w, lang).text(lang)
    }

    /// The results document of docs/formats.md, numbers at full precision.
    pub fn to_json(&self, lang: Lang) -> Value {
        let mut out = json!({
            "checklist": self.checklist.id,
            "sessions": self.sessions,
            "aggregation": self.aggregation.name(),
            "candidates": self.candidates.iter().map(|c| {
                let mut j = json!({
                    "id": c.id,
                    "name": c.name.get(lang),
                    "total": c.total,
                    "rank": c.rank,
                    "qualified": c.qualified,
                    "failed": c.failed,
                    "groups": c.groups.iter().map(|g| json!({"id": g.id, "score": g.score})).collect::<Vec<_>>(),
                    "lost": c.lost.iter().map(|l| json!({"criterion": l.criterion, "points": l.points})).collect::<Vec<_>>(),
                });
                if let Some(grade) = &c.grade {
                    j["grade"] = json!(grade.get(lang));
                }
                if let Some(own) = c.self_assessed {
                    j["self_assessed"] = json!(own);
                }
                if self.checklist.categories.is_some() {
                    j["category"] = json!(c.category);
                    j["category_rank"] = json!(c.category_rank);
                }
                j
            }).collect::<Vec<_>>(),
            "weights": self.checklist.groups.iter().zip(&self.group_weights).map(|(g, (_, w))| json!({
                "id": g.id,
                "weight": w,
                "criteria": g.criteria.iter().map(|c| {
                    let w = self.criteria.iter().find(|r| r.id == c.id).map_or(0.0, |r| r.weight);
                    json!({"id": c.id, "weight": w})
                }).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "consistency": self.consistency.iter().map(|c| json!({"matrix": c.matrix, "cr": c.cr})).collect::<Vec<_>>(),
            "agreement": self.agreement.iter().map(|a| json!({
                "criterion": a.criterion, "candidate": a.candidate, "n": a.n,
                "min": a.min, "max": a.max, "mean": a.mean, "sd": a.sd, "disagree": a.disagree,
            })).collect::<Vec<_>>(),
            "sensitivity": self.sensitivity.iter().map(|s| json!({
                "group": s.group,
                "share": s.share,
                "robust": s.robust(),
                "crossovers": s.crossovers.iter().map(|x| json!({
                    "share": x.share, "from": x.from, "to": x.to, "distance": x.distance,
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "robustness": if self.robustness.method == super::Method::NotApplicable {
                json!({"method": "not_applicable"})
            } else {
                json!({
                    "method": self.robustness.method.name(),
                    "resamples": self.robustness.resamples,
                    "winners": self.robustness.winners.iter().map(|(id, share)| json!({"candidate": id, "share": share})).collect::<Vec<_>>(),
                })
            },
            "warnings": self.warnings.iter().map(|w| self.warning_text(w, lang)).collect::<Vec<_>>(),
        });
        if let Some(applied) = &self.review {
            super::review::add_to_json(&mut out, applied, &self.agreement);
        }
        out
    }
}
