//! The workbook the committee's staff check: every figure as a real number with a number
//! format, header rows frozen, columns as wide as their text; a total as a formula over its
//! group scores and weights (its result cached for viewers that do not recalculate); and
//! native Excel charts built from the cells, so they can be restyled. Every text goes into a
//! cell through [`sheet::Sheet::text`], XML-safe and cut to what a cell holds.

mod charts;
mod raw;
mod sheet;

use std::path::Path;

use rust_xlsxwriter::{Format, Formula, Workbook, XlsxError};

use crate::i18n::{Lang, Msg, tr};
use crate::model::Session;
use crate::model::problem::IoProblem;
use crate::scoring::{CandidateResult, Results};
use sheet::{Sheet, column, quoted};

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
    marker: String,
    points: Format,
    share: Format,
    fine: Format,
}

impl Book<'_> {
    fn t(&self, m: Msg) -> String {
        m.text(self.lang)
    }
}

/// The workbook's bytes.
pub fn xlsx(r: &Results, sessions: &[&Session], lang: Lang) -> Result<Vec<u8>, XlsxFailure> {
    let mut by_order: Vec<&CandidateResult> = r.candidates.iter().collect();
    by_order.sort_by_key(|c| c.order);
    let csv = super::write::names(lang).csv;
    let b = Book {
        r,
        lang,
        by_order,
        marker: tr::xlsx_cut(csv).text(lang),
        points: Format::new().set_num_format("0.00"),
        share: Format::new().set_num_format("0.0%"),
        fine: Format::new().set_num_format("0.0000"),
    };
    let mut wb = Workbook::new();
    // The totals sheet is created first, so the workbook opens on it; written once the
    // group scores it refers to are there.
    Sheet::new(&mut wb, &b.t(tr::sheet_totals()), &[], &b.marker)?;
    groups(&mut wb, &b)?;
    totals(&mut wb, &b)?;
    criteria(&mut wb, &b)?;
    raw::sessions(&mut wb, sessions, lang, &b.marker)?;
    raw::raw_scores(&mut wb, sessions, lang, &b.marker)?;
    weights(&mut wb, &b)?;
    agreement(&mut wb, &b)?;
    sensitivity(&mut wb, &b)?;
    charts::charts(&mut wb, r, &b.by_order, lang, &b.marker)?;
    Ok(wb.save_to_buffer()?)
}

/// Group scores: first in the file's logic (the totals refer to them), second in its order.
fn groups(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    let (r, lang) = (b.r, b.lang);
    let mut header = vec![
        b.t(tr::report_col_group()),
        b.t(tr::report_col_title()),
        b.t(tr::weight()),
    ];
    header.extend(b.by_order.iter().map(|c| c.name.get(lang).to_owned()));
    let mut s = Sheet::new(wb, &b.t(tr::sheet_groups()), &header, &b.marker)?;
    for (i, (g, (_, w))) in r.checklist.groups.iter().zip(&r.group_weights).enumerate() {
        let row = i as u32 + 1;
        s.text(row, 0, &g.id)?;
        s.text(row, 1, g.title.get(lang))?;
        s.number(row, 2, *w, &b.share)?;
        for (k, c) in b.by_order.iter().enumerate() {
            if let Some(gs) = c.groups.iter().find(|x| x.id == g.id) {
                s.number(row, 3 + k as u16, gs.score, &b.points)?;
            }
        }
    }
    s.finish()
}

/// Totals and ranks: each total the weighted mean of its column of group scores.
fn totals(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    let (r, lang) = (b.r, b.lang);
    let groups_sheet = b.t(tr::sheet_groups());
    let n_groups = r.checklist.groups.len() as u32;
    let ws = wb.worksheet_from_name(&b.t(tr::sheet_totals()))?;
    let grades = r.checklist.grades.is_some();
    let mut header = vec![
        b.t(tr::rank()),
        b.t(tr::candidate()),
        b.t(tr::total()),
        b.t(tr::qualified()),
    ];
    if grades {
        header.push(b.t(tr::result()));
    }
    let mut s = Sheet::on(ws, &b.marker);
    s.header(&header)?;
    let weights = format!("{}!$C$2:$C${}", quoted(&groups_sheet), n_groups + 1);
    for (i, c) in r.candidates.iter().enumerate() {
        let row = i as u32 + 1;
        s.number(row, 0, c.rank as f64, &Format::new())?;
        s.text(row, 1, c.name.get(lang))?;
        let col = column(3 + c.order as u16);
        let scores = format!("{}!{col}$2:{col}${}", quoted(&groups_sheet), n_groups + 1);
        let formula = Formula::new(format!(
            "=SUMPRODUCT({weights},{scores})/SUMIFS({weights},{scores},\"<>\")"
        ))
        .set_result(format!("{}", c.total));
        s.ws.write_formula_with_format(row, 2, formula, &b.points)?;
        s.text(row, 3, &b.t(if c.qualified { tr::yes() } else { tr::no() }))?;
        if grades {
            let grade = c.grade.as_ref().map_or("", |g| g.get(lang));
            s.text(row, 4, grade)?;
        }
    }
    s.finish()
}

/// Criterion scores, aggregated, per candidate: the value and its 0–1 score.
fn criteria(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    let (r, lang) = (b.r, b.lang);
    let mut header = vec![
        b.t(tr::report_col_group()),
        b.t(tr::criterion()),
        b.t(tr::csv_criterion_title()),
        b.t(tr::col_weight_in_group()),
    ];
    for c in &b.by_order {
        header.push(b.t(tr::col_value_of(c.name.get(lang))));
        header.push(b.t(tr::col_score_of(c.name.get(lang))));
    }
    let mut s = Sheet::new(wb, &b.t(tr::sheet_criteria()), &header, &b.marker)?;
    for (i, row) in r.criteria.iter().enumerate() {
        let line = i as u32 + 1;
        s.text(line, 0, &row.group)?;
        s.text(line, 1, &row.id)?;
        let title = r
            .checklist
            .criterion(&row.id)
            .map_or("", |c| c.title.get(lang));
        s.text(line, 2, title)?;
        s.number(line, 3, row.weight, &b.share)?;
        for (k, c) in b.by_order.iter().enumerate() {
            if let Some(v) = row.values[c.order] {
                s.number(line, 4 + 2 * k as u16, v, &b.fine)?;
            }
            if let Some(x) = row.scores[c.order] {
                s.number(line, 5 + 2 * k as u16, x, &b.fine)?;
            }
        }
    }
    s.finish()
}

/// Weights: each criterion's weight in its group and in the total (a formula).
fn weights(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    let (r, lang) = (b.r, b.lang);
    let header = [
        b.t(tr::report_col_group()),
        b.t(tr::weight()),
        b.t(tr::criterion()),
        b.t(tr::csv_criterion_title()),
        b.t(tr::col_weight_in_group()),
        b.t(tr::col_global_weight()),
    ];
    let mut s = Sheet::new(wb, &b.t(tr::sheet_weights()), &header, &b.marker)?;
    for (i, row) in r.criteria.iter().enumerate() {
        let line = i as u32 + 1;
        let gw = r
            .group_weights
            .iter()
            .find(|(g, _)| *g == row.group)
            .map_or(0.0, |(_, w)| *w);
        s.text(line, 0, &row.group)?;
        s.number(line, 1, gw, &b.share)?;
        s.text(line, 2, &row.id)?;
        let title = r
            .checklist
            .criterion(&row.id)
            .map_or("", |c| c.title.get(lang));
        s.text(line, 3, title)?;
        s.number(line, 4, row.weight, &b.share)?;
        let formula = Formula::new(format!("=B{0}*E{0}", line + 1))
            .set_result(format!("{}", gw * row.weight));
        s.ws.write_formula_with_format(line, 5, formula, &b.share)?;
    }
    s.finish()
}

/// Agreement between evaluators.
fn agreement(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    let (r, lang) = (b.r, b.lang);
    let header = [
        b.t(tr::criterion()),
        b.t(tr::candidate()),
        b.t(tr::col_count()),
        b.t(tr::col_min()),
        b.t(tr::col_max()),
        b.t(tr::col_mean()),
        b.t(tr::col_sd()),
        b.t(tr::col_disagree()),
    ];
    let mut s = Sheet::new(wb, &b.t(tr::sheet_agreement()), &header, &b.marker)?;
    let plain = Format::new();
    for (i, a) in r.agreement.iter().enumerate() {
        let line = i as u32 + 1;
        s.text(line, 0, &a.criterion)?;
        s.text(line, 1, &r.candidate_name(&a.candidate, lang))?;
        s.number(line, 2, a.n as f64, &plain)?;
        s.number(line, 3, a.min, &plain)?;
        s.number(line, 4, a.max, &plain)?;
        s.number(line, 5, a.mean, &b.fine)?;
        s.number(line, 6, a.sd, &b.fine)?;
        s.text(line, 7, &b.t(if a.disagree { tr::yes() } else { tr::no() }))?;
    }
    s.finish()
}

/// Sensitivity: each group's weight today and where the leader changes.
fn sensitivity(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    let (r, lang) = (b.r, b.lang);
    let header = [
        b.t(tr::report_col_group()),
        b.t(tr::report_col_title()),
        b.t(tr::col_today()),
        b.t(tr::col_crossing()),
        b.t(tr::col_from()),
        b.t(tr::col_to()),
        b.t(tr::col_distance()),
    ];
    let mut s = Sheet::new(wb, &b.t(tr::sheet_sensitivity()), &header, &b.marker)?;
    let mut line = 1;
    for g in &r.sensitivity {
        s.text(line, 0, &g.group)?;
        s.text(line, 1, &r.group_title(&g.group, lang))?;
        s.number(line, 2, g.share, &b.share)?;
        if g.crossovers.is_empty() {
            s.text(line, 3, &b.t(tr::chart_grid_robust()))?;
            line += 1;
        }
        for x in &g.crossovers {
            s.text(line, 0, &g.group)?;
            s.text(line, 1, &r.group_title(&g.group, lang))?;
            s.number(line, 2, g.share, &b.share)?;
            s.number(line, 3, x.share, &b.share)?;
            s.text(line, 4, &r.candidate_name(&x.from, lang))?;
            s.text(line, 5, &r.candidate_name(&x.to, lang))?;
            s.number(line, 6, x.distance, &b.points)?;
            line += 1;
        }
    }
    s.finish()
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
