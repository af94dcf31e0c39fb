//! The sheets of the results: group scores, the totals as formulas over them, and the
//! criterion scores. Every cell's place comes from [`super::layout`].

use rust_xlsxwriter::{Format, Formula, Workbook, XlsxError};

use super::Book;
use super::layout::{Criteria, Groups, Totals};
use super::sheet::Sheet;
use crate::i18n::tr;

/// Group scores: first in the file's logic (the totals refer to them), second in its order.
pub(super) fn groups(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    let (r, lang, at) = (b.r, b.lang, &b.layout.groups);
    let mut header = vec![
        b.t(tr::report_col_group()),
        b.t(tr::report_col_title()),
        b.t(tr::weight()),
    ];
    header.extend(b.by_order.iter().map(|c| c.name.get(lang).to_owned()));
    let mut s = Sheet::new(wb, &at.name, &header, &b.marker)?;
    for (i, (g, (_, w))) in r.checklist.groups.iter().zip(&r.group_weights).enumerate() {
        let row = at.row(i);
        s.text(row, Groups::ID, &g.id)?;
        s.text(row, Groups::TITLE, g.title.get(lang))?;
        s.number(row, Groups::WEIGHT, *w, &b.share)?;
        for c in &b.by_order {
            if let Some(gs) = c.groups.iter().find(|x| x.id == g.id) {
                s.number(row, at.score_col(c.order), gs.score, &b.points)?;
            }
        }
    }
    s.finish()
}

/// Totals and ranks: each total the weighted mean of its column of group scores, the groups
/// a candidate has no score in left out of both sums.
pub(super) fn totals(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    let (r, lang, at) = (b.r, b.lang, &b.layout.totals);
    let groups = &b.layout.groups;
    let ws = wb.worksheet_from_name(&at.name)?;
    let grades = r.checklist.grades.is_some();
    let mut header = vec![
        b.t(tr::rank()),
        b.t(tr::candidate(b.r.checklist.subject())),
        b.t(tr::total()),
        b.t(tr::qualified()),
    ];
    if grades {
        header.push(b.t(tr::result()));
    }
    // The blocks (docs/method.md §12) after the columns every ranking has, so a sheet made
    // for a checklist without them keeps its columns where they were.
    let blocks = r.checklist.categories.is_some();
    let category = Totals::GRADE + u16::from(grades);
    if blocks {
        header.push(b.t(tr::block_col_category()));
        header.push(b.t(tr::block_col_category_rank()));
    }
    let mut s = Sheet::on(ws, &b.marker);
    s.header(&header)?;
    let weights = groups.weights().absolute();
    for (i, c) in r.candidates.iter().enumerate() {
        let row = at.row(i);
        s.number(row, Totals::RANK, c.rank as f64, &Format::new())?;
        s.text(row, Totals::NAME, c.name.get(lang))?;
        let scores = groups.scores(c.order).rows_fixed();
        let formula = Formula::new(format!(
            "=SUMPRODUCT({weights},{scores})/SUMIFS({weights},{scores},\"<>\")"
        ))
        .set_result(format!("{}", c.total));
        s.ws.write_formula_with_format(row, Totals::TOTAL, formula, &b.points)?;
        s.text(row, Totals::QUALIFIED, &b.yes_no(c.qualified))?;
        if grades {
            let grade = c.grade.as_ref().map_or("", |g| g.get(lang));
            s.text(row, Totals::GRADE, grade)?;
        }
        if blocks {
            let title = c
                .category
                .as_ref()
                .map(|id| r.checklist.category_title(id, lang));
            s.text(row, category, title.as_deref().unwrap_or(""))?;
            if let Some(rank) = c.category_rank {
                s.number(row, category + 1, rank as f64, &Format::new())?;
            }
        }
    }
    s.finish()
}

/// Criterion scores, aggregated, per candidate: the value and its 0–1 score.
pub(super) fn criteria(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    let (r, lang, at) = (b.r, b.lang, &b.layout.criteria);
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
        let line = at.row(i);
        s.text(line, Criteria::GROUP, &row.group)?;
        s.text(line, Criteria::ID, &row.id)?;
        let title = r
            .checklist
            .criterion(&row.id)
            .map_or("", |c| c.title.get(lang));
        s.text(line, Criteria::TITLE, title)?;
        s.number(line, Criteria::WEIGHT, row.weight, &b.share)?;
        for c in &b.by_order {
            if let Some(v) = row.values[c.order] {
                s.number(line, at.value_col(c.order), v, &b.fine)?;
            }
            if let Some(x) = row.scores[c.order] {
                s.number(line, at.score_col(c.order), x, &b.fine)?;
            }
        }
    }
    s.finish()
}
