//! Text a person typed, made safe for the formats it is written into: the one place that
//! knows what XML forbids, what a spreadsheet takes for a formula and how long a cell may be.
//!
//! Notes and names come from evaluators' keyboards and clipboards. Word's Shift+Enter pastes
//! U+000B, which XML 1.0 forbids: one such character made the whole DOCX unopenable. A name
//! typed `=HYPERLINK(…)` became a live link when the CSV was opened, and a Vietnamese bullet
//! note "- Chưa có" became a formula error. Every writer of DOCX, XLSX, SVG, HTML and CSV passes
//! typed text through here.

use std::borrow::Cow;

/// Excel's (and LibreOffice's) limit on the characters of one cell.
pub const SPREADSHEET_CELL_MAX_CHARS: usize = 32_767;

/// True for a character XML 1.0 allows in text: tab, line feed, carriage return and
/// everything from U+0020 except the non-characters U+FFFE and U+FFFF (a Rust string holds no
/// surrogates).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

/// `text` with every character XML 1.0 forbids taken out: a vertical tab or form feed
/// (what Word's Shift+Enter and page break paste) becomes a line break, as the person saw it;
/// other control characters and U+FFFE/U+FFFF, which show nothing, are dropped. Escaping
/// `&`, `<` and `>` stays with each writer (the XML libraries do it themselves).
pub fn xml(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_xml_char) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\u{0B}' | '\u{0C}' => Some('\n'),
                c if is_xml_char(c) => Some(c),
                _ => None,
            })
            .collect(),
    )
}

/// True when a spreadsheet would read `text`, typed into a cell, as a formula (or a command,
/// in older programs): it starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
pub fn reads_as_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Typed text for a cell of a CSV file a person opens in a spreadsheet: text that would be
/// read as a formula gets the usual leading apostrophe, so `=HYPERLINK(…)` stays text and
/// "- Chưa có" stays a bullet (OWASP's advice on CSV injection). Only for typed text, never
/// for the numbers EvalDesk writes.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    if reads_as_formula(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// `text` cut to at most `max` characters, the cut marked by `marker` at its end (the marker
/// counts in `max`); whole when it fits. Cuts between characters, never inside one.
pub fn cut<'a>(text: &'a str, max: usize, marker: &str) -> Cow<'a, str> {
    if text.chars().nth(max).is_none() {
        return Cow::Borrowed(text);
    }
    let keep = max.saturating_sub(marker.chars().count());
    let end = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
    Cow::Owned(format!("{}{marker}", &text[..end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_turns_word_line_breaks_into_line_breaks_and_drops_what_xml_forbids() {
        assert_eq!(xml("Có\u{0B}Không"), "Có\nKhông");
        assert_eq!(xml("a\u{0}b\u{1F}c\u{FFFE}d\u{FFFF}e"), "abcde");
        assert_eq!(xml("tab\tand\r\nlines"), "tab\tand\r\nlines");
        assert!(matches!(xml("Ký số"), Cow::Borrowed(_)));
        assert!(xml("x\u{7}y").chars().all(is_xml_char));
    }

    #[test]
    fn csv_cell_neutralizes_what_a_spreadsheet_would_run() {
        for bad in [
            "=HYPERLINK(\"http://x\")",
            "+ Có hỗ trợ",
            "- Chưa có",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert_eq!(csv_cell(bad), format!("'{bad}"));
        }
        assert_eq!(csv_cell("Nguyễn Văn A"), "Nguyễn Văn A");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn cut_keeps_short_text_whole_and_marks_a_cut_within_the_limit() {
        assert_eq!(cut("abc", 3, "…"), "abc");
        let long = "ệ".repeat(40_000);
        let cut_text = cut(&long, SPREADSHEET_CELL_MAX_CHARS, " [cut]");
        assert_eq!(cut_text.chars().count(), SPREADSHEET_CELL_MAX_CHARS);
        assert!(cut_text.ends_with(" [cut]"));
    }
}
