//! A reader of JSON text by hand, for the few places where serde's general path costs too
//! much (the scores of a session read for an aggregation: `score_scan`, `session_view`).
//!
//! It takes only plain forms — strings without `\u` escapes, numbers of at most 15 digits
//! without sign or exponent, the three literals — and checks their syntax as strictly as
//! serde_json does. Anything else gives `None`: the caller then reads the file the full way,
//! which words what is wrong. So a text is never accepted here that serde_json would refuse,
//! and a number read here is the very number serde_json reads (a number of at most 15 digits
//! is exact as an integer and divided once by an exact power of ten, in serde_json as in the
//! standard library: both round the one result correctly).

use serde_json::value::RawValue;

/// The powers of ten a number of at most 15 digits can be divided by, each exact.
const POW10: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// A place in a JSON text and the plain forms read from there; each method reads one form
/// (after any white space, unless it says otherwise) and moves past it, or declines (`None`
/// or `false`).
pub(super) struct JsonReader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// The byte the next reading starts at.
    at: usize,
}

impl<'a> JsonReader<'a> {
    /// A reader of `text` from byte `at`.
    pub(super) fn new(text: &'a str, at: usize) -> JsonReader<'a> {
        JsonReader {
            text,
            bytes: text.as_bytes(),
            at,
        }
    }

    /// JSON's white space: space, tab, line feed, carriage return — nothing else.
    pub(super) fn skip_space(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    /// Whether only white space is left.
    pub(super) fn at_end(&mut self) -> bool {
        self.skip_space();
        self.at == self.bytes.len()
    }

    /// The next byte after white space, if it is `b` (then consumed).
    pub(super) fn next_is(&mut self, b: u8) -> bool {
        self.skip_space();
        let found = self.bytes.get(self.at) == Some(&b);
        self.at += usize::from(found);
        found
    }

    pub(super) fn expect(&mut self, b: u8) -> Option<()> {
        self.next_is(b).then_some(())
    }

    /// What is left of the text, from the current byte.
    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    /// The text here if it goes on with exactly `prefix` (no white space skipped), consumed.
    pub(super) fn take(&mut self, prefix: &str) -> Option<&'a str> {
        let taken = self
            .rest()
            .get(..prefix.len())
            .filter(|here| *here == prefix)?;
        self.at += prefix.len();
        Some(taken)
    }

    /// Whether the text goes on with exactly `word` here (no white space skipped); then it
    /// is consumed.
    pub(super) fn literal(&mut self, word: &[u8]) -> bool {
        let found = self.bytes[self.at..].starts_with(word);
        if found {
            self.at += word.len();
        }
        found
    }

    /// A string without escapes, borrowed (after white space).
    pub(super) fn plain_string(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let start = self.at;
        let len = memchr::memchr2(b'"', b'\\', &self.bytes[start..])?;
        let inside = &self.bytes[start..start + len];
        // A control character must be escaped in JSON.
        if self.bytes[start + len] == b'\\' || inside.iter().any(|&b| b < b' ') {
            return None;
        }
        self.at = start + len + 1;
        self.text.get(start..start + len)
    }

    /// A string whose escapes are of one character (`\"`, `\n`…), or null, checked and
    /// skipped (here, no white space before it). A `\u` escape declines: serde_json refuses
    /// a lone surrogate in a string read as text, which the typed reading does.
    pub(super) fn skip_text_or_null(&mut self) -> Option<()> {
        if self.literal(b"null") {
            return Some(());
        }
        self.expect(b'"')?;
        loop {
            let len = memchr::memchr2(b'"', b'\\', &self.bytes[self.at..])?;
            if self.bytes[self.at..self.at + len].iter().any(|&b| b < b' ') {
                return None;
            }
            self.at += len + 1;
            if self.bytes[self.at - 1] == b'"' {
                return Some(());
            }
            match self.bytes.get(self.at) {
                Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => self.at += 1,
                _ => return None,
            }
        }
    }

    /// `true`, `false` or `null` (`None`), here.
    pub(super) fn bool_or_null(&mut self) -> Option<Option<bool>> {
        if self.literal(b"true") {
            Some(Some(true))
        } else if self.literal(b"false") {
            Some(Some(false))
        } else if self.literal(b"null") {
            Some(None)
        } else {
            None
        }
    }

    /// A number as JSON writes it — `0` or digits not starting with 0, then at most a point
    /// and one or more digits — of 15 digits at most; or null; here. Computed as serde_json
    /// does: the digits as an integer (exact below 2^53), divided once by a power of ten
    /// (exact up to 10^22), so the one rounding is the same.
    pub(super) fn plain_number_or_null(&mut self) -> Option<Option<f64>> {
        if self.literal(b"null") {
            return Some(None);
        }
        let (whole, whole_digits) = self.digits();
        if whole_digits == 0 || (whole_digits > 1 && self.bytes[self.at - whole_digits] == b'0') {
            return None;
        }
        let (mut significand, mut decimals) = (whole, 0);
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            let (fraction, n) = self.digits();
            if n == 0 || whole_digits + n > 15 {
                return None;
            }
            significand = whole * 10u64.pow(n as u32) + fraction;
            decimals = n;
        }
        let exponent = matches!(self.bytes.get(self.at), Some(b'e' | b'E'));
        if whole_digits + decimals > 15 || exponent {
            return None;
        }
        Some(Some(significand as f64 / POW10[decimals]))
    }

    /// The digits from here as an integer (meaningful up to 19 of them) and how many there
    /// are.
    fn digits(&mut self) -> (u64, usize) {
        let (mut n, start) = (0u64, self.at);
        while let Some(&b) = self.bytes.get(self.at).filter(|b| b.is_ascii_digit()) {
            n = n.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
            self.at += 1;
        }
        (n, self.at - start)
    }

    /// Any JSON value from here (after white space), its syntax checked by serde: for the
    /// members read whole by serde afterwards, or compared as text.
    pub(super) fn raw_value(&mut self) -> Option<&'a str> {
        let rest = self.rest();
        let mut values = serde_json::Deserializer::from_str(rest).into_iter::<&RawValue>();
        let value = values.next()?.ok()?;
        self.at += values.byte_offset();
        Some(value.get())
    }
}

/// `slip` put into `text` at byte `at` (or the nearest character boundary before it); an
/// empty slip takes the character there out. The tests' model of a damaged or hand-edited
/// file.
#[cfg(test)]
pub(super) fn make_slip(text: &mut String, mut at: usize, slip: &str) {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    match slip {
        "" => {
            let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            text.replace_range(at..end, "");
        }
        slip => text.insert_str(at, slip),
    }
}
