//! The workbook the committee's staff check: every figure as a real number with a number
//! format, header rows frozen, columns as wide as their text; a total as a formula over its
//! group scores and weights (its result cached for viewers that do not recalculate); and
//! native Excel charts built from the cells, so they can be restyled.

use rust_xlsxwriter::{
    Chart as XlChart, ChartFormat, ChartSolidFill, ChartType, Color, Format, Formula, Workbook,
    Worksheet, XlsxError,
};

use crate::i18n::{Lang, Msg, tr};
use crate::model::Session;
use crate::scoring::{CandidateResult, Results};

/// Excel's own words fail in Vietnamese sheet names with some characters; ours are plain.
fn quoted(sheet: &str) -> String {
    format!("'{}'", sheet.replace('\'', "''"))
}

/// "A1"-style column letters for column `c` (0-based).
fn column(c: u16) -> String {
    let mut c = u32::from(c) + 1;
    let mut out = Vec::new();
    while c > 0 {
        let r = (c - 1) % 26;
        out.push(b'A' + r as u8);
        c = (c - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Widths that fit the longest text of each column (in characters, within limits).
struct Widths(Vec<usize>);

impl Widths {
    fn new() -> Widths {
        Widths(Vec::new())
    }
    fn see(&mut self, col: u16, text: &str) {
        let col = usize::from(col);
        if self.0.len() <= col {
            self.0.resize(col + 1, 8);
        }
        self.0[col] = self.0[col].max(text.chars().count().min(60));
    }
    fn apply(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        for (c, w) in self.0.iter().enumerate() {
            ws.set_column_width(c as u16, (*w as f64 + 2.0).min(62.0))?;
        }
        Ok(())
    }
}

struct Sheet<'a> {
    ws: &'a mut Worksheet,
    widths: Widths,
    bold: Format,
}

impl<'a> Sheet<'a> {
    fn new(wb: &'a mut Workbook, name: &str, header: &[String]) -> Result<Sheet<'a>, XlsxError> {
        let ws = wb.add_worksheet();
        ws.set_name(name)?;
        let bold = Format::new().set_bold();
        let mut sheet = Sheet {
            ws,
            widths: Widths::new(),
            bold,
        };
        for (c, h) in header.iter().enumerate() {
            sheet
                .ws
                .write_string_with_format(0, c as u16, h, &sheet.bold)?;
            sheet.widths.see(c as u16, h);
        }
        sheet.ws.set_freeze_panes(1, 0)?;
        Ok(sheet)
    }
    fn text(&mut self, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
        self.ws.write_string(row, col, text)?;
        self.widths.see(col, text);
        Ok(())
    }
    fn number(&mut self, row: u32, col: u16, x: f64, format: &Format) -> Result<(), XlsxError> {
        self.ws.write_number_with_format(row, col, x, format)?;
        self.widths.see(col, "000000000");
        Ok(())
    }
    fn finish(self) -> Result<(), XlsxError> {
        self.widths.apply(self.ws)
    }
}

fn colour(order: usize) -> Color {
    let c = crate::charts::colour(order);
    Color::RGB((u32::from(c.0) << 16) | (u32::from(c.1) << 8) | u32::from(c.2))
}

/// The workbook's bytes.
pub fn xlsx(r: &Results, sessions: &[&Session], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let t = |m: Msg| m.text(lang);
    let points = Format::new().set_num_format("0.00");
    let share = Format::new().set_num_format("0.0%");
    let fine = Format::new().set_num_format("0.0000");
    let mut wb = Workbook::new();
    let mut by_order: Vec<&CandidateResult> = r.candidates.iter().collect();
    by_order.sort_by_key(|c| c.order);
    let groups = &r.checklist.groups;
    let n_groups = groups.len() as u32;
    let groups_sheet = t(tr::sheet_groups());

    // Group scores first in the file's logic (the totals refer to them), second in its order.
    {
        let mut header = vec![
            t(tr::report_col_group()),
            t(tr::report_col_title()),
            t(tr::weight()),
        ];
        header.extend(by_order.iter().map(|c| c.name.get(lang).to_owned()));
        // The totals sheet is created first, so the workbook opens on it; written below.
        Sheet::new(&mut wb, &t(tr::sheet_totals()), &[])?;
        let mut s = Sheet::new(&mut wb, &groups_sheet, &header)?;
        for (i, (g, (_, w))) in groups.iter().zip(&r.group_weights).enumerate() {
            let row = i as u32 + 1;
            s.text(row, 0, &g.id)?;
            s.text(row, 1, g.title.get(lang))?;
            s.number(row, 2, *w, &share)?;
            for (k, c) in by_order.iter().enumerate() {
                if let Some(gs) = c.groups.iter().find(|x| x.id == g.id) {
                    s.number(row, 3 + k as u16, gs.score, &points)?;
                }
            }
        }
        s.finish()?;
    }

    // Totals and ranks: each total the weighted mean of its column of group scores.
    {
        let ws = wb.worksheet_from_name(&t(tr::sheet_totals()))?;
        let grades = r.checklist.grades.is_some();
        let mut header = vec![
            t(tr::rank()),
            t(tr::candidate()),
            t(tr::total()),
            t(tr::qualified()),
        ];
        if grades {
            header.push(t(tr::result()));
        }
        let mut s = Sheet {
            ws,
            widths: Widths::new(),
            bold: Format::new().set_bold(),
        };
        for (c, h) in header.iter().enumerate() {
            s.ws.write_string_with_format(0, c as u16, h, &s.bold)?;
            s.widths.see(c as u16, h);
        }
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
            s.ws.write_formula_with_format(row, 2, formula, &points)?;
            s.text(row, 3, &t(if c.qualified { tr::yes() } else { tr::no() }))?;
            if grades {
                let grade = c.grade.as_ref().map_or("", |g| g.get(lang));
                s.text(row, 4, grade)?;
            }
        }
        s.finish()?;
    }

    // Criterion scores, aggregated, per candidate: the value and its 0–1 score.
    {
        let mut header = vec![
            t(tr::report_col_group()),
            t(tr::criterion()),
            t(tr::csv_criterion_title()),
            t(tr::col_weight_in_group()),
        ];
        for c in &by_order {
            header.push(t(tr::col_value_of(c.name.get(lang))));
            header.push(t(tr::col_score_of(c.name.get(lang))));
        }
        let mut s = Sheet::new(&mut wb, &t(tr::sheet_criteria()), &header)?;
        for (i, row) in r.criteria.iter().enumerate() {
            let line = i as u32 + 1;
            s.text(line, 0, &row.group)?;
            s.text(line, 1, &row.id)?;
            let title = r
                .checklist
                .criterion(&row.id)
                .map_or("", |c| c.title.get(lang));
            s.text(line, 2, title)?;
            s.number(line, 3, row.weight, &share)?;
            for (k, c) in by_order.iter().enumerate() {
                if let Some(v) = row.values[c.order] {
                    s.number(line, 4 + 2 * k as u16, v, &fine)?;
                }
                if let Some(x) = row.scores[c.order] {
                    s.number(line, 5 + 2 * k as u16, x, &fine)?;
                }
            }
        }
        s.finish()?;
    }

    // Every evaluator's raw scores and notes.
    {
        let header = [
            t(tr::evaluator()),
            t(tr::organization()),
            t(tr::status()),
            t(tr::criterion()),
            t(tr::csv_criterion_title()),
            t(tr::candidate()),
            t(tr::value()),
            t(tr::csv_na()),
            t(tr::notes()),
        ];
        let mut s = Sheet::new(&mut wb, &t(tr::sheet_raw()), &header)?;
        let mut line = 1;
        for session in sessions {
            for score in &session.scores {
                s.text(line, 0, &session.evaluator.name)?;
                s.text(
                    line,
                    1,
                    session.evaluator.organization.as_deref().unwrap_or(""),
                )?;
                s.text(line, 2, &t(session.status.msg()))?;
                s.text(line, 3, &score.criterion)?;
                let title = session
                    .checklist
                    .criterion(&score.criterion)
                    .map_or("", |c| c.title.get(lang));
                s.text(line, 4, title)?;
                let name = session
                    .candidates
                    .iter()
                    .find(|c| c.id == score.candidate)
                    .map_or(score.candidate.as_str(), |c| c.name.get(lang));
                s.text(line, 5, name)?;
                match (score.value, score.is_na()) {
                    (_, true) => s.text(line, 7, "x")?,
                    (Some(v), false) => s.number(line, 6, v, &Format::new())?,
                    (None, false) => {}
                }
                if let Some(note) = &score.note {
                    s.text(line, 8, note)?;
                }
                line += 1;
            }
        }
        s.finish()?;
    }

    // Weights: each criterion's weight in its group and in the total (a formula).
    {
        let header = [
            t(tr::report_col_group()),
            t(tr::weight()),
            t(tr::criterion()),
            t(tr::csv_criterion_title()),
            t(tr::col_weight_in_group()),
            t(tr::col_global_weight()),
        ];
        let mut s = Sheet::new(&mut wb, &t(tr::sheet_weights()), &header)?;
        for (i, row) in r.criteria.iter().enumerate() {
            let line = i as u32 + 1;
            let gw = r
                .group_weights
                .iter()
                .find(|(g, _)| *g == row.group)
                .map_or(0.0, |(_, w)| *w);
            s.text(line, 0, &row.group)?;
            s.number(line, 1, gw, &share)?;
            s.text(line, 2, &row.id)?;
            s.text(
                line,
                3,
                r.checklist
                    .criterion(&row.id)
                    .map_or("", |c| c.title.get(lang)),
            )?;
            s.number(line, 4, row.weight, &share)?;
            let formula = Formula::new(format!("=B{0}*E{0}", line + 1))
                .set_result(format!("{}", gw * row.weight));
            s.ws.write_formula_with_format(line, 5, formula, &share)?;
        }
        s.finish()?;
    }

    // Agreement between evaluators.
    {
        let header = [
            t(tr::criterion()),
            t(tr::candidate()),
            t(tr::col_count()),
            t(tr::col_min()),
            t(tr::col_max()),
            t(tr::col_mean()),
            t(tr::col_sd()),
            t(tr::col_disagree()),
        ];
        let mut s = Sheet::new(&mut wb, &t(tr::sheet_agreement()), &header)?;
        for (i, a) in r.agreement.iter().enumerate() {
            let line = i as u32 + 1;
            s.text(line, 0, &a.criterion)?;
            s.text(line, 1, &r.candidate_name(&a.candidate, lang))?;
            s.number(line, 2, a.n as f64, &Format::new())?;
            s.number(line, 3, a.min, &Format::new())?;
            s.number(line, 4, a.max, &Format::new())?;
            s.number(line, 5, a.mean, &fine)?;
            s.number(line, 6, a.sd, &fine)?;
            s.text(line, 7, &t(if a.disagree { tr::yes() } else { tr::no() }))?;
        }
        s.finish()?;
    }

    // Sensitivity: each group's weight today and where the leader changes.
    {
        let header = [
            t(tr::report_col_group()),
            t(tr::report_col_title()),
            t(tr::col_today()),
            t(tr::col_crossing()),
            t(tr::col_from()),
            t(tr::col_to()),
            t(tr::col_distance()),
        ];
        let mut s = Sheet::new(&mut wb, &t(tr::sheet_sensitivity()), &header)?;
        let mut line = 1;
        for g in &r.sensitivity {
            s.text(line, 0, &g.group)?;
            s.text(line, 1, &r.group_title(&g.group, lang))?;
            s.number(line, 2, g.share, &share)?;
            if g.crossovers.is_empty() {
                s.text(line, 3, &t(tr::chart_grid_robust()))?;
                line += 1;
            }
            for x in &g.crossovers {
                s.text(line, 0, &g.group)?;
                s.text(line, 1, &r.group_title(&g.group, lang))?;
                s.number(line, 2, g.share, &share)?;
                s.number(line, 3, x.share, &share)?;
                s.text(line, 4, &r.candidate_name(&x.from, lang))?;
                s.text(line, 5, &r.candidate_name(&x.to, lang))?;
                s.number(line, 6, x.distance, &points)?;
                line += 1;
            }
        }
        s.finish()?;
    }

    charts(&mut wb, r, &by_order, lang)?;
    wb.save_to_buffer()
}

/// The charts sheet: the contributions table the stacked chart needs, then native charts of
/// totals, group scores, contributions and the radar, all from cells.
fn charts(
    wb: &mut Workbook,
    r: &Results,
    by_order: &[&CandidateResult],
    lang: Lang,
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
    let mut s = Sheet::new(wb, &name, &header)?;
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
