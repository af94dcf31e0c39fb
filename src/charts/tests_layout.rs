//! Layout under pressure: candidate names of ~110 characters (product and vendor) and 1 to
//! 100 groups. A chart's value axis must never turn round (0 drawn right of 100, or 100
//! below 0) and nothing may be drawn outside the picture: the committee reads the axis
//! before the bars.

use plotters::prelude::*;
use serde_json::{Value, json};

use super::*;
use crate::model::Session;
use crate::scoring::{Aggregation, compute};

const PRODUCT: &str = "Hệ thống quản lý văn bản và điều hành tác nghiệp trên môi trường mạng";
const VENDOR: &str = "Công ty Cổ phần Giải pháp Phần mềm Điện tử Việt Nam";

fn results(names: &[String], groups: usize) -> Results {
    let groups_json: Vec<Value> = (0..groups)
        .map(|g| {
            json!({"id": format!("G{}", g + 1), "title": format!("Nhóm tiêu chí về {PRODUCT} {}", g + 1),
                   "weight": 1 + g % 3,
                   "criteria": [{"id": format!("G{}.1", g + 1), "title": "Tiêu chí"}]})
        })
        .collect();
    let checklist = json!({"format": "evaldesk.checklist", "version": 1, "id": "t",
        "title": "Đánh giá thử", "scale": {"min": 0, "max": 4, "step": 1}, "groups": groups_json});
    let scores: Vec<Value> = (0..groups)
        .flat_map(|g| {
            (0..names.len()).map(move |k| {
                json!({"criterion": format!("G{}.1", g + 1), "candidate": format!("c{k}"),
                       "value": ((k + g) % 5) as f64})
            })
        })
        .collect();
    let candidates: Vec<Value> = names
        .iter()
        .enumerate()
        .map(|(k, n)| json!({"id": format!("c{k}"), "name": n}))
        .collect();
    let session = json!({"format": "evaldesk.session", "version": 1, "id": "s",
        "evaluator": {"name": "A"}, "created": "2015-04-20T08:00:00+07:00",
        "modified": "2015-04-20T08:00:00+07:00", "status": "draft", "checklist": checklist,
        "candidates": candidates, "scores": scores});
    let s: Session = crate::model::parse_session(session.to_string().as_bytes()).unwrap();
    compute(&[s], Aggregation::Mean)
}

fn long_names(n: usize) -> Vec<String> {
    (0..n)
        .map(|k| format!("{PRODUCT} {k} — {VENDOR}"))
        .collect()
}

fn short_names(n: usize) -> Vec<String> {
    (0..n).map(|k| format!("Phần mềm {k}")).collect()
}

/// A text element's anchor and content.
struct Text {
    x: f64,
    y: f64,
    content: String,
}

fn svg_texts(chart: Chart, r: &Results, width: u32) -> (Vec<Text>, (f64, f64)) {
    let height = chart.height(r, width);
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        chart.draw(&area, r, Lang::Vi).unwrap();
        area.present().unwrap();
    }
    let doc = roxmltree::Document::parse(&svg).expect("the SVG is XML");
    let number = |n: roxmltree::Node, a: &str| n.attribute(a).and_then(|v| v.parse::<f64>().ok());
    let texts = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| {
            Some(Text {
                x: number(n, "x")?,
                y: number(n, "y")?,
                content: n.text().unwrap_or("").trim().to_owned(),
            })
        })
        .collect();
    (texts, (f64::from(width), f64::from(height)))
}

/// The value axis of a chart: a label "0" and the nearest label "100" (or "0 %" and
/// "100 %") on one line across or one line down. `None` when the chart has no such axis (the radar, a table
/// of scores, whose cells are not an axis).
fn axis(texts: &[Text]) -> Option<(&Text, &Text)> {
    for (zero, hundred) in [("0", "100"), ("0\u{a0}%", "100\u{a0}%")] {
        for z in texts.iter().filter(|t| t.content == zero) {
            let aligned = |t: &&Text| (t.y - z.y).abs() < 1.0 || (t.x - z.x).abs() < 1.0;
            // The nearest: small multiples repeat their axes panel after panel.
            let distance = |t: &&Text| (t.x - z.x).abs() + (t.y - z.y).abs();
            let hundreds = texts
                .iter()
                .filter(|t| t.content == hundred)
                .filter(aligned);
            if let Some(h) = hundreds.min_by(|a, b| distance(a).total_cmp(&distance(b))) {
                return Some((z, h));
            }
        }
    }
    None
}

/// Charts drawn as a table of numbers at this size (no value axis to check).
fn is_table(chart: Chart, r: &Results) -> bool {
    chart == Chart::GroupScores && r.candidates.len() > 8
}

/// Small multiples: each panel's scale is its two ends, the higher one above. Down each
/// column of panels, the scale's labels (right-aligned at one x) come in pairs, top then
/// bottom: the first of each pair must be the larger.
fn panel_faults(texts: &[Text], at: &str) -> Vec<String> {
    let mut columns: std::collections::BTreeMap<i64, Vec<(f64, f64)>> = Default::default();
    for t in texts {
        if let Ok(v) = t.content.parse::<f64>() {
            columns
                .entry(t.x.round() as i64)
                .or_default()
                .push((t.y, v));
        }
    }
    let mut out = Vec::new();
    for labels in columns.values_mut() {
        labels.sort_by(|a, b| a.0.total_cmp(&b.0));
        for pair in labels.chunks(2) {
            if let [(_, top), (_, bottom)] = pair
                && top <= bottom
            {
                out.push(format!("{at}: a panel's scale reads {top} above {bottom}"));
            }
        }
    }
    out
}

/// What is wrong with `chart` drawn for `r` at two widths, one line per fault.
fn faults(chart: Chart, r: &Results, case: &str) -> Vec<String> {
    let mut out = Vec::new();
    for width in [1000, 1600] {
        let (texts, (w, h)) = svg_texts(chart, r, width);
        let at = format!("{chart:?}, {case}, width {width}");
        if let Some(t) = texts
            .iter()
            .find(|t| !(-1.0..=w + 1.0).contains(&t.x) || !(-1.0..=h + 1.0).contains(&t.y))
        {
            out.push(format!(
                "{at}: {:?} at ({}, {}) outside {w}×{h}",
                t.content, t.x, t.y
            ));
        }
        if is_table(chart, r) {
            continue;
        }
        if chart == Chart::SensitivityGrid {
            out.extend(panel_faults(&texts, &at));
            continue;
        }
        let Some((zero, hundred)) = axis(&texts) else {
            continue;
        };
        let along_x = (zero.y - hundred.y).abs() < 1.0;
        if along_x && zero.x >= hundred.x {
            out.push(format!("{at}: 0 drawn right of 100"));
        } else if !along_x && zero.y <= hundred.y {
            out.push(format!(
                "{at}: 100 drawn below 0 (0 at ({}, {}), 100 at ({}, {}))",
                zero.x, zero.y, hundred.x, hundred.y
            ));
        }
    }
    out
}

#[test]
fn long_names_never_turn_an_axis_round() {
    let mut out = Vec::new();
    for n in [1, 2, 5, 30] {
        let r = results(&long_names(n), 8);
        for chart in Chart::ALL {
            out.extend(faults(
                chart,
                &r,
                &format!("{n} candidates of ~120 characters"),
            ));
        }
    }
    assert!(out.is_empty(), "{}", out.join("\n"));
}

#[test]
fn many_groups_never_turn_an_axis_round() {
    let mut out = Vec::new();
    for groups in [1, 12, 16, 32, 100] {
        for n in [2, 30] {
            let r = results(&short_names(n), groups);
            for chart in Chart::ALL {
                out.extend(faults(
                    chart,
                    &r,
                    &format!("{groups} groups, {n} candidates"),
                ));
            }
        }
    }
    assert!(out.is_empty(), "{}", out.join("\n"));
}

#[test]
fn a_tie_draws_no_winner_on_the_robustness_chart() {
    let mut r = results(&short_names(2), 3);
    // Both candidates the same total: an exact tie.
    let scores = r.candidates[0].total;
    for c in &mut r.candidates {
        c.total = scores;
        c.rank = 1;
    }
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (1600, 1000)).into_drawing_area();
        Chart::Robustness.draw(&area, &r, Lang::En).unwrap();
        area.present().unwrap();
    }
    assert!(svg.contains("tied for first place"), "{svg}");
    assert!(
        !svg.contains("100\u{a0}%"),
        "no share of wins is drawn for a tie"
    );
}

#[test]
fn long_names_cut_alike_show_what_tells_them_apart() {
    let r = results(&long_names(2), 8);
    let (texts, _) = svg_texts(Chart::Totals, &r, 1600);
    let rows: Vec<&str> = texts
        .iter()
        .map(|t| t.content.as_str())
        .filter(|t| t.starts_with("1. ") || t.starts_with("2. "))
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    let names: Vec<&str> = rows.iter().map(|t| &t[3..]).collect();
    assert_ne!(
        names[0], names[1],
        "the two names must not read alike: {rows:?}"
    );
    assert!(rows.iter().all(|t| t.contains('…')), "{rows:?}");
}
