//! Checks the text catalogs (assets/i18n/*/evaldesk.ftl) and writes one Rust constructor per
//! message, so a message id or argument that does not exist in the catalog does not compile.
//!
//! Fails the build when a catalog is not valid Fluent, when a message is in one language
//! only, or when the two languages' versions of a message take different arguments.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use fluent_syntax::ast;

#[path = "build/windows_resource.rs"]
mod windows_resource;

const LANGS: [&str; 2] = ["en", "vi"];

type Messages = BTreeMap<String, (Vec<String>, String)>;

fn main() {
    let mut catalogs: Vec<(&str, Messages)> = Vec::new();
    for lang in LANGS {
        let path = format!("assets/i18n/{lang}/evaldesk.ftl");
        println!("cargo::rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read the catalog {path}: {e}"));
        catalogs.push((lang, messages(&path, &text)));
    }
    let (_, english) = &catalogs[0];
    let mut problems = Vec::new();
    for (lang, catalog) in &catalogs[1..] {
        for (id, (args, _)) in english {
            match catalog.get(id) {
                None => problems.push(format!("`{id}` is in en but not in {lang}")),
                Some((other, _)) => {
                    let (mut a, mut b) = (args.clone(), other.clone());
                    a.sort();
                    b.sort();
                    if a != b {
                        problems.push(format!("`{id}` takes {a:?} in en but {b:?} in {lang}"));
                    }
                }
            }
        }
        for id in catalog.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("`{id}` is in {lang} but not in en"));
        }
    }
    if !problems.is_empty() {
        panic!("the text catalogs disagree:\n  {}", problems.join("\n  "));
    }

    let mut code = String::new();
    for (id, (args, english_text)) in english {
        let name = id.replace('-', "_");
        let doc = english_text.replace('\n', " ");
        let _ = writeln!(code, "/// `{id}`: {doc}");
        let params: Vec<String> = args
            .iter()
            .map(|a| format!("{}: impl Into<Arg>", a.replace('-', "_")))
            .collect();
        let fields: Vec<String> = args
            .iter()
            .map(|a| format!("(\"{a}\", {}.into())", a.replace('-', "_")))
            .collect();
        let _ = writeln!(
            code,
            // A message takes as many arguments as its sentence names (the worked example
            // of the report names fifteen).
            "#[allow(clippy::too_many_arguments)]\npub fn {name}({}) -> Msg {{ Msg::new(\"{id}\", vec![{}]) }}",
            params.join(", "),
            fields.join(", ")
        );
    }
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("catalog.rs"), code).expect("OUT_DIR is writable");

    // What Windows shows as the program's description is the Vietnamese catalog's words.
    let vietnamese = &catalogs
        .iter()
        .find(|(lang, _)| *lang == "vi")
        .expect("vi")
        .1;
    let description = vietnamese
        .get("windows-file-description")
        .map(|(_, text)| text.as_str())
        .expect("the catalogs have `windows-file-description`");
    windows_resource::link(&out_dir, description);
}

/// Every message of one catalog: its variables in order of first use, and its text.
fn messages(path: &str, text: &str) -> Messages {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{path} is not valid Fluent: {errors:?}"),
    };
    let mut out = Messages::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let id = m.id.name.to_owned();
            let Some(pattern) = &m.value else {
                panic!("{path}: `{id}` has no text");
            };
            let mut vars = Vec::new();
            pattern_vars(pattern, &mut vars);
            let english = pattern_text(pattern);
            if out.insert(id.clone(), (vars, english)).is_some() {
                panic!("{path}: `{id}` is defined twice");
            }
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut Vec<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } if !vars.iter().any(|v| v == id.name) => {
            vars.push(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// The message's text with `{ $arg }` placeholders, for the generated doc comment.
fn pattern_text(pattern: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                let mut vars = Vec::new();
                expression_vars(expression, &mut vars);
                out.push_str(&format!("{{{}}}", vars.join(", ")));
            }
        }
    }
    out.replace('`', "'")
}
