//! What can be wrong with categories and `applies_to` (docs/formats.md, checklist
//! `categories`; docs/method.md §12).

use std::path::PathBuf;

use crate::i18n::{Msg, tr};

#[derive(Clone, Debug, PartialEq)]
pub enum CategoryProblem {
    /// A `category` or an `applies_to` entry naming an id the checklist does not list;
    /// `known` are the listed ids, joined.
    Unknown { id: String, known: String },
    /// A `category` or an `applies_to` in a checklist without `categories`.
    NoCategories,
    /// `applies_to` is an empty list: the criterion would apply to nobody.
    EmptyAppliesTo,
    /// A criterion's `applies_to` names a category its group's does not.
    OutsideGroup { id: String, group: String },
    /// A session's candidate that the checklist lists, with another category than there.
    NotTheChecklists {
        candidate: String,
        here: Option<String>,
        listed: Option<String>,
    },
    /// A score on a cell whose criterion does not apply to the candidate's category; the
    /// candidate's name and the category's title (None: the candidate has none).
    DoesNotApply {
        criterion: String,
        candidate: String,
        category: Option<String>,
    },
    /// One candidate with two categories in one aggregation: here and in `other`.
    TwoCategories {
        other: PathBuf,
        candidate: String,
        categories: Box<[Option<String>; 2]>,
    },
}

/// A category id as a sentence shows it; "none" when there is none.
fn or_none(id: &Option<String>) -> Msg {
    id.as_ref()
        .map_or_else(tr::cat_none, |id| tr::verbatim(format!("\"{id}\"")))
}

impl CategoryProblem {
    pub fn msg(&self) -> Msg {
        use CategoryProblem::*;
        match self {
            Unknown { id, known } => tr::cat_p_unknown(id, known),
            NoCategories => tr::cat_p_no_categories(),
            EmptyAppliesTo => tr::cat_p_empty_applies_to(),
            OutsideGroup { id, group } => tr::cat_p_outside_group(id, group),
            NotTheChecklists {
                candidate,
                here,
                listed,
            } => tr::cat_p_not_the_checklists(candidate, or_none(here), or_none(listed)),
            DoesNotApply {
                criterion,
                candidate,
                category: Some(category),
            } => tr::cat_p_does_not_apply(criterion, candidate, category),
            DoesNotApply {
                criterion,
                candidate,
                category: None,
            } => tr::cat_p_does_not_apply_none(criterion, candidate),
            TwoCategories {
                other,
                candidate,
                categories,
            } => tr::cat_p_two_categories(
                candidate,
                or_none(&categories[0]),
                other,
                or_none(&categories[1]),
            ),
        }
    }
}
