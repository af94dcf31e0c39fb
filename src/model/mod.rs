//! The file formats of docs/formats.md: types, parsing with precise errors, validation, the seal;
//! and AHP (docs/method.md §2), which the checklist's own edits need as much as the method.

pub mod ahp;
pub mod canonical;
mod category;
mod checklist;
pub mod duplicates;
mod edit;
mod evidence;
mod json_reader;
pub mod parse;
pub mod problem;
mod review;
mod score_scan;
pub mod seal;
mod session;
mod session_view;
mod text;
pub mod validate;

pub use checklist::*;
pub use edit::WeightLevel;
pub use evidence::{Evidence, EvidenceRule, SessionKind};
pub use parse::{
    Expect, FORMAT_VERSION, Parsed, parse_checklist, parse_document, parse_review, parse_session,
};
pub use problem::{InvalidFile, Located, Place, Problem};
pub use review::*;
pub use session::*;
pub use session_view::{DraftReader, SessionHead, SessionView, score_places};
pub use text::{Text, fold_name};

use serde::Serialize;
use serde_json::Value;

/// A document as it is saved: pretty-printed, members in their declared order, whole numbers
/// without a trailing `.0` (so `"value": 3`, as a person writes it), UTF-8, final newline.
pub fn to_pretty_json<T: Serialize>(document: &T) -> String {
    let mut value = serde_json::to_value(document).expect("EvalDesk documents always serialize");
    tidy_numbers(&mut value);
    let mut text = serde_json::to_string_pretty(&value).expect("a JSON value always serializes");
    text.push('\n');
    text
}

/// Whole floats (3.0) become integers (3). The value is the same number, so the seal (computed
/// on the RFC 8785 form, which writes both as 3) does not change.
fn tidy_numbers(value: &mut Value) {
    match value {
        Value::Number(n) => {
            if let Some(f) = n.as_f64().filter(|_| n.is_f64())
                && f.fract() == 0.0
                && f.abs() < 9.0e15
            {
                *n = serde_json::Number::from(f as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(tidy_numbers),
        Value::Object(members) => members.values_mut().for_each(tidy_numbers),
        _ => {}
    }
}
