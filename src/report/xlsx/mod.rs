//! The workbook the committee's staff check: every figure as a real number with a number
//! format, header rows frozen, columns as wide as their text; a total as a formula over its
//! group scores and weights (its result cached for viewers that do not recalculate); and
//! native Excel charts built from the cells, so they can be restyled. Every text goes into a
//! cell through [`sheet::Sheet::text`], XML-safe and cut to what a cell holds.

mod charts;
mod layout;
mod raw;
mod scores;
mod sheet;
mod tables;
#[cfg(test)]
mod tests_recalc;
pub mod year;

use std::path::Path;

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::i18n::{Lang, Msg, tr};
use crate::model::Session;
use crate::model::problem::IoProblem;
use crate::scoring::{CandidateResult, Results};
use layout::Layout;
use sheet::Sheet;

/// Why the workbook could not be made, and at which score when it was one.
#[derive(Debug)]
pub struct XlsxFailure {
    pub place: Option<Box<ScorePlace>>,
    pub error: XlsxError,
}

/// A score, as a person finds it again: who gave it, on what, for whom.
#[derive(Debug, Clone)]
pub struct ScorePlace {
    pub evaluator: String,
    pub criterion: String,
    pub candidate: String,
}

impl From<XlsxError> for XlsxFailure {
    fn from(error: XlsxError) -> Self {
        XlsxFailure { place: None, error }
    }
}

impl XlsxFailure {
    /// What went wrong, in plain words, said of `file` (the workbook) and the score.
    pub fn msg(&self, file: &Path) -> Msg {
        let reason = match &self.error {
            XlsxError::MaxStringLengthExceeded => tr::xlsx_too_long(),
            XlsxError::RowColumnLimitError => tr::xlsx_too_big(),
            XlsxError::IoError(e) => IoProblem::from_io(e).msg(),
            e => super::write::plain(&e.to_string()),
        };
        match &self.place {
            Some(p) => tr::report_score_failed(
                file,
                p.evaluator.as_str(),
                p.criterion.as_str(),
                p.candidate.as_str(),
                reason,
            ),
            None => tr::io_at(file, reason),
        }
    }
}

/// What every sheet is written with.
struct Book<'a> {
    r: &'a Results,
    lang: Lang,
    by_order: Vec<&'a CandidateResult>,
    layout: Layout,
    marker: String,
    points: Format,
    share: Format,
    fine: Format,
}

impl Book<'_> {
    fn t(&self, m: Msg) -> String {
        m.text(self.lang)
    }

    fn yes_no(&self, yes: bool) -> String {
        self.t(if yes { tr::yes() } else { tr::no() })
    }
}

/// The workbook's bytes.
pub fn xlsx(r: &Results, sessions: &[&Session], lang: Lang) -> Result<Vec<u8>, XlsxFailure> {
    let mut by_order: Vec<&CandidateResult> = r.candidates.iter().collect();
    by_order.sort_by_key(|c| c.order);
    let csv = super::write::names(lang).csv;
    let t = |m: Msg| m.text(lang);
    let names = layout::Names {
        totals: t(tr::sheet_totals()),
        groups: t(tr::sheet_groups()),
        charts: t(tr::sheet_charts()),
    };
    let b = Book {
        r,
        lang,
        layout: Layout::new(r, &by_order, names),
        by_order,
        marker: tr::xlsx_cut(csv).text(lang),
        points: Format::new().set_num_format("0.00"),
        share: Format::new().set_num_format("0.0%"),
        fine: Format::new().set_num_format("0.0000"),
    };
    let mut wb = Workbook::new();
    // The totals sheet is created first, so the workbook opens on it; written once the
    // group scores it refers to are there.
    Sheet::new(&mut wb, &b.layout.totals.name, &[], &b.marker)?;
    scores::groups(&mut wb, &b)?;
    scores::totals(&mut wb, &b)?;
    scores::criteria(&mut wb, &b)?;
    // The panel's decisions beside the scores they changed.
    tables::decisions(&mut wb, &b)?;
    raw::sessions(&mut wb, &b, sessions)?;
    raw::raw_scores(&mut wb, &b, sessions)?;
    tables::weights(&mut wb, &b)?;
    tables::agreement(&mut wb, &b)?;
    tables::sensitivity(&mut wb, &b)?;
    charts::charts(&mut wb, &b)?;
    Ok(wb.save_to_buffer()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_names_the_workbook_the_score_and_the_evaluator_in_plain_words() {
        let at_score = XlsxFailure {
            place: Some(Box::new(ScorePlace {
                evaluator: "Trần Thị Bình".into(),
                criterion: "G2.3".into(),
                candidate: "M-Office".into(),
            })),
            error: XlsxError::MaxStringLengthExceeded,
        };
        let file = Path::new("bao-cao/bang-diem.xlsx");
        let said = tr::report_failed("bao-cao", at_score.msg(file)).text(Lang::En);
        for part in [
            "bang-diem.xlsx",
            "Trần Thị Bình",
            "G2.3",
            "M-Office",
            "32,767",
        ] {
            assert!(said.contains(part), "{part}: {said}");
        }
        // The library's own words end with a full stop; ours go on after them.
        let other = XlsxFailure::from(XlsxError::ParameterError("a bad parameter.".into()));
        let said = tr::report_failed("bao-cao", other.msg(file)).text(Lang::Vi);
        assert!(
            said.contains("bang-diem.xlsx: Parameter error: 'a bad parameter.'. Không"),
            "{said}"
        );
        assert!(!said.contains(".."), "{said}");
    }
}
