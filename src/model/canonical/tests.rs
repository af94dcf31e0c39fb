//! The fast canonical hash against the way through a JSON value (`seal::of_value`), which
//! writes RFC 8785 with `serde_json_canonicalizer`: byte for byte the same hash on every
//! bundled document and on generated ones, written compact, pretty and with every character
//! beyond ASCII escaped.

use proptest::prelude::*;
use serde_json::{Map, Number, Value, json};

use super::sha256_without_seal;
use crate::model::seal;

fn through_value(text: &str) -> Option<String> {
    seal::of_value(&serde_json::from_str::<Value>(text).ok()?)
}

/// `text` with every character beyond ASCII (in names and strings alike) as `\u` escapes,
/// pairs of them beyond the Basic Multilingual Plane.
fn escaped(text: &str) -> String {
    let mut out = String::new();
    for ch in text.chars() {
        if ch.is_ascii() {
            out.push(ch);
        } else {
            let mut units = [0u16; 2];
            for unit in ch.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04X}"));
            }
        }
    }
    out
}

fn assert_same(value: &Value) {
    for text in [
        value.to_string(),
        serde_json::to_string_pretty(value).unwrap(),
        escaped(&value.to_string()),
    ] {
        assert_eq!(
            sha256_without_seal(text.as_bytes()),
            through_value(&text),
            "{text}"
        );
    }
}

#[test]
fn every_bundled_file_hashes_as_through_a_value() {
    let mut seen = 0;
    for dir in [
        "evaluations/demo",
        "evaluations/demo-agencies",
        "assets/checklists",
    ] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            // The agency demo's evidence files lie in a folder beside the sessions.
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let fast = sha256_without_seal(text.as_bytes());
            assert!(fast.is_some(), "{}", path.display());
            assert_eq!(fast, through_value(&text), "{}", path.display());
            seen += 1;
        }
    }
    assert!(seen >= 5);
}

#[test]
fn a_submitted_sessions_hash_is_its_seal() {
    let text = std::fs::read_to_string("evaluations/demo/an-nguyen.evaluation.json").unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        sha256_without_seal(text.as_bytes()).as_deref(),
        value["seal"]["sha256"].as_str()
    );
}

#[test]
fn numbers_names_and_escapes_that_need_rewriting() {
    assert_same(&json!({
        "b": [1.0, -0.0, 1e21, 1e-7, 0.1, 123456789012345678_u64, 1.5e300, -2.25e-300,
              18446744073709551615_u64, -9223372036854775808_i64, 4.0, 100],
        "a": "tab\there \"quoted\" back\\slash \u{1} \u{1f} \u{7f} / end",
        "\u{e000}": 1, "\u{10000}": 2, "é": 3, "e": 4, "E": 5, "": 6,
        "nested": {"z": {"y": [], "x": {}}, "seal": "kept: not at the top"},
        "seal": {"sha256": "left out at the top"}
    }));
    let raw = r#"{"n":[1E2,1e+2,-0,0.000,12.50,1.000000000000000000001],"s":"\/\b\f\n\r\t\u00e9\ud83d\ude00"}"#;
    assert_eq!(sha256_without_seal(raw.as_bytes()), through_value(raw));
}

#[test]
fn text_a_reader_refuses_is_left_to_the_way_that_words_it() {
    for bad in [
        "",
        "{",
        r#"{"a":1,"a":2}"#,
        r#"{"a":01}"#,
        r#"{"a":1e999}"#,
        r#"["\ud800"]"#,
        "[1,]",
        r#"{"a":"x"}x"#,
        "[\"\u{1}\"]",
        r#"{"a" 1}"#,
        "[.5]",
        "[1.]",
        "[1e]",
    ] {
        assert_eq!(sha256_without_seal(bad.as_bytes()), None, "{bad}");
    }
    let deep = "[".repeat(129) + &"]".repeat(129);
    assert_eq!(sha256_without_seal(deep.as_bytes()), None);
}

fn number() -> impl Strategy<Value = Number> {
    prop_oneof![
        any::<i64>().prop_map(Number::from),
        any::<u64>().prop_map(Number::from),
        (-1e300f64..1e300).prop_filter_map("finite", Number::from_f64),
        (-20i32..20, -1000i64..1000).prop_filter_map("finite", |(e, m)| {
            Number::from_f64(m as f64 * 10f64.powi(e))
        }),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just('a'),
            Just('Z'),
            Just('"'),
            Just('\\'),
            Just('/'),
            Just('\n'),
            Just('\u{1}'),
            Just('\u{7f}'),
            Just('é'),
            Just('ệ'),
            Just('\u{e000}'),
            Just('😀'),
            Just('\u{10000}'),
            any::<char>(),
        ],
        0..8,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn document() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number().prop_map(Value::Number),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((text(), inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn generated_documents_hash_as_through_a_value(doc in document()) {
        let doc = json!({"seal": {"sha256": "x"}, "doc": doc});
        assert_same(&doc);
    }
}
