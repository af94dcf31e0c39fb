//! Loading sessions for an aggregation as score sheets: what `summary` and `charts` read.
//! A draft is read straight from its text into its sheet ([`crate::model::SessionView`]),
//! and the checklist every file of a folder embeds, byte for byte the same, is parsed and
//! checked once; anything else takes the full path, which words every problem.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use serde_json::Value;

use super::evaluators::Identity;
use super::folder::{Loaded, Read, load_each, read_session_as};
use crate::model::{Checklist, DraftReader, Located, score_places, validate};
use crate::scoring::{Checklists, ScoreSheet};

/// [`super::load_sessions`] keeping only what the scoring reads of each session (its
/// [`ScoreSheet`]), in a few percent of the memory of the sessions whole. Equal checklists
/// become one shared value. A file gets the same verdict and the same problems as from
/// `load_sessions` (tested in `tests/integration/score_sheets.rs`).
pub fn load_score_sheets(paths: &[PathBuf]) -> Loaded<ScoreSheet> {
    let checklists = Checklists::default();
    let texts = ChecklistTexts::default();
    let drafts = DraftReader::default();
    load_each(paths, |file, bytes| {
        // A draft read by hand has no evidence (a score with some takes the full path).
        if let Some(read) = read_draft(bytes, &drafts, &texts, &checklists) {
            return read.map(|(who, sheet)| Read::Session(who, sheet, Vec::new()));
        }
        read_session_as(file, bytes, |s| {
            ScoreSheet::new(&s, checklists.share(&s.checklist))
        })
    })
}

/// A draft read from its text, its checklist checked once for every file that carries the
/// same text; `None` when the file needs the full path (not a well-formed draft, or its
/// checklist not valid: the full path words those problems at their places).
fn read_draft(
    bytes: &[u8],
    drafts: &DraftReader,
    texts: &ChecklistTexts,
    checklists: &Checklists,
) -> Option<Result<(Identity, ScoreSheet), Vec<Located>>> {
    let last = texts.last();
    let view = drafts.read(bytes, last.as_ref().map(|(text, _)| &**text))?;
    let checklist = match last {
        Some((_, checklist)) if view.has_known_checklist() => checklist,
        _ => texts.valid(view.checklist_text(), checklists)?,
    };
    let scores = view.scores();
    let places = score_places(
        &checklist,
        view.candidates(),
        scores.iter().map(|s| (s.criterion, s.candidate)),
    );
    let head = view.head(&checklist);
    // A draft has no seal to check against the file as read (`of_draft` took none).
    let problems = validate::session_but_checklist(&head, scores, &places, &Value::Null);
    if !problems.is_empty() {
        return Some(Err(problems));
    }
    let sheet = ScoreSheet::of_parts(&head, checklist.clone(), scores, &places);
    Some(Ok((Identity::of(&head), sheet)))
}

/// Valid embedded checklists by their exact text: a third of each session file, the same in
/// every file of a folder, parsed and checked once instead of for every file.
#[derive(Default)]
struct ChecklistTexts {
    valid: Mutex<HashMap<Arc<str>, Arc<Checklist>>>,
    /// The last one found: usually the next file's too, then compared as the file is read
    /// (`SessionView::of_draft`), not read again nor hashed.
    last: Mutex<Option<(Arc<str>, Arc<Checklist>)>>,
}

impl ChecklistTexts {
    /// The last valid checklist found, and its text: usually the next file's too.
    fn last(&self) -> Option<(Arc<str>, Arc<Checklist>)> {
        self.last.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The shared checklist written as `text`, if it is valid; it becomes the last found.
    fn valid(&self, text: &str, checklists: &Checklists) -> Option<Arc<Checklist>> {
        let found = self.find(text, checklists)?;
        *self.last.lock().unwrap_or_else(|e| e.into_inner()) = Some(found.clone());
        Some(found.1)
    }

    fn find(&self, text: &str, checklists: &Checklists) -> Option<(Arc<str>, Arc<Checklist>)> {
        let lock = || self.valid.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((text, found)) = lock().get_key_value(text) {
            return Some((text.clone(), found.clone()));
        }
        // Two cores may both parse the first copy; both find the same shared value.
        let checklist: Checklist = serde_json::from_str(text).ok()?;
        if !validate::checklist(&checklist, "checklist.").is_empty() {
            return None;
        }
        let shared = checklists.share(&Arc::new(checklist));
        let text: Arc<str> = text.into();
        lock().insert(text.clone(), shared.clone());
        Some((text, shared))
    }
}
