//! The rules of categories and `applies_to` (docs/formats.md; docs/method.md §12): ids
//! listed once, every reference to a listed one, a criterion's within its group's, and the
//! candidates of a session in the checklist's categories.

use std::collections::HashMap;

use super::super::problem::{CategoryProblem, Located, Problem};
use super::super::{Candidate, Checklist};
use super::text;

fn problem(path: String, p: CategoryProblem) -> Located {
    Located::at(path, Problem::Category(p))
}

/// The listed category ids, or None without `categories`; a reference is checked against them.
struct Known<'a>(Option<Vec<&'a str>>);

impl Known<'_> {
    fn check(&self, id: &str, path: impl FnOnce() -> String, out: &mut Vec<Located>) {
        match &self.0 {
            None => out.push(problem(path(), CategoryProblem::NoCategories)),
            Some(ids) if !ids.contains(&id) => out.push(problem(
                path(),
                CategoryProblem::Unknown {
                    id: id.to_owned(),
                    known: ids.join(", "),
                },
            )),
            Some(_) => {}
        }
    }

    fn list(&self, list: &Option<Vec<String>>, path: &str, out: &mut Vec<Located>) {
        let Some(list) = list else { return };
        if list.is_empty() {
            out.push(problem(path.to_owned(), CategoryProblem::EmptyAppliesTo));
        }
        for (i, id) in list.iter().enumerate() {
            self.check(id, || format!("{path}[{i}]"), out);
        }
    }
}

/// The categories of a checklist and every reference to them; `at` makes a member's path.
pub fn checklist(c: &Checklist, at: &dyn Fn(&str) -> String, out: &mut Vec<Located>) {
    let known = Known(c.categories.as_ref().map(|list| {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, k) in list.iter().enumerate() {
            let kp = at(&format!("categories[{i}]"));
            if k.id.trim().is_empty() {
                out.push(Located::at(format!("{kp}.id"), Problem::EmptyId));
            } else if let Some(f) = first.get(k.id.as_str()) {
                out.push(Located::at(
                    format!("{kp}.id"),
                    Problem::DuplicateId {
                        id: k.id.clone(),
                        first: at(&format!("categories[{f}].id")),
                    },
                ));
            } else {
                first.insert(&k.id, i);
            }
            text(&k.title, || format!("{kp}.title"), out);
        }
        list.iter().map(|k| k.id.as_str()).collect()
    }));
    for (i, k) in c.candidates.iter().flatten().enumerate() {
        if let Some(id) = &k.category {
            known.check(id, || at(&format!("candidates[{i}].category")), out);
        }
    }
    for (gi, g) in c.groups.iter().enumerate() {
        let gp = at(&format!("groups[{gi}].applies_to"));
        known.list(&g.applies_to, &gp, out);
        for (ci, k) in g.criteria.iter().enumerate() {
            let cp = at(&format!("groups[{gi}].criteria[{ci}].applies_to"));
            known.list(&k.applies_to, &cp, out);
            let (Some(outer), Some(inner)) = (&g.applies_to, &k.applies_to) else {
                continue;
            };
            for (i, id) in inner.iter().enumerate() {
                if !outer.contains(id) {
                    let p = CategoryProblem::OutsideGroup {
                        id: id.clone(),
                        group: g.id.clone(),
                    };
                    out.push(problem(format!("{cp}[{i}]"), p));
                }
            }
        }
    }
}

/// A session's own candidates: each `category` listed, and the checklist's own for a
/// candidate the checklist lists.
pub fn candidates(c: &Checklist, list: &[Candidate], out: &mut Vec<Located>) {
    if list.iter().all(|k| k.category.is_none()) && c.categories.is_none() {
        return;
    }
    let known = Known(
        c.categories
            .as_ref()
            .map(|l| l.iter().map(|k| k.id.as_str()).collect()),
    );
    for (i, k) in list.iter().enumerate() {
        let path = || format!("candidates[{i}].category");
        if let Some(id) = &k.category {
            known.check(id, path, out);
        }
        let listed = c.candidates.iter().flatten().find(|l| l.id == k.id);
        // Without categories the `category` itself is refused above: said once.
        if let Some(listed) = listed
            && c.categories.is_some()
            && listed.category != k.category
        {
            let p = CategoryProblem::NotTheChecklists {
                candidate: k.id.clone(),
                here: k.category.clone(),
                listed: listed.category.clone(),
            };
            out.push(problem(path(), p));
        }
    }
}

/// The problem of a score on a cell that does not apply (docs/method.md §12). Names are
/// given in Vietnamese, as the other problems give candidates' names.
pub fn does_not_apply(c: &Checklist, criterion: &str, candidate: &Candidate) -> Problem {
    let lang = crate::i18n::Lang::Vi;
    Problem::Category(CategoryProblem::DoesNotApply {
        criterion: criterion.to_owned(),
        candidate: candidate.name.get(lang).to_owned(),
        category: candidate.category().map(|id| c.category_title(id, lang)),
    })
}
