//! One evaluator's scores for all candidates (`*.evaluation.json`, docs/formats.md).

use serde::{Deserialize, Serialize};

use super::{Candidate, Checklist, Evidence, SessionKind};

pub const SESSION_FORMAT: &str = "evaldesk.session";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub format: String,
    pub version: u32,
    pub id: String,
    /// The id of the session this one replaces ("Copy as new draft" writes it): an
    /// aggregation then counts this one only (docs/formats.md, "Versioning and bad input").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revises: Option<String>,
    /// An evaluation (none) or a self-assessment (docs/method.md §11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SessionKind>,
    /// The period the session belongs to, e.g. "2015-Q2": one per aggregation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    pub evaluator: Evaluator,
    pub created: String,
    pub modified: String,
    pub status: Status,
    pub checklist: std::sync::Arc<Checklist>,
    pub candidates: Vec<Candidate>,
    pub scores: Vec<Score>,
    /// What the evaluator declared on submitting (no conflict of interest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declaration: Option<Declaration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seal: Option<Seal>,
}

/// "I declare no conflict of interest with any candidate", ticked on submitting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    pub no_conflict: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
}

impl Session {
    /// Whether the evaluator declared no conflict of interest.
    pub fn declared_no_conflict(&self) -> bool {
        self.declaration.as_ref().is_some_and(|d| d.no_conflict)
    }

    /// Whether a declaration of no conflict of interest is asked of this session: not of a
    /// self-assessment, in which the agency scores itself by design.
    pub fn needs_declaration(&self) -> bool {
        !self.is_self_assessment()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evaluator {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Submitted,
}

impl Status {
    /// "Draft" or "Submitted, sealed", for people.
    pub fn msg(self) -> crate::i18n::Msg {
        match self {
            Status::Draft => crate::i18n::tr::status_draft(),
            Status::Submitted => crate::i18n::tr::status_submitted(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    pub criterion: String,
    pub candidate: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub na: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The documents that support the score (a self-assessment's, mostly).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Vec<Evidence>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seal {
    pub sha256: String,
}

impl Score {
    /// A value for a cell, keeping the note the cell had (a note belongs to the cell, not to
    /// one value).
    pub fn with_value(
        existing: Option<&Score>,
        criterion: &str,
        candidate: &str,
        value: f64,
    ) -> Score {
        Score {
            criterion: criterion.into(),
            candidate: candidate.into(),
            value: Some(value),
            na: None,
            note: existing.and_then(|s| s.note.clone()),
            evidence: existing.and_then(|s| s.evidence.clone()),
        }
    }

    /// N/A for a cell, keeping its note.
    pub fn not_applicable(existing: Option<&Score>, criterion: &str, candidate: &str) -> Score {
        Score {
            criterion: criterion.into(),
            candidate: candidate.into(),
            value: None,
            na: Some(true),
            note: existing.and_then(|s| s.note.clone()),
            evidence: existing.and_then(|s| s.evidence.clone()),
        }
    }

    pub fn is_na(&self) -> bool {
        self.na == Some(true)
    }

    /// A score counts towards completeness when it has a value or is marked N/A.
    pub fn is_answered(&self) -> bool {
        self.value.is_some() || self.is_na()
    }

    /// What the rules and the scoring read of it.
    pub fn score_ref(&self) -> ScoreRef<'_> {
        ScoreRef {
            criterion: &self.criterion,
            candidate: &self.candidate,
            value: self.value,
            na: self.is_na(),
        }
    }
}

/// What the rules and the scoring read of one score: of a [`Score`] held whole
/// ([`Score::score_ref`]), or straight from a file's text for an aggregation (ids borrowed
/// from the text, the note skipped: `SessionView`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoreRef<'a> {
    pub criterion: &'a str,
    pub candidate: &'a str,
    pub value: Option<f64>,
    pub na: bool,
}

impl Session {
    pub fn score(&self, criterion: &str, candidate: &str) -> Option<&Score> {
        self.scores
            .iter()
            .find(|s| s.criterion == criterion && s.candidate == candidate)
    }

    /// The (criterion, candidate) pairs with neither a value nor N/A, in checklist order,
    /// then candidate order; in a self-assessment, also those whose criterion requires
    /// evidence and whose score has neither evidence nor a note (docs/formats.md).
    pub fn missing(&self) -> Vec<(&str, &str)> {
        let lacking: std::collections::HashSet<usize> =
            self.lacking_evidence().iter().map(|(i, _, _)| *i).collect();
        let answered: std::collections::HashSet<(&str, &str)> = self
            .scores
            .iter()
            .enumerate()
            .filter(|(i, s)| s.is_answered() && !lacking.contains(i))
            .map(|(_, s)| s)
            .map(|s| (s.criterion.as_str(), s.candidate.as_str()))
            .collect();
        self.checklist
            .criteria()
            .flat_map(|(g, c)| {
                // A cell that does not apply (docs/method.md §12) is never missing.
                self.candidates
                    .iter()
                    .filter(move |k| c.applies(g, k.category()))
                    .map(move |k| (c.id.as_str(), k.id.as_str()))
            })
            .filter(|pair| !answered.contains(pair))
            .collect()
    }

    /// "G1.1 Title × Candidate", how a person reads one cell of the session.
    pub fn cell_label(&self, criterion: &str, candidate: &str, lang: crate::i18n::Lang) -> String {
        let title = self
            .checklist
            .criterion(criterion)
            .map(|c| c.title.get(lang))
            .unwrap_or("");
        let name = self
            .candidates
            .iter()
            .find(|c| c.id == candidate)
            .map_or(candidate, |c| c.name.get(lang));
        format!("{criterion} {title} × {name}")
    }

    /// (answered, total) for each group, in checklist order, over its criteria × the
    /// candidates; one pass over the scores, so the group list stays fast at 500 × 5.
    pub fn group_progress(&self) -> Vec<(usize, usize)> {
        let group_of: std::collections::HashMap<&str, usize> = self
            .checklist
            .groups
            .iter()
            .enumerate()
            .flat_map(|(gi, g)| g.criteria.iter().map(move |c| (c.id.as_str(), gi)))
            .collect();
        let candidates: std::collections::HashSet<&str> =
            self.candidates.iter().map(|c| c.id.as_str()).collect();
        let mut out: Vec<(usize, usize)> = self
            .checklist
            .groups
            .iter()
            .map(|g| {
                // Cells that do not apply (docs/method.md §12) are not part of the work.
                let cells = g.criteria.iter().map(|c| {
                    let applies = |k: &&Candidate| c.applies(g, k.category());
                    self.candidates.iter().filter(applies).count()
                });
                (0, cells.sum())
            })
            .collect();
        for s in self.scores.iter().filter(|s| s.is_answered()) {
            if let Some(&gi) = group_of.get(s.criterion.as_str())
                && candidates.contains(s.candidate.as_str())
            {
                out[gi].0 += 1;
            }
        }
        out
    }

    /// (answered, total) over every criterion × candidate.
    pub fn progress(&self) -> (usize, usize) {
        let total = self
            .checklist
            .criteria()
            .map(|(g, c)| {
                let applies = |k: &&Candidate| c.applies(g, k.category());
                self.candidates.iter().filter(applies).count()
            })
            .sum::<usize>();
        (total.saturating_sub(self.missing().len()), total)
    }
}

impl Session {
    /// A new draft with a fresh id, created now, with no scores yet.
    pub fn new_draft(
        checklist: Checklist,
        evaluator: Evaluator,
        candidates: Vec<Candidate>,
    ) -> Session {
        let now = now_timestamp();
        Session {
            format: SESSION_FORMAT.into(),
            version: 1,
            id: uuid::Uuid::new_v4().to_string(),
            revises: None,
            kind: None,
            period: None,
            evaluator,
            created: now.clone(),
            modified: now,
            status: Status::Draft,
            checklist: checklist.into(),
            candidates,
            scores: Vec::new(),
            declaration: None,
            seal: None,
        }
    }
}

/// A file-name-safe ASCII form of a Vietnamese name, also used for candidate ids:
/// "Nguyễn Văn An" → "nguyen-van-an".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for ch in fold_diacritics(&text.to_lowercase()).chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "evaluation".into()
    } else {
        out
    }
}

/// Vietnamese letters without their marks, as people type when they search: "Ký số" →
/// "Ky so", "Đ" → "D". Other characters are kept.
pub fn fold_diacritics(text: &str) -> String {
    const FROM: &str = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ";
    const TO: &str = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD";
    text.chars()
        // Marks typed as separate combining characters (decomposed text) are dropped too.
        .filter(|ch| !('\u{300}'..='\u{36f}').contains(ch))
        .map(|ch| {
            FROM.chars()
                .position(|f| f == ch)
                .and_then(|i| TO.chars().nth(i))
                .unwrap_or(ch)
        })
        .collect()
}

/// Local time in the form sessions record it, e.g. `2015-04-21T16:30:00+07:00`.
pub fn now_timestamp() -> String {
    chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

impl Session {
    /// Mark a complete session as submitted and seal it. Returns the missing
    /// (criterion, candidate) pairs instead when it is not complete; the session is then
    /// unchanged.
    pub fn submit(&mut self, now: String) -> Result<(), Vec<(String, String)>> {
        let missing: Vec<(String, String)> = self
            .missing()
            .into_iter()
            .map(|(c, k)| (c.to_owned(), k.to_owned()))
            .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        self.status = Status::Submitted;
        self.modified = now;
        self.seal = None;
        self.seal = Some(Seal {
            sha256: super::seal::of_session(self),
        });
        Ok(())
    }
}
