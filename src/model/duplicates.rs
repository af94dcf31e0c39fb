//! Member names written twice in one JSON object. serde_json keeps the last value, which
//! would let a sealed file say two things (the seal is computed on the parsed value); I-JSON
//! (RFC 7493, required by RFC 8785) forbids it, and so does docs/formats.md. This scanner runs on
//! text that is already known to be valid JSON.

use std::collections::HashMap;

use super::problem::{Located, Problem};

enum Frame {
    Object {
        path: String,
        /// Each member seen so far, with its line.
        members: HashMap<String, usize>,
        /// The member whose value comes next, if a name was just read.
        current: Option<String>,
    },
    Array {
        path: String,
        index: usize,
    },
}

/// The path of the value that starts now, given the innermost open container.
fn value_path(stack: &[Frame]) -> String {
    match stack.last() {
        None => String::new(),
        Some(Frame::Object { path, current, .. }) => {
            let member = current.as_deref().unwrap_or_default();
            if path.is_empty() {
                member.to_owned()
            } else {
                format!("{path}.{member}")
            }
        }
        Some(Frame::Array { path, index }) => format!("{path}[{index}]"),
    }
}

/// Whether some object may have a member written twice: the quick test every file gets (no
/// paths, no decoding, no allocation per object); [`repeated_members`] then finds the places
/// only when it says yes. Names with an escape, or objects of many members, answer yes and
/// leave the decision to the full scan.
pub fn may_repeat_members(text: &str) -> bool {
    /// Beyond this many members, the linear search below would cost more than the full scan.
    const MANY: usize = 64;
    let bytes = text.as_bytes();
    // The names of every open object, innermost last; per open container, where its names
    // start (None for an array) and whether a member's name comes next.
    let mut names: Vec<&[u8]> = Vec::new();
    let mut open: Vec<(Option<usize>, bool)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => open.push((Some(names.len()), true)),
            b'[' => open.push((None, false)),
            b'}' | b']' => {
                if let Some((Some(start), _)) = open.pop() {
                    names.truncate(start);
                }
            }
            b',' => {
                if let Some((Some(_), next_is_name)) = open.last_mut() {
                    *next_is_name = true;
                }
            }
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                if let Some((Some(first), next_is_name)) = open.last_mut()
                    && *next_is_name
                {
                    let name = &bytes[start..i.min(bytes.len())];
                    let members = &names[*first..];
                    if name.contains(&b'\\') || members.len() >= MANY || members.contains(&name) {
                        return true;
                    }
                    names.push(name);
                    *next_is_name = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// Every member repeated within one object, at its second occurrence's path.
pub fn repeated_members(text: &str) -> Vec<Located> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'{' => stack.push(Frame::Object {
                path: value_path(&stack),
                members: HashMap::new(),
                current: None,
            }),
            b'[' => stack.push(Frame::Array {
                path: value_path(&stack),
                index: 0,
            }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index, .. }) => *index += 1,
                Some(Frame::Object { current, .. }) => *current = None,
                None => {}
            },
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                let raw = &text[start..=i.min(bytes.len() - 1)];
                if let Some(Frame::Object {
                    path,
                    members,
                    current,
                }) = stack.last_mut()
                    && current.is_none()
                {
                    // A member's name: decoded, so "a" and "\u0061" are the same name.
                    let name: String = serde_json::from_str(raw).unwrap_or_else(|_| raw.into());
                    if let Some(&first_line) = members.get(&name) {
                        let at = if path.is_empty() {
                            name.clone()
                        } else {
                            format!("{path}.{name}")
                        };
                        out.push(Located::at(
                            at,
                            Problem::RepeatedMember {
                                member: name.clone(),
                                first_line,
                                line,
                            },
                        ));
                    } else {
                        members.insert(name.clone(), line);
                    }
                    *current = Some(name);
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Place;

    #[test]
    fn the_quick_test_says_yes_whenever_the_full_scan_finds_a_repeat() {
        let repeated = [
            r#"{"a": 1, "a": 2}"#,
            r#"{"scores": [{"value": 1, "note": "a", "value": 2}]}"#,
            r#"{"a": {"b": 1}, "c": [{"x": 1}, {"x": 2}], "a": 3}"#,
            r#"{"a": 1, "\u0061": 2}"#,
        ];
        for text in repeated {
            assert!(!repeated_members(text).is_empty(), "{text}");
            assert!(may_repeat_members(text), "{text}");
        }
        let once = [
            r#"{"a": 1, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}]}"#,
            r#"{"a": "a", "b": "a"}"#,
            r#"{"a": "}{\"a\": ,", "b": ["a", "a"]}"#,
        ];
        for text in once {
            assert!(repeated_members(text).is_empty(), "{text}");
            assert!(!may_repeat_members(text), "{text}");
        }
    }

    #[test]
    fn a_member_written_twice_is_found_with_both_lines_and_its_path() {
        let text = "{\n \"scores\": [\n  {\"criterion\": \"G1.1\",\n   \"value\": 0,\n   \"value\": 3}\n ]\n}";
        let found = repeated_members(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].place, Place::path("scores[0].value"));
        assert_eq!(
            found[0].problem,
            Problem::RepeatedMember {
                member: "value".into(),
                first_line: 4,
                line: 5
            }
        );
    }

    #[test]
    fn the_same_name_in_different_objects_or_escaped_differently() {
        assert!(
            repeated_members(r#"{"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 1}, {"x": 2}]}"#)
                .is_empty()
        );
        assert!(repeated_members(r#"{"k": "a,\"b\"", "v": "{", "w": "}"}"#).is_empty());
        assert_eq!(repeated_members(r#"{"seal": 1, "se\u0061l": 2}"#).len(), 1);
    }

    use proptest::prelude::*;

    /// Any JSON value, with keys and strings full of the characters that matter here.
    fn json() -> impl Strategy<Value = serde_json::Value> {
        let text = "[a-z\\\\\"{}\\[\\],: \\nố]{0,6}";
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<i32>().prop_map(serde_json::Value::from),
            text.prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 40, 6, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::from),
                prop::collection::btree_map(text, inner, 0..5)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn json_written_by_a_serializer_never_has_a_repeated_member(v in json(), pretty in any::<bool>()) {
            let text = if pretty {
                serde_json::to_string_pretty(&v).unwrap()
            } else {
                serde_json::to_string(&v).unwrap()
            };
            prop_assert!(repeated_members(&text).is_empty(), "{}", text);
        }

        #[test]
        fn a_member_repeated_at_the_top_is_always_found(v in json(), key in "[a-z]{1,4}") {
            let text = serde_json::to_string(&v).unwrap();
            let doubled = format!("{{\"{key}\": {text}, \"{key}\": 1}}");
            let found = repeated_members(&doubled);
            prop_assert_eq!(found.len(), 1, "{}", doubled);
            prop_assert_eq!(&found[0].place, &Place::path(key));
        }
    }
}
