//! Which review counts for an aggregation, and whether it is the review of exactly the
//! sessions read (docs/formats.md "Review"). A review that fails any check is refused whole,
//! naming its file and the place: the results never rest on half of what a panel decided.

use std::path::{Path, PathBuf};

use crate::model::problem::ReviewProblem;
use crate::model::validate::{ReadSession, review_against};
use crate::model::{InvalidFile, Located, Place, Problem, Review, Session};
use crate::scoring::ScoreSheet;

/// The review an aggregation uses, with the reviews it replaces.
#[derive(Clone, Debug)]
pub struct Chosen {
    pub file: PathBuf,
    pub review: Review,
    /// (revision, revised): reviews left out because another one `revises` them.
    pub replaced: Vec<(PathBuf, PathBuf)>,
}

/// At most one review per aggregation: reviews that another one `revises` are left out (with
/// a warning); two or more left are each refused, naming the others.
pub fn choose(reviews: Vec<(PathBuf, Review)>) -> Result<Option<Chosen>, Vec<InvalidFile>> {
    let revised = |r: &Review| {
        reviews
            .iter()
            .find(|(_, other)| other.revises.as_deref() == Some(r.id.as_str()))
            .map(|(file, _)| file.clone())
    };
    let mut replaced = Vec::new();
    let mut kept = Vec::new();
    for (file, review) in &reviews {
        match revised(review) {
            Some(newer) => replaced.push((newer, file.clone())),
            None => kept.push((file.clone(), review.clone())),
        }
    }
    match kept.len() {
        0 if reviews.is_empty() => Ok(None),
        // Every review revised by another: a loop of revisions, which no tool writes.
        0 => Err(two_reviews(&reviews)),
        1 => {
            let (file, review) = kept.pop().expect("one review");
            Ok(Some(Chosen {
                file,
                review,
                replaced,
            }))
        }
        _ => Err(two_reviews(&kept)),
    }
}

fn two_reviews(reviews: &[(PathBuf, Review)]) -> Vec<InvalidFile> {
    reviews
        .iter()
        .map(|(file, _)| {
            let other = reviews
                .iter()
                .map(|(f, _)| f)
                .find(|f| *f != file)
                .unwrap_or(file)
                .clone();
            let problem = Problem::Review(ReviewProblem::TwoReviews { other });
            InvalidFile::new(file, vec![Located::new(Place::File, problem)])
        })
        .collect()
}

/// What a review's pins are checked against: a session read whole, or its score sheet.
pub trait Pinned: Sync {
    fn session_id(&self) -> &str;
    /// How a review names this session (`file`: where it was read, should the draft's
    /// content have to be hashed again).
    fn pin(&self, file: &Path) -> String;
    fn sheet_candidates(&self) -> Vec<&crate::model::Candidate>;
    fn checklist(&self) -> &crate::model::Checklist;
}

/// How a review names a draft: the SHA-256 of its file's content per RFC 8785 (without
/// `seal`), read again now. The file's own content, not the session as the program would
/// write it back: a file another tool wrote with `"role": null` reads the same but
/// serializes without the member, and a review made by one program must hold in another.
/// A file that can no longer be read gets a pin no review holds, so the review is refused
/// as if the session had changed.
pub fn draft_pin(file: &Path) -> String {
    let Ok(bytes) = super::read_bytes(file) else {
        return String::new();
    };
    // Straight from the text (a tenth of the time); through a JSON value should the text
    // be anything the fast reader does not take.
    crate::model::canonical::sha256_without_seal(&bytes)
        .or_else(|| {
            crate::model::parse::parse_json(&bytes)
                .ok()
                .and_then(|value| crate::model::seal::of_value(&value))
        })
        .unwrap_or_default()
}

/// A new draft review of `sessions` (compatible, at least one), each pinned by its seal or
/// its file's content ([`draft_pin`]).
pub fn new_review(kind: crate::model::ReviewKind, sessions: &[(&Path, &Session)]) -> Review {
    use rayon::prelude::*;
    let refs: Vec<&Session> = sessions.iter().map(|(_, s)| *s).collect();
    let mut review = Review::new_draft(kind, &refs);
    let pins: Vec<String> = sessions.par_iter().map(|(f, s)| s.pin(f)).collect();
    for (pin, sha) in review.sessions.iter_mut().zip(pins) {
        pin.sha256 = sha;
    }
    review
}

impl Pinned for Session {
    fn session_id(&self) -> &str {
        &self.id
    }
    fn pin(&self, file: &Path) -> String {
        match &self.seal {
            Some(seal) => seal.sha256.clone(),
            None => draft_pin(file),
        }
    }
    fn sheet_candidates(&self) -> Vec<&crate::model::Candidate> {
        self.candidates.iter().collect()
    }
    fn checklist(&self) -> &crate::model::Checklist {
        &self.checklist
    }
}

impl Pinned for ScoreSheet {
    fn session_id(&self) -> &str {
        &self.id
    }
    /// A draft's sheet keeps no copy of its file: the file is read again ([`draft_pin`]).
    fn pin(&self, file: &Path) -> String {
        match &self.seal {
            Some(seal) => seal.clone(),
            None => draft_pin(file),
        }
    }
    fn sheet_candidates(&self) -> Vec<&crate::model::Candidate> {
        self.candidates.iter().collect()
    }
    fn checklist(&self) -> &crate::model::Checklist {
        &self.checklist
    }
}

/// Whether `chosen` is the review of exactly `sessions` (compatible, at least one), with
/// every decision on a cell they hold and a value the criterion takes.
pub fn check<T: Pinned>(chosen: &Chosen, sessions: &[(PathBuf, T)]) -> Result<(), InvalidFile> {
    let sessions: Vec<(&Path, &T)> = sessions.iter().map(|(f, s)| (f.as_path(), s)).collect();
    check_these(chosen, &sessions)
}

/// [`check`] of sessions held elsewhere (the results screen's, those counted).
pub fn check_these<T: Pinned>(
    chosen: &Chosen,
    sessions: &[(&Path, &T)],
) -> Result<(), InvalidFile> {
    use rayon::prelude::*;
    let Some((_, first)) = sessions.first() else {
        return Ok(());
    };
    let pins: Vec<String> = sessions.par_iter().map(|(f, s)| s.pin(f)).collect();
    let read: Vec<ReadSession> = sessions
        .iter()
        .zip(&pins)
        .map(|((file, s), pin)| ReadSession {
            file,
            id: s.session_id(),
            pin,
        })
        .collect();
    let mut candidates: Vec<&crate::model::Candidate> = Vec::new();
    for (_, s) in sessions {
        for c in s.sheet_candidates() {
            if !candidates.iter().any(|k| k.id == c.id) {
                candidates.push(c);
            }
        }
    }
    let problems = review_against(&chosen.review, first.checklist(), &candidates, &read);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(InvalidFile::new(&chosen.file, problems))
    }
}
