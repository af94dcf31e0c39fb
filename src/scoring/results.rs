//! The results of scoring, and their JSON form (formats.md, "Results").

use serde_json::{Value, json};

use super::Aggregation;
use crate::i18n::Lang;
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
    pub warnings: Vec<Warning>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CandidateResult {
    pub id: String,
    pub name: Text,
    pub total: f64,
    pub rank: usize,
    pub qualified: bool,
    pub failed: Vec<String>,
    pub groups: Vec<GroupScore>,
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
}

/// A number as a person writes it: no trailing zeros, at most `decimals` decimals.
pub fn fmt_num(x: f64, decimals: usize) -> String {
    let s = format!("{x:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
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

    /// The leader today: the first candidate in rank order.
    pub fn winner(&self) -> Option<&CandidateResult> {
        self.candidates.first()
    }

    pub fn warning_text(&self, w: &Warning, lang: Lang) -> String {
        match w {
            Warning::Unqualified { candidate, failed } => {
                let list = failed
                    .iter()
                    .map(|c| self.criterion_label(c, lang))
                    .collect::<Vec<_>>()
                    .join("; ");
                let name = self.candidate_name(candidate, lang);
                match lang {
                    Lang::Vi => format!("{name} không đạt yêu cầu bắt buộc: {list}."),
                    Lang::En => format!("{name} is not qualified: it fails the mandatory {list}."),
                }
            }
            Warning::Inconsistent { matrix, cr } => {
                let which = if matrix == "groups" {
                    lang.pick("giữa các nhóm".to_owned(), "between the groups".to_owned())
                } else {
                    match lang {
                        Lang::Vi => format!("giữa các tiêu chí của nhóm {matrix}"),
                        Lang::En => format!("between the criteria of group {matrix}"),
                    }
                };
                match lang {
                    Lang::Vi => format!(
                        "Ma trận so sánh cặp {which} thiếu nhất quán: CR = {} > 0,10.",
                        fmt_num(*cr, 3).replace('.', ",")
                    ),
                    Lang::En => format!(
                        "The pairwise comparisons {which} are inconsistent: CR = {} > 0.10.",
                        fmt_num(*cr, 3)
                    ),
                }
            }
            Warning::Unscored {
                criterion,
                candidate,
            } => {
                let (c, k) = (
                    self.criterion_label(criterion, lang),
                    self.candidate_name(candidate, lang),
                );
                match lang {
                    Lang::Vi => {
                        format!("Chưa ai chấm {c} cho {k}; tiêu chí này không được tính cho {k}.")
                    }
                    Lang::En => format!("Nobody scored {c} for {k}; it does not count for {k}."),
                }
            }
            Warning::Disagreement {
                criterion,
                candidate,
                min,
                max,
            } => {
                let (c, k) = (
                    self.criterion_label(criterion, lang),
                    self.candidate_name(candidate, lang),
                );
                let (lo, hi) = (fmt_num(*min, 2), fmt_num(*max, 2));
                match lang {
                    Lang::Vi => {
                        format!("Các cán bộ chấm khác nhau nhiều ở {c} cho {k}: từ {lo} đến {hi}.")
                    }
                    Lang::En => format!("Evaluators disagree on {c} for {k}: from {lo} to {hi}."),
                }
            }
            Warning::Drafts { evaluators } => {
                let list = evaluators.join(", ");
                match lang {
                    Lang::Vi => format!(
                        "{} phiên còn là bản nháp, chưa nộp: {list}.",
                        evaluators.len()
                    ),
                    Lang::En => format!(
                        "{} sessions are still drafts, not submitted: {list}.",
                        evaluators.len()
                    ),
                }
            }
        }
    }

    /// The results document of formats.md, numbers at full precision.
    pub fn to_json(&self, lang: Lang) -> Value {
        json!({
            "checklist": self.checklist.id,
            "sessions": self.sessions,
            "aggregation": self.aggregation.name(),
            "candidates": self.candidates.iter().map(|c| json!({
                "id": c.id,
                "name": c.name.get(lang),
                "total": c.total,
                "rank": c.rank,
                "qualified": c.qualified,
                "failed": c.failed,
                "groups": c.groups.iter().map(|g| json!({"id": g.id, "score": g.score})).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
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
            "warnings": self.warnings.iter().map(|w| self.warning_text(w, lang)).collect::<Vec<_>>(),
        })
    }
}
