//! The kinds of a message's arguments, one Rust type each. The catalog declares each
//! argument's kind (`# $since: when` above the message; `text` when not declared) and
//! `build.rs` gives the message's constructor parameters of these types, so a machine
//! timestamp passed as a person's name, or a name where a count belongs, does not compile.
//!
//! The lock message takes a time, drawn in the reader's language:
//!
//! ```
//! use evaldesk::i18n::{Lang, When, tr};
//! let holder = tr::lock_holder(tr::verbatim("An"), "PC-07", When::rfc3339("2015-04-22T16:30:00+07:00"));
//! assert_eq!(holder.text(Lang::Vi), "An (máy PC-07, từ 22/04/2015 16:30)");
//! ```
//!
//! and the file's raw timestamp, which the editor once passed and showed as
//! "2015-04-22T16:30:00+07:00", is refused by the compiler:
//!
//! ```compile_fail,E0308
//! use evaldesk::i18n::tr;
//! let since = String::from("2015-04-22T16:30:00+07:00");
//! let holder = tr::lock_holder(tr::verbatim("An"), "PC-07", since);
//! ```
//!
//! as is a count passed as a name, or a name as a count:
//!
//! ```compile_fail,E0308
//! use evaldesk::i18n::tr;
//! let missing = tr::cli_missing("74");
//! ```

use std::path::{Path, PathBuf};

use super::Arg;

/// A name, an id, a path: shown as it is.
#[derive(Clone, Debug, PartialEq)]
pub struct TextArg(pub(super) String);

impl From<&str> for TextArg {
    fn from(s: &str) -> Self {
        TextArg(s.to_owned())
    }
}
impl From<String> for TextArg {
    fn from(s: String) -> Self {
        TextArg(s)
    }
}
impl From<&String> for TextArg {
    fn from(s: &String) -> Self {
        TextArg(s.clone())
    }
}
impl From<&Path> for TextArg {
    fn from(p: &Path) -> Self {
        TextArg(p.display().to_string())
    }
}
impl From<&PathBuf> for TextArg {
    fn from(p: &PathBuf) -> Self {
        TextArg(p.display().to_string())
    }
}

/// A count: grouped by thousands when drawn, and it chooses the plural form in English.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CountArg(pub(super) i64);

impl From<usize> for CountArg {
    fn from(n: usize) -> Self {
        CountArg(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u64> for CountArg {
    fn from(n: u64) -> Self {
        CountArg(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u32> for CountArg {
    fn from(n: u32) -> Self {
        CountArg(i64::from(n))
    }
}
impl From<i64> for CountArg {
    fn from(n: i64) -> Self {
        CountArg(n)
    }
}

/// A number, formatted when drawn in the language drawn; made only by its constructors, so
/// each says how it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Num(pub(super) Arg);

impl Num {
    /// At most `decimals` decimals, trailing zeros dropped.
    pub fn number(x: f64, decimals: usize) -> Num {
        Num(Arg::Number(x, decimals))
    }
    /// Exactly as a program wrote it, with every decimal (4.000000001 stays that).
    pub fn exact(x: f64) -> Num {
        Num(Arg::Exact(x))
    }
    /// Points out of 100, with exactly two decimals.
    pub fn points(x: f64) -> Num {
        Num(Arg::Points(x))
    }
    /// A share in [0, 1], as a percentage.
    pub fn percent(x: f64) -> Num {
        Num(Arg::Percent(x))
    }
    /// A size in bytes.
    pub fn size(bytes: u64) -> Num {
        Num(Arg::Size(bytes))
    }
}

/// A time from a file (RFC 3339), drawn as a date and time in the language drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct When(pub(super) String);

impl When {
    pub fn rfc3339(stamp: impl Into<String>) -> When {
        When(stamp.into())
    }
}
