//! Categories (ranking blocks) and criteria that apply to some of them (docs/method.md §12):
//! which (criterion, candidate) cells are scored at all. A checklist without `categories`
//! has every cell applicable, so nothing here changes its results.

use super::{Candidate, Checklist, Criterion, Group, Session};

impl Criterion {
    /// Whether this criterion of `group` is scored for a candidate of `category` (None: a
    /// candidate without one). Both lists hold when given; the criterion's lies within its
    /// group's (validation), so both are read only to stay safe on a file not yet checked.
    pub fn applies(&self, group: &Group, category: Option<&str>) -> bool {
        let within = |list: &Option<Vec<String>>| {
            list.as_ref()
                .is_none_or(|ids| category.is_some_and(|c| ids.iter().any(|id| id == c)))
        };
        within(&group.applies_to) && within(&self.applies_to)
    }
}

impl Checklist {
    /// True when some group or criterion applies to some categories only: then cells can
    /// be not applicable, and the checks below are worth making.
    pub fn restricts(&self) -> bool {
        self.groups
            .iter()
            .any(|g| g.applies_to.is_some() || g.criteria.iter().any(|c| c.applies_to.is_some()))
    }

    /// Per criterion (checklist order) × candidate (the order given): whether the cell is
    /// scored. `None` when every cell is (no `applies_to` anywhere): callers skip the table.
    pub fn applicability(&self, categories: &[Option<&str>]) -> Option<Vec<Vec<bool>>> {
        self.restricts().then(|| {
            self.criteria()
                .map(|(g, c)| categories.iter().map(|k| c.applies(g, *k)).collect())
                .collect()
        })
    }

    /// The title of a category, for sentences; the id itself when it is not listed.
    pub fn category_title(&self, id: &str, lang: crate::i18n::Lang) -> String {
        self.categories
            .iter()
            .flatten()
            .find(|c| c.id == id)
            .map_or_else(|| id.to_owned(), |c| c.title.get(lang).to_owned())
    }
}

impl Candidate {
    pub fn category(&self) -> Option<&str> {
        self.category.as_deref()
    }
}

impl Session {
    /// Whether criterion `criterion` is scored for candidate `candidate` in this session
    /// (an id it does not know applies: other rules name it).
    pub fn applies(&self, criterion: &str, candidate: &str) -> bool {
        let category = self
            .candidates
            .iter()
            .find(|k| k.id == candidate)
            .and_then(Candidate::category);
        self.checklist
            .criteria()
            .find(|(_, c)| c.id == criterion)
            .is_none_or(|(g, c)| c.applies(g, category))
    }
}
