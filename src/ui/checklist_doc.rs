//! The checklist being edited: the working copy, its undo history, its problems (the same
//! checks as `evaldesk validate`) and its autosave to the file, under the file's lock. Every
//! change goes through [`ChecklistDoc::apply`]. No egui here.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::model::{
    Candidate, Checklist, Criterion, Grade, Located, Scale, Text, WeightLevel, to_pretty_json,
    validate,
};
use crate::store::autosave::Autosave;
use crate::store::lock::SessionLock;
use crate::store::{SaveError, atomic_write};

use super::session_doc::SaveState;

/// One change an author makes.
#[derive(Clone, Debug, PartialEq)]
pub enum ChecklistEdit {
    Head {
        id: String,
        title: Text,
    },
    Scale(Scale),
    Grades(Option<Vec<Grade>>),
    Candidates(Option<Vec<Candidate>>),
    /// A group's own fields (its criteria are left as they are).
    Group {
        group: usize,
        id: String,
        title: Text,
        source: Option<Text>,
        weight: Option<f64>,
    },
    Criterion(usize, usize, Box<Criterion>),
    AddGroup(usize),
    RemoveGroup(usize),
    MoveGroup(usize, usize),
    AddCriterion(usize, usize),
    RemoveCriterion(usize, usize),
    MoveCriterion((usize, usize), (usize, usize)),
    SetAhp(WeightLevel, bool),
    Judgement(WeightLevel, usize, usize, f64),
    Weight(WeightLevel, usize, Option<f64>),
    /// A whole checklist brought from a spreadsheet.
    Replace(Box<Checklist>),
}

impl ChecklistEdit {
    /// Edits of the same field that follow each other quickly are one step of undo (typing a
    /// title is one change, not one per letter).
    fn target(&self) -> Option<String> {
        match self {
            ChecklistEdit::Head { .. } => Some("head".into()),
            ChecklistEdit::Scale(_) => Some("scale".into()),
            ChecklistEdit::Grades(_) => Some("grades".into()),
            ChecklistEdit::Candidates(_) => Some("candidates".into()),
            ChecklistEdit::Group { group, .. } => Some(format!("g{group}")),
            ChecklistEdit::Criterion(g, i, _) => Some(format!("c{g}.{i}")),
            ChecklistEdit::Weight(level, i, _) => Some(format!("w{level:?}.{i}")),
            _ => None,
        }
    }
}

/// Quick edits of one field within this time are one undo step.
const MERGE_WITHIN: Duration = Duration::from_millis(1500);

pub struct ChecklistDoc {
    pub checklist: Checklist,
    pub path: PathBuf,
    /// Held while the file is open here: a second editor (or a second window) is refused.
    _lock: Option<SessionLock>,
    undo: Vec<Checklist>,
    redo: Vec<Checklist>,
    last: Option<(String, Instant)>,
    pub autosave: Autosave,
    pub save_state: SaveState,
    /// What `evaldesk validate` would say of the working copy.
    pub problems: Vec<Located>,
    pub revision: u64,
}

impl ChecklistDoc {
    pub fn new(checklist: Checklist, path: PathBuf, lock: Option<SessionLock>) -> Self {
        let problems = validate::checklist(&checklist, "");
        ChecklistDoc {
            checklist,
            path,
            _lock: lock,
            undo: Vec::new(),
            redo: Vec::new(),
            last: None,
            autosave: Autosave::default(),
            save_state: SaveState::Clean,
            problems,
            revision: 0,
        }
    }

    /// Apply one change; returns the group and criterion selected after it when it moved or
    /// made one.
    pub fn apply(&mut self, edit: ChecklistEdit, now: Instant) {
        let before = self.checklist.clone();
        let target = edit.target();
        let c = &mut self.checklist;
        match edit {
            ChecklistEdit::Head { id, title } => {
                c.id = id;
                c.title = title;
            }
            ChecklistEdit::Scale(scale) => c.scale = scale,
            ChecklistEdit::Grades(grades) => c.grades = grades,
            ChecklistEdit::Candidates(candidates) => c.candidates = candidates,
            ChecklistEdit::Group {
                group,
                id,
                title,
                source,
                weight,
            } => {
                if let Some(g) = c.groups.get_mut(group) {
                    g.id = id;
                    g.title = title;
                    g.source = source;
                    g.weight = weight;
                }
            }
            ChecklistEdit::Criterion(g, i, criterion) => {
                if let Some(slot) = c.groups.get_mut(g).and_then(|g| g.criteria.get_mut(i)) {
                    *slot = *criterion;
                }
            }
            ChecklistEdit::AddGroup(at) => {
                let g = c.add_group(at, Text::Plain(String::new()));
                c.add_criterion(g, 0, Text::Plain(String::new()));
            }
            ChecklistEdit::RemoveGroup(g) => {
                c.remove_group(g);
            }
            ChecklistEdit::MoveGroup(from, to) => c.move_group(from, to),
            ChecklistEdit::AddCriterion(g, at) => {
                c.add_criterion(g, at, Text::Plain(String::new()));
            }
            ChecklistEdit::RemoveCriterion(g, i) => {
                c.remove_criterion(g, i);
            }
            ChecklistEdit::MoveCriterion(from, to) => {
                c.move_criterion(from, to);
            }
            ChecklistEdit::SetAhp(level, on) => c.set_ahp(level, on),
            ChecklistEdit::Judgement(level, i, j, value) => c.set_judgement(level, i, j, value),
            ChecklistEdit::Weight(level, i, weight) => match level {
                WeightLevel::Groups => {
                    if let Some(g) = c.groups.get_mut(i) {
                        g.weight = weight;
                    }
                }
                WeightLevel::Criteria(g) => {
                    if let Some(k) = c.groups.get_mut(g).and_then(|g| g.criteria.get_mut(i)) {
                        k.weight = weight;
                    }
                }
            },
            ChecklistEdit::Replace(checklist) => *c = *checklist,
        }
        if self.checklist == before {
            return;
        }
        let merge = match (&target, &self.last) {
            (Some(t), Some((last, at))) => t == last && now.duration_since(*at) < MERGE_WITHIN,
            _ => false,
        };
        if !merge {
            self.undo.push(before);
        }
        self.last = target.map(|t| (t, now));
        self.redo.clear();
        self.changed(now);
    }

    pub fn undo(&mut self, now: Instant) -> bool {
        let Some(previous) = self.undo.pop() else {
            return false;
        };
        self.redo
            .push(std::mem::replace(&mut self.checklist, previous));
        self.last = None;
        self.changed(now);
        true
    }

    pub fn redo(&mut self, now: Instant) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        self.undo.push(std::mem::replace(&mut self.checklist, next));
        self.last = None;
        self.changed(now);
        true
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn changed(&mut self, now: Instant) {
        self.problems = validate::checklist(&self.checklist, "");
        self.revision += 1;
        self.autosave.changed(now);
    }

    /// Write the working copy to its file (atomically), problems or not: nothing typed is
    /// lost, and `evaldesk validate` says what is still to fix.
    pub fn save(&mut self) -> Result<(), SaveError> {
        let result = atomic_write(&self.path, to_pretty_json(&self.checklist).as_bytes());
        match &result {
            Ok(()) => {
                self.autosave.saved();
                let now = crate::model::now_timestamp();
                self.save_state = SaveState::Saved(crate::format::time_of_day(&now));
            }
            Err(e) => self.save_state = SaveState::Failed(e.msg()),
        }
        result
    }

    /// The problems at or under a JSON path (`groups[1].criteria[0]`, `scale`, …).
    pub fn problems_at<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a Located> + 'a {
        self.problems.iter().filter(move |p| {
            let place = p.place.to_string();
            place == path
                || place
                    .strip_prefix(path)
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> (tempfile::TempDir, ChecklistDoc) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.checklist.json");
        let c = Checklist::blank("new", "New".into());
        (dir, ChecklistDoc::new(c, path, None))
    }

    #[test]
    fn typing_a_title_is_one_undo_step_and_a_structural_change_another() {
        let (_dir, mut d) = doc();
        let t0 = Instant::now();
        d.apply(ChecklistEdit::AddGroup(0), t0);
        for (k, title) in ["H", "Hạ", "Hạ tầng"].iter().enumerate() {
            let at = t0 + Duration::from_millis(200 * (k as u64 + 1));
            d.apply(
                ChecklistEdit::Group {
                    group: 0,
                    id: "G1".into(),
                    title: (*title).into(),
                    source: None,
                    weight: None,
                },
                at,
            );
        }
        assert_eq!(d.checklist.groups[0].title, Text::from("Hạ tầng"));
        assert!(d.undo(t0));
        assert_eq!(d.checklist.groups[0].title, Text::from(""));
        assert!(d.undo(t0));
        assert!(d.checklist.groups.is_empty());
        assert!(!d.undo(t0));
        assert!(d.redo(t0) && d.redo(t0));
        assert_eq!(d.checklist.groups[0].title, Text::from("Hạ tầng"));
    }

    #[test]
    fn problems_follow_the_working_copy_and_are_found_by_place() {
        let (_dir, mut d) = doc();
        let now = Instant::now();
        assert_eq!(d.problems.len(), 1, "no groups yet: {:?}", d.problems);
        d.apply(ChecklistEdit::AddGroup(0), now);
        // The new group and its criterion have no titles yet.
        assert_eq!(d.problems_at("groups[0]").count(), 2, "{:?}", d.problems);
        assert_eq!(d.problems_at("groups[0].criteria[0]").count(), 1);
        assert_eq!(d.problems_at("groups[0].criteria[0].title").count(), 1);
        assert_eq!(d.problems_at("groups[1]").count(), 0);
    }

    #[test]
    fn save_writes_a_file_validate_reads_back() {
        let (_dir, mut d) = doc();
        let now = Instant::now();
        d.apply(ChecklistEdit::AddGroup(0), now);
        d.save().unwrap();
        let text = std::fs::read(&d.path).unwrap();
        let back: Checklist = serde_json::from_slice(&text).unwrap();
        assert_eq!(back, d.checklist);
        // Saved even with its problems (empty titles): nothing typed is lost.
        assert!(!d.problems.is_empty());
        assert!(!d.autosave.is_dirty());
        assert!(matches!(d.save_state, SaveState::Saved(_)));
    }
}
