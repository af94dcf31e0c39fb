//! The year's report ("Báo cáo kết quả đánh giá, xếp hạng mức độ ứng dụng CNTT năm …"): the
//! periods counted, each block's ranking by the year's figure with every period's total, the
//! change against the period before, the grade bands, and the year's two charts. Written by
//! `evaldesk trend --out DIR` as a DOCX in the administrative layout, a workbook with the
//! numbers and native charts, and the charts as PNG and SVG.

use std::path::{Path, PathBuf};

use super::content::{Block, Report, Section, Table};
use super::folder::{self, Kind};
use super::settings::ReportSettings;
use super::write::ReportError;
use crate::charts::{TrendChart, png_picture, svg_picture};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::model::problem::IoProblem;
use crate::scoring::trend::{Trend, TrendCandidate};

/// The year's files, named in the report's language.
pub struct YearNames {
    pub docx: &'static str,
    pub xlsx: &'static str,
    pub charts: &'static str,
}

pub fn year_names(lang: Lang) -> YearNames {
    match lang {
        Lang::Vi => YearNames {
            docx: "bao-cao-nam.docx",
            xlsx: "xep-hang-nam.xlsx",
            charts: "bieu-do",
        },
        Lang::En => YearNames {
            docx: "year-report.docx",
            xlsx: "year-ranking.xlsx",
            charts: "charts",
        },
    }
}

/// The year named by the periods ("2015" from "2015-Q1" … "2015-Q4"), else by the report's
/// date.
pub fn year_of(trend: &Trend, settings: &ReportSettings) -> String {
    let years: Vec<&str> = trend
        .periods
        .iter()
        .filter_map(|p| {
            p.label
                .get(..4)
                .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        })
        .collect();
    match (years.first(), years.last()) {
        (Some(a), Some(b)) if a == b && years.len() == trend.periods.len() => (*a).to_owned(),
        (Some(a), Some(b)) if years.len() == trend.periods.len() => format!("{a}–{b}"),
        _ => settings.date().2.to_string(),
    }
}

/// The year's report, in the administrative frame the committee's report has.
pub fn year_report(trend: &Trend, settings: &ReportSettings, lang: Lang) -> Report {
    let t = |m: Msg| m.text(lang);
    let year = year_of(trend, settings);
    let mut sections = vec![periods(trend, lang)];
    sections.extend(blocks(trend, lang));
    sections.push(changes(trend, lang));
    sections.push(figures(trend, lang));
    sections.push(Section {
        title: t(tr::report_s_proposal()),
        blocks: vec![Block::Para(t(tr::report_proposal()))],
    });
    Report::framed(settings, lang, t(tr::year_subject(year)), sections)
}

fn periods(trend: &Trend, lang: Lang) -> Section {
    let t = |m: Msg| m.text(lang);
    let items = trend
        .periods
        .iter()
        .map(|p| {
            t(tr::year_period_line(
                &p.label,
                p.results.checklist.title.get(lang),
                p.results.sessions,
                p.results.candidates.len(),
            ))
        })
        .collect();
    Section {
        title: t(tr::year_s_periods()),
        blocks: vec![
            Block::Para(t(tr::year_periods_intro(trend.periods.len()))),
            Block::List(items),
            Block::Para(t(tr::year_method())),
        ],
    }
}

/// One section per block (or one for everyone): rank in the block, name, each period's
/// total, the mean, its grade band, the change since the period before. The blocks are the
/// terminal's ([`super::trend`]), so both list the same agencies in the same order.
fn blocks(trend: &Trend, lang: Lang) -> Vec<Section> {
    let t = |m: Msg| m.text(lang);
    let blocks = super::trend::blocks(trend, lang);
    let by_block = blocks.iter().any(|(title, _)| title.is_some());
    blocks
        .into_iter()
        .map(|(title, members)| Section {
            title: match title {
                Some(block) => t(tr::year_s_block(block)),
                None => t(tr::year_s_ranking()),
            },
            blocks: vec![Block::Table(ranking(trend, &members, by_block, lang))],
        })
        .collect()
}

fn ranking(trend: &Trend, members: &[&TrendCandidate], by_block: bool, lang: Lang) -> Table {
    let t = |m: Msg| m.text(lang);
    let last = trend.periods.last().map(|p| &p.results.checklist);
    let grades = last.and_then(|c| c.grades.as_ref());
    let mut header = vec![t(tr::rank()), t(tr::year_unit())];
    header.extend(trend.periods.iter().map(|p| p.label.clone()));
    header.push(t(tr::trend_mean()));
    if grades.is_some() {
        header.push(t(tr::year_grade()));
    }
    header.push(t(tr::year_change_places_short()));
    header.push(t(tr::year_change_points_short()));
    let rows = members
        .iter()
        .map(|c| {
            let rank = if by_block {
                c.category_rank
            } else {
                Some(c.rank)
            };
            let mut name = c.name.get(lang).to_owned();
            if !c.qualified {
                name.push_str(" (*)");
            }
            let mut row = vec![rank.map_or_else(String::new, |r| r.to_string()), name];
            row.extend(c.periods.iter().map(|p| {
                p.as_ref()
                    .map_or_else(|| t(tr::no_value()), |p| format::points(p.total, lang))
            }));
            row.push(format::points(c.mean, lang));
            if let Some(checklist) = last.filter(|_| grades.is_some()) {
                let band = crate::scoring::grade(checklist, c.mean);
                row.push(band.map_or_else(String::new, |g| g.get(lang).to_owned()));
            }
            let (places, points) = super::trend::change_cells(c, lang)
                .unwrap_or_else(|| (t(tr::no_value()), t(tr::no_value())));
            row.push(places);
            row.push(points);
            row
        })
        .collect();
    let n = trend.periods.len();
    // Rank and numbers narrow, the name wide: the table stays within the page.
    let mut widths = vec![8, 26];
    widths.extend(std::iter::repeat_n(9, n));
    widths.push(10);
    if grades.is_some() {
        widths.push(10);
    }
    widths.extend([9, 10]);
    let mut numeric = vec![true, false];
    numeric.extend(std::iter::repeat_n(true, n + 1));
    if grades.is_some() {
        numeric.push(false);
    }
    numeric.extend([false, true]);
    Table {
        header,
        rows,
        widths,
        numeric,
    }
}

/// The change against the period before in words: how many rose and fell, who rose most.
fn changes(trend: &Trend, lang: Lang) -> Section {
    let t = |m: Msg| m.text(lang);
    let compared: Vec<&TrendCandidate> = trend
        .candidates
        .iter()
        .filter(|c| c.change.is_some())
        .collect();
    let mut blocks = Vec::new();
    let n = trend.periods.len();
    if n < 2 || compared.is_empty() {
        blocks.push(Block::Para(t(tr::year_no_change())));
    } else {
        let up = compared.iter().filter(|c| c.change > Some(1e-9)).count();
        let down = compared.iter().filter(|c| c.change < Some(-1e-9)).count();
        blocks.push(Block::Para(t(tr::year_change_counts(
            &trend.periods[n - 2].label,
            &trend.periods[n - 1].label,
            compared.len(),
            up,
            down,
        ))));
        let best = compared.iter().max_by_key(|c| c.rank_change.unwrap_or(0));
        let worst = compared.iter().min_by_key(|c| c.rank_change.unwrap_or(0));
        if let Some(b) = best.filter(|c| c.rank_change > Some(0)) {
            let places = b.rank_change.unwrap_or(0) as u64;
            blocks.push(Block::Para(t(tr::year_rose_most(b.name.get(lang), places))));
        }
        if let Some(w) = worst.filter(|c| c.rank_change < Some(0)) {
            let places = w.rank_change.unwrap_or(0).unsigned_abs();
            blocks.push(Block::Para(t(tr::year_fell_most(w.name.get(lang), places))));
        }
    }
    if trend.candidates.iter().any(|c| !c.qualified) {
        blocks.push(Block::Para(t(tr::year_unqualified_note())));
    }
    Section {
        title: t(tr::year_s_changes()),
        blocks,
    }
}

fn figures(trend: &Trend, lang: Lang) -> Section {
    let t = |m: Msg| m.text(lang);
    let px = super::docx::figure_width_px();
    let blocks = TrendChart::ALL
        .iter()
        .enumerate()
        .filter_map(|(i, chart)| {
            let size = (px, chart.height(trend, px));
            // 1600 wide for the HTML, as the committee's report draws its charts.
            let svg_size = (1600, chart.height(trend, 1600));
            let png = png_picture(&(*chart, trend), lang, size).ok()?;
            let svg = svg_picture(&(*chart, trend), lang, svg_size).ok()?;
            let title = match chart {
                TrendChart::Totals => tr::chart_trend_totals(),
                TrendChart::RankChanges => tr::chart_trend_rank_changes(),
            };
            Some(Block::Picture {
                png,
                size,
                svg,
                caption: t(tr::report_figure((i + 1).to_string(), t(title))),
            })
        })
        .collect();
    Section {
        title: t(tr::report_s_charts()),
        blocks,
    }
}

/// Write the year's report into `dir` (made whole beside it, moved into place at the end;
/// an existing folder replaced only with `if_exists` and only when EvalDesk wrote it).
pub fn write_year(
    dir: &Path,
    if_exists: folder::IfExists,
    inputs: &[PathBuf],
    trend: &Trend,
    settings: &ReportSettings,
    lang: Lang,
) -> Result<Vec<PathBuf>, ReportError> {
    let folder_failed = |e| ReportError::from_folder(dir, e);
    let target = folder::check(dir, if_exists, inputs).map_err(folder_failed)?;
    let failed = |reason: Msg| ReportError::Failed {
        folder: dir.to_owned(),
        reason,
    };
    let temp = target.begin().map_err(folder_failed)?;
    let n = year_names(lang);
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(temp.path().join(name), bytes)
            .map_err(|e| failed(tr::io_at(&dir.join(name), IoProblem::from_io(&e).msg())))
    };
    let at = |name: &str, reason: Msg| failed(tr::io_at(&dir.join(name), reason));
    let report = year_report(trend, settings, lang);
    let last = &trend.periods.last().expect("a trend has a period").results;
    let docx = super::docx::docx(&report, last).map_err(|e| at(n.docx, e.msg()))?;
    write(n.docx, &docx)?;
    let xlsx =
        super::xlsx::year::workbook(trend, lang).map_err(|e| failed(e.msg(&dir.join(n.xlsx))))?;
    write(n.xlsx, &xlsx)?;
    let width = crate::charts::Page::A4.width_px(300);
    crate::charts::export_trend(&temp.path().join(n.charts), trend, lang, width)
        .map_err(|e| failed(e.msg()))?;
    target.finish(temp, Kind::Report).map_err(folder_failed)?;
    Ok([n.docx, n.xlsx, n.charts]
        .iter()
        .map(|f| dir.join(f))
        .collect())
}
