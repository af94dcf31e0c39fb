//! Every word a person reads comes from the catalog in `assets/i18n/<lang>/evaldesk.ftl`
//! (Project Fluent), embedded in the binary. `build.rs` checks that both languages have the
//! same messages with the same arguments and writes one constructor per message into
//! [`tr`], so a misspelt id or a missing argument does not compile.
//!
//! A [`Msg`] is a message id with its arguments, not yet in any language: screens keep `Msg`s
//! (errors included) and turn them into text only when drawing, so switching the language
//! redraws everything already on screen.

mod args;

use std::sync::LazyLock;

pub use args::{CountArg, Num, TextArg, When};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// The language of the interface and of messages. Vietnamese is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The language until the user chooses one (`--lang`, or the switch at the top right,
    /// which the window remembers): Vietnamese on every system. The users are Vietnamese
    /// civil servants, and many of the department's PCs run an English Windows; following
    /// the system's locale opened the start screen in English there, against the README.
    pub fn initial() -> Lang {
        Lang::Vi
    }

    /// The BCP 47 code, as in the catalog's folder name and in `{"vi": …, "en": …}` texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// The first of `vi`/`en` for this language: for data that carries both (localized
    /// texts in files), never for the program's own words.
    pub fn pick<T>(self, vi: T, en: T) -> T {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

/// One argument of a message. Numbers are formatted at drawing time by [`crate::format`],
/// in the language drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Names, paths, ids: shown as they are.
    Text(String),
    /// A count: grouped by thousands, and it chooses the plural form in English.
    Count(i64),
    /// A value with at most this many decimals (trailing zeros dropped).
    Number(f64, usize),
    /// A value exactly as a program wrote it, with every decimal (4.000000001 stays that).
    Exact(f64),
    /// A size in bytes.
    Size(u64),
    /// A value with exactly two decimals (points out of 100).
    Points(f64),
    /// A share in [0, 1] as a percentage.
    Percent(f64),
    /// A time from a file (RFC 3339), shown as a date and time.
    DateTime(String),
    /// Another message, drawn in the same language.
    Msg(Box<Msg>),
    /// Messages joined by ", ".
    List(Vec<Msg>),
}

/// A message of the catalog with its arguments, in no language yet.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Msg {
    fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Msg {
        Msg { id, args }
    }

    /// The catalog id (for tests and logs).
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let bundle = bundle(lang);
        let Some(pattern) = bundle.get_message(self.id).and_then(|m| m.value()) else {
            // build.rs guarantees every id exists in both catalogs.
            return self.id.to_owned();
        };
        let mut args = FluentArgs::new();
        for (name, arg) in &self.args {
            let value: FluentValue = match arg {
                Arg::Text(s) => s.clone().into(),
                Arg::Count(n) => (*n).into(),
                Arg::Number(x, d) => crate::format::number(*x, *d, lang).into(),
                Arg::Exact(x) => crate::format::exact(*x, lang).into(),
                Arg::Size(b) => crate::format::file_size(*b, lang).into(),
                Arg::Points(x) => crate::format::points(*x, lang).into(),
                Arg::Percent(x) => crate::format::percent(*x, lang).into(),
                Arg::DateTime(t) => crate::format::date_time(t, lang).into(),
                Arg::Msg(m) => m.text(lang).into(),
                Arg::List(list) => list
                    .iter()
                    .map(|m| m.text(lang))
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }
}

/// Lets a screen write `ui.label(tr::save().text(lang))` or keep the `Msg` for later.
impl std::fmt::Display for Msg {
    /// English, for logs and `Debug`-like contexts only; people get [`Msg::text`].
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// The catalogs, embedded: a translator edits these files, never Rust.
pub const CATALOG_VI: &str = include_str!("../../assets/i18n/vi/evaldesk.ftl");
pub const CATALOG_EN: &str = include_str!("../../assets/i18n/en/evaldesk.ftl");

/// Counts are grouped by thousands the way each language writes them.
fn format_vi(
    value: &FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(crate::format::number(n.value, 0, Lang::Vi)),
        _ => None,
    }
}

fn format_en(
    value: &FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(crate::format::number(n.value, 0, Lang::En)),
        _ => None,
    }
}

fn make_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let (text, formatter): (&str, fn(&FluentValue, &_) -> Option<String>) = match lang {
        Lang::Vi => (CATALOG_VI, format_vi),
        Lang::En => (CATALOG_EN, format_en),
    };
    let id = lang
        .code()
        .parse()
        .expect("vi and en are language identifiers");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: they show as boxes in some fonts and
    // break the terminal table's alignment.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(formatter));
    // build.rs parsed the same text, so this cannot fail.
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static VI: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| make_bundle(Lang::Vi));
    static EN: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| make_bundle(Lang::En));
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// One constructor per message of the catalog, generated by `build.rs`:
/// `tr::save_failed(path, reason)` for `save-failed = … { $path } … { $reason }`.
pub mod tr {
    use super::args::{CountArg, Num, TextArg, When};
    use super::{Arg, Msg};
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}
