//! Each chart drawn into a bitmap for 2 and 5 candidates, 1 and 12 groups, long Vietnamese
//! labels: the picture has its size, every candidate's colour shows, bars order like the
//! totals; the SVG holds every name with its Vietnamese letters.

use plotters::prelude::*;
use serde_json::{Value, json};

use super::*;
use crate::model::Session;
use crate::scoring::{Aggregation, compute};

const LONG: &str = "Quản lý văn bản đến, văn bản đi và hồ sơ công việc trên môi trường mạng";

fn results(candidates: usize, groups: usize) -> Results {
    let groups_json: Vec<Value> = (0..groups)
        .map(|g| {
            json!({"id": format!("G{}", g + 1), "title": format!("{LONG} {}", g + 1), "weight": g + 1,
                   "criteria": [{"id": format!("G{}.1", g + 1), "title": "Tiêu chí"}]})
        })
        .collect();
    let checklist = json!({"format": "evaldesk.checklist", "version": 1, "id": "t",
        "title": "Đánh giá thử", "scale": {"min": 0, "max": 4, "step": 1}, "groups": groups_json});
    let names: Vec<String> = (0..candidates)
        .map(|k| format!("Phần mềm Điều hành {k}"))
        .collect();
    let scores: Vec<Value> = (0..groups)
        .flat_map(|g| {
            (0..candidates).map(move |k| {
                json!({"criterion": format!("G{}.1", g + 1), "candidate": format!("c{k}"),
                       "value": ((k + g) % 5) as f64})
            })
        })
        .collect();
    let session = json!({"format": "evaldesk.session", "version": 1, "id": "s",
        "evaluator": {"name": "A"}, "created": "2015-04-20T08:00:00+07:00",
        "modified": "2015-04-20T08:00:00+07:00", "status": "draft", "checklist": checklist,
        "candidates": names.iter().enumerate().map(|(k, n)| json!({"id": format!("c{k}"), "name": n})).collect::<Vec<_>>(),
        "scores": scores});
    let s: Session = crate::model::parse_session(session.to_string().as_bytes()).unwrap();
    compute(&[s], Aggregation::Mean)
}

fn draw(chart: Chart, r: &Results, size: (u32, u32)) -> Vec<u8> {
    let mut buffer = vec![0u8; (size.0 * size.1 * 3) as usize];
    {
        let area = BitMapBackend::with_buffer(&mut buffer, size).into_drawing_area();
        chart.draw(&area, r, Lang::Vi).unwrap();
        area.present().unwrap();
    }
    buffer
}

fn pixels_of(buffer: &[u8], c: RGBColor) -> usize {
    buffer.chunks(3).filter(|p| p == &[c.0, c.1, c.2]).count()
}

#[test]
fn every_chart_draws_every_candidate_in_its_colour_for_small_and_large_cases() {
    for (candidates, groups) in [(2, 1), (2, 12), (5, 1), (5, 12)] {
        let r = results(candidates, groups);
        for chart in Chart::ALL {
            let buffer = draw(chart, &r, (1000, 625));
            assert_eq!(buffer.len(), 1000 * 625 * 3);
            for c in &r.candidates {
                // Head to head: the leader has no bar of its own against itself, and with more
                // than four candidates only the next three face it.
                let position = r.candidates.iter().position(|x| x.id == c.id).unwrap();
                if chart == Chart::HeadToHead
                    && ((position == 0 && candidates > 2) || (candidates > 4 && position > 3))
                {
                    continue;
                }
                let n = pixels_of(&buffer, colour(c.order));
                let wins = r
                    .robustness
                    .winners
                    .iter()
                    .any(|w| w.0 == c.id && w.1 > 0.0);
                let nonzero = match chart {
                    Chart::HeadToHead => true,
                    Chart::Robustness => wins,
                    _ => c.total > 0.0,
                };
                assert!(
                    n > 0 || !nonzero,
                    "{chart:?}, {candidates} candidates, {groups} groups: no pixel of {}",
                    c.id
                );
            }
        }
    }
}

#[test]
fn the_totals_bars_are_as_long_as_the_totals() {
    let r = results(5, 3);
    let buffer = draw(Chart::Totals, &r, (1000, 625));
    let lengths: Vec<(f64, usize)> = r
        .candidates
        .iter()
        .map(|c| (c.total, pixels_of(&buffer, colour(c.order))))
        .collect();
    for w in lengths.windows(2) {
        assert!(
            (w[0].0 > w[1].0) == (w[0].1 > w[1].1) || w[0].0 == w[1].0,
            "bars order like the totals: {lengths:?}"
        );
    }
}

#[test]
fn the_svg_holds_every_name_and_group_title_with_vietnamese_letters() {
    let r = results(5, 12);
    for chart in Chart::ALL {
        let mut text = String::new();
        {
            let area = SVGBackend::with_string(&mut text, (1000, 625)).into_drawing_area();
            chart.draw(&area, &r, Lang::Vi).unwrap();
            area.present().unwrap();
        }
        let doc = roxmltree::Document::parse(&text)
            .unwrap_or_else(|e| panic!("{chart:?}: the SVG is not XML: {e}"));
        assert_eq!(doc.root_element().tag_name().name(), "svg");
        // Head to head with five: the leader against the next three only.
        let shown = if chart == Chart::HeadToHead {
            4
        } else {
            r.candidates.len()
        };
        for c in r.candidates.iter().take(shown) {
            assert!(
                text.contains(c.name.get(Lang::Vi)),
                "{chart:?}: {}",
                c.name.get(Lang::Vi)
            );
        }
        // Scores by group keys every title in full; the charts with less room key each
        // group by id with its title cut to fit ("…"), Vietnamese letters intact.
        for g in &r.checklist.groups {
            let title = g.title.get(Lang::Vi);
            match chart {
                Chart::GroupScores => assert!(text.contains(title), "{title}"),
                Chart::Contributions | Chart::Radar => {
                    let start: String = title.chars().take(12).collect();
                    assert!(
                        text.contains(&format!("{}  {start}", g.id))
                            || text.contains(&format!(")  {start}")),
                        "{chart:?}: {title}"
                    );
                }
                _ => {}
            }
        }
    }
}

#[test]
fn export_writes_every_chart_as_png_and_svg_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let r = results(2, 8);
    let mut told = Vec::new();
    let written = export(dir.path(), &r, Lang::En, 800, |p| told.push(p.to_owned())).unwrap();
    assert_eq!(written.len(), 2 * Chart::ALL.len());
    assert_eq!(told, written, "progress names each file as it is done");
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> = Chart::ALL
        .iter()
        .flat_map(|c| ["png", "svg"].map(|e| format!("{}.{e}", c.file_stem())))
        .collect();
    expected.sort();
    assert_eq!(names, expected, "no temporary file is left");
    let png = std::fs::read(dir.path().join("1-totals.png")).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
}

#[test]
fn the_contributions_add_up_to_each_total() {
    let r = results(5, 12);
    for c in &r.candidates {
        let sum: f64 = contributions(&r, c).iter().map(|(_, p)| p).sum();
        assert!(
            (sum - c.total).abs() < 1e-9,
            "{}: {sum} vs {}",
            c.id,
            c.total
        );
    }
}

#[test]
fn the_sensitivity_chart_names_today_s_weight_and_every_crossover() {
    let r = results(2, 3);
    let Some(group) = focus_group(&r) else {
        panic!("three groups have a focus group");
    };
    let gi = r
        .checklist
        .groups
        .iter()
        .position(|g| g.id == group)
        .unwrap();
    let mut text = String::new();
    {
        let area = SVGBackend::with_string(&mut text, (1000, 625)).into_drawing_area();
        Chart::Sensitivity.draw(&area, &r, Lang::En).unwrap();
        area.present().unwrap();
    }
    let today = crate::format::percent(r.sensitivity[gi].share, Lang::En);
    assert!(
        text.contains(&format!("today {today}")),
        "today's weight is marked"
    );
    for x in &r.sensitivity[gi].crossovers {
        let at = crate::format::percent(x.share, Lang::En);
        assert!(text.contains(&at), "crossover at {at} is labelled");
    }
}

#[test]
fn with_many_candidates_scores_by_group_is_a_table_naming_every_one_with_every_score() {
    let r = results(12, 6);
    let mut text = String::new();
    {
        let area = SVGBackend::with_string(&mut text, (1600, 1000)).into_drawing_area();
        Chart::GroupScores.draw(&area, &r, Lang::Vi).unwrap();
        area.present().unwrap();
    }
    roxmltree::Document::parse(&text).expect("XML");
    for c in &r.candidates {
        assert!(
            text.contains(c.name.get(Lang::Vi)),
            "{}",
            c.name.get(Lang::Vi)
        );
        for g in &c.groups {
            // plotters writes each text on its own line inside <text>.
            let score = format!(">\n{}\n<", crate::format::number(g.score, 1, Lang::Vi));
            assert!(text.contains(&score), "{} {}: {score}", c.id, g.id);
        }
    }
    for g in &r.checklist.groups {
        assert!(
            text.contains(g.title.get(Lang::Vi)),
            "{}",
            g.title.get(Lang::Vi)
        );
    }
}

/// The chart as SVG text, in English.
fn svg(chart: Chart, r: &Results) -> String {
    let mut text = String::new();
    {
        let area = SVGBackend::with_string(&mut text, (1600, 1000)).into_drawing_area();
        chart.draw(&area, r, Lang::En).unwrap();
        area.present().unwrap();
    }
    roxmltree::Document::parse(&text).expect("XML");
    text
}

#[test]
fn with_thirty_candidates_line_charts_colour_the_first_four_and_say_the_others_are_grey() {
    let r = results(30, 6);
    let (first, rest) = r.candidates.split_at(HIGHLIGHTED_WHEN_MANY);
    for chart in [Chart::Radar, Chart::Sensitivity, Chart::SensitivityGrid] {
        let text = svg(chart, &r);
        for c in first {
            assert!(
                text.contains(c.name.get(Lang::En)),
                "{chart:?} keys {}",
                c.id
            );
        }
        assert!(text.contains("the other 26 (grey)"), "{chart:?}");
        // The others are not keyed (and, on the radar, not drawn): a key of thirty names
        // left no room for the chart.
        for c in rest {
            let name = format!(">\n{}\n<", c.name.get(Lang::En));
            assert!(!text.contains(&name), "{chart:?} keys {}", c.id);
        }
    }
    // On the radar, the highlighted candidates each in a colour of their own, and no other.
    let buffer = draw(Chart::Radar, &r, (1600, 1000));
    let drawn: Vec<usize> = (0..8)
        .filter(|&k| pixels_of(&buffer, colour(k)) > 0)
        .collect();
    assert_eq!(drawn, (0..HIGHLIGHTED_WHEN_MANY).collect::<Vec<_>>());
}

#[test]
fn with_thirty_candidates_each_evaluators_total_names_everyone_with_the_result() {
    let r = results(30, 6);
    let text = svg(Chart::Spread, &r);
    for c in &r.candidates {
        assert!(text.contains(c.name.get(Lang::En)), "{}", c.id);
        let value = format!(">\n{}\n<", crate::format::points(c.total, Lang::En));
        assert!(text.contains(&value), "{}: {value}", c.id);
    }
}

#[test]
fn with_thirty_candidates_the_charts_with_a_row_each_grow_taller_on_paper() {
    let few = results(5, 6);
    let many = results(30, 6);
    for chart in Chart::ALL {
        assert_eq!(chart.height(&few, 1600), 1000, "{chart:?}: 16:10 for a few");
    }
    for chart in [
        Chart::Totals,
        Chart::Contributions,
        Chart::Spread,
        Chart::GroupScores,
    ] {
        let h = chart.height(&many, 2480);
        // At least 45 units of 1600 per row: about 4 mm per agency at A4 width.
        assert!(h >= 2480 * 45 * 30 / 1600, "{chart:?}: {h}");
        let png = crate::charts::png_bytes(chart, &many, Lang::Vi, (2480, h)).unwrap();
        let decoded = image::load_from_memory(&png).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (2480, h));
    }
    assert_eq!(Chart::Radar.height(&many, 1600), 1000);
}
