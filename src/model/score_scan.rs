//! The `scores` list of a session read by hand. serde's typed reading of the 2,500 scores of
//! a 500 × 5 session was nearly half of an aggregation's time: each object's member names
//! matched, each string checked, each number parsed through the general path; and checking
//! the list's syntax first (as a `RawValue`) was a third of what was left.
//!
//! This reads the text itself, checking its syntax as it goes, and takes only the shape the
//! app writes: objects with the members of a score, none twice, ids without escapes, values
//! as plain numbers of at most 15 digits (no sign, no exponent), `na` true, false or null,
//! notes as text without `\u` escapes. Anything else — including anything that is not JSON —
//! gives `None`, and the session is read the full way, which words what is wrong; so a file
//! is never accepted here that the typed reading would refuse, and the numbers are the same
//! (a number of at most 15 digits is exact as an integer and divided once by an exact power
//! of ten, in serde_json as in the standard library: both round the one result correctly).

use super::session_view::ScoreRef;

/// The powers of ten a number of at most 15 digits can be divided by, each exact.
const POW10: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// The scores list that starts at byte `at` of `text` (after any white space), and the byte
/// just after it; `None` if it is not of the shape above.
pub(super) fn scores_at(
    text: &str,
    at: usize,
    capacity: usize,
) -> Option<(Vec<ScoreRef<'_>>, usize)> {
    let mut scan = Scan::new(text, at);
    let mut scores = Vec::with_capacity(capacity);
    scan.expect(b'[')?;
    if scan.next_is(b']') {
        return Some((scores, scan.at));
    }
    loop {
        scores.push(scan.score()?);
        if !scan.next_is(b',') {
            scan.expect(b']')?;
            return Some((scores, scan.at));
        }
    }
}

/// A reader of JSON text that takes only plain forms, checking their syntax as strictly as
/// serde_json does, and declines (`None`) the rest.
pub(super) struct Scan<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pub(super) at: usize,
}

impl<'a> Scan<'a> {
    pub(super) fn new(text: &'a str, at: usize) -> Scan<'a> {
        Scan {
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
    pub(super) fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    fn score(&mut self) -> Option<ScoreRef<'a>> {
        self.expect(b'{')?;
        let (mut criterion, mut candidate) = (None, None);
        let mut score = ScoreRef {
            criterion: "",
            candidate: "",
            value: None,
            na: false,
        };
        let mut seen = 0u8;
        if self.next_is(b'}') {
            return None;
        }
        loop {
            self.expect(b'"')?;
            let member = self.member()?;
            self.expect(b':')?;
            self.skip_space();
            if seen & (1 << member) != 0 {
                return None;
            }
            seen |= 1 << member;
            match member {
                0 => criterion = Some(self.plain_string()?),
                1 => candidate = Some(self.plain_string()?),
                2 => score.value = self.plain_number_or_null()?,
                3 => score.na = self.bool_or_null()? == Some(true),
                _ => self.text_or_null()?,
            }
            if !self.next_is(b',') {
                self.expect(b'}')?;
                break;
            }
        }
        score.criterion = criterion?;
        score.candidate = candidate?;
        Some(score)
    }

    /// Which member this is, its name just after the opening quote.
    fn member(&mut self) -> Option<u8> {
        const NAMES: [&[u8]; 5] = [
            b"criterion\"",
            b"candidate\"",
            b"value\"",
            b"na\"",
            b"note\"",
        ];
        let rest = &self.bytes[self.at..];
        let member = NAMES.iter().position(|name| rest.starts_with(name))?;
        self.at += NAMES[member].len();
        Some(member as u8)
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

    /// A string whose escapes are of one character (`\"`, `\n`…), or null. A `\u` escape
    /// declines: serde_json refuses a lone surrogate in a note read as text, which the
    /// typed reading does.
    fn text_or_null(&mut self) -> Option<()> {
        if self.literal("null") {
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

    fn literal(&mut self, word: &str) -> bool {
        let found = self.bytes[self.at..].starts_with(word.as_bytes());
        if found {
            self.at += word.len();
        }
        found
    }

    fn bool_or_null(&mut self) -> Option<Option<bool>> {
        if self.literal("true") {
            Some(Some(true))
        } else if self.literal("false") {
            Some(Some(false))
        } else if self.literal("null") {
            Some(None)
        } else {
            None
        }
    }

    /// A number as JSON writes it — `0` or digits not starting with 0, then at most a point
    /// and one or more digits — of 15 digits at most; or null. Computed as serde_json does:
    /// the digits as an integer (exact below 2^53), divided once by a power of ten (exact up
    /// to 10^22), so the one rounding is the same.
    fn plain_number_or_null(&mut self) -> Option<Option<f64>> {
        if self.literal("null") {
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::Score;

    /// A score as both readings report it: criterion, candidate, value, N/A.
    type Read = (String, String, Option<f64>, bool);

    /// What the typed reading (the full path's `Score`) makes of `text`, as the scan reports
    /// it; `None` if it refuses the text.
    fn typed(text: &str) -> Option<Vec<Read>> {
        let scores: Vec<Score> = serde_json::from_str(text).ok()?;
        let seen = scores.into_iter();
        Some(
            seen.map(|s| (s.criterion.clone(), s.candidate.clone(), s.value, s.is_na()))
                .collect(),
        )
    }

    /// What the scan reads of `text`: the list, and nothing after it but white space.
    fn scanned(text: &str) -> Option<Vec<Read>> {
        let (scores, end) = scores_at(text, 0, 0)?;
        if !Scan::new(text, end).at_end() {
            return None;
        }
        let seen = scores.into_iter();
        Some(
            seen.map(|s| (s.criterion.into(), s.candidate.into(), s.value, s.na))
                .collect(),
        )
    }

    const VALUES: [&str; 28] = [
        "01",
        "1.",
        "\"\\u00e9\"",
        "\"a\\qb\"",
        "\"G1.1\"",
        "\"m-office\"",
        "\"a\\\"b\"",
        "\"\\u0047\"",
        "\"Đã xem\"",
        "\"\"",
        "0",
        "3",
        "2.5",
        "0.125",
        "4.000000001",
        "123456789012345",
        "1234567890123456",
        "0.1234567890123456789",
        "1e0",
        "2.5E-1",
        "-1",
        "-0",
        "null",
        "true",
        "false",
        "[]",
        "{}",
        "{\"a\": [1, \"]\"]}",
    ];
    /// What a slip of the keyboard or a damaged file puts in (or, `""`, takes out of) a list.
    const SLIPS: [&str; 22] = [
        "", "", "\"", "\\", ",", ":", "{", "}", "[", "]", "0", "7", ".", "-", "e", "\u{1}",
        "\u{b}", "\u{a0}", "\\u", "\\x", "n", " ",
    ];
    const NAMES: [&str; 8] = [
        "criterion",
        "candidate",
        "value",
        "na",
        "note",
        "Value",
        "c\\u0061ndidate",
        "x",
    ];

    /// A score as the app writes it, then changed the ways a file can be wrong or unusual:
    /// a member repeated, dropped, unknown or escaped, a value of another kind, members in
    /// another order, white space anywhere.
    fn score_text() -> impl Strategy<Value = String> {
        let base = (
            prop::sample::select(vec!["\"G1.1\"", "\"G2.3\"", "\"x y\""]),
            prop::sample::select(vec!["\"m-office\"", "\"v-office\""]),
            prop::sample::select(vec![None, Some("3"), Some("2.75"), Some("0")]),
            prop::sample::select(vec![None, Some("true"), Some("false")]),
            prop::sample::select(vec![None, Some("\"ghi \\\"chú\\\"\\n\\\\\""), Some("null")]),
        );
        let change = (0..4u8, 0..8usize, 0..VALUES.len());
        (
            base,
            prop::collection::vec(change, 0..3),
            0..8usize,
            "[ \n\t]{0,2}",
        )
            .prop_map(|((c, k, v, na, note), changes, rotate, ws)| {
                let mut members: Vec<(String, String)> = vec![
                    ("criterion".into(), c.into()),
                    ("candidate".into(), k.into()),
                ];
                for (name, value) in [("value", v), ("na", na), ("note", note)] {
                    if let Some(value) = value {
                        members.push((name.into(), value.into()));
                    }
                }
                for (kind, at, pick) in changes {
                    let at = at % members.len().max(1);
                    match kind {
                        0 if !members.is_empty() => members.push(members[at].clone()),
                        1 if !members.is_empty() => {
                            members.remove(at);
                        }
                        2 => members.push((NAMES[pick % NAMES.len()].into(), VALUES[pick].into())),
                        _ if !members.is_empty() => members[at].1 = VALUES[pick].into(),
                        _ => {}
                    }
                }
                let n = members.len().max(1);
                members.rotate_left(rotate % n);
                let members: Vec<String> = members
                    .iter()
                    .map(|(name, value)| format!("{ws}\"{name}\"{ws}:{ws}{value}{ws}"))
                    .collect();
                format!("{{{}}}", members.join(","))
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Whatever the scan reads, the typed reading reads the same way, number for
        /// number; what it declines goes the full way. And the app's own shape is read.
        #[test]
        fn the_scan_reads_as_the_typed_reading_or_declines(
            scores in prop::collection::vec(score_text(), 0..5),
            ws in "[ \n]{0,2}",
            slips in prop::collection::vec((any::<prop::sample::Index>(), 0..SLIPS.len()), 0..3),
        ) {
            let mut text = format!("[{ws}{}{ws}]", scores.join(&format!(",{ws}")));
            // The scan checks the syntax itself: the text may be anything near a list.
            for (at, slip) in slips {
                let at = at.index(text.len() + 1);
                make_slip(&mut text, at, SLIPS[slip]);
            }
            if let Some(scan) = scanned(&text) {
                prop_assert_eq!(Some(scan), typed(&text), "{}", text);
            }
        }
    }

    /// Each way of writing a number that JSON refuses is refused (never read as some value),
    /// and each way it allows is read as serde_json reads it, or declined.
    #[test]
    fn numbers_are_read_as_json_allows_or_declined() {
        for number in [
            "0", "00", "01", "10", "1.", ".5", "1.50", "0.0", "-0", "-1", "1e2", "1.5.2", "1..5",
            "4.", "0x1", "١", "1 2", "+1", "NaN",
        ] {
            let text = format!(r#"[{{"criterion": "G1", "candidate": "a", "value": {number}}}]"#);
            let scan = scanned(&text);
            assert!(scan.is_none() || scan == typed(&text), "{number}");
            if typed(&text).is_none() {
                assert_eq!(scan, None, "{number}");
            }
        }
        let text = r#"[{"criterion": "G1", "candidate": "a", "value": 1.50}]"#;
        assert_eq!(scanned(text).unwrap()[0].2, Some(1.5));
    }

    /// The shape the app writes, notes with escapes included, is read by the scan (else
    /// every file would go the slow way unnoticed).
    #[test]
    fn the_apps_own_files_are_read_by_the_scan() {
        for file in ["an-nguyen", "binh-tran", "chau-le"] {
            let bytes = std::fs::read(format!("evaluations/demo/{file}.evaluation.json")).unwrap();
            let session = crate::model::parse_session(&bytes).unwrap();
            let mut text = crate::model::to_pretty_json(&session);
            let scores: serde_json::Value = serde_json::from_str(&text).unwrap();
            text = serde_json::to_string_pretty(&scores["scores"]).unwrap();
            assert_eq!(scanned(&text), typed(&text), "{file}");
            assert!(scanned(&text).is_some_and(|s| !s.is_empty()), "{file}");
        }
        let noted = r#"[{"criterion": "G1", "candidate": "a", "value": 2.5, "note": "dòng 1\ndòng \"2\" \\"}]"#;
        assert_eq!(scanned(noted).unwrap()[0].2, Some(2.5));
    }
}
