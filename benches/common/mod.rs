//! Sessions generated for the benchmarks, deterministically: a checklist of `criteria`
//! criteria (groups of 50) × `candidates` candidates, every cell scored, one cell in five
//! with a short note — the shape of issue 13's measurement (1,000 sessions of 500 × 5).

#![allow(dead_code)] // Each bench uses part of it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use evaldesk::model::{
    Candidate, Checklist, Criterion, Evaluator, Group, Kind, Scale, Score, Session, Status, Text,
    to_pretty_json,
};

pub fn checklist(criteria: usize, candidates: usize) -> Checklist {
    let groups = (0..criteria.div_ceil(50))
        .map(|g| Group {
            id: format!("G{g}"),
            title: Text::Plain(format!("Nhóm tiêu chí số {g}")),
            source: None,
            weight: Some((g % 4 + 1) as f64),
            criteria: (0..50.min(criteria - g * 50))
                .map(|i| Criterion {
                    id: format!("G{g}.{i}"),
                    title: Text::Plain(format!("Tiêu chí số {i} của nhóm {g}: chức năng cần có")),
                    guidance: Some(Text::Plain("Kiểm tra và ghi lại bằng chứng.".into())),
                    source: None,
                    weight: Some((i % 3 + 1) as f64),
                    kind: None,
                    mandatory: None,
                    threshold: None,
                    unit: None,
                    better: None,
                    evidence: None,
                    applies_to: None,
                })
                .collect(),
            criteria_pairwise: None,
            applies_to: None,
        })
        .collect();
    Checklist {
        format: "evaldesk.checklist".into(),
        version: 1,
        id: "bench".into(),
        title: Text::Plain("Bộ tiêu chí đo hiệu năng".into()),
        subject: None,
        categories: None,
        scale: Scale {
            min: 0.0,
            max: 4.0,
            step: 1.0,
            levels: Vec::new(),
        },
        candidates: Some(
            (0..candidates)
                .map(|k| Candidate {
                    id: format!("c{k}"),
                    name: Text::Plain(format!("Sản phẩm {k}")),
                    vendor: None,
                    version: None,
                    category: None,
                })
                .collect(),
        ),
        grades: None,
        groups,
        group_pairwise: None,
    }
}

/// Session `i` on `checklist`: values vary with the session, the criterion and the candidate,
/// each valid for its criterion's kind.
pub fn session(checklist: &Checklist, i: usize) -> Session {
    let candidates = checklist.candidates.clone().unwrap_or_default();
    let mut scores = Vec::new();
    for (k, (_, c)) in checklist.criteria().enumerate() {
        for (j, cand) in candidates.iter().enumerate() {
            let mix = i * 7 + k * 3 + j * 5;
            let value = match c.kind() {
                Kind::Scale => {
                    let s = &checklist.scale;
                    let steps = ((s.max - s.min) / s.step).round() as usize + 1;
                    s.min + (mix % steps) as f64 * s.step
                }
                Kind::YesNo => (mix % 2) as f64,
                Kind::Numeric => (10 + mix % 50) as f64,
            };
            scores.push(Score {
                criterion: c.id.clone(),
                candidate: cand.id.clone(),
                value: Some(value),
                na: None,
                note: (i + k + j)
                    .is_multiple_of(5)
                    .then(|| "Đã kiểm tra trên máy thử.".to_owned()),
                evidence: None,
            });
        }
    }
    Session {
        format: "evaldesk.session".into(),
        version: 1,
        id: format!("bench-{i:05}"),
        revises: None,
        kind: None,
        period: None,
        evaluator: Evaluator {
            name: format!("Cán bộ số {i}"),
            organization: Some("Sở Thông tin và Truyền thông".into()),
            role: None,
        },
        created: "2015-04-20T08:00:00+07:00".into(),
        modified: "2015-04-21T16:30:00+07:00".into(),
        status: Status::Draft,
        checklist: checklist.clone().into(),
        candidates,
        scores,
        declaration: None,
        seal: None,
    }
}

/// Write `n` sessions of `criteria` × `candidates` into `dir`; returns their paths and bytes.
pub fn write_sessions(
    dir: &Path,
    n: usize,
    criteria: usize,
    candidates: usize,
) -> (Vec<PathBuf>, u64) {
    std::fs::create_dir_all(dir).unwrap();
    let checklist = checklist(criteria, candidates);
    let mut bytes = 0;
    let paths = (0..n)
        .map(|i| {
            let path = dir.join(format!("s{i:05}.evaluation.json"));
            let text = to_pretty_json(&session(&checklist, i));
            bytes += text.len() as u64;
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    (paths, bytes)
}

/// The median of `runs` timings of `f`.
pub fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}
