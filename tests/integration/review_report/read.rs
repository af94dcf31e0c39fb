//! Reading back what the report wrote: a DOCX's paragraphs and tables, a workbook's sheet.

use std::path::Path;

use crate::common::zip_entry as entry;

/// The text of a node's `w:t` runs, joined, a `w:br` as a line break.
pub fn text_of(n: roxmltree::Node) -> String {
    n.descendants()
        .filter_map(|t| match t.tag_name().name() {
            "t" => t.text(),
            "br" => Some("\n"),
            _ => None,
        })
        .collect()
}

/// Every paragraph outside tables, and every table as its rows of cell texts.
pub fn docx_parts(path: &Path) -> (Vec<String>, Vec<Vec<Vec<String>>>) {
    let xml = entry(path, "word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let in_table = |n: roxmltree::Node| n.ancestors().any(|a| a.has_tag_name("tbl"));
    let paragraphs = doc
        .descendants()
        .filter(|n| n.has_tag_name("p") && !in_table(*n))
        .map(text_of)
        .collect();
    let tables = doc
        .descendants()
        .filter(|n| n.has_tag_name("tbl"))
        .map(|t| {
            t.children()
                .filter(|r| r.has_tag_name("tr"))
                .map(|r| {
                    r.children()
                        .filter(|c| c.has_tag_name("tc"))
                        .map(text_of)
                        .collect()
                })
                .collect()
        })
        .collect();
    (paragraphs, tables)
}

/// The table whose header row starts with `first` and holds `column`.
pub fn table_with<'a>(tables: &'a [Vec<Vec<String>>], column: &str) -> &'a Vec<Vec<String>> {
    tables
        .iter()
        .find(|t| t.first().is_some_and(|h| h.iter().any(|c| c == column)))
        .unwrap_or_else(|| panic!("no table with a column {column}: {tables:?}"))
}

/// A sheet's rows by its name: text as text, numbers as numbers.
#[derive(Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    Formula,
}

pub fn sheet(book: &Path, name: &str) -> Vec<Vec<(String, Cell)>> {
    let workbook = entry(book, "xl/workbook.xml");
    let wb = roxmltree::Document::parse(&workbook).unwrap();
    let index = wb
        .descendants()
        .filter(|n| n.has_tag_name("sheet"))
        .position(|n| n.attribute("name") == Some(name))
        .unwrap_or_else(|| panic!("no sheet {name}"));
    let strings_xml = entry(book, "xl/sharedStrings.xml");
    let strings = roxmltree::Document::parse(&strings_xml).unwrap();
    let strings: Vec<String> = strings
        .descendants()
        .filter(|n| n.has_tag_name("si"))
        .map(text_of)
        .collect();
    let xml = entry(book, &format!("xl/worksheets/sheet{}.xml", index + 1));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("row"))
        .map(|row| {
            row.children()
                .filter(|c| c.has_tag_name("c"))
                .map(|c| {
                    let at = c.attribute("r").unwrap().to_owned();
                    let v = c
                        .children()
                        .find(|v| v.has_tag_name("v"))
                        .and_then(|v| v.text())
                        .unwrap_or_default();
                    let cell = if c.children().any(|f| f.has_tag_name("f")) {
                        Cell::Formula
                    } else if c.attribute("t") == Some("s") {
                        Cell::Text(strings[v.parse::<usize>().unwrap()].clone())
                    } else {
                        Cell::Number(v.parse().unwrap())
                    };
                    (at, cell)
                })
                .collect()
        })
        .collect()
}
