//! From bytes to a checked document: text → JSON → format and version → typed → rules.
//! Each stage turns the library's error into a [`Problem`] with its place, so the user reads
//! what is wrong and where, never a Rust type name.

use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_path_to_error::Segment;

use super::problem::{FoundValue, JsonKind, Located, Place, Problem, SyntaxError};
use super::{
    CHECKLIST_FORMAT, Checklist, REVIEW_FORMAT, Review, SESSION_FORMAT, Session, validate,
};

/// The newest format version this program reads and writes.
pub const FORMAT_VERSION: u64 = 1;

/// A checklist, a session or a review, told apart by `format`.
#[derive(Clone, Debug, PartialEq)]
pub enum Parsed {
    Checklist(Box<Checklist>),
    Session(Box<Session>),
    Review(Box<Review>),
}

/// Which kind of file a caller expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    Checklist,
    Session,
    Review,
    /// Any of the three.
    Either,
}

/// Parse and fully validate a file's bytes.
pub fn parse_document(bytes: &[u8], expect: Expect) -> Result<Parsed, Vec<Located>> {
    if matches!(expect, Expect::Session | Expect::Either)
        && let Some(done) = well_formed_draft(bytes)
    {
        return done;
    }
    through_value(bytes, expect)
}

/// Every stage in turn, through a JSON value: the path that words every problem.
fn through_value(bytes: &[u8], expect: Expect) -> Result<Parsed, Vec<Located>> {
    let value = parse_json(bytes).map_err(|p| vec![p])?;
    let format = check_header(&value, expect).map_err(|p| vec![p])?;
    // parse_json accepted the text, so it is UTF-8 (after an optional byte-order mark).
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .unwrap_or_default();
    if super::duplicates::may_repeat_members(text) {
        let repeated = super::duplicates::repeated_members(text);
        if !repeated.is_empty() {
            return Err(repeated);
        }
    }
    if format == CHECKLIST_FORMAT {
        let checklist: Checklist = typed(&value)?;
        let problems = validate::checklist(&checklist, "");
        if problems.is_empty() {
            Ok(Parsed::Checklist(Box::new(checklist)))
        } else {
            Err(problems)
        }
    } else if format == REVIEW_FORMAT {
        let review: Review = typed(&value)?;
        let problems = validate::review(&review, &value);
        if problems.is_empty() {
            Ok(Parsed::Review(Box::new(review)))
        } else {
            Err(problems)
        }
    } else {
        let session: Session = typed(&value)?;
        let problems = validate::session(&session, &value);
        if problems.is_empty() {
            Ok(Parsed::Session(Box::new(session)))
        } else {
            Err(problems)
        }
    }
}

/// The fast path for the bulk of an aggregation: a draft session that is well-formed JSON of
/// the right shape parses straight into its type (no intermediate JSON value, a fraction of
/// the time and memory) and gets the same rules. Anything else — a syntax error, a wrong
/// member, another format or version, a repeated member, a seal to check against the file
/// as read — returns `None`, and the path through a JSON value finds and words the problem.
fn well_formed_draft(bytes: &[u8]) -> Option<Result<Parsed, Vec<Located>>> {
    let session: Session = serde_json::from_str(draft_text(bytes)?).ok()?;
    if !takes_the_draft_path(&session.format, session.version, session.seal.is_some()) {
        return None;
    }
    // No scan for repeated members here: every type a session is read into refuses a
    // member written twice (derived with `deny_unknown_fields`, `Text` by hand), so the parse
    // above has already failed on one (tested below, member by member).
    // The JSON as read matters only for a seal, and a draft has none.
    let problems = validate::session(&session, &Value::Null);
    Some(if problems.is_empty() {
        Ok(Parsed::Session(Box::new(session)))
    } else {
        Err(problems)
    })
}

/// A file's text for a typed parse (a byte-order mark dropped), if it is UTF-8. The whole
/// text is checked at once with SIMD and then parsed as text: checking each string as the
/// parse meets it was a tenth of an aggregation (a call per member name).
pub(super) fn draft_text(bytes: &[u8]) -> Option<&str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    simdutf8::basic::from_utf8(bytes).ok()
}

/// Whether a session read by a typed parse may skip the path through a JSON value: of a
/// known format and version, and without a seal (a seal is checked against the file as
/// read).
pub(super) fn takes_the_draft_path(format: &str, version: u32, sealed: bool) -> bool {
    format == SESSION_FORMAT && (1..=FORMAT_VERSION).contains(&u64::from(version)) && !sealed
}

pub fn parse_checklist(bytes: &[u8]) -> Result<Checklist, Vec<Located>> {
    match parse_document(bytes, Expect::Checklist)? {
        Parsed::Checklist(c) => Ok(*c),
        _ => unreachable!("check_header refuses another format when a checklist is expected"),
    }
}

pub fn parse_session(bytes: &[u8]) -> Result<Session, Vec<Located>> {
    match parse_document(bytes, Expect::Session)? {
        Parsed::Session(s) => Ok(*s),
        _ => unreachable!("check_header refuses another format when a session is expected"),
    }
}

pub fn parse_review(bytes: &[u8]) -> Result<Review, Vec<Located>> {
    match parse_document(bytes, Expect::Review)? {
        Parsed::Review(r) => Ok(*r),
        _ => unreachable!("check_header refuses another format when a review is expected"),
    }
}

/// Bytes to a JSON value: empty, non-UTF-8, truncated, too deep and malformed input each get
/// their own plain message with the line and column.
pub fn parse_json(bytes: &[u8]) -> Result<Value, Located> {
    // Windows Notepad saves UTF-8 with a byte-order mark; accept it.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(&bytes[..e.valid_up_to()]);
        Located::new(Place::Text { line, column }, Problem::NotUtf8)
    })?;
    if text.trim().is_empty() {
        return Err(Located::new(Place::File, Problem::Empty));
    }
    // serde_json stops at 128 levels of nesting, so deep input is an error, not a stack overflow.
    serde_json::from_str::<Value>(text).map_err(|e| {
        let place = Place::Text {
            line: e.line(),
            column: e.column(),
        };
        let detail = e.to_string();
        let detail = detail
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_owned();
        let problem = if e.is_eof() {
            Problem::Truncated
        } else if detail.contains("recursion limit") {
            Problem::TooDeep
        } else if detail.contains("number out of range") {
            Problem::NumberTooLarge
        } else {
            Problem::Syntax(SyntaxError::from_detail(&detail))
        };
        Located::new(place, problem)
    })
}

fn line_column(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = prefix
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&prefix[start..]).chars().count() + 1;
    (line, column)
}

/// Check `format` and `version` before anything else, so a newer or foreign file is refused
/// with the right reason instead of a list of unknown members.
fn check_header(value: &Value, expect: Expect) -> Result<&'static str, Located> {
    let Some(object) = value.as_object() else {
        return Err(Located::new(Place::File, Problem::NotAnObject));
    };
    let found = match object.get("format") {
        None => return Err(Located::at("format", Problem::NotEvalDesk { found: None })),
        Some(Value::String(s)) => s.as_str(),
        Some(other) => {
            return Err(Located::at(
                "format",
                Problem::NotEvalDesk {
                    found: Some(other.to_string()),
                },
            ));
        }
    };
    let format = match found {
        CHECKLIST_FORMAT => CHECKLIST_FORMAT,
        SESSION_FORMAT => SESSION_FORMAT,
        REVIEW_FORMAT => REVIEW_FORMAT,
        other => {
            return Err(Located::at(
                "format",
                Problem::NotEvalDesk {
                    found: Some(other.into()),
                },
            ));
        }
    };
    let expected = match expect {
        Expect::Checklist => Some(CHECKLIST_FORMAT),
        Expect::Session => Some(SESSION_FORMAT),
        Expect::Review => Some(REVIEW_FORMAT),
        Expect::Either => None,
    };
    if let Some(expected) = expected.filter(|e| *e != format) {
        return Err(Located::at(
            "format",
            Problem::WrongFormat {
                expected,
                found: format.into(),
            },
        ));
    }
    check_version(object.get("version"), "version")?;
    Ok(format)
}

/// `version` must be a whole number from 1 to [`FORMAT_VERSION`].
pub(crate) fn check_version(version: Option<&Value>, path: &str) -> Result<(), Located> {
    match version {
        None => Err(Located::at(path, Problem::MissingMember("version".into()))),
        Some(v) => match v.as_u64() {
            Some(v) if v > FORMAT_VERSION => Err(Located::at(path, Problem::NewerVersion(v))),
            Some(v) if v >= 1 => Ok(()),
            _ => Err(Located::at(path, Problem::BadVersion)),
        },
    }
}

/// How many structure problems one file reports at most.
const MAX_STRUCTURE_PROBLEMS: usize = 100;

/// The JSON value to a typed document. serde stops at the first member that does not fit; to
/// list them all, each unknown or mistyped member is set aside (removed from a copy) and the
/// document read again, until it reads or a problem cannot be set aside (a missing member).
fn typed<T: DeserializeOwned>(value: &Value) -> Result<T, Vec<Located>> {
    let mut work: Option<Value> = None;
    let mut problems: Vec<Located> = Vec::new();
    loop {
        let attempt = serde_path_to_error::deserialize::<_, T>(work.as_ref().unwrap_or(value));
        let error = match attempt {
            Ok(typed) if problems.is_empty() => return Ok(typed),
            Ok(_) => return Err(problems),
            Err(e) => e,
        };
        let mut segments: Vec<Segment> = error.path().iter().cloned().collect();
        let path = error.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let located = serde_message(&path, &error.into_inner().to_string());
        // A required member set aside earlier is now "missing": already reported.
        if matches!(located.problem, Problem::MissingMember(_))
            && problems.iter().any(|p| p.place == located.place)
        {
            return Err(problems);
        }
        let removable = match &located.problem {
            Problem::UnknownMember(name) => {
                if !matches!(segments.last(), Some(Segment::Map { key }) if key == name) {
                    segments.push(Segment::Map { key: name.clone() });
                }
                true
            }
            Problem::WrongType { .. } | Problem::BadChoice { .. } => true,
            _ => false,
        };
        problems.push(located);
        let work = work.get_or_insert_with(|| value.clone());
        if !removable || problems.len() >= MAX_STRUCTURE_PROBLEMS || !remove_at(work, &segments) {
            return Err(problems);
        }
    }
}

/// Remove the member or list item at `segments`; false when there is nothing there.
fn remove_at(value: &mut Value, segments: &[Segment]) -> bool {
    let Some((last, parents)) = segments.split_last() else {
        return false;
    };
    let mut here = value;
    for segment in parents {
        here = match (segment, here) {
            (Segment::Map { key }, Value::Object(map)) => match map.get_mut(key) {
                Some(v) => v,
                None => return false,
            },
            (Segment::Seq { index }, Value::Array(items)) => match items.get_mut(*index) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
    }
    match (last, here) {
        (Segment::Map { key }, Value::Object(map)) => map.shift_remove(key).is_some(),
        // A list item is not removed: the paths of the items after it would shift.
        _ => false,
    }
}

fn join(path: &str, member: &str) -> String {
    if path.is_empty() {
        member.to_owned()
    } else {
        format!("{path}.{member}")
    }
}

/// serde's messages ("unknown field `x`", "invalid type: string \"a\", expected f64") in
/// plain words.
fn serde_message(path: &str, msg: &str) -> Located {
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or_default().to_owned();
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let name = quoted(rest);
        let path = if path.ends_with(&name) {
            path.to_owned()
        } else {
            join(path, &name)
        };
        return Located::at(path, Problem::UnknownMember(name));
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        let name = quoted(rest);
        return Located::at(join(path, &name), Problem::MissingMember(name));
    }
    if let Some(rest) = msg.strip_prefix("duplicate field ") {
        return Located::at(path, Problem::DuplicateMember(quoted(rest)));
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let found = quoted(rest);
        let allowed = rest
            .split("expected ")
            .nth(1)
            .unwrap_or_default()
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        return Located::at(path, Problem::BadChoice { found, allowed });
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = msg.strip_prefix(prefix)
            && let Some((found, expected)) = rest.rsplit_once(", expected ")
        {
            return Located::at(
                path,
                Problem::WrongType {
                    expected: expected_words(expected),
                    found: found_words(found),
                },
            );
        }
    }
    Located::at(path, Problem::Structure(msg.to_owned()))
}

fn expected_words(expected: &str) -> JsonKind {
    match expected {
        "f64" | "f32" => JsonKind::Number,
        "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" => JsonKind::WholeNumber,
        "a string" => JsonKind::Text,
        "a boolean" => JsonKind::Bool,
        "a sequence" => JsonKind::List,
        "text" => JsonKind::LocalizedText,
        e if e.starts_with("struct ") || e == "a map" => JsonKind::Object,
        e => JsonKind::Other(e.into()),
    }
}

fn found_words(found: &str) -> FoundValue {
    let inner = |s: &str| Some(s.split('`').nth(1).unwrap_or_default().to_owned());
    let (kind, value) = if let Some(s) = found.strip_prefix("string ") {
        (JsonKind::Text, Some(s.to_owned()))
    } else if found.starts_with("integer ") || found.starts_with("floating point ") {
        (JsonKind::Number, inner(found))
    } else if found.starts_with("boolean ") {
        (JsonKind::Bool, inner(found))
    } else {
        let kind = match found {
            "sequence" => JsonKind::List,
            "map" => JsonKind::Object,
            "unit value" | "null" => JsonKind::Null,
            other => JsonKind::Other(other.into()),
        };
        (kind, None)
    };
    FoundValue { kind, value }
}

#[cfg(test)]
mod fast_path_tests {
    use super::*;

    /// The fast path gives what the path through a JSON value gives: the same session, or
    /// the same problems.
    #[test]
    fn a_draft_reads_the_same_by_either_path() {
        let demo = std::fs::read("evaluations/demo/binh-tran.evaluation.json").unwrap();
        let text = String::from_utf8(demo).unwrap();
        let off_scale = text.replacen("\"value\": 3", "\"value\": 7", 1);
        let unknown = text.replacen("\"value\": 3", "\"valeu\": 3", 1);
        for case in [text.clone(), off_scale, unknown] {
            let slow = through_value(case.as_bytes(), Expect::Either);
            assert_eq!(parse_document(case.as_bytes(), Expect::Either), slow);
        }
        assert!(
            well_formed_draft(text.as_bytes()).is_some(),
            "a draft takes the fast path"
        );
        let sealed = std::fs::read("evaluations/demo/an-nguyen.evaluation.json").unwrap();
        assert!(
            well_formed_draft(&sealed).is_none(),
            "a seal is checked on the JSON as read"
        );
        assert!(parse_document(&sealed, Expect::Session).is_ok());
    }

    /// The JSON of `value` with member number `target` (counted depth first in `seen`)
    /// written twice.
    fn with_member_twice(value: &Value, target: usize, seen: &mut usize) -> String {
        match value {
            Value::Object(members) => {
                let mut parts = Vec::new();
                for (name, v) in members {
                    let this = *seen;
                    *seen += 1;
                    let member = format!("{}: {}", Value::from(name.as_str()), {
                        with_member_twice(v, target, seen)
                    });
                    if this == target {
                        parts.push(member.clone());
                    }
                    parts.push(member);
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Array(items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|v| with_member_twice(v, target, seen))
                    .collect();
                format!("[{}]", items.join(", "))
            }
            other => other.to_string(),
        }
    }

    /// Any member of a draft written twice, at any depth, is refused by the typed parse
    /// itself, so the fast path leaves the file to the full path, which names the member.
    #[test]
    fn a_member_written_twice_anywhere_leaves_the_fast_path() {
        let demo = std::fs::read("evaluations/demo/binh-tran.evaluation.json").unwrap();
        let value: Value = serde_json::from_slice(&demo).unwrap();
        let mut members = 0;
        with_member_twice(&value, usize::MAX, &mut members);
        assert!(members > 100, "only {members} members");
        for target in 0..members {
            let text = with_member_twice(&value, target, &mut 0);
            assert!(
                well_formed_draft(text.as_bytes()).is_none(),
                "member {target} written twice took the fast path"
            );
            let problems = parse_document(text.as_bytes(), Expect::Session).unwrap_err();
            assert!(
                problems
                    .iter()
                    .any(|p| matches!(p.problem, Problem::RepeatedMember { .. })),
                "member {target}: {problems:?}"
            );
        }
    }
}
