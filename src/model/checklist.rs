//! The weighted checklist (`*.checklist.json`, docs/formats.md). Optional members stay `Option`
//! so that a file read and written again keeps exactly what its author wrote: the checklist
//! is embedded in every session, and sessions are compared by that content.

use serde::{Deserialize, Serialize};

use super::Text;

pub const CHECKLIST_FORMAT: &str = "evaldesk.checklist";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub format: String,
    pub version: u32,
    pub id: String,
    pub title: Text,
    pub scale: Scale,
    /// What the candidates are: products (the default) or agencies (docs/formats.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Subject>,
    /// Ranking blocks (docs/method.md §12); a candidate may belong to one of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<Category>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidates: Option<Vec<Candidate>>,
    /// Bands of the total, highest first (docs/formats.md): a candidate's grade is the label of
    /// the first band whose `min` it reaches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grades: Option<Vec<Grade>>,
    pub groups: Vec<Group>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_pairwise: Option<Vec<Vec<f64>>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub min: f64,
    pub max: f64,
    pub step: f64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<Level>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub value: f64,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grade {
    pub min: f64,
    pub label: Text,
}

/// A product being compared. The checklist may name the default ones; a session names its own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    pub id: String,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<Text>,
    /// The id of one of the checklist's `categories`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

/// What a checklist's candidates are; every word a person reads follows it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    #[default]
    Product,
    Agency,
}

impl Subject {
    /// The word a message of the catalog selects on (`{ $subject -> [agency] … }`).
    pub fn key(self) -> &'static str {
        match self {
            Subject::Product => "product",
            Subject::Agency => "agency",
        }
    }
}

impl Checklist {
    /// What the candidates are; products when the checklist does not say.
    pub fn subject(&self) -> Subject {
        self.subject.unwrap_or_default()
    }
}

/// A ranking block: candidates are ranked overall and within their category.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub title: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    pub criteria: Vec<Criterion>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criteria_pairwise: Option<Vec<Vec<f64>>>,
    /// The categories whose candidates this group is scored for (all when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_to: Option<Vec<String>>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    #[default]
    Scale,
    YesNo,
    Numeric,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Better {
    Lower,
    Higher,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mandatory: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub better: Option<Better>,
    /// `"required"`: a self-assessment's scores on it need evidence (docs/formats.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<super::EvidenceRule>,
    /// The categories whose candidates this criterion is scored for (its group's when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_to: Option<Vec<String>>,
}

impl Group {
    /// The declared weight, 1 when absent.
    pub fn weight(&self) -> f64 {
        self.weight.unwrap_or(1.0)
    }
}

impl Criterion {
    pub fn weight(&self) -> f64 {
        self.weight.unwrap_or(1.0)
    }

    pub fn kind(&self) -> Kind {
        self.kind.unwrap_or_default()
    }

    pub fn is_mandatory(&self) -> bool {
        self.mandatory.unwrap_or(false)
    }

    /// The threshold in force for a mandatory criterion (docs/formats.md defaults); `None` for a
    /// numeric criterion without one, which validation refuses when it is mandatory.
    pub fn threshold(&self, scale: &Scale) -> Option<f64> {
        self.threshold.or(match self.kind() {
            Kind::Scale => Some(scale.min + scale.step),
            Kind::YesNo => Some(1.0),
            Kind::Numeric => None,
        })
    }
}

impl Scale {
    /// The label of the level with this value, if the checklist names one.
    pub fn label(&self, value: f64) -> Option<&Text> {
        self.levels
            .iter()
            .find(|l| (l.value - value).abs() < 1e-9)
            .map(|l| &l.label)
    }

    /// Every value on the scale, from `min` to `max` in steps of `step`.
    pub fn values(&self) -> Vec<f64> {
        let well_formed = self.step > 0.0 && self.max >= self.min;
        if !well_formed {
            return Vec::new();
        }
        let count = ((self.max - self.min) / self.step).round() as usize;
        (0..=count.min(10_000))
            .map(|i| self.min + i as f64 * self.step)
            .collect()
    }
}

impl Checklist {
    /// Every criterion with its group, in checklist order.
    pub fn criteria(&self) -> impl Iterator<Item = (&Group, &Criterion)> {
        self.groups
            .iter()
            .flat_map(|g| g.criteria.iter().map(move |c| (g, c)))
    }

    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria().map(|(_, c)| c).find(|c| c.id == id)
    }

    pub fn criteria_count(&self) -> usize {
        self.groups.iter().map(|g| g.criteria.len()).sum()
    }
}
