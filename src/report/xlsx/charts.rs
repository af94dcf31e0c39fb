//! The workbook's charts sheet: the contributions table the stacked chart needs, then
//! native Excel charts built from the cells.

use rust_xlsxwriter::{
    Chart as XlChart, ChartFormat, ChartSolidFill, ChartType, Format, Workbook, XlsxError,
};

use super::sheet::{Sheet, colour};
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::{CandidateResult, Results};

/// The charts sheet: the contributions table the stacked chart needs, then native charts of
/// totals, group scores, contributions and the radar, all from cells.
pub(super) fn charts(
    wb: &mut Workbook,
    r: &Results,
    by_order: &[&CandidateResult],
    lang: Lang,
    marker: &str,
) -> Result<(), XlsxError> {
    let t = |m: Msg| m.text(lang);
    let totals = t(tr::sheet_totals());
    let groups = t(tr::sheet_groups());
    let name = t(tr::sheet_charts());
    let n = r.candidates.len() as u32;
    let g = r.checklist.groups.len() as u32;
    // Each group's points in each total (rows: candidates in rank order).
    let mut header = vec![t(tr::candidate())];
    header.extend(r.checklist.groups.iter().map(|g| g.id.clone()));
    let mut s = Sheet::new(wb, &name, &header, marker)?;
    let points = Format::new().set_num_format("0.00");
    for (i, c) in r.candidates.iter().enumerate() {
        s.text(i as u32 + 1, 0, c.name.get(lang))?;
        for (gi, part) in crate::charts::contributions(r, c) {
            s.number(i as u32 + 1, 1 + gi as u16, part, &points)?;
        }
    }
    s.finish()?;
    let ws = wb.worksheet_from_name(&name)?;

    let mut bar = XlChart::new(ChartType::Bar);
    bar.title().set_name(&t(tr::chart_totals()));
    bar.add_series()
        .set_categories((totals.as_str(), 1, 1, n, 1))
        .set_values((totals.as_str(), 1, 2, n, 2))
        .set_name(&t(tr::total()));
    // In a bar chart the values run along the x axis and the categories down the y axis;
    // reversed, the first in rank is at the top.
    bar.x_axis().set_min(0).set_max(100);
    bar.y_axis().set_reverse();
    bar.legend().set_hidden();
    ws.insert_chart(n + 3, 0, &bar)?;

    let mut columns = XlChart::new(ChartType::Column);
    columns.title().set_name(&t(tr::chart_groups()));
    for (k, c) in by_order.iter().enumerate() {
        let col = 3 + k as u16;
        columns
            .add_series()
            .set_categories((groups.as_str(), 1, 0, g, 0))
            .set_values((groups.as_str(), 1, col, g, col))
            .set_name((groups.as_str(), 0, col))
            .set_format(
                ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(colour(c.order))),
            );
    }
    columns.y_axis().set_min(0).set_max(100);
    ws.insert_chart(n + 3, 8, &columns)?;

    let mut stacked = XlChart::new(ChartType::BarStacked);
    stacked.title().set_name(&t(tr::chart_contributions()));
    for gi in 0..g {
        let col = 1 + gi as u16;
        stacked
            .add_series()
            .set_categories((name.as_str(), 1, 0, n, 0))
            .set_values((name.as_str(), 1, col, n, col))
            .set_name((name.as_str(), 0, col));
    }
    stacked.y_axis().set_reverse();
    stacked.x_axis().set_min(0).set_max(100);
    ws.insert_chart(n + 20, 0, &stacked)?;

    let mut radar = XlChart::new(ChartType::Radar);
    radar.title().set_name(&t(tr::chart_radar()));
    for (k, c) in by_order.iter().enumerate() {
        let col = 3 + k as u16;
        radar
            .add_series()
            .set_categories((groups.as_str(), 1, 0, g, 0))
            .set_values((groups.as_str(), 1, col, g, col))
            .set_name((groups.as_str(), 0, col))
            .set_format(
                ChartFormat::new().set_line(
                    rust_xlsxwriter::ChartLine::new()
                        .set_color(colour(c.order))
                        .set_width(2.25),
                ),
            );
    }
    radar.y_axis().set_min(0).set_max(100);
    ws.insert_chart(n + 20, 8, &radar)?;
    Ok(())
}
