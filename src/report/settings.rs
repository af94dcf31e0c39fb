//! Who issues the report, to whom, under what number: from command-line options or a small
//! JSON settings file. What is not given is left as "……" for the secretariat to fill in —
//! never invented.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n::{Msg, tr};
use crate::model::problem::IoProblem;

/// The blank an official leaves to be filled in by hand.
pub const BLANK: &str = "……";

/// Who issues the report, to whom: each left as "……" when not given. Read from a JSON file
/// (`--settings`) and from the command line's options, which are these fields: one struct, so
/// a new field is declared once (clap's derive is only a description of the options; the
/// core does not parse the command line).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, clap::Args)]
#[serde(deny_unknown_fields)]
pub struct ReportSettings {
    /// The parent body, e.g. "UBND tỉnh Ninh Bình" (written "UBND TỈNH …").
    #[arg(long)]
    pub parent: Option<String>,
    /// The issuing agency, e.g. "Sở Thông tin và Truyền thông".
    #[arg(long)]
    pub agency: Option<String>,
    /// The agency's short form after "BC-" in the number, e.g. "STTTT".
    #[arg(long)]
    pub agency_short: Option<String>,
    /// The report's number, given by the office of records.
    #[arg(long)]
    pub number: Option<String>,
    /// Where it is issued, e.g. "Ninh Bình".
    #[arg(long)]
    pub place: Option<String>,
    /// The date it is issued, YYYY-MM-DD (default: today).
    #[arg(long)]
    pub date: Option<String>,
    /// The addressee ("Kính gửi").
    #[arg(long)]
    pub to: Option<String>,
    /// The signer's title, e.g. "GIÁM ĐỐC".
    #[arg(long)]
    pub signer_title: Option<String>,
    /// The signer's name.
    #[arg(long)]
    pub signer: Option<String>,
    /// A recipient listed under "Nơi nhận" before "Lưu: VT" (repeat for more).
    #[arg(long = "recipient")]
    #[serde(default)]
    pub recipients: Vec<String>,
}

/// Why a settings file could not be used.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.msg().text(crate::i18n::Lang::En))]
pub enum SettingsError {
    Io {
        path: PathBuf,
        problem: IoProblem,
    },
    Bad {
        path: PathBuf,
        line: usize,
        column: usize,
        reason: String,
    },
    BadDate {
        path: PathBuf,
        date: String,
    },
}

impl SettingsError {
    pub fn msg(&self) -> Msg {
        match self {
            SettingsError::Io { path, problem } => tr::settings_unreadable(path, problem.msg()),
            SettingsError::Bad {
                path,
                line,
                column,
                reason,
            } => tr::settings_bad(path, *line, *column, tr::verbatim(reason.clone())),
            SettingsError::BadDate { path, date } => tr::settings_bad_date(path, date.clone()),
        }
    }
}

impl ReportSettings {
    pub fn load(path: &Path) -> Result<ReportSettings, SettingsError> {
        let bytes = std::fs::read(path).map_err(|e| SettingsError::Io {
            path: path.to_owned(),
            problem: IoProblem::from_io(&e),
        })?;
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
        let settings: ReportSettings =
            serde_json::from_slice(bytes).map_err(|e| SettingsError::Bad {
                path: path.to_owned(),
                line: e.line(),
                column: e.column(),
                reason: e.to_string(),
            })?;
        if let Some(date) = &settings.date
            && parse_date(date).is_none()
        {
            return Err(SettingsError::BadDate {
                path: path.to_owned(),
                date: date.clone(),
            });
        }
        Ok(settings)
    }

    /// Options given on the command line win over the file's.
    pub fn overlay(self, other: ReportSettings) -> ReportSettings {
        ReportSettings {
            parent: other.parent.or(self.parent),
            agency: other.agency.or(self.agency),
            agency_short: other.agency_short.or(self.agency_short),
            number: other.number.or(self.number),
            place: other.place.or(self.place),
            date: other.date.or(self.date),
            to: other.to.or(self.to),
            signer_title: other.signer_title.or(self.signer_title),
            signer: other.signer.or(self.signer),
            recipients: if other.recipients.is_empty() {
                self.recipients
            } else {
                other.recipients
            },
        }
    }

    /// A field, or the blank.
    pub fn or_blank(field: &Option<String>) -> String {
        field
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map_or_else(|| BLANK.to_owned(), str::to_owned)
    }

    /// The issue date as (day, month, year): the one given, else today.
    pub fn date(&self) -> (u32, u32, i32) {
        self.date
            .as_deref()
            .and_then(parse_date)
            .unwrap_or_else(today)
    }
}

/// `YYYY-MM-DD`, strictly: four digits, two, two (`2015-4-2` is refused, as the message
/// asks for the form it shows), a real day, and a year from 1900 (a report dated "năm 0" is
/// a typing slip, not a date).
pub fn parse_date(text: &str) -> Option<(u32, u32, i32)> {
    let text = text.trim();
    let shape = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shape {
        return None;
    }
    let d = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    use chrono::Datelike;
    (d.year() >= 1900).then(|| (d.day(), d.month(), d.year()))
}

fn today() -> (u32, u32, i32) {
    use chrono::Datelike;
    let d = chrono::Local::now().date_naive();
    (d.day(), d.month(), d.year())
}

#[cfg(test)]
mod date_tests {
    use super::parse_date;

    #[test]
    fn a_date_is_written_in_full_from_1900() {
        assert_eq!(parse_date("2015-04-22"), Some((22, 4, 2015)));
        assert_eq!(parse_date(" 1900-01-01 "), Some((1, 1, 1900)));
        for bad in [
            "2015-4-2",
            "0000-01-01",
            "1899-12-31",
            "2015-02-30",
            "15-04-22",
            "2015/04/22",
            "+2015-04-2",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
