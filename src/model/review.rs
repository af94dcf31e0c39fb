//! What a panel agreed at its consensus meeting, or what an appraisal council decided on the
//! agencies' self-assessments (`*.review.json`, docs/formats.md "Review"): one value and its
//! reason per disputed cell. The sessions are never changed; the review lies beside them and
//! names each by its id and fingerprint, so that it is used only with the scores it decided on.

use serde::{Deserialize, Serialize};

use super::{Seal, Session, Text};

pub const REVIEW_FORMAT: &str = "evaldesk.review";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub format: String,
    pub version: u32,
    pub id: String,
    /// The id of the review this one replaces ("Copy as new draft" of a final review).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revises: Option<String>,
    pub kind: ReviewKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    pub checklist: ChecklistPin,
    pub sessions: Vec<SessionPin>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Meeting>,
    pub decisions: Vec<Decision>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    pub status: ReviewStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seal: Option<Seal>,
}

/// A consensus meeting of the evaluators (products), or an appraisal by a council (agencies).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewKind {
    Consensus,
    Appraisal,
}

impl ReviewKind {
    pub fn name(self) -> &'static str {
        match self {
            ReviewKind::Consensus => "consensus",
            ReviewKind::Appraisal => "appraisal",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    Draft,
    /// Closed and sealed: it can no longer change.
    Final,
}

impl ReviewStatus {
    pub fn name(self) -> &'static str {
        match self {
            ReviewStatus::Draft => "draft",
            ReviewStatus::Final => "final",
        }
    }
}

/// The checklist the sessions embed: its id and the SHA-256 of its RFC 8785 form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistPin {
    pub id: String,
    pub sha256: String,
}

/// One session the panel decided on: its id and fingerprint ([`session_pin`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionPin {
    pub id: String,
    pub sha256: String,
}

/// When and where the panel met, and who was there. Every member is optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secretary: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Member>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub present: Option<bool>,
}

impl Member {
    /// Present unless the minutes say absent.
    pub fn is_present(&self) -> bool {
        self.present != Some(false)
    }
}

/// The value the panel agreed for one (criterion, candidate), and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub criterion: String,
    pub candidate: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub na: Option<bool>,
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
}

impl Decision {
    pub fn is_na(&self) -> bool {
        self.na == Some(true)
    }

    /// The agreed value; `None` for N/A (the cell is then unscored).
    pub fn agreed(&self) -> Option<f64> {
        if self.is_na() { None } else { self.value }
    }
}

impl Review {
    /// A new draft review of `sessions` (all on one checklist), created now, no decision yet.
    pub fn new_draft(kind: ReviewKind, sessions: &[&Session]) -> Review {
        let now = super::now_timestamp();
        let checklist = &sessions[0].checklist;
        Review {
            format: REVIEW_FORMAT.into(),
            version: 1,
            id: uuid::Uuid::new_v4().to_string(),
            revises: None,
            kind,
            title: None,
            checklist: ChecklistPin {
                id: checklist.id.clone(),
                sha256: checklist_pin(checklist),
            },
            sessions: sessions
                .iter()
                .map(|s| SessionPin {
                    id: s.id.clone(),
                    sha256: session_pin(s),
                })
                .collect(),
            meeting: None,
            decisions: Vec::new(),
            created: Some(now.clone()),
            modified: Some(now),
            status: ReviewStatus::Draft,
            seal: None,
        }
    }

    pub fn decision(&self, criterion: &str, candidate: &str) -> Option<&Decision> {
        self.decisions
            .iter()
            .find(|d| d.criterion == criterion && d.candidate == candidate)
    }

    /// Close the review: final and sealed. It can no longer change.
    pub fn finalize(&mut self, now: String) {
        self.status = ReviewStatus::Final;
        self.modified = Some(now);
        self.seal = None;
        self.seal = Some(Seal {
            sha256: seal_of(self),
        });
    }

    /// "Copy as new draft" of a final review: a new review that `revises` this one.
    pub fn copy_as_draft(&self) -> Review {
        let now = super::now_timestamp();
        Review {
            id: uuid::Uuid::new_v4().to_string(),
            revises: Some(self.id.clone()),
            status: ReviewStatus::Draft,
            seal: None,
            created: Some(now.clone()),
            modified: Some(now),
            ..self.clone()
        }
    }
}

/// The seal of a review as it would be written: RFC 8785 without `seal`.
pub fn seal_of(review: &Review) -> String {
    let value = serde_json::to_value(review).expect("a review always serializes to JSON");
    super::seal::of_value(&value).expect("a review serializes to a JSON object")
}

/// How a review names a session: its seal when submitted, else the SHA-256 of the session
/// per RFC 8785 without `seal` (docs/formats.md) — of the session as held; for a file on disk
/// `store::review::new_review` pins the file's own content, which is what is checked.
pub fn session_pin(session: &Session) -> String {
    match &session.seal {
        Some(seal) => seal.sha256.clone(),
        None => super::seal::of_session(session),
    }
}

/// The SHA-256 of a checklist's RFC 8785 form, as a review pins it.
pub fn checklist_pin(checklist: &super::Checklist) -> String {
    let value = serde_json::to_value(checklist).expect("a checklist always serializes to JSON");
    super::seal::of_value(&value).expect("a checklist serializes to a JSON object")
}
