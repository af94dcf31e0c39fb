//! Categories in the results (docs/method.md §12): which cells are scored for each
//! candidate, the rank within a category, and the rule that a candidate has one category
//! in one aggregation.

use std::collections::HashMap;
use std::path::PathBuf;

use super::{CandidateInfo, CandidateResult, TIE};
use crate::model::{Candidate, Checklist, Located, Place, Problem, problem::CategoryProblem};

/// Per criterion (checklist order) × candidate (results' order): whether the cell is scored.
/// Without any `applies_to` every cell is, and no table is kept.
pub(super) struct Applies(Option<Vec<Vec<bool>>>);

impl Applies {
    pub(super) fn new(checklist: &Checklist, candidates: &[CandidateInfo]) -> Applies {
        let categories: Vec<Option<&str>> =
            candidates.iter().map(|c| c.category.as_deref()).collect();
        Applies(checklist.applicability(&categories))
    }

    pub(super) fn at(&self, row: usize, candidate: usize) -> bool {
        self.0.as_ref().is_none_or(|a| a[row][candidate])
    }
}

/// §12: each candidate's rank (§5's rule) among those of its category; None without one.
/// `ranked` is in rank order already, so the first of a category ranks 1 within it.
pub(super) fn category_ranks(ranked: &mut [CandidateResult]) {
    let mut last: HashMap<String, (usize, usize, bool, f64)> = HashMap::new();
    for c in ranked.iter_mut() {
        let Some(category) = c.category.clone() else {
            continue;
        };
        let entry = last.entry(category).or_insert((0, 0, true, f64::NAN));
        let (seen, rank, qualified, total) = *entry;
        let tied = seen > 0 && qualified == c.qualified && (total - c.total).abs() <= TIE;
        let rank = if tied { rank } else { seen + 1 };
        *entry = (seen + 1, rank, c.qualified, c.total);
        c.category_rank = Some(rank);
    }
}

/// The category each candidate id was first given, and where: a second, other category for
/// the same id names both files (docs/formats.md).
#[derive(Default)]
pub(super) struct FirstCategory<'a>(HashMap<&'a str, (Option<&'a str>, &'a PathBuf)>);

impl<'a> FirstCategory<'a> {
    pub(super) fn check(
        &mut self,
        i: usize,
        candidate: &'a Candidate,
        path: &'a PathBuf,
    ) -> Option<Located> {
        let category = candidate.category();
        match self.0.get(candidate.id.as_str()) {
            None => {
                self.0.insert(&candidate.id, (category, path));
                None
            }
            Some(&(first, _)) if first == category => None,
            Some(&(first, other)) => {
                let p = CategoryProblem::TwoCategories {
                    other: other.clone(),
                    candidate: candidate.id.clone(),
                    categories: Box::new([category.map(str::to_owned), first.map(str::to_owned)]),
                };
                let place = Place::Path(format!("candidates[{i}].category"));
                Some(Located::new(place, Problem::Category(p)))
            }
        }
    }
}
