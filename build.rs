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

/// Each message: its arguments in order of first use with their kinds, and its text.
type Messages = BTreeMap<String, (Vec<(String, Kind)>, String)>;

/// What an argument of a message is, declared in the English catalog by a comment line
/// above the message (`# $since: when`); an argument not declared is `text`. Each kind is
/// its own Rust type in the generated constructor, so a timestamp passed where a name is
/// expected, or a name where a count is, does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A name, an id, a path: `impl Into<TextArg>` (from `&str`, `String`, `&Path`).
    Text,
    /// A count: `impl Into<CountArg>` (from the integer types); it chooses plural forms.
    Count,
    /// A formatted number: `Num` (`Num::points(x)`, `Num::percent(x)` …).
    Number,
    /// A time from a file (RFC 3339), drawn as a date and time: `When`.
    When,
    /// Another message: `Msg`.
    Msg,
    /// Messages joined by ", ": `Vec<Msg>`.
    List,
    /// What the checklist's candidates are: `crate::model::Subject`, which Fluent sees as
    /// "agency" or "product", so that a message selects its words
    /// (`{ $subject -> [agency] … *[product] … }`).
    Subject,
}

impl Kind {
    fn parse(word: &str) -> Option<Kind> {
        Some(match word {
            "text" => Kind::Text,
            "count" => Kind::Count,
            "number" => Kind::Number,
            "when" => Kind::When,
            "msg" => Kind::Msg,
            "list" => Kind::List,
            "subject" => Kind::Subject,
            _ => return None,
        })
    }

    /// The parameter's type and how it becomes an `Arg`.
    fn rust(self, name: &str) -> (&'static str, String) {
        match self {
            Kind::Text => ("impl Into<TextArg>", format!("Arg::Text({name}.into().0)")),
            Kind::Count => (
                "impl Into<CountArg>",
                format!("Arg::Count({name}.into().0)"),
            ),
            Kind::Number => ("Num", format!("{name}.0")),
            Kind::When => ("When", format!("Arg::DateTime({name}.0)")),
            Kind::Msg => ("Msg", format!("Arg::Msg(Box::new({name}))")),
            Kind::List => ("Vec<Msg>", format!("Arg::List({name})")),
            Kind::Subject => (
                "crate::model::Subject",
                format!("Arg::Text({name}.key().to_owned())"),
            ),
        }
    }
}

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
                    let names =
                        |v: &[(String, Kind)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
                    let (mut a, mut b) = (names(args), names(other));
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
            .map(|(a, kind)| format!("{}: {}", a.replace('-', "_"), kind.rust("").0))
            .collect();
        let fields: Vec<String> = args
            .iter()
            .map(|(a, kind)| format!("(\"{a}\", {})", kind.rust(&a.replace('-', "_")).1))
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
            let kinds = declared_kinds(path, &id, m.comment.as_ref(), &vars);
            let vars = vars
                .into_iter()
                .map(|v| {
                    let kind = kinds.get(&v).copied().unwrap_or(Kind::Text);
                    (v, kind)
                })
                .collect();
            let english = pattern_text(pattern);
            if out.insert(id.clone(), (vars, english)).is_some() {
                panic!("{path}: `{id}` is defined twice");
            }
        }
    }
    out
}

/// The kinds a message's comment declares (`# $count: count · $since: when`), checked: a
/// declared name must be one of the message's arguments and the kind one of [`Kind`]'s.
/// Kinds are read from the English catalog only; the other catalogs' arguments must match.
fn declared_kinds(
    path: &str,
    id: &str,
    comment: Option<&ast::Comment<&str>>,
    vars: &[String],
) -> BTreeMap<String, Kind> {
    let mut kinds = BTreeMap::new();
    let Some(comment) = comment else {
        return kinds;
    };
    for line in &comment.content {
        for part in line.split('·') {
            let part = part.trim();
            let Some(rest) = part.strip_prefix('$') else {
                continue;
            };
            let Some((name, word)) = rest.split_once(':') else {
                panic!("{path}: `{id}`: write an argument's kind as `$name: kind`, not `{part}`");
            };
            let (name, word) = (name.trim(), word.trim());
            if !vars.iter().any(|v| v == name) {
                panic!("{path}: `{id}` declares a kind for `${name}`, which it does not use");
            }
            let Some(kind) = Kind::parse(word) else {
                panic!(
                    "{path}: `{id}`: `{word}` is no kind (text, count, number, when, msg, list, subject)"
                );
            };
            kinds.insert(name.to_owned(), kind);
        }
    }
    kinds
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
