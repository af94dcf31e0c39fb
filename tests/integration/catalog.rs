//! The text catalogs: both languages have every message with the same arguments, and no
//! words for people are written in `src/` outside them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use syn::visit::Visit;

fn messages(lang: &str) -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read_to_string(format!("assets/i18n/{lang}/evaldesk.ftl")).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{lang} catalog: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = Vec::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            vars.sort();
            vars.dedup();
            out.insert(m.id.name.to_owned(), vars);
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut Vec<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut Vec<String>) {
    let inline = |i: &ast::InlineExpression<&str>, vars: &mut Vec<String>| match i {
        ast::InlineExpression::VariableReference { id } => vars.push(id.name.to_owned()),
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    };
    match e {
        ast::Expression::Inline(i) => inline(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

#[test]
fn every_message_is_in_both_languages_with_the_same_arguments() {
    let (vi, en) = (messages("vi"), messages("en"));
    assert!(en.len() > 200, "the catalog holds the whole interface");
    let only_en: Vec<_> = en.keys().filter(|k| !vi.contains_key(*k)).collect();
    let only_vi: Vec<_> = vi.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(only_en.is_empty(), "missing in vi: {only_en:?}");
    assert!(only_vi.is_empty(), "missing in en: {only_vi:?}");
    for (id, args) in &en {
        assert_eq!(&vi[id], args, "`{id}` takes other arguments in vi");
    }
}

#[test]
fn every_message_renders_without_fluent_errors_in_both_languages() {
    use evaldesk::i18n::{Lang, Num, tr};
    // A message with a plural and a number: the count selects the English form and is
    // grouped the way each language writes it.
    let m = tr::cli_missing(1usize);
    assert_eq!(m.text(Lang::En), "cannot submit yet: 1 score is missing:");
    assert_eq!(
        tr::cli_missing(1234usize).text(Lang::En),
        "cannot submit yet: 1,234 scores are missing:"
    );
    assert_eq!(
        tr::cli_missing(1234usize).text(Lang::Vi),
        "chưa thể nộp: còn thiếu 1.234 điểm:"
    );
    // A number argument follows the language it is drawn in.
    let w = tr::criterion_weight(Num::number(1.5, 4));
    assert_eq!(w.text(Lang::Vi), "Trọng số 1,5");
    assert_eq!(w.text(Lang::En), "Weight 1.5");
}

/// Where people's words may still be written in Rust: none. Each entry names a file and a
/// literal that is not for people to read as a sentence (ids, file names, format strings).
const ALLOWED: &[(&str, &str)] = &[
    // The line the start-up benchmark reads from `--print-startup-time`: for a program.
    ("ui/startup.rs", "first frame painted after "),
    // serde_json's and serde's own (English) messages, recognised to be put into plain words.
    ("model/parse.rs", " at line "),
    ("model/parse.rs", "recursion limit"),
    ("model/parse.rs", "number out of range"),
    ("model/parse.rs", "unknown field "),
    ("model/parse.rs", "missing field "),
    ("model/parse.rs", "duplicate field "),
    ("model/parse.rs", "unknown variant "),
    ("model/parse.rs", "invalid type: "),
    ("model/parse.rs", "invalid value: "),
    ("model/parse.rs", "floating point "),
    ("model/parse.rs", "unit value"),
    ("model/problem.rs", " (os error"),
    ("model/problem/syntax.rs", "expected value"),
    ("model/problem/syntax.rs", "expected ident"),
    ("model/problem/syntax.rs", "key must be a string"),
    ("model/problem/syntax.rs", "trailing comma"),
    ("model/problem/syntax.rs", "unicode code point"),
    ("model/problem/syntax.rs", "control character"),
    // The letters that lose their marks for file names and searching.
    (
        "model/session.rs",
        "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ",
    ),
    // Words a department may type in a spreadsheet's kind, better and mandatory columns:
    // read, never shown.
    ("spreadsheet/import.rs", "thang điểm"),
    ("spreadsheet/import.rs", "có/không"),
    ("spreadsheet/import.rs", "số"),
    ("spreadsheet/import.rs", "thấp"),
    ("spreadsheet/import.rs", "có"),
    ("spreadsheet/import.rs", "không"),
    ("spreadsheet/import.rs", "bắt buộc"),
    // ... and in its evidence column and the checklist sheet's subject item.
    ("spreadsheet/blocks.rs", "bắt buộc"),
    ("spreadsheet/blocks.rs", "sản phẩm"),
    ("spreadsheet/blocks.rs", "cơ quan"),
    // A folder name on macOS.
    ("store/recovery.rs", "Library/Application Support/EvalDesk"),
    // Font names, as Word and browsers know them.
    ("report/docx.rs", "Times New Roman"),
    ("report/html.rs", "EvalDesk Sans"),
];

/// Files whose literals are markup (HTML tags, CSS): every word they show comes from the
/// report's content, which the catalog wrote.
const MARKUP: &[&str] = &["report/html.rs"];

/// Does a literal read like words for a person? Vietnamese letters, or two English words.
fn looks_like_words(literal: &str) -> bool {
    // Placeholders of format strings are not words.
    let mut text = String::new();
    let mut depth = 0;
    for ch in literal.chars() {
        match ch {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => text.push(ch),
            _ => {}
        }
    }
    if text.chars().any(|c| c.is_alphabetic() && !c.is_ascii()) {
        return true;
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .filter(|w| w.len() > 1)
        .collect();
    let spaced = text.split_whitespace().count() >= 2;
    words.len() >= 2 && spaced
}

struct Finder<'a> {
    file: &'a Path,
    found: Vec<String>,
}

impl Finder<'_> {
    fn check(&mut self, value: &str) {
        let file = self.file.display().to_string();
        if looks_like_words(value)
            && !(MARKUP.iter().any(|f| file.ends_with(f))
                && (value.contains('<') || value.contains("font-") || value.contains('{')))
            && !ALLOWED
                .iter()
                .any(|(f, v)| file.ends_with(f) && *v == value)
        {
            self.found.push(format!("{file}: {value:?}"));
        }
    }

    fn tokens(&mut self, tokens: proc_macro2::TokenStream) {
        for t in tokens {
            match t {
                proc_macro2::TokenTree::Group(g) => self.tokens(g.stream()),
                proc_macro2::TokenTree::Literal(l) => {
                    if let Ok(syn::Lit::Str(s)) = syn::parse_str::<syn::Lit>(&l.to_string()) {
                        self.check(&s.value());
                    }
                }
                _ => {}
            }
        }
    }
}

fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        (a.path().is_ident("cfg") && a.meta.to_token_stream_string().contains("test"))
            || a.path().is_ident("test")
    })
}

trait MetaText {
    fn to_token_stream_string(&self) -> String;
}

impl MetaText for syn::Meta {
    fn to_token_stream_string(&self) -> String {
        quote_tokens(self)
    }
}

fn quote_tokens(meta: &syn::Meta) -> String {
    match meta {
        syn::Meta::List(l) => l.tokens.to_string(),
        _ => String::new(),
    }
}

impl<'ast> Visit<'ast> for Finder<'_> {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs: &[syn::Attribute] = match item {
            syn::Item::Mod(m) => &m.attrs,
            syn::Item::Fn(f) => &f.attrs,
            syn::Item::Impl(i) => &i.attrs,
            _ => &[],
        };
        if !is_test(attrs) {
            syn::visit::visit_item(self, item);
        }
    }

    /// Doc comments and attributes (serde names, clap's help) are not scanned.
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}

    fn visit_lit_str(&mut self, lit: &'ast syn::LitStr) {
        self.check(&lit.value());
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        // `.expect("…")` speaks to programmers, in a panic that never reaches a person.
        if call.method != "expect" {
            syn::visit::visit_expr_method_call(self, call);
        } else {
            self.visit_expr(&call.receiver);
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let name = mac
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        let for_programmers = [
            "panic",
            "unreachable",
            "assert",
            "assert_eq",
            "assert_ne",
            "debug_assert",
            "todo",
            "include",
            "include_str",
            "include_bytes",
            "concat",
            "env",
        ];
        if !for_programmers.contains(&name.as_str()) {
            self.tokens(mac.tokens.clone());
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_words_for_people_are_written_outside_the_catalog() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in &files {
        // Test modules in their own files (`tests.rs`, `tests_*.rs`, included under
        // `#[cfg(test)]`) write fixtures and read the screen in the user's words.
        let stem = file.file_stem().unwrap_or_default().to_string_lossy();
        if stem == "tests" || stem.starts_with("tests_") {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        let syntax = syn::parse_file(&text).unwrap();
        let mut finder = Finder {
            file,
            found: Vec::new(),
        };
        finder.visit_file(&syntax);
        found.extend(finder.found);
    }
    assert!(
        found.is_empty(),
        "words for people outside assets/i18n (move them to the catalog, or allow-list what \
         is not for people):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_finder_sees_words_in_literals_and_macros() {
    assert!(looks_like_words("the file is empty"));
    assert!(looks_like_words("Hợp lệ"));
    assert!(looks_like_words("{name} không đạt"));
    assert!(!looks_like_words("{}: {}"));
    assert!(!looks_like_words("scores"));
    assert!(!looks_like_words("evaldesk.session"));
    let file = syn::parse_file(r#"fn f() { let a = format!("{x} is wrong", x = 1); }"#).unwrap();
    let mut finder = Finder {
        file: Path::new("x.rs"),
        found: Vec::new(),
    };
    finder.visit_file(&file);
    assert_eq!(finder.found.len(), 1, "a sentence inside format! is found");
}

/// English messages that put `{ $count }` before a noun outside a plural select read
/// "(1 problems)". Each such message must select on `$count`, unless listed here with the
/// reason its count is never one or its words take any number.
#[test]
fn english_counts_choose_their_plural_form() {
    const ANY_NUMBER: [&str; 4] = [
        // "scores 1 of the 28 listed" reads right for every number.
        "candidates-covered",
        // Shown only with more than four candidates.
        "one-at-a-time",
        // "The first 1 in the ranking" never shows: the radar draws at least two.
        "chart-radar-top",
        // A bare number of criteria in a table cell, no noun after it.
        "appr-changed-by-evaluators",
    ];
    let text = std::fs::read_to_string("assets/i18n/en/evaldesk.ftl").unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
    let mut bare = Vec::new();
    for entry in resource.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let Some(p) = &m.value else { continue };
        // Only top-level placeables: inside a select on `$count` each form has its words.
        let outside_select = p.elements.iter().any(|e| {
            matches!(e, ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { id })
            } if id.name == "count")
        });
        if outside_select && !ANY_NUMBER.contains(&m.id.name) {
            bare.push(m.id.name.to_owned());
        }
    }
    assert!(
        bare.is_empty(),
        "English messages without a plural form for one: {bare:?}"
    );
}

/// Messages that name products whatever the checklist's subject, with why.
const ABOUT_PRODUCTS: &[(&str, &str)] = &[
    // A spreadsheet keyword the reader types in column A, not a word for the candidates.
    ("sheet-unknown-item", "candidate"),
    ("data-sheet-unknown-item", "candidate"),
    // The two values the sheet's `subject` item takes, named as the reader types them.
    ("data-sheet-unknown-subject", "product"),
    ("data-sheet-unknown-subject", "sản phẩm"),
];

/// The words of products (or of candidates) in `lang`, found in the texts of a pattern that
/// are not in the `[product]` variant of a select on `$subject`.
fn product_words(lang: &str, pattern: &ast::Pattern<&str>, found: &mut Vec<String>) {
    let words: &[&str] = match lang {
        "vi" => &["sản phẩm", "ứng viên"],
        _ => &["product", "candidate"],
    };
    for e in &pattern.elements {
        match e {
            ast::PatternElement::TextElement { value } => {
                let lower = value.to_lowercase();
                found.extend(
                    words
                        .iter()
                        .filter(|w| lower.contains(*w))
                        .map(|w| w.to_string()),
                );
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { selector, variants },
            } => {
                let on_subject = matches!(selector,
                    ast::InlineExpression::VariableReference { id } if id.name == "subject");
                for v in variants {
                    let product = matches!(&v.key, ast::VariantKey::Identifier { name } if *name == "product");
                    if !(on_subject && product) {
                        product_words(lang, &v.value, found);
                    }
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
}

/// An agency is never a product (issue 27): every message naming products or candidates says
/// so only in the `[product]` variant of `{ $subject -> … }`, so agencies get their own words.
#[test]
fn no_message_calls_an_agency_a_product() {
    let mut wrong = Vec::new();
    for lang in ["vi", "en"] {
        let text = std::fs::read_to_string(format!("assets/i18n/{lang}/evaldesk.ftl")).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
        for entry in resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let mut found = Vec::new();
            if let Some(p) = &m.value {
                product_words(lang, p, &mut found);
            }
            found.retain(|w| !ABOUT_PRODUCTS.contains(&(m.id.name, w.as_str())));
            if !found.is_empty() {
                wrong.push(format!("{lang} {}: {found:?}", m.id.name));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "words of products for any subject:\n{}",
        wrong.join("\n")
    );
}

/// The select works: the same message in the words of each subject.
#[test]
fn a_message_follows_the_checklists_subject() {
    use evaldesk::i18n::{Lang, tr};
    use evaldesk::model::Subject;
    assert_eq!(
        tr::candidate(Subject::Agency).text(Lang::Vi),
        "Cơ quan, đơn vị"
    );
    assert_eq!(tr::candidate(Subject::Product).text(Lang::Vi), "Sản phẩm");
    assert_eq!(tr::candidate(Subject::Agency).text(Lang::En), "Agency");
    assert!(
        tr::critical_none(Subject::Agency)
            .text(Lang::Vi)
            .contains("đơn vị dẫn đầu")
    );
}
