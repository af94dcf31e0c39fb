//! The ranking's blocks (docs/method.md §12): a checklist with `categories` ranks its
//! candidates overall and within each category, as the province publishes its index
//! (departments apart from districts). The results screen shows one block per tab; the
//! report gives one table per block.

use crate::i18n::{Lang, tr};
use crate::scoring::{CandidateResult, Results};

/// Which ranking; a way of reading the results, never part of them.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Block {
    #[default]
    Overall,
    /// The category of this id, ranked by `category_rank`.
    Category(String),
    /// The candidates without a category the checklist lists.
    Other,
}

/// The blocks to choose from, in order: overall, each category of the checklist that has a
/// candidate, then "other" when some candidate is in none. Empty without categories: the
/// table is the overall ranking, and no tab is drawn.
pub fn blocks(r: &Results) -> Vec<Block> {
    let Some(categories) = r.checklist.categories.as_ref() else {
        return Vec::new();
    };
    let mut out = vec![Block::Overall];
    out.extend(
        categories
            .iter()
            .filter(|k| {
                r.candidates
                    .iter()
                    .any(|c| c.category.as_deref() == Some(&k.id))
            })
            .map(|k| Block::Category(k.id.clone())),
    );
    if r.candidates.iter().any(|c| !listed(r, c)) {
        out.push(Block::Other);
    }
    out
}

/// Whether the candidate is in a category the checklist lists.
fn listed(r: &Results, c: &CandidateResult) -> bool {
    c.category
        .as_ref()
        .is_some_and(|id| r.checklist.categories.iter().flatten().any(|k| &k.id == id))
}

/// The candidates of `block` in its order, each with the rank shown in it: the overall rank,
/// the rank within the category, or for "other" the rank among themselves (those the overall
/// ranking ties stay tied).
pub fn members<'a>(r: &'a Results, block: &Block) -> Vec<(usize, &'a CandidateResult)> {
    match block {
        Block::Overall => r.candidates.iter().map(|c| (c.rank, c)).collect(),
        Block::Category(id) => {
            let mut rows: Vec<_> = r
                .candidates
                .iter()
                .filter(|c| c.category.as_ref() == Some(id))
                .map(|c| (c.category_rank.unwrap_or(c.rank), c))
                .collect();
            // Stable: equal ranks keep the overall order.
            rows.sort_by_key(|(rank, _)| *rank);
            rows
        }
        Block::Other => {
            let others: Vec<_> = r.candidates.iter().filter(|c| !listed(r, c)).collect();
            others
                .iter()
                .map(|c| (1 + others.iter().filter(|o| o.rank < c.rank).count(), *c))
                .collect()
        }
    }
}

/// The block's name on its tab and above its table in the report.
pub fn name(r: &Results, block: &Block, lang: Lang) -> String {
    let subject = r.checklist.subject();
    match block {
        Block::Overall => tr::block_overall(subject).text(lang),
        Block::Category(id) => r.checklist.category_title(id, lang),
        Block::Other => tr::block_other(subject).text(lang),
    }
}
