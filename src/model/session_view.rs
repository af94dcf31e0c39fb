//! A session as the rules and the scoring read it — its members but the scores, and each
//! score's ids, value and N/A — whether the session is held whole ([`Session`]) or read
//! straight from a file's text for an aggregation ([`SessionView`]: ids borrowed from the
//! text, notes skipped, the checklist left as text so that a folder's hundreds of identical
//! copies are parsed and checked once).

use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Deserialize;

use super::json_reader::JsonReader;
use super::parse::{draft_text, takes_the_draft_path};
use super::score_scan::score_list;
use super::{Candidate, Checklist, Evaluator, ScoreRef, Seal, Session, SessionKind, Status};

/// A session's members other than its scores, as the rules read them.
#[derive(Clone, Copy, Debug)]
pub struct SessionHead<'a> {
    pub id: &'a str,
    pub revises: Option<&'a str>,
    pub evaluator: &'a str,
    pub created: &'a str,
    pub modified: &'a str,
    pub status: Status,
    pub checklist: &'a Checklist,
    pub candidates: &'a [Candidate],
    pub seal: Option<&'a Seal>,
    pub kind: SessionKind,
    pub period: Option<&'a str>,
}

impl Session {
    pub fn head(&self) -> SessionHead<'_> {
        SessionHead {
            id: &self.id,
            revises: self.revises.as_deref(),
            evaluator: &self.evaluator.name,
            created: &self.created,
            modified: &self.modified,
            status: self.status,
            checklist: &self.checklist,
            candidates: &self.candidates,
            seal: self.seal.as_ref(),
            kind: self.kind(),
            period: self.period.as_deref(),
        }
    }

    /// Where each score is in the grid: see [`score_places`].
    pub fn score_places(&self) -> Vec<(Option<usize>, Option<usize>)> {
        score_places(
            &self.checklist,
            &self.candidates,
            self.scores
                .iter()
                .map(|s| (s.criterion.as_str(), s.candidate.as_str())),
        )
    }
}

/// Where each (criterion, candidate) is in the grid: (its criterion's row in checklist order,
/// its candidate's place in `candidates`), `None` for an id that is not there. The app writes
/// scores in that order, so each is first looked for just after the one before — two short
/// comparisons instead of two hash lookups, for the 2,500 scores of each of a thousand files;
/// any other order is found through a map made when first needed.
pub fn score_places<'a>(
    checklist: &Checklist,
    candidates: &[Candidate],
    scores: impl Iterator<Item = (&'a str, &'a str)>,
) -> Vec<(Option<usize>, Option<usize>)> {
    let criteria: Vec<&str> = checklist.criteria().map(|(_, c)| c.id.as_str()).collect();
    let candidates: Vec<&str> = candidates.iter().map(|c| c.id.as_str()).collect();
    let mut by_id: Option<std::collections::HashMap<&str, usize>> = None;
    let (mut row, mut column) = (0, 0);
    scores
        .map(|(criterion, candidate)| {
            let r = if criteria.get(row) == Some(&criterion) {
                Some(row)
            } else if criteria.get(row + 1) == Some(&criterion) {
                Some(row + 1)
            } else {
                by_id
                    .get_or_insert_with(|| {
                        criteria.iter().enumerate().map(|(i, c)| (*c, i)).collect()
                    })
                    .get(criterion)
                    .copied()
            };
            let next = (column + 1) % candidates.len().max(1);
            let k = if candidates.get(next) == Some(&candidate) {
                Some(next)
            } else {
                candidates.iter().position(|c| *c == candidate)
            };
            if let Some(r) = r {
                row = r;
            }
            if let Some(k) = k {
                column = k;
            }
            (r, k)
        })
        .collect()
}

/// A draft session read for an aggregation, borrowing from the file's text, in one pass
/// over it: its members are those of [`Session`], read by the same rules — every member
/// known, none written twice, each of its type — but the checklist stays text (a folder's
/// copies are the same text, compared, not parsed again) and the scores are read by hand
/// (`score_scan`: ids borrowed, notes checked and dropped).
pub struct SessionView<'a> {
    head: Head,
    checklist: &'a str,
    known_checklist: bool,
    scores: Vec<ScoreRef<'a>>,
}

/// The members but the checklist and the scores: a few hundred bytes, read by serde. A
/// draft with any other member (a `declaration`, made on submitting; a self-assessment's
/// `kind`, a `period`) takes the full path, which checks their rules.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Head {
    format: String,
    version: u32,
    id: String,
    #[serde(default)]
    revises: Option<String>,
    evaluator: Evaluator,
    created: String,
    modified: String,
    status: Status,
    candidates: Vec<Candidate>,
    #[serde(default)]
    seal: Option<Seal>,
}

/// Reads the drafts of one aggregation ([`SessionView`]), on every core at once, and keeps
/// what a file tells of the next: how many scores it had. The files of one aggregation are
/// alike, so the next file's list is made that long at once; a list grown score by score
/// asked the system for fresh memory at each doubling (a twentieth of an aggregation, the
/// system clearing pages).
#[derive(Debug, Default)]
pub struct DraftReader {
    /// How many scores the last file read had (whichever core read it).
    last_scores: AtomicUsize,
}

impl DraftReader {
    /// [`SessionView::of_draft`], its scores list made as long as the last file's.
    pub fn read<'a>(
        &self,
        bytes: &'a [u8],
        known_checklist: Option<&str>,
    ) -> Option<SessionView<'a>> {
        // Only a hint for an allocation: no order with other memory is needed.
        let capacity = self.last_scores.load(Ordering::Relaxed);
        let view = SessionView::read(bytes, known_checklist, capacity)?;
        self.last_scores.store(view.scores.len(), Ordering::Relaxed);
        Some(view)
    }
}

impl<'a> SessionView<'a> {
    /// The session in `bytes` when it is a draft this reading can take: well-formed JSON of a
    /// session's shape, of a known format and version, without a seal (a seal is checked
    /// against the file as read), its scores as the app writes them. `None` for anything
    /// else: the full path ([`super::parse_document`]) reads it and words whatever is wrong.
    ///
    /// `known_checklist` is the text of a checklist already found valid: a file whose
    /// checklist is that very text is not read again, only compared
    /// ([`SessionView::has_known_checklist`]). For one file; the files of an aggregation are
    /// read through one [`DraftReader`].
    pub fn of_draft(bytes: &'a [u8], known_checklist: Option<&str>) -> Option<SessionView<'a>> {
        SessionView::read(bytes, known_checklist, 0)
    }

    /// [`SessionView::of_draft`], room made for `capacity` scores.
    fn read(
        bytes: &'a [u8],
        known_checklist: Option<&str>,
        capacity: usize,
    ) -> Option<SessionView<'a>> {
        let text = draft_text(bytes)?;
        let mut reader = JsonReader::new(text, 0);
        // The members but the checklist and the scores, as a JSON object for serde.
        let mut head = String::with_capacity(1024);
        let (mut checklist, mut scores, mut known) = (None, None, false);
        reader.expect(b'{')?;
        loop {
            // A name with escapes, or none at all, goes the full way.
            let name = reader.plain_string()?;
            reader.expect(b':')?;
            reader.skip_space();
            match name {
                "scores" if scores.is_none() => scores = Some(score_list(&mut reader, capacity)?),
                "checklist" if checklist.is_none() => {
                    // A complete JSON object: whatever follows it, the value here is exactly
                    // it if the text starts with it.
                    let same = known_checklist.and_then(|known| reader.take(known));
                    known = same.is_some();
                    checklist = Some(match same {
                        Some(same) => same,
                        None => reader.raw_value()?,
                    });
                }
                "scores" | "checklist" => return None,
                _ => {
                    head.push(if head.is_empty() { '{' } else { ',' });
                    head.push('"');
                    head.push_str(name);
                    head.push_str("\":");
                    head.push_str(reader.raw_value()?);
                }
            }
            if !reader.next_is(b',') {
                reader.expect(b'}')?;
                break;
            }
        }
        if !reader.at_end() {
            return None;
        }
        head.push('}');
        let head: Head = serde_json::from_str(&head).ok()?;
        if !takes_the_draft_path(&head.format, head.version, head.seal.is_some()) {
            return None;
        }
        Some(SessionView {
            head,
            checklist: checklist?,
            known_checklist: known,
            scores: scores?,
        })
    }

    /// The embedded checklist's text, exactly as in the file.
    pub fn checklist_text(&self) -> &'a str {
        self.checklist
    }

    /// Whether the checklist is the text given to [`SessionView::of_draft`] as known.
    pub fn has_known_checklist(&self) -> bool {
        self.known_checklist
    }

    pub fn candidates(&self) -> &[Candidate] {
        &self.head.candidates
    }

    /// The scores, as the app writes them.
    pub fn scores(&self) -> &[ScoreRef<'a>] {
        &self.scores
    }

    /// Its members as the rules read them, with its checklist as parsed.
    pub fn head<'b>(&'b self, checklist: &'b Checklist) -> SessionHead<'b> {
        SessionHead {
            id: &self.head.id,
            revises: self.head.revises.as_deref(),
            evaluator: &self.head.evaluator.name,
            created: &self.head.created,
            modified: &self.head.modified,
            status: self.head.status,
            checklist,
            candidates: &self.head.candidates,
            seal: self.head.seal.as_ref(),
            // `Head` knows neither member: a file with either takes the full path.
            kind: SessionKind::Evaluation,
            period: None,
        }
    }
}

#[cfg(test)]
mod score_places_tests {
    use super::*;

    /// In the app's order, shuffled, with gaps and with unknown ids: every score's place is
    /// the one its ids name.
    #[test]
    fn places_are_found_in_any_order() {
        let bytes = std::fs::read("evaluations/demo/binh-tran.evaluation.json").unwrap();
        let mut session = crate::model::parse_session(&bytes).unwrap();
        let expected = |s: &Session| -> Vec<(Option<usize>, Option<usize>)> {
            let rows: Vec<&str> = s.checklist.criteria().map(|(_, c)| c.id.as_str()).collect();
            s.scores
                .iter()
                .map(|score| {
                    (
                        rows.iter().position(|r| *r == score.criterion),
                        s.candidates.iter().position(|c| c.id == score.candidate),
                    )
                })
                .collect()
        };
        assert_eq!(session.score_places(), expected(&session));
        assert!(
            session
                .score_places()
                .iter()
                .all(|(r, k)| r.is_some() && k.is_some())
        );
        session.scores.retain(|s| !s.criterion.ends_with('2'));
        session.scores.reverse();
        session.scores.swap(0, 3);
        session.scores[5].criterion = "G9.9".into();
        session.scores[6].candidate = "nobody".into();
        assert_eq!(session.score_places(), expected(&session));
    }
}

#[cfg(test)]
mod draft_tests {
    use proptest::prelude::*;

    use serde_json::value::RawValue;

    use super::*;
    use crate::model::Score;
    use crate::model::json_reader::make_slip;

    const DEMO: &str = include_str!("../../evaluations/demo/binh-tran.evaluation.json");

    /// What a damaged or hand-edited file may have gained (or, `""`, lost) at some place.
    const SLIPS: [&str; 22] = [
        "",
        "",
        "\"",
        ",",
        ":",
        "{",
        "}",
        "]",
        "\\",
        "\u{1}",
        "\u{c}",
        "0",
        " ",
        "\"x\": 1,",
        "\"scores\": [],",
        "\"checklist\": {},",
        "\"status\": \"draft\",",
        "\"revises\": \"older\",",
        "\"revises\": 3,",
        "\"seal\": {\"sha256\": \"00\"},",
        "\"st\\u0061tus\": \"draft\",",
        "null,",
    ];

    /// The demo draft, its seal taken off (a sealed file is not a draft this reading takes).
    fn draft() -> String {
        let mut session: Session = serde_json::from_str(DEMO).unwrap();
        session.seal = None;
        session.status = Status::Draft;
        super::super::to_pretty_json(&session)
    }

    /// The checklist's text in a session's, as serde delimits it.
    fn checklist_of(text: &str) -> String {
        #[derive(Deserialize)]
        struct Checklist<'a> {
            #[serde(borrow)]
            checklist: &'a RawValue,
        }
        serde_json::from_str::<Checklist>(text)
            .unwrap()
            .checklist
            .get()
            .to_owned()
    }

    /// The places where a slip changes the reading of the members: each member's start and
    /// end, the file's start and end; a slip lands near one of them or anywhere.
    fn place(text: &str) -> impl Strategy<Value = usize> + use<> {
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        let mut anchors = vec![0, text.len()];
        for name in value.as_object().unwrap().keys() {
            let at = text.find(&format!("\n  \"{name}\"")).unwrap();
            anchors.push(at);
        }
        let len = text.len();
        prop_oneof![
            (prop::sample::select(anchors), -12i64..12)
                .prop_map(move |(a, d)| (a as i64 + d).clamp(0, len as i64) as usize),
            0..=len,
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(600))]

        /// Whatever a file becomes, the reading by hand takes it only if serde's typed reading
        /// of the whole session does, and reads the very same members and scores; with the
        /// folder's checklist known or not.
        #[test]
        fn a_draft_is_read_as_the_typed_reading_or_declined(
            slips in prop::collection::vec((place(&draft()), 0..SLIPS.len()), 1..3),
            known in any::<bool>(),
        ) {
            let mut text = draft();
            let checklist = checklist_of(&text);
            for (at, slip) in slips {
                make_slip(&mut text, at, SLIPS[slip]);
            }
            let Some(view) = SessionView::of_draft(text.as_bytes(), known.then_some(&*checklist))
            else {
                return Ok(());
            };
            let whole = serde_json::from_str::<Session>(&text);
            // The checklist's text is read and checked apart (`store::sheets`).
            let Ok(parsed) = serde_json::from_str::<Checklist>(view.checklist_text()) else {
                prop_assert!(whole.is_err());
                return Ok(());
            };
            let whole = whole.map_err(|e| {
                TestCaseError::fail(format!("taken, but serde refuses: {e}\n{}", &text[..400]))
            })?;
            prop_assert_eq!(&parsed, &*whole.checklist);
            prop_assert!(view.has_known_checklist() <= known);
            prop_assert_eq!(whole.seal, None);
            let head = view.head(&parsed);
            prop_assert_eq!(
                (head.id, head.evaluator, head.created, head.modified, head.status),
                (&*whole.id, &*whole.evaluator.name, &*whole.created, &*whole.modified, whole.status)
            );
            prop_assert_eq!(head.revises, whole.revises.as_deref());
            prop_assert_eq!(view.candidates(), &whole.candidates[..]);
            let scores: Vec<ScoreRef> = whole.scores.iter().map(Score::score_ref).collect();
            prop_assert_eq!(view.scores(), &scores[..]);
        }
    }

    /// An aggregation's reader reads as `of_draft` does, each file's list made at once as long
    /// as the last file's.
    #[test]
    fn a_reader_makes_room_for_as_many_scores_as_the_last_file_had() {
        let text = draft();
        let drafts = DraftReader::default();
        let first = drafts.read(text.as_bytes(), None).unwrap();
        let alone = SessionView::of_draft(text.as_bytes(), None).unwrap();
        assert_eq!(first.scores(), alone.scores());
        assert_eq!(first.checklist_text(), alone.checklist_text());
        let again = drafts.read(text.as_bytes(), None).unwrap();
        assert_eq!(again.scores.capacity(), 90);
    }

    /// The app's own draft is read by hand, its checklist known or not (else every file would
    /// go the slow way unnoticed).
    #[test]
    fn the_apps_own_draft_is_read_by_hand() {
        let text = draft();
        let view = SessionView::of_draft(text.as_bytes(), None).unwrap();
        assert!(!view.has_known_checklist());
        let known = view.checklist_text();
        let again = SessionView::of_draft(text.as_bytes(), Some(known)).unwrap();
        assert!(again.has_known_checklist());
        assert_eq!(again.scores().len(), 90);
        assert_eq!(known, checklist_of(&text));
        // A file whose checklist differs from the known text is read, not taken as known.
        // A self-assessment, or a session of a period, goes the full way (its rules are there).
        for member in ["\"kind\": \"self\",", "\"period\": \"2015-Q2\","] {
            let marked = text.replacen("\"status\"", &format!("{member} \"status\""), 1);
            assert!(
                SessionView::of_draft(marked.as_bytes(), None).is_none(),
                "{member}"
            );
        }
        let other = text.replacen("\"max\": 4", "\"max\": 5", 1);
        let view = SessionView::of_draft(other.as_bytes(), Some(known)).unwrap();
        assert!(!view.has_known_checklist());
        assert!(view.checklist_text().contains("\"max\": 5"));
    }
}
