//! What a criteria sheet says of blocks and evidence (docs/formats.md `applies_to`,
//! `evidence`, `subject`, `categories`): the words each cell may hold, read and written the
//! same way, so that a checklist exported and imported again keeps its blocks.

use crate::model::{Category, Checklist, EvidenceRule, Subject, Text};

/// The words an `evidence` cell may hold (lower case); empty means not required.
pub const EVIDENCE: [(&str, EvidenceRule); 2] = [
    ("required", EvidenceRule::Required),
    ("bắt buộc", EvidenceRule::Required),
];

/// The words a `subject` item may hold.
pub const SUBJECTS: [(&str, Subject); 4] = [
    ("product", Subject::Product),
    ("agency", Subject::Agency),
    ("sản phẩm", Subject::Product),
    ("cơ quan", Subject::Agency),
];

/// An `applies_to` cell, "so, huyen": the ids in their order, blanks between commas
/// dropped; `None` when it names none (the criterion then applies to every block). Whether
/// each id is a category of the checklist is validation's to say, at this cell.
pub fn applies_to(text: &str) -> Option<Vec<String>> {
    let ids: Vec<String> = text
        .split([',', ';'])
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .collect();
    (!ids.is_empty()).then_some(ids)
}

/// The cell an `applies_to` list is written in.
pub fn applies_to_cell(ids: &[String]) -> String {
    ids.join(", ")
}

/// A criteria sheet imported into a checklist with no blocks at all (a new checklist, or the
/// command line's blank one) whose `applies_to` cells name some: those blocks become the
/// checklist's, titled by their ids until someone names them, in the order the sheet first
/// names them. Into a checklist that has blocks, an id it does not list stays an error at
/// its cell: there it is a typo, not a new block.
pub fn blocks_the_sheet_names(checklist: &mut Checklist) {
    if checklist.categories.is_some() {
        return;
    }
    let mut ids: Vec<String> = Vec::new();
    for (_, c) in checklist.criteria() {
        for id in c.applies_to.iter().flatten() {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
    }
    if !ids.is_empty() {
        let blocks = ids.into_iter().map(|id| Category {
            title: Text::Plain(id.clone()),
            id,
        });
        checklist.categories = Some(blocks.collect());
    }
}

pub fn subject_word(subject: Subject) -> &'static str {
    match subject {
        Subject::Product => "product",
        Subject::Agency => "agency",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_applies_to_cell_reads_ids_between_commas() {
        assert_eq!(
            applies_to(" huyen , so,"),
            Some(vec!["huyen".to_owned(), "so".to_owned()])
        );
        assert_eq!(applies_to(" , "), None);
        assert_eq!(
            applies_to_cell(&applies_to("so;huyen").unwrap()),
            "so, huyen"
        );
    }
}
