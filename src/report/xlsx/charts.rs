//! The workbook's charts sheet: the contributions table the stacked chart needs, then
//! native Excel charts built from the cells, each series named by [`super::layout`].

use rust_xlsxwriter::{
    Chart as XlChart, ChartFormat, ChartLine, ChartSolidFill, ChartType, Workbook, XlsxError,
};

use super::Book;
use super::layout::{Charts, Slot};
use super::sheet::{Sheet, colour};
use crate::i18n::tr;

/// The charts sheet: the contributions table, then native charts of totals, group scores,
/// contributions and the radar, all from cells.
pub(super) fn charts(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    contributions(wb, b)?;
    let at = &b.layout.charts;
    let ws = wb.worksheet_from_name(&at.name)?;
    for (slot, chart) in [
        (Slot::TopLeft, totals(b)),
        (Slot::TopRight, groups(b)),
        (Slot::BottomLeft, stacked(b)),
        (Slot::BottomRight, radar(b)),
    ] {
        let (row, col) = at.anchor(slot);
        ws.insert_chart(row, col, &chart)?;
    }
    Ok(())
}

/// Each group's points in each total (rows: candidates in rank order).
fn contributions(wb: &mut Workbook, b: &Book) -> Result<(), XlsxError> {
    let (r, lang, at) = (b.r, b.lang, &b.layout.charts);
    let mut header = vec![b.t(tr::candidate(b.r.checklist.subject()))];
    header.extend(r.checklist.groups.iter().map(|g| g.id.clone()));
    let mut s = Sheet::new(wb, &at.name, &header, &b.marker)?;
    for (i, c) in r.candidates.iter().enumerate() {
        s.text(at.row(i), Charts::CANDIDATE, c.name.get(lang))?;
        for (gi, part) in crate::charts::contributions(r, c) {
            s.number(at.row(i), at.part_col(gi), part, &b.points)?;
        }
    }
    s.finish()
}

/// The totals as bars, from the totals sheet.
fn totals(b: &Book) -> XlChart {
    let at = &b.layout.totals;
    let mut bar = XlChart::new(ChartType::Bar);
    bar.title().set_name(&b.t(tr::chart_totals()));
    bar.add_series()
        .set_categories(at.names().chart())
        .set_values(at.totals().chart())
        .set_name(&b.t(tr::total()));
    // In a bar chart the values run along the x axis and the categories down the y axis;
    // reversed, the first in rank is at the top.
    bar.x_axis().set_min(0).set_max(100);
    bar.y_axis().set_reverse();
    bar.legend().set_hidden();
    bar
}

/// Each candidate's group scores as columns, in the candidate's colour.
fn groups(b: &Book) -> XlChart {
    let at = &b.layout.groups;
    let mut columns = XlChart::new(ChartType::Column);
    columns.title().set_name(&b.t(tr::chart_groups()));
    for c in &b.by_order {
        let mut fill = ChartSolidFill::new();
        fill.set_color(colour(c.order));
        columns
            .add_series()
            .set_categories(at.ids().chart())
            .set_values(at.scores(c.order).chart())
            .set_name(at.heading(c.order))
            .set_format(ChartFormat::new().set_solid_fill(&fill));
    }
    columns.y_axis().set_min(0).set_max(100);
    columns
}

/// Each total as stacked bars of its groups' points, from the contributions table.
fn stacked(b: &Book) -> XlChart {
    let at = &b.layout.charts;
    let mut stacked = XlChart::new(ChartType::BarStacked);
    stacked.title().set_name(&b.t(tr::chart_contributions()));
    for gi in 0..b.r.checklist.groups.len() {
        stacked
            .add_series()
            .set_categories(at.names().chart())
            .set_values(at.parts(gi).chart())
            .set_name(at.heading(gi));
    }
    stacked.y_axis().set_reverse();
    stacked.x_axis().set_min(0).set_max(100);
    stacked
}

/// Each candidate's group scores around a radar, in the candidate's colour.
fn radar(b: &Book) -> XlChart {
    let at = &b.layout.groups;
    let mut radar = XlChart::new(ChartType::Radar);
    radar.title().set_name(&b.t(tr::chart_radar()));
    for c in &b.by_order {
        let mut line = ChartLine::new();
        line.set_color(colour(c.order)).set_width(2.25);
        radar
            .add_series()
            .set_categories(at.ids().chart())
            .set_values(at.scores(c.order).chart())
            .set_name(at.heading(c.order))
            .set_format(ChartFormat::new().set_line(&line));
    }
    radar.y_axis().set_min(0).set_max(100);
    radar
}
