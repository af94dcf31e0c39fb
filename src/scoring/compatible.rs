//! Which sessions can be aggregated together (docs/formats.md): one embedded checklist, one
//! candidate per id and one id per candidate name, one period, one self-assessment per
//! agency. Each file that breaks a rule is named with the earlier file it disagrees with.

use std::collections::HashMap;
use std::path::PathBuf;

use super::ScoreSheet;
use crate::i18n::Lang;
use crate::model::{Candidate, Checklist, Session, Text};

/// Sessions can be compared only when their embedded checklists are equal, and a candidate
/// id names the same candidate in every session (each may cover only some candidates).
/// Returns one problem per file that differs from an earlier file.
pub fn incompatible(sessions: &[(PathBuf, Session)]) -> Vec<crate::model::InvalidFile> {
    incompatible_by(sessions.iter().map(|(path, s)| Compared {
        path,
        checklist: &s.checklist,
        candidates: &s.candidates,
        period: s.period.as_deref(),
        self_assessment: s.is_self_assessment(),
    }))
}

/// [`incompatible`] for score sheets, whose equal checklists are one shared value (see
/// [`Checklists`]), so that most comparisons compare two pointers.
pub fn incompatible_sheets(sheets: &[(PathBuf, ScoreSheet)]) -> Vec<crate::model::InvalidFile> {
    incompatible_by(sheets.iter().map(|(path, s)| Compared {
        path,
        checklist: &s.checklist,
        candidates: &s.candidates,
        period: s.period.as_deref(),
        self_assessment: s.self_assessment,
    }))
}

/// What the rules compare of one session.
struct Compared<'a> {
    path: &'a PathBuf,
    checklist: &'a Checklist,
    candidates: &'a [Candidate],
    period: Option<&'a str>,
    self_assessment: bool,
}

fn incompatible_by<'a>(
    sessions: impl IntoIterator<Item = Compared<'a>>,
) -> Vec<crate::model::InvalidFile> {
    use crate::model::problem::NameClash;
    use crate::model::{InvalidFile, Located, Place, Problem};
    let mut sessions = sessions.into_iter().peekable();
    let Some(&Compared {
        path: first_path,
        checklist: first,
        ..
    }) = sessions.peek()
    else {
        return Vec::new();
    };
    let mut periods = Periods::default();
    let mut names: HashMap<&str, (&Text, &PathBuf)> = HashMap::new();
    // Each name as shown ([`Text::folded`]) → the id and file that first used it.
    let mut ids_by_name: HashMap<String, (&str, &PathBuf)> = HashMap::new();
    let mut categories = super::categories::FirstCategory::default();
    let mut out = Vec::new();
    for session in sessions {
        let Compared {
            path,
            checklist,
            candidates,
            ..
        } = session;
        if !std::ptr::eq(checklist, first) && checklist != first {
            let problem = Problem::DifferentChecklist {
                other: first_path.clone(),
            };
            out.push(InvalidFile::new(
                path,
                vec![Located::new(Place::Path("checklist".into()), problem)],
            ));
            continue;
        }
        let mut problems = Vec::new();
        for (i, c) in candidates.iter().enumerate() {
            problems.extend(categories.check(i, c, path));
            let place = || Place::Path(format!("candidates[{i}].name"));
            match names.get(c.id.as_str()) {
                Some((name, other)) if *name != &c.name => {
                    let problem = Problem::DifferentCandidates {
                        other: (*other).clone(),
                        id: c.id.clone(),
                        names: Box::new([
                            c.name.get(Lang::Vi).to_owned(),
                            name.get(Lang::Vi).to_owned(),
                        ]),
                    };
                    problems.push(Located::new(place(), problem));
                }
                Some(_) => {}
                None => {
                    names.insert(&c.id, (&c.name, path));
                }
            }
            for name in c.name.folded() {
                match ids_by_name.get(&name) {
                    Some(&(other_id, other)) if other_id != c.id => {
                        let problem = Problem::SameNameOtherId {
                            other: other.clone(),
                            clash: Box::new(NameClash {
                                id: c.id.clone(),
                                name: c.name.get(Lang::Vi).to_owned(),
                                other_id: other_id.to_owned(),
                            }),
                        };
                        problems.push(Located::new(place(), problem));
                        break;
                    }
                    Some(_) => {}
                    None if name.is_empty() => {}
                    None => {
                        ids_by_name.insert(name, (&c.id, path));
                    }
                }
            }
        }
        periods.check(&session, &mut problems);
        if !problems.is_empty() {
            out.push(InvalidFile::new(path, problems));
        }
    }
    out
}

/// docs/formats.md: the sessions that carry a period carry the same one; docs/method.md §11:
/// one self-assessment per agency. Each remembers the first file that set it.
#[derive(Default)]
struct Periods<'a> {
    first: Option<(&'a str, &'a PathBuf)>,
    self_assessed: HashMap<&'a str, &'a PathBuf>,
}

impl<'a> Periods<'a> {
    fn check(&mut self, s: &Compared<'a>, problems: &mut Vec<crate::model::Located>) {
        use crate::model::problem::SelfProblem;
        use crate::model::{Located, Problem};
        if let Some(period) = s.period {
            match self.first {
                Some((first, other)) if first != period => problems.push(Located::at(
                    "period",
                    Problem::SelfAssessment(SelfProblem::DifferentPeriod {
                        other: other.clone(),
                        period: period.to_owned(),
                        other_period: first.to_owned(),
                    }),
                )),
                Some(_) => {}
                None => self.first = Some((period, s.path)),
            }
        }
        if !s.self_assessment {
            return;
        }
        for c in s.candidates {
            match self.self_assessed.get(c.id.as_str()) {
                Some(other) => problems.push(Located::at(
                    "kind",
                    Problem::SelfAssessment(SelfProblem::TwoSelfAssessments {
                        other: (*other).clone(),
                        candidate: c.id.clone(),
                    }),
                )),
                None => {
                    self.self_assessed.insert(&c.id, s.path);
                }
            }
        }
    }
}
