//! The `scores` list of a session read by hand. serde's typed reading of the 2,500 scores of
//! a 500 × 5 session was nearly half of an aggregation's time: each object's member names
//! matched, each string checked, each number parsed through the general path; and checking
//! the list's syntax first (as a `RawValue`) was a third of what was left.
//!
//! This reads the text itself ([`JsonReader`]), checking its syntax as it goes, and takes
//! only the shape the app writes: objects with the members of a score ([`Member`]), none
//! twice, ids without escapes, values as plain numbers of at most 15 digits (no sign, no
//! exponent), `na` true, false or null, notes as text without `\u` escapes (no `evidence`:
//! a self-assessment's scores are read the full way, which checks its items). Anything else —
//! including anything that is not JSON — gives `None`, and the session is read the full way,
//! which words what is wrong; so a file is never accepted here that the typed reading would
//! refuse, and the numbers are the same (see `json_reader`).

use super::ScoreRef;
use super::json_reader::JsonReader;

/// The scores list that starts where `reader` is (after any white space), `reader` left just
/// after it; `None` if it is not of the shape above. Room is made for `capacity` scores.
pub(super) fn score_list<'a>(
    reader: &mut JsonReader<'a>,
    capacity: usize,
) -> Option<Vec<ScoreRef<'a>>> {
    let mut scores = Vec::with_capacity(capacity);
    reader.expect(b'[')?;
    if reader.next_is(b']') {
        return Some(scores);
    }
    loop {
        scores.push(score(reader)?);
        if !reader.next_is(b',') {
            reader.expect(b']')?;
            return Some(scores);
        }
    }
}

/// One score object, its notes checked and dropped.
fn score<'a>(reader: &mut JsonReader<'a>) -> Option<ScoreRef<'a>> {
    reader.expect(b'{')?;
    // A score without its ids: serde refuses it, and so the full way words it.
    if reader.next_is(b'}') {
        return None;
    }
    let (mut criterion, mut candidate) = (None, None);
    let (mut value, mut na) = (None, false);
    let mut seen = Seen::default();
    loop {
        reader.expect(b'"')?;
        let member = Member::read(reader)?;
        reader.expect(b':')?;
        reader.skip_space();
        if !seen.first(member) {
            return None;
        }
        match member {
            Member::Criterion => criterion = Some(reader.plain_string()?),
            Member::Candidate => candidate = Some(reader.plain_string()?),
            Member::Value => value = reader.plain_number_or_null()?,
            Member::Na => na = reader.bool_or_null()? == Some(true),
            Member::Note => reader.skip_text_or_null()?,
        }
        if !reader.next_is(b',') {
            reader.expect(b'}')?;
            break;
        }
    }
    Some(ScoreRef {
        criterion: criterion?,
        candidate: candidate?,
        value,
        na,
    })
}

/// The members of a score object (those of [`super::Score`]).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Member {
    Criterion,
    Candidate,
    Value,
    Na,
    Note,
}

impl Member {
    /// Every member (a test checks them against `Score`'s).
    const ALL: [Member; 5] = [
        Member::Criterion,
        Member::Candidate,
        Member::Value,
        Member::Na,
        Member::Note,
    ];

    /// Its name as written, with the closing quote: a name that only starts with it (say
    /// `"nam"`) is another.
    fn quoted_name(self) -> &'static [u8] {
        match self {
            Member::Criterion => b"criterion\"",
            Member::Candidate => b"candidate\"",
            Member::Value => b"value\"",
            Member::Na => b"na\"",
            Member::Note => b"note\"",
        }
    }

    /// The member whose name starts here (just after its opening quote), consumed; `None`
    /// for any other name, or one written with escapes.
    fn read(reader: &mut JsonReader) -> Option<Member> {
        Member::ALL
            .into_iter()
            .find(|member| reader.literal(member.quoted_name()))
    }
}

/// The members met so far in one score object: JSON allows a member twice, serde's typed
/// reading refuses it, so this reading declines it.
#[derive(Default)]
struct Seen(u8);

impl Seen {
    /// Whether `member` is met for the first time (it is then noted).
    fn first(&mut self, member: Member) -> bool {
        let bit = 1 << member as u8;
        let first = self.0 & bit == 0;
        self.0 |= bit;
        first
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::Score;
    use crate::model::json_reader::make_slip;

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
        let mut reader = JsonReader::new(text, 0);
        let scores = score_list(&mut reader, 0)?;
        if !reader.at_end() {
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

    /// Each member is read by its own name and only by it, and the members are those of
    /// `Score` as serde writes it: a member renamed or added there is not silently skipped.
    #[test]
    fn members_are_read_by_their_names() {
        for member in Member::ALL {
            let name = std::str::from_utf8(member.quoted_name()).unwrap();
            assert_eq!(Member::read(&mut JsonReader::new(name, 0)), Some(member));
        }
        for other in [
            "nam\"",
            "n\"",
            "notes\"",
            "valu\"",
            "Value\"",
            "c\\u0061ndidate\"",
        ] {
            assert_eq!(
                Member::read(&mut JsonReader::new(other, 0)),
                None,
                "{other}"
            );
        }
        let every = Score {
            criterion: "G1".into(),
            candidate: "a".into(),
            value: Some(1.0),
            na: Some(false),
            note: Some(String::new()),
            evidence: Some(Vec::new()),
        };
        let written = serde_json::to_value(&every).unwrap();
        // `evidence` is not read here: a score with it sends its session the full way.
        let mut written: Vec<String> = (written.as_object().unwrap().keys())
            .filter(|k| *k != "evidence")
            .cloned()
            .collect();
        let mut names: Vec<String> = (Member::ALL.iter())
            .map(|m| {
                std::str::from_utf8(m.quoted_name())
                    .unwrap()
                    .trim_end_matches('"')
                    .into()
            })
            .collect();
        written.sort();
        names.sort();
        assert_eq!(names, written);
    }

    /// A score with evidence (a self-assessment's) is declined: the full way reads the items
    /// and checks them.
    #[test]
    fn a_score_with_evidence_goes_the_full_way() {
        let text = r#"[{"criterion": "G1", "candidate": "a", "value": 2, "evidence": [{"ref": "BC 12"}]}]"#;
        assert_eq!(scanned(text), None);
        assert!(typed(text).is_some());
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
