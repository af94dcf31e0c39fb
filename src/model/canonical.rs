//! The SHA-256 of a JSON text's RFC 8785 form (JSON Canonicalization Scheme), written straight
//! from the text: members sorted by their names' UTF-16 code units, no white space, strings
//! with the minimal escapes, numbers as ECMAScript writes them. The same bytes as
//! `serde_json_canonicalizer` writes for the text parsed into a `serde_json::Value` (tested
//! below on every bundled file and on generated documents), without building the value: a
//! review names each draft session by this hash, and through a value it cost ten times an
//! aggregation of a thousand drafts.

use std::borrow::Cow;
use std::cmp::Ordering;

use sha2::{Digest, Sha256};

/// Lowercase hex SHA-256 of the RFC 8785 form of `text` with its top-level member `seal` left
/// out — what a seal is, and how a review pins a draft. `None` when the text is not plain
/// JSON this reader takes (not UTF-8, malformed, nested past 128 levels, a number out of
/// range, a member twice): the caller then goes the way through a JSON value, which words it.
pub fn sha256_without_seal(text: &[u8]) -> Option<String> {
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
    simdutf8::basic::from_utf8(text).ok()?;
    let mut w = Writer {
        src: text,
        pos: 0,
        out: Vec::with_capacity(text.len()),
        depth: 0,
        members: Vec::new(),
        moved: Vec::new(),
    };
    w.ws();
    w.value(true)?;
    w.ws();
    if w.pos != text.len() {
        return None;
    }
    Some(
        Sha256::digest(&w.out)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    )
}

/// serde_json's nesting limit: deeper text is refused there, so here too.
const MAX_DEPTH: usize = 128;

struct Writer<'a> {
    /// UTF-8 (checked once), so a slice between two ASCII bytes is a `str`.
    src: &'a [u8],
    pos: usize,
    out: Vec<u8>,
    depth: usize,
    /// Per nesting level, the members of the object being read there: kept from one object
    /// to the next (a session's 2,500 scores are as many objects; a list each was a fifth of
    /// the time).
    members: Vec<Vec<Member<'a>>>,
    /// The members of an object out of order, set aside while they are written in order.
    moved: Vec<u8>,
}

/// A member's name and where its `"name":value` lies in the output.
type Member<'a> = (Cow<'a, [u8]>, usize, usize);

/// A string's content, UTF-8: borrowed from the text (`raw`: no escape in it, so already as
/// RFC 8785 writes it) or decoded.
struct Text<'a> {
    bytes: Cow<'a, [u8]>,
    raw: bool,
}

impl<'a> Writer<'a> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.ws();
        (self.peek()? == byte).then(|| self.pos += 1)
    }

    fn value(&mut self, top: bool) -> Option<()> {
        match self.peek()? {
            b'{' => self.nested(|w| w.object(top)),
            b'[' => self.nested(Self::array),
            b'"' => {
                let s = self.string()?;
                write_string(&mut self.out, &s);
                Some(())
            }
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self) -> Option<()>) -> Option<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let done = f(self);
        self.depth -= 1;
        done
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        self.src[self.pos..].starts_with(word).then_some(())?;
        self.pos += word.len();
        self.out.extend_from_slice(word);
        Some(())
    }

    /// An object, its members written in the order of their names' UTF-16 code units: as
    /// read when they come in that order, else moved once the object is read.
    fn object(&mut self, top: bool) -> Option<()> {
        self.pos += 1;
        let start = self.out.len() + 1;
        self.out.push(b'{');
        let level = self.depth;
        if self.members.len() <= level {
            self.members.resize_with(level + 1, Vec::new);
        }
        let mut members = std::mem::take(&mut self.members[level]);
        members.clear();
        let done = self.members_of(top, start, &mut members);
        self.members[level] = members;
        done
    }

    fn members_of(&mut self, top: bool, start: usize, members: &mut Vec<Member<'a>>) -> Option<()> {
        let mut in_order = true;
        self.ws();
        if self.peek()? == b'}' {
            self.pos += 1;
            self.out.push(b'}');
            return Some(());
        }
        loop {
            self.ws();
            if self.peek()? != b'"' {
                return None;
            }
            let name = self.string()?;
            self.expect(b':')?;
            self.ws();
            if top && *name.bytes == *b"seal" {
                let mark = self.out.len();
                self.value(false)?;
                self.out.truncate(mark);
            } else {
                if !members.is_empty() {
                    self.out.push(b',');
                }
                let from = self.out.len();
                write_string(&mut self.out, &name);
                self.out.push(b':');
                self.value(false)?;
                if let Some((last, ..)) = members.last() {
                    match utf16_order(last, &name.bytes) {
                        Ordering::Less => {}
                        // A member twice: refused by every reader of the file.
                        Ordering::Equal => return None,
                        Ordering::Greater => in_order = false,
                    }
                }
                members.push((name.bytes, from, self.out.len()));
            }
            self.ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {
                    self.pos += 1;
                    break;
                }
                _ => return None,
            }
        }
        if !in_order {
            members.sort_by(|a, b| utf16_order(&a.0, &b.0));
            if members.windows(2).any(|w| w[0].0 == w[1].0) {
                return None;
            }
            self.moved.clear();
            self.moved.extend_from_slice(&self.out[start..]);
            self.out.truncate(start);
            for (i, (_, from, to)) in members.iter().enumerate() {
                if i > 0 {
                    self.out.push(b',');
                }
                self.out
                    .extend_from_slice(&self.moved[from - start..to - start]);
            }
        }
        self.out.push(b'}');
        Some(())
    }

    fn array(&mut self) -> Option<()> {
        self.pos += 1;
        self.out.push(b'[');
        self.ws();
        if self.peek()? == b']' {
            self.pos += 1;
            self.out.push(b']');
            return Some(());
        }
        loop {
            self.ws();
            self.value(false)?;
            self.ws();
            match self.peek()? {
                b',' => {
                    self.pos += 1;
                    self.out.push(b',');
                }
                b']' => {
                    self.pos += 1;
                    self.out.push(b']');
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    /// A string token, its escapes decoded (borrowed from the text when it has none).
    fn string(&mut self) -> Option<Text<'a>> {
        let start = self.pos + 1;
        let mut i = start;
        loop {
            match *self.src.get(i)? {
                b'"' => {
                    self.pos = i + 1;
                    // Between two ASCII bytes of UTF-8 text: UTF-8 itself.
                    let bytes = Cow::Borrowed(&self.src[start..i]);
                    return Some(Text { bytes, raw: true });
                }
                b'\\' => break,
                // A control character must be escaped in JSON.
                0..0x20 => return None,
                _ => i += 1,
            }
        }
        let mut decoded = String::from(std::str::from_utf8(&self.src[start..i]).ok()?);
        loop {
            match *self.src.get(i)? {
                b'"' => {
                    self.pos = i + 1;
                    let bytes = Cow::Owned(decoded.into_bytes());
                    return Some(Text { bytes, raw: false });
                }
                b'\\' => {
                    let (ch, len) = self.escape(i)?;
                    decoded.push(ch);
                    i += len;
                }
                0..0x20 => return None,
                _ => {
                    // Up to the next quote or escape, whole characters at once.
                    let end = self.src[i..]
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                        .map_or(self.src.len(), |p| i + p);
                    decoded.push_str(std::str::from_utf8(&self.src[i..end]).ok()?);
                    i = end;
                }
            }
        }
    }

    /// The escape at `at` (a backslash): its character and its length in the text.
    fn escape(&self, at: usize) -> Option<(char, usize)> {
        let simple = match *self.src.get(at + 1)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4(at + 2)?;
                if !(0xD800..0xE000).contains(&high) {
                    return Some((char::from_u32(high)?, 6));
                }
                // A surrogate pair, or nothing this reader takes (serde refuses a lone one).
                if !(0xD800..0xDC00).contains(&high) || !self.src[at + 6..].starts_with(b"\\u") {
                    return None;
                }
                let low = self.hex4(at + 8)?;
                if !(0xDC00..0xE000).contains(&low) {
                    return None;
                }
                let ch = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                return Some((char::from_u32(ch)?, 12));
            }
            _ => return None,
        };
        Some((simple, 2))
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = std::str::from_utf8(self.src.get(at..at + 4)?).ok()?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    }

    /// A number as ECMAScript writes it. A whole number of up to 15 digits (most of them)
    /// already is; any other is read as the double it stands for and written again.
    fn number(&mut self) -> Option<()> {
        let start = self.pos;
        let len = number_length(&self.src[start..])?;
        self.pos += len;
        let token = &self.src[start..start + len];
        let digits = token.strip_prefix(b"-").unwrap_or(token);
        if digits.len() <= 15 && digits.iter().all(u8::is_ascii_digit) && token != b"-0" {
            self.out.extend_from_slice(token);
            return Some(());
        }
        let value: f64 = std::str::from_utf8(token).ok()?.parse().ok()?;
        if !value.is_finite() {
            return None;
        }
        let mut buffer = ryu_js::Buffer::new();
        self.out
            .extend_from_slice(buffer.format_finite(value).as_bytes());
        Some(())
    }
}

/// The length of the JSON number at the start of `s` (RFC 8259's grammar), if it is one.
fn number_length(s: &[u8]) -> Option<usize> {
    let digits = |from: usize| s[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut i = usize::from(s.first() == Some(&b'-'));
    match s.get(i)? {
        b'0' => i += 1,
        b'1'..=b'9' => i += digits(i),
        _ => return None,
    }
    if s.get(i) == Some(&b'.') {
        let n = digits(i + 1);
        if n == 0 {
            return None;
        }
        i += 1 + n;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let n = digits(i);
        if n == 0 {
            return None;
        }
        i += n;
    }
    Some(i)
}

/// Member names in RFC 8785's order: by UTF-16 code units (UTF-8's byte order differs only
/// beyond the Basic Multilingual Plane).
fn utf16_order(a: &[u8], b: &[u8]) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        return a.cmp(b);
    }
    // Names are UTF-8 (the text was checked, escapes decoded to characters).
    let utf16 = |s: &[u8]| {
        String::from_utf8_lossy(s)
            .encode_utf16()
            .collect::<Vec<u16>>()
    };
    utf16(a).cmp(&utf16(b))
}

/// A string with RFC 8785's escapes: `"`, `\` and the control characters; nothing else.
fn write_string(out: &mut Vec<u8>, s: &Text) {
    out.push(b'"');
    let bytes = &s.bytes[..];
    if s.raw || !bytes.iter().any(|&b| b == b'"' || b == b'\\' || b < 0x20) {
        out.extend_from_slice(bytes);
    } else {
        for &b in bytes {
            match b {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x09 => out.extend_from_slice(b"\\t"),
                0x0A => out.extend_from_slice(b"\\n"),
                0x0C => out.extend_from_slice(b"\\f"),
                0x0D => out.extend_from_slice(b"\\r"),
                0..0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[usize::from(b >> 4)]);
                    out.push(HEX[usize::from(b & 0xF)]);
                }
                _ => out.push(b),
            }
        }
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests;
