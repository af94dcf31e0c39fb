//! The one place that writes numbers, percentages, points, dates and sizes for a person, and
//! reads the numbers a person types. Vietnamese groups thousands with `.` and marks decimals
//! with `,` (`1.234,5`); English the other way round (`1,234.5`). Screens, the command line
//! and the report use only these functions; files keep plain JSON numbers.

use crate::i18n::Lang;

fn marks(lang: Lang) -> (char, char) {
    match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// The decimal mark of `lang`: `,` in Vietnamese, `.` in English.
pub fn decimal_mark(lang: Lang) -> char {
    marks(lang).1
}

/// Digits of `s` (no sign) grouped by thousands.
fn group(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// `x` with exactly `decimals` decimals, thousands grouped: `fixed(1234.5, 2, Vi)` is
/// `1.234,50`. For table columns whose decimals line up.
pub fn fixed(x: f64, decimals: usize, lang: Lang) -> String {
    let x = if x == 0.0 { 0.0 } else { x }; // no "-0"
    let text = format!("{:.decimals$}", x.abs());
    let rounded_zero = text.chars().all(|c| c == '0' || c == '.');
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (thousands, decimal) = marks(lang);
    let mut out = String::new();
    if x < 0.0 && !rounded_zero {
        out.push('-');
    }
    out += &group(int, thousands);
    if !frac.is_empty() {
        out.push(decimal);
        out += frac;
    }
    out
}

/// `x` with at most `decimals` decimals, trailing zeros dropped: `number(2.50, 2, En)` is
/// `2.5`, `number(3.0, 2, Vi)` is `3`. As a person writes a value.
pub fn number(x: f64, decimals: usize, lang: Lang) -> String {
    let text = fixed(x, decimals, lang);
    let (_, decimal) = marks(lang);
    if decimals > 0 && text.contains(decimal) {
        text.trim_end_matches('0')
            .trim_end_matches(decimal)
            .to_owned()
    } else {
        text
    }
}

/// `x` with every decimal it has (the shortest form that reads back as `x`), in the
/// language's marks: for values quoted from a file, where rounding would hide the fault.
pub fn exact(x: f64, lang: Lang) -> String {
    let text = format!("{x}");
    if text.contains(['e', 'E', 'i', 'N']) {
        return text;
    }
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let (thousands, decimal) = marks(lang);
    let mut out = format!("{sign}{}", group(int, thousands));
    if !frac.is_empty() {
        out.push(decimal);
        out += frac;
    }
    out
}

/// A whole number, thousands grouped.
pub fn integer(n: i64, lang: Lang) -> String {
    fixed(n as f64, 0, lang)
}

/// A share in [0, 1] as a percentage with one decimal: `percent(0.185, Vi)` is `18,5 %`.
pub fn percent(share: f64, lang: Lang) -> String {
    format!("{}\u{a0}%", number(100.0 * share, 1, lang))
}

/// A score out of 100, two decimals (totals and group scores).
pub fn points(x: f64, lang: Lang) -> String {
    fixed(x, 2, lang)
}

/// A signed difference of totals, two decimals as totals are shown: `+3,50`, `-25,00`,
/// `+0,00`.
pub fn signed_points(x: f64, lang: Lang) -> String {
    let text = points(x, lang);
    if text.starts_with('-') {
        text
    } else {
        format!("+{text}")
    }
}

/// A signed difference in points, one decimal: `+30,6`, `-4,4`.
pub fn signed(x: f64, decimals: usize, lang: Lang) -> String {
    let text = number(x, decimals, lang);
    if x >= 0.0 && !text.starts_with('-') {
        format!("+{text}")
    } else {
        text
    }
}

/// A time written in a file (RFC 3339) as a person reads it, in the writer's own clock:
/// `22/04/2015 16:30` in Vietnamese, `2015-04-22 16:30` in English. Text that is not such a
/// time is shown as it is.
pub fn date_time(rfc3339: &str, lang: Lang) -> String {
    match chrono::DateTime::parse_from_rfc3339(rfc3339.trim()) {
        Ok(t) => match lang {
            Lang::Vi => t.format("%d/%m/%Y %H:%M").to_string(),
            Lang::En => t.format("%Y-%m-%d %H:%M").to_string(),
        },
        Err(_) => rfc3339.to_owned(),
    }
}

/// The time of day only (the status bar's "saved at").
pub fn time_of_day(rfc3339: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(rfc3339.trim()) {
        Ok(t) => t.format("%H:%M:%S").to_string(),
        Err(_) => rfc3339.to_owned(),
    }
}

/// A size in bytes: `512 B`, `1,5 kB`, `364 MB` (decimal units, as the file manager shows).
pub fn file_size(bytes: u64, lang: Lang) -> String {
    const UNITS: [&str; 4] = ["kB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes}\u{a0}B");
    }
    let mut value = bytes as f64 / 1000.0;
    let mut unit = 0;
    while value >= 1000.0 && unit + 1 < UNITS.len() {
        value /= 1000.0;
        unit += 1;
    }
    let decimals = if value < 10.0 { 1 } else { 0 };
    format!("{}\u{a0}{}", number(value, decimals, lang), UNITS[unit])
}

/// A number typed by a person, read the way their language writes it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Typed {
    pub value: f64,
    /// True when the text could also be read the other language's way (`2.450` is 2450 in
    /// Vietnamese but 2.45 in English): show the value read back before keeping it.
    pub ambiguous: bool,
}

/// Why typed text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    /// Not digits and separators at all.
    NotANumber,
    /// A group separator where a decimal mark belongs (`2.45` in Vietnamese).
    WrongDecimalMark,
}

/// Read a number as `lang` writes it: thousands separators and spaces are allowed between
/// groups of three digits; the decimal mark is `,` in Vietnamese and `.` in English.
pub fn parse_number(text: &str, lang: Lang) -> Result<Typed, NumberError> {
    let text: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let (thousands, decimal) = marks(lang);
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.strip_prefix('+').unwrap_or(&text)),
    };
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == thousands || c == decimal)
    {
        return Err(NumberError::NotANumber);
    }
    if body.matches(decimal).count() > 1 {
        return Err(NumberError::NotANumber);
    }
    let (int, frac) = body.split_once(decimal).unwrap_or((body, ""));
    if !frac.chars().all(|c| c.is_ascii_digit()) || (int.is_empty() && frac.is_empty()) {
        return Err(NumberError::NotANumber);
    }
    let groups: Vec<&str> = int.split(thousands).collect();
    let grouped = groups.len() > 1;
    if grouped
        && (groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3))
    {
        // `2.45` in Vietnamese, `2,45` in English: the other language's decimal mark.
        return Err(if groups.len() == 2 && !groups[1].is_empty() {
            NumberError::WrongDecimalMark
        } else {
            NumberError::NotANumber
        });
    }
    let plain = format!("{sign}{}.{}", groups.concat(), frac);
    let plain = plain.trim_end_matches('.');
    let value: f64 = plain.parse().map_err(|_| NumberError::NotANumber)?;
    Ok(Typed {
        value,
        ambiguous: groups.len() == 2 && frac.is_empty() && !body.contains(decimal),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::{En, Vi};

    #[test]
    fn numbers_are_written_the_way_each_language_writes_them() {
        assert_eq!(fixed(1234.5, 1, Vi), "1.234,5");
        assert_eq!(fixed(1234.5, 1, En), "1,234.5");
        assert_eq!(fixed(-1234567.0, 0, Vi), "-1.234.567");
        assert_eq!(fixed(-0.001, 2, En), "0.00");
        assert_eq!(number(2.50, 2, En), "2.5");
        assert_eq!(number(3.0, 2, Vi), "3");
        assert_eq!(number(1.5, 4, Vi), "1,5");
        assert_eq!(percent(0.185, Vi), "18,5\u{a0}%");
        assert_eq!(points(69.53125, Vi), "69,53");
        assert_eq!(signed(30.56, 1, Vi), "+30,6");
        assert_eq!(signed(-4.44, 1, En), "-4.4");
        assert_eq!(integer(1000, En), "1,000");
        assert_eq!(exact(4.000000001, Vi), "4,000000001");
        assert_eq!(exact(2450.0, Vi), "2.450");
    }

    #[test]
    fn dates_are_never_raw_rfc3339() {
        let t = "2015-04-22T16:30:00+07:00";
        assert_eq!(date_time(t, Vi), "22/04/2015 16:30");
        assert_eq!(date_time(t, En), "2015-04-22 16:30");
        assert_eq!(time_of_day(t), "16:30:00");
        assert_eq!(date_time("not a time", En), "not a time");
    }

    #[test]
    fn sizes_use_decimal_units() {
        assert_eq!(file_size(512, En), "512\u{a0}B");
        assert_eq!(file_size(1_500, Vi), "1,5\u{a0}kB");
        assert_eq!(file_size(364_000_000, En), "364\u{a0}MB");
    }

    #[test]
    fn typed_numbers_are_read_the_way_each_language_writes_them() {
        let read = |t, l| parse_number(t, l).map(|n| n.value);
        assert_eq!(read("2.450", Vi), Ok(2450.0));
        assert_eq!(read("2,45", Vi), Ok(2.45));
        assert_eq!(read("2.450,5", Vi), Ok(2450.5));
        assert_eq!(read("1 234,5", Vi), Ok(1234.5));
        assert_eq!(read("2,450", En), Ok(2450.0));
        assert_eq!(read("2.45", En), Ok(2.45));
        assert_eq!(read(",5", Vi), Ok(0.5));
        assert_eq!(read("2.45", Vi), Err(NumberError::WrongDecimalMark));
        assert_eq!(read("2,45", En), Err(NumberError::WrongDecimalMark));
        assert_eq!(read("abc", Vi), Err(NumberError::NotANumber));
        assert_eq!(read("1,2,3", Vi), Err(NumberError::NotANumber));
        assert_eq!(read("  ", Vi), Err(NumberError::Empty));
        assert!(parse_number("2.450", Vi).unwrap().ambiguous);
        assert!(!parse_number("2.450,0", Vi).unwrap().ambiguous);
        assert!(!parse_number("245", Vi).unwrap().ambiguous);
    }
}
