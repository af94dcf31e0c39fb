//! The seal of a submitted session: lowercase hex SHA-256 of the session without `seal`,
//! serialized per RFC 8785 (JSON Canonicalization Scheme), docs/formats.md.

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::Session;

/// How many hex characters of the seal a person reads as its fingerprint (screen, paper copy,
/// report): 32, i.e. 128 bits. With 16 (64 bits), a birthday search on one laptop core found
/// two differently scored sealed versions of one session with the same fingerprint; 2^64
/// tries for 128 bits are out of anyone's reach.
pub const FINGERPRINT_LEN: usize = 32;

/// The seal of a JSON session value (its `seal` member, if any, left out). `None` when the
/// value is not an object.
pub fn of_value(value: &Value) -> Option<String> {
    let mut object = value.as_object()?.clone();
    object.remove("seal");
    let canonical = serde_json_canonicalizer::to_vec(&Value::Object(object)).ok()?;
    Some(
        Sha256::digest(&canonical)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    )
}

/// The seal of a session as it would be written.
pub fn of_session(session: &Session) -> String {
    let value = serde_json::to_value(session).expect("a session always serializes to JSON");
    of_value(&value).expect("a session serializes to a JSON object")
}

/// 64 lowercase hex digits.
pub fn is_well_formed(seal: &str) -> bool {
    seal.len() == 64 && seal.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The first characters of a seal, written on the paper copy the evaluator signs.
pub fn fingerprint(seal: &str) -> &str {
    &seal[..seal.len().min(FINGERPRINT_LEN)]
}
