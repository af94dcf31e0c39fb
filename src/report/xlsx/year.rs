//! The year's workbook: one row per agency in the year's rank order with every period's
//! total and rank, the mean, the grade band and the change, then native charts built from
//! those cells (the means as bars, every agency's totals across the periods as lines).

use rust_xlsxwriter::{Chart as XlChart, ChartLegendPosition, ChartType, Format, Workbook};

use super::XlsxFailure;
use super::sheet::Sheet;
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::trend::Trend;

/// The workbook's bytes.
pub fn workbook(trend: &Trend, lang: Lang) -> Result<Vec<u8>, XlsxFailure> {
    let t = |m: Msg| m.text(lang);
    let marker = tr::xlsx_cut(t(tr::year_names_xlsx())).text(lang);
    let points = Format::new().set_num_format("0.00");
    let name = t(tr::year_sheet());
    // The last period's checklist names the blocks and the grade bands.
    let last = trend.periods.last().map(|p| &p.results.checklist);
    let n = trend.periods.len() as u16;
    // Columns: rank, block rank, block, name, per period total and rank, mean, grade,
    // change in points, change in places.
    // (Columns counted from 0: the totals from E.)
    let mut header = vec![
        t(tr::rank()),
        t(tr::trend_block_rank()),
        t(tr::year_block()),
        t(tr::year_unit()),
    ];
    // The totals side by side (one range per agency for the line chart), then the ranks.
    header.extend(trend.periods.iter().map(|p| p.label.clone()));
    header.extend(trend.periods.iter().map(|p| t(tr::year_rank_in(&p.label))));
    header.push(t(tr::trend_mean()));
    header.push(t(tr::year_grade()));
    header.push(t(tr::year_change_points()));
    header.push(t(tr::year_change_places()));
    let mean_col = 4 + 2 * n;
    let mut wb = Workbook::new();
    let mut s = Sheet::new(&mut wb, &name, &header, &marker)?;
    let categories = last.and_then(|k| k.categories.as_deref()).unwrap_or(&[]);
    for (i, c) in trend.candidates.iter().enumerate() {
        let row = 1 + i as u32;
        s.number(row, 0, c.rank as f64, &Format::new())?;
        if let Some(r) = c.category_rank {
            s.number(row, 1, r as f64, &Format::new())?;
        }
        if let Some(k) = c.category.as_deref() {
            let title = categories.iter().find(|x| x.id == k);
            s.text(row, 2, title.map_or(k, |x| x.title.get(lang)))?;
        }
        s.text(row, 3, c.name.get(lang))?;
        for (p, score) in c.periods.iter().enumerate() {
            if let Some(score) = score {
                let col = 4 + p as u16;
                s.number(row, col, score.total, &points)?;
                s.number(row, col + n, score.rank as f64, &Format::new())?;
            }
        }
        s.number(row, mean_col, c.mean, &points)?;
        if let Some(band) = last.and_then(|k| crate::scoring::grade(k, c.mean)) {
            s.text(row, mean_col + 1, band.get(lang))?;
        }
        if let (Some(points_changed), Some(places)) = (c.change, c.rank_change) {
            s.number(row, mean_col + 2, points_changed, &points)?;
            s.number(row, mean_col + 3, places as f64, &Format::new())?;
        }
    }
    s.finish()?;
    let rows = trend.candidates.len() as u32;
    if rows > 0 {
        let ws = wb.worksheet_from_name(&name)?;
        ws.insert_chart(1, mean_col + 5, &means(&name, rows, mean_col, lang))?;
        let below = 1 + 22.max(rows / 2);
        ws.insert_chart(below, mean_col + 5, &lines(trend, &name, n, lang))?;
    }
    Ok(wb.save_to_buffer()?)
}

/// The means as bars, the first in rank at the top.
fn means(sheet: &str, rows: u32, col: u16, lang: Lang) -> XlChart {
    let mut bar = XlChart::new(ChartType::Bar);
    bar.title().set_name(&tr::year_chart_means().text(lang));
    bar.add_series()
        .set_categories((sheet, 1, 3, rows, 3))
        .set_values((sheet, 1, col, rows, col))
        .set_name(&tr::trend_mean().text(lang));
    bar.x_axis().set_min(0).set_max(100);
    bar.y_axis().set_reverse();
    bar.legend().set_hidden();
    bar.set_height(20 * rows.max(10) + 80);
    bar
}

/// Every agency's totals across the periods, one line each, the periods along the bottom.
fn lines(trend: &Trend, sheet: &str, n: u16, lang: Lang) -> XlChart {
    let mut chart = XlChart::new(ChartType::Line);
    chart.title().set_name(&tr::chart_trend_totals().text(lang));
    for i in 0..trend.candidates.len() as u32 {
        let row = 1 + i;
        chart
            .add_series()
            .set_categories((sheet, 0, 4, 0, 3 + n))
            .set_values((sheet, row, 4, row, 3 + n))
            .set_name((sheet, row, 3));
    }
    chart.y_axis().set_min(0).set_max(100);
    chart.legend().set_position(ChartLegendPosition::Right);
    chart.set_height(480).set_width(720);
    chart
}
