//! What the JSON reader stumbled on, in words: serde_json's messages mapped to the catalog's.

use crate::i18n::{Msg, tr};

/// What the JSON reader stumbled on, in plain words rather than the parser's English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxError {
    ExpectedValue,
    ExpectedComma,
    ExpectedColon,
    KeyNotText,
    Trailing,
    TrailingComma,
    Escape,
    Number,
    Control,
    Other,
}

impl SyntaxError {
    /// From serde_json's message, e.g. "expected value" or "trailing characters".
    pub fn from_detail(detail: &str) -> SyntaxError {
        let has = |s: &str| detail.contains(s);
        if has("expected value") || has("expected ident") {
            SyntaxError::ExpectedValue
        } else if has("expected `,`") {
            SyntaxError::ExpectedComma
        } else if has("expected `:`") {
            SyntaxError::ExpectedColon
        } else if has("key must be a string") {
            SyntaxError::KeyNotText
        } else if has("trailing comma") {
            SyntaxError::TrailingComma
        } else if has("trailing") {
            SyntaxError::Trailing
        } else if has("escape") || has("unicode code point") || has("surrogate") {
            SyntaxError::Escape
        } else if has("number") || has("exponent") {
            SyntaxError::Number
        } else if has("control character") {
            SyntaxError::Control
        } else {
            SyntaxError::Other
        }
    }

    pub(super) fn msg(self) -> Msg {
        match self {
            SyntaxError::ExpectedValue => tr::syntax_expected_value(),
            SyntaxError::ExpectedComma => tr::syntax_expected_comma(),
            SyntaxError::ExpectedColon => tr::syntax_expected_colon(),
            SyntaxError::KeyNotText => tr::syntax_key_not_text(),
            SyntaxError::Trailing => tr::syntax_trailing(),
            SyntaxError::TrailingComma => tr::syntax_trailing_comma(),
            SyntaxError::Escape => tr::syntax_escape(),
            SyntaxError::Number => tr::syntax_number(),
            SyntaxError::Control => tr::syntax_control(),
            SyntaxError::Other => tr::syntax_other(),
        }
    }
}
