//! Tables of cells → a checklist, with every bad cell reported by row and column, then the
//! same checks as `evaldesk validate`, reported at the row of the group or criterion at fault.

use std::collections::HashMap;

use super::blocks;
use super::read::{Cell, Table};
use super::{CHECKLIST_COLUMNS, CHECKLIST_SHEET, COLUMNS, SheetIssue, SheetProblem, column_letter};
use crate::model::{
    Better, Candidate, Category, Checklist, Criterion, Grade, Group, Kind, Level, Text, validate,
};

pub fn import(
    criteria: &Table,
    meta: Option<&Table>,
    base: &Checklist,
) -> Result<Checklist, Vec<SheetProblem>> {
    let mut problems = Vec::new();
    let mut checklist = base.clone();
    checklist.group_pairwise = None;
    let (rows, columns) = read_criteria(criteria, &mut checklist, &mut problems);
    keep_what_the_sheet_does_not_say(&mut checklist, base, &columns);
    if let Some(meta) = meta {
        let start = problems.len();
        read_meta(meta, &mut checklist, &mut problems);
        for p in &mut problems[start..] {
            p.place.sheet = Some(CHECKLIST_SHEET.into());
        }
    }
    blocks::blocks_the_sheet_names(&mut checklist);
    drop_consequences(&mut problems);
    if problems.is_empty() {
        for located in validate::checklist(&checklist, "") {
            let origin = Origin {
                rows: &rows,
                columns: &columns,
                has_meta: meta.is_some(),
            };
            problems.push(origin.place(&located.place.to_string(), located));
        }
    }
    if problems.is_empty() {
        Ok(checklist)
    } else {
        Err(problems)
    }
}

/// The sheet has no column for a group's `applies_to`, and an older sheet none for a
/// criterion's `applies_to` or `evidence`: those of the base checklist's group or criterion of
/// the same id are kept, so that a checklist exported, edited in a spreadsheet and imported
/// again loses nothing the sheet could not say. A sheet with the column says it: an empty
/// cell there means none.
fn keep_what_the_sheet_does_not_say(
    checklist: &mut Checklist,
    base: &Checklist,
    columns: &HashMap<String, usize>,
) {
    let (says_applies, says_evidence) = (
        columns.contains_key("applies_to"),
        columns.contains_key("evidence"),
    );
    for g in &mut checklist.groups {
        if let Some(old) = base.groups.iter().find(|b| b.id == g.id)
            && g.applies_to.is_none()
        {
            g.applies_to = old.applies_to.clone();
        }
        for c in &mut g.criteria {
            if let Some((_, was)) = base.criteria().find(|(_, b)| b.id == c.id) {
                if !says_applies {
                    c.applies_to = was.applies_to.clone();
                }
                if !says_evidence {
                    c.evidence = was.evidence;
                }
            }
        }
    }
}

/// A formula without a result is read as empty: what that emptiness causes in the same cell
/// ("this cell is empty") is not said twice.
fn drop_consequences(problems: &mut Vec<SheetProblem>) {
    let causes: Vec<_> = problems
        .iter()
        .filter(|p| p.issue == SheetIssue::NoResult)
        .map(|p| p.place.clone())
        .collect();
    problems.retain(|p| p.issue == SheetIssue::NoResult || !causes.contains(&p.place));
}

/// Every formula saved without its result in a column the header names.
fn no_results(table: &Table, header: &Header, problems: &mut Vec<SheetProblem>) {
    for (number, cells) in table.rows.iter().skip(1) {
        for (name, &i) in &header.index {
            if cells.get(i) == Some(&Cell::NoResult) {
                problems.push(SheetProblem::at(
                    *number,
                    Some((column_letter(i), name.clone())),
                    SheetIssue::NoResult,
                ));
            }
        }
    }
}

/// The columns a header row names, by lower-case name.
struct Header {
    index: HashMap<String, usize>,
    row: usize,
}

impl Header {
    fn read(
        table: &Table,
        known: &[&'static str],
        problems: &mut Vec<SheetProblem>,
    ) -> Option<Header> {
        let Some((row, cells)) = table.rows.first() else {
            problems.push(SheetProblem::whole(SheetIssue::NoHeader));
            return None;
        };
        let mut index = HashMap::new();
        for (i, cell) in cells.iter().enumerate() {
            let name = cell.text().to_lowercase();
            if name.is_empty() {
                continue;
            }
            let place = Some((column_letter(i), name.clone()));
            if !known.contains(&name.as_str()) {
                problems.push(SheetProblem::at(
                    *row,
                    place,
                    SheetIssue::UnknownColumn(name),
                ));
            } else if index.insert(name.clone(), i).is_some() {
                problems.push(SheetProblem::at(
                    *row,
                    place,
                    SheetIssue::DuplicateColumn(name),
                ));
            }
        }
        Some(Header { index, row: *row })
    }

    fn require(&self, name: &'static str, problems: &mut Vec<SheetProblem>) {
        if !self.index.contains_key(name) {
            problems.push(SheetProblem::at(
                self.row,
                None,
                SheetIssue::MissingColumn(name),
            ));
        }
    }
}

/// One data row, read cell by cell; a bad cell is reported and read as empty.
struct Row<'a> {
    number: usize,
    cells: &'a [Cell],
    header: &'a Header,
}

impl Row<'_> {
    fn place(&self, name: &str) -> Option<(String, String)> {
        let i = *self.header.index.get(name)?;
        Some((column_letter(i), name.to_owned()))
    }

    fn problem(&self, name: &str, issue: SheetIssue) -> SheetProblem {
        SheetProblem::at(self.number, self.place(name), issue)
    }

    /// A formula without a result reads as empty (it is reported by [`no_results`]).
    fn cell(&self, name: &str) -> &Cell {
        match self.header.index.get(name).and_then(|&i| self.cells.get(i)) {
            None | Some(Cell::NoResult) => &Cell::Empty,
            Some(cell) => cell,
        }
    }

    fn text(&self, name: &str) -> Option<String> {
        let cell = self.cell(name);
        (!cell.is_empty()).then(|| cell.text())
    }

    /// A text from its Vietnamese and English columns: both → localized, only Vietnamese →
    /// a plain string (as most checklists write it), only English → localized English.
    fn localized(&self, vi: &str, en: &str) -> Option<Text> {
        let (vi, en) = (self.text(vi), self.text(en));
        (vi.is_some() || en.is_some())
            .then(|| Text::from_parts(vi.as_deref().unwrap_or(""), en.as_deref().unwrap_or("")))
    }

    fn number(&self, name: &str, problems: &mut Vec<SheetProblem>) -> Option<f64> {
        match self.cell(name) {
            Cell::Number(n) | Cell::Percent(n) => Some(*n),
            Cell::Date(date) => {
                problems.push(self.problem(name, SheetIssue::DateNotNumber(date.clone())));
                None
            }
            cell if cell.is_empty() => None,
            cell => {
                let text = cell.text();
                let parsed = parse_number(&text);
                if parsed.is_none() {
                    problems.push(self.problem(name, SheetIssue::NotNumber(text)));
                }
                parsed
            }
        }
    }

    fn required(&self, name: &str, problems: &mut Vec<SheetProblem>) -> String {
        self.text(name).unwrap_or_else(|| {
            problems.push(self.problem(name, SheetIssue::EmptyCell));
            String::new()
        })
    }

    fn keyword<T>(
        &self,
        name: &str,
        words: &[(&str, T)],
        issue: fn(String) -> SheetIssue,
        problems: &mut Vec<SheetProblem>,
    ) -> Option<T>
    where
        T: Copy,
    {
        if let Cell::Bool(b) = self.cell(name) {
            let word = if *b { "true" } else { "false" };
            return words.iter().find(|(w, _)| *w == word).map(|(_, v)| *v);
        }
        let text = self.text(name)?;
        let key = text.to_lowercase();
        let found = words.iter().find(|(w, _)| *w == key).map(|(_, v)| *v);
        if found.is_none() {
            problems.push(self.problem(name, issue(text)));
        }
        found
    }
}

/// `1.5`, `1,5` (decimal comma), `30%` (read as 30).
fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim().trim_end_matches('%').trim();
    let t = if t.contains(',') && !t.contains('.') {
        t.replace(',', ".")
    } else {
        t.to_owned()
    };
    t.parse::<f64>().ok().filter(|n| n.is_finite())
}

const KINDS: [(&str, Kind); 6] = [
    ("scale", Kind::Scale),
    ("yes_no", Kind::YesNo),
    ("numeric", Kind::Numeric),
    ("thang điểm", Kind::Scale),
    ("có/không", Kind::YesNo),
    ("số", Kind::Numeric),
];
const BETTER: [(&str, Better); 4] = [
    ("lower", Better::Lower),
    ("higher", Better::Higher),
    ("thấp", Better::Lower),
    ("cao", Better::Higher),
];
const YES_NO: [(&str, bool); 10] = [
    ("yes", true),
    ("no", false),
    ("true", true),
    ("false", false),
    ("1", true),
    ("0", false),
    ("x", true),
    ("có", true),
    ("không", false),
    ("bắt buộc", true),
];

/// Where each group and criterion came from: the group's first row, and each criterion's row.
type Rows = Vec<(usize, Vec<usize>)>;

fn read_criteria(
    table: &Table,
    checklist: &mut Checklist,
    problems: &mut Vec<SheetProblem>,
) -> (Rows, HashMap<String, usize>) {
    checklist.groups.clear();
    let mut rows: Rows = Vec::new();
    let Some(header) = Header::read(table, &COLUMNS, problems) else {
        return (rows, HashMap::new());
    };
    header.require("group", problems);
    header.require("id", problems);
    if !header.index.contains_key("title_vi") && !header.index.contains_key("title_en") {
        header.require("title_vi", problems);
    }
    if !problems.is_empty() {
        return (rows, header.index);
    }
    no_results(table, &header, problems);
    if table.rows.len() < 2 {
        problems.push(SheetProblem::at(header.row, None, SheetIssue::NoRows));
    }
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (number, cells) in &table.rows[1..] {
        let row = Row {
            number: *number,
            cells,
            header: &header,
        };
        let group_id = row.required("group", problems);
        let title = row.localized("group_title_vi", "group_title_en");
        let weight = row.number("group_weight", problems);
        let source = row.localized("group_source", "group_source_en");
        let g = match by_id.get(&group_id) {
            Some(&g) => {
                let group = &checklist.groups[g];
                let differs = title.as_ref().is_some_and(|t| *t != group.title)
                    || weight.is_some_and(|w| Some(w) != group.weight)
                    || source
                        .as_ref()
                        .is_some_and(|s| Some(s) != group.source.as_ref());
                if differs {
                    problems.push(SheetProblem::at(
                        *number,
                        None,
                        SheetIssue::GroupDiffers {
                            group: group_id.clone(),
                            first_row: rows[g].0,
                        },
                    ));
                }
                g
            }
            None => {
                let title = title.unwrap_or_else(|| {
                    problems.push(row.problem("group_title_vi", SheetIssue::EmptyCell));
                    Text::Plain(String::new())
                });
                checklist.groups.push(Group {
                    id: group_id.clone(),
                    title,
                    source,
                    weight,
                    criteria: Vec::new(),
                    criteria_pairwise: None,
                    applies_to: None,
                });
                rows.push((*number, Vec::new()));
                by_id.insert(group_id, checklist.groups.len() - 1);
                checklist.groups.len() - 1
            }
        };
        let criterion = read_criterion(&row, problems);
        checklist.groups[g].criteria.push(criterion);
        rows[g].1.push(*number);
    }
    // In the order a person reads the sheet: by row, then column.
    problems.sort_by_key(|p| {
        let column = p
            .place
            .column
            .as_ref()
            .map(|(letter, _)| (letter.len(), letter.clone()));
        (p.place.row, column)
    });
    (rows, header.index)
}

fn read_criterion(row: &Row, problems: &mut Vec<SheetProblem>) -> Criterion {
    let id = row.required("id", problems);
    let title = row.localized("title_vi", "title_en").unwrap_or_else(|| {
        problems.push(row.problem("title_vi", SheetIssue::EmptyCell));
        Text::Plain(String::new())
    });
    Criterion {
        id,
        title,
        guidance: row.localized("guidance", "guidance_en"),
        source: row.localized("source", "source_en"),
        weight: row.number("weight", problems),
        kind: row.keyword("kind", &KINDS, SheetIssue::UnknownKind, problems),
        mandatory: row.keyword("mandatory", &YES_NO, SheetIssue::NotYesNo, problems),
        threshold: row.number("threshold", problems),
        unit: row.localized("unit", "unit_en"),
        better: row.keyword("better", &BETTER, SheetIssue::UnknownBetter, problems),
        evidence: row.keyword(
            "evidence",
            &blocks::EVIDENCE,
            SheetIssue::UnknownEvidence,
            problems,
        ),
        applies_to: row.text("applies_to").and_then(|t| blocks::applies_to(&t)),
    }
}

fn read_meta(table: &Table, checklist: &mut Checklist, problems: &mut Vec<SheetProblem>) {
    let Some(header) = Header::read(table, &CHECKLIST_COLUMNS, problems) else {
        return;
    };
    header.require("item", problems);
    if !problems.is_empty() {
        return;
    }
    no_results(table, &header, problems);
    checklist.scale.levels.clear();
    checklist.subject = None;
    let (mut candidates, mut grades, mut categories) = (Vec::new(), Vec::new(), Vec::new());
    for (number, cells) in &table.rows[1..] {
        let row = Row {
            number: *number,
            cells,
            header: &header,
        };
        let item = row.required("item", problems);
        let label = || {
            row.localized("vi", "en")
                .unwrap_or(Text::Plain(String::new()))
        };
        let value = |problems: &mut Vec<SheetProblem>| {
            let v = row.number("value", problems);
            if v.is_none() && !row.cell("value").is_empty() {
                return 0.0;
            }
            v.unwrap_or_else(|| {
                problems.push(row.problem("value", SheetIssue::EmptyCell));
                0.0
            })
        };
        match item.to_lowercase().as_str() {
            "checklist" => {
                checklist.id = row.required("id", problems);
                checklist.title = label();
            }
            "subject" => {
                let words = &blocks::SUBJECTS;
                checklist.subject =
                    row.keyword("value", words, SheetIssue::UnknownSubject, problems);
            }
            "category" => categories.push(Category {
                id: row.required("id", problems),
                title: label(),
            }),
            "scale_min" => checklist.scale.min = value(problems),
            "scale_max" => checklist.scale.max = value(problems),
            "scale_step" => checklist.scale.step = value(problems),
            "level" => checklist.scale.levels.push(Level {
                value: value(problems),
                label: label(),
            }),
            "grade" => grades.push(Grade {
                min: value(problems),
                label: label(),
            }),
            "candidate" => candidates.push(Candidate {
                id: row.required("id", problems),
                name: label(),
                vendor: row.text("vendor").map(Text::Plain),
                version: row.text("version").map(Text::Plain),
                category: row.text("category"),
            }),
            "group_pairwise" => checklist.group_pairwise = matrix(&row, problems),
            "criteria_pairwise" => {
                let group = row.required("id", problems);
                let m = matrix(&row, problems);
                match checklist.groups.iter_mut().find(|g| g.id == group) {
                    Some(g) => g.criteria_pairwise = m,
                    None => problems.push(row.problem("id", SheetIssue::UnknownGroup(group))),
                }
            }
            _ => problems.push(row.problem("item", SheetIssue::UnknownItem(item))),
        }
    }
    checklist.candidates = (!candidates.is_empty()).then_some(candidates);
    checklist.grades = (!grades.is_empty()).then_some(grades);
    checklist.categories = (!categories.is_empty()).then_some(categories);
}

/// A matrix written as JSON rows, `[[1, 3], [0.333, 1]]`.
fn matrix(row: &Row, problems: &mut Vec<SheetProblem>) -> Option<Vec<Vec<f64>>> {
    let text = row.required("value", problems);
    match serde_json::from_str(&text) {
        Ok(m) => Some(m),
        Err(e) => {
            problems.push(row.problem("value", SheetIssue::BadMatrix(e.to_string())));
            None
        }
    }
}

/// Where the criteria sheet's groups and criteria came from, to place what `validate` finds.
struct Origin<'a> {
    rows: &'a Rows,
    columns: &'a HashMap<String, usize>,
    has_meta: bool,
}

impl Origin<'_> {
    /// A problem `validate` found, placed at the row (and column) it comes from.
    fn place(&self, path: &str, located: crate::model::Located) -> SheetProblem {
        let issue = SheetIssue::Invalid(located.problem);
        let index = |s: &str| -> Option<(usize, String)> {
            let (n, rest) = s.split_once(']')?;
            Some((n.parse().ok()?, rest.trim_start_matches('.').to_owned()))
        };
        let found = path
            .strip_prefix("groups[")
            .and_then(index)
            .and_then(|(g, rest)| {
                let (first_row, criteria) = self.rows.get(g)?;
                if let Some((c, field)) = rest.strip_prefix("criteria[").and_then(index) {
                    let column = match field.split(['.', '[']).next().unwrap_or("") {
                        "title" => "title_vi",
                        f => COLUMNS.iter().find(|c| **c == f).copied().unwrap_or("id"),
                    };
                    return Some((*criteria.get(c)?, column));
                }
                let column = match rest.split(['.', '[']).next().unwrap_or("") {
                    "title" => "group_title_vi",
                    "weight" => "group_weight",
                    "source" => "group_source",
                    _ => "group",
                };
                Some((*first_row, column))
            });
        match found {
            Some((row, column)) => {
                let place = self
                    .columns
                    .get(column)
                    .map(|&i| (column_letter(i), column.to_owned()));
                SheetProblem::at(row, place, issue)
            }
            None => {
                let mut p = SheetProblem::whole(issue);
                if self.has_meta {
                    p.place.sheet = Some(CHECKLIST_SHEET.into());
                }
                p
            }
        }
    }
}
