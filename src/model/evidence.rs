//! Self-assessments and their evidence (docs/formats.md, session `kind`, `period` and a
//! score's `evidence`; docs/method.md §11): the types, and which cells of a self-assessment
//! still lack the evidence their criterion requires.

use serde::{Deserialize, Serialize};

use super::{Criterion, Score, Session};

/// Who scored: an evaluator scoring candidates, or an agency scoring itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    #[default]
    Evaluation,
    /// A self-assessment: covers exactly one candidate, the agency itself.
    #[serde(rename = "self")]
    SelfAssessment,
}

/// A document that supports a score: named (`ref`), attached (`file`, with the SHA-256 of
/// its bytes, so that a file changed afterwards is noticed), or both.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// A relative path with `/`, below the session file's own folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// What a criterion asks of a self-assessment's scores on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceRule {
    /// Each score needs an evidence item, or a note saying why there is none.
    Required,
}

impl Criterion {
    pub fn requires_evidence(&self) -> bool {
        self.evidence == Some(EvidenceRule::Required)
    }
}

impl Score {
    /// Whether the score says what supports it: an evidence item, or a note (why none).
    pub fn has_support(&self) -> bool {
        self.evidence.as_ref().is_some_and(|e| !e.is_empty())
            || self.note.as_ref().is_some_and(|n| !n.trim().is_empty())
    }
}

impl Session {
    pub fn kind(&self) -> SessionKind {
        self.kind.unwrap_or_default()
    }

    pub fn is_self_assessment(&self) -> bool {
        self.kind() == SessionKind::SelfAssessment
    }

    /// The answered cells of a self-assessment on criteria that require evidence, whose
    /// score has neither evidence nor a note: (score index, criterion, candidate). Empty for
    /// an evaluation.
    pub fn lacking_evidence(&self) -> Vec<(usize, &str, &str)> {
        if !self.is_self_assessment() {
            return Vec::new();
        }
        let required: std::collections::HashSet<&str> = self
            .checklist
            .criteria()
            .filter(|(_, c)| c.requires_evidence())
            .map(|(_, c)| c.id.as_str())
            .collect();
        if required.is_empty() {
            return Vec::new();
        }
        self.scores
            .iter()
            .enumerate()
            .filter(|(_, s)| s.is_answered() && required.contains(s.criterion.as_str()))
            .filter(|(_, s)| !s.has_support())
            .map(|(i, s)| (i, s.criterion.as_str(), s.candidate.as_str()))
            .collect()
    }
}
