//! The sheets that explain the results: the weights (the global one a formula), agreement
//! between evaluators and the sensitivity of the leader to each group's weight.

use rust_xlsxwriter::{Format, Formula, Workbook, XlsxError};

use super::Book;
use super::layout::Weights;
use super::sheet::Sheet;
use crate::i18n::tr;

/// Weights: each criterion's weight in its group and in the total (a formula).
pub(super) fn weights(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    let (r, lang, at) = (b.r, b.lang, &b.layout.weights);
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
        let line = at.row(i);
        let gw = r
            .group_weights
            .iter()
            .find(|(g, _)| *g == row.group)
            .map_or(0.0, |(_, w)| *w);
        s.text(line, Weights::GROUP, &row.group)?;
        s.number(line, Weights::GROUP_WEIGHT, gw, &b.share)?;
        s.text(line, Weights::CRITERION, &row.id)?;
        let title = r
            .checklist
            .criterion(&row.id)
            .map_or("", |c| c.title.get(lang));
        s.text(line, Weights::TITLE, title)?;
        s.number(line, Weights::IN_GROUP, row.weight, &b.share)?;
        let formula = Formula::new(at.global(line)).set_result(format!("{}", gw * row.weight));
        s.ws.write_formula_with_format(line, Weights::GLOBAL, formula, &b.share)?;
    }
    s.finish()
}

/// Agreement between evaluators. No formula or chart refers to this sheet: its columns are
/// its header's.
pub(super) fn agreement(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    let (r, lang) = (b.r, b.lang);
    let header = [
        b.t(tr::criterion()),
        b.t(tr::candidate(b.r.checklist.subject())),
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
        s.text(line, 7, &b.yes_no(a.disagree))?;
    }
    s.finish()
}

/// Sensitivity: each group's weight today and where the leader changes (one row per
/// crossover, or one saying the leader holds). Nothing refers to this sheet either.
pub(super) fn sensitivity(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
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

/// Decisions: one row per decision of the review the results include, as the report's table
/// has them; the values before and agreed are numbers ("N/A" as text where the panel agreed
/// N/A). Not written without a review. Nothing refers to this sheet.
pub(super) fn decisions(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    let (r, lang) = (b.r, b.lang);
    let Some(applied) = r.review.as_ref() else {
        return Ok(());
    };
    let header = [
        b.t(tr::criterion()),
        b.t(tr::csv_criterion_title()),
        b.t(tr::candidate(b.r.checklist.subject())),
        b.t(tr::rv_rep_col_evaluators()),
        b.t(tr::rv_rep_col_before()),
        b.t(tr::rv_rep_col_agreed()),
        b.t(tr::rv_rep_col_reason()),
        b.t(tr::rv_rep_col_by()),
        b.t(tr::rv_rep_col_at()),
    ];
    let mut s = Sheet::new(wb, &b.t(tr::rv_rep_sheet()), &header, &b.marker)?;
    let plain = Format::new();
    for (i, d) in applied.decisions.iter().enumerate() {
        let line = i as u32 + 1;
        s.text(line, 0, &d.criterion)?;
        let title = r
            .checklist
            .criterion(&d.criterion)
            .map_or("", |c| c.title.get(lang));
        s.text(line, 1, title)?;
        s.text(line, 2, &r.candidate_name(&d.candidate, lang))?;
        s.text(line, 3, &crate::report::decisions::evaluators_text(d, lang))?;
        if let Some(before) = d.before {
            s.number(line, 4, before, &b.points)?;
        }
        match d.value {
            Some(v) => s.number(line, 5, v, &plain)?,
            None => s.text(line, 5, &b.t(tr::rv_rep_na()))?,
        }
        s.text(line, 6, &d.reason)?;
        s.text(line, 7, d.by.as_deref().unwrap_or_default())?;
        s.text(line, 8, d.at.as_deref().unwrap_or_default())?;
    }
    s.finish()
}
