//! Exports for the committee. For now: the plain-text summary the terminal prints, laid out
//! so a secretary can paste it into a memo.

use crate::i18n::Lang;
use crate::scoring::{Results, fmt_num};

/// A number for people: two decimals at most, with the decimal comma in Vietnamese.
pub fn num(x: f64, decimals: usize, lang: Lang) -> String {
    let s = fmt_num(x, decimals);
    match lang {
        Lang::Vi => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A number with exactly `decimals` decimals, for table columns that line up.
pub fn fixed(x: f64, decimals: usize, lang: Lang) -> String {
    let s = format!("{x:.decimals$}");
    match lang {
        Lang::Vi => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A percentage of a share in [0, 1], one decimal.
pub fn percent(share: f64, lang: Lang) -> String {
    format!("{} %", num(100.0 * share, 1, lang))
}

/// Columns padded to their widest cell; the first `left` columns left-aligned, the rest right.
fn table(rows: &[Vec<String>], left: usize) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let pad = " ".repeat(widths[i] - c.chars().count());
                if i < left {
                    format!("{c}{pad}")
                } else {
                    format!("{pad}{c}")
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// One sentence per group (and per crossover): its weight today and whether, and at which
/// weight, the leader would change. The terminal summary and the results screen both use it.
pub fn sensitivity_lines(r: &Results, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for s in &r.sensitivity {
        let head = format!(
            "{} {} ({} {})",
            s.group,
            r.group_title(&s.group, lang),
            lang.pick("hiện", "now"),
            percent(s.share, lang)
        );
        if s.robust() {
            out.push(format!(
                "{head}: {}",
                lang.pick(
                    "vững — không trọng số nào làm đổi sản phẩm dẫn đầu.",
                    "robust — no weight on it changes the leader."
                )
            ));
        }
        for x in &s.crossovers {
            let (from, to) = (
                r.candidate_name(&x.from, lang),
                r.candidate_name(&x.to, lang),
            );
            let sign = if x.distance >= 0.0 { "+" } else { "" };
            let distance = format!("{sign}{}", num(x.distance, 1, lang));
            let share = percent(x.share, lang);
            out.push(match lang {
                Lang::Vi => format!(
                    "{head}: dẫn đầu đổi từ {from} sang {to} khi trọng số nhóm là {share} ({distance} điểm phần trăm)."
                ),
                Lang::En => format!(
                    "{head}: the leader changes from {from} to {to} at a weight of {share} ({distance} percentage points)."
                ),
            });
        }
    }
    out
}

/// The terminal summary: the ranking with each group's score, the group weights, the
/// sensitivity per group, then the warnings.
pub fn text_summary(r: &Results, lang: Lang) -> String {
    let mut out = String::new();
    let title = r.checklist.title.get(lang);
    let aggregation = match (lang, r.aggregation) {
        (Lang::Vi, crate::scoring::Aggregation::Mean) => "trung bình cộng",
        (Lang::Vi, crate::scoring::Aggregation::Median) => "trung vị",
        (Lang::En, crate::scoring::Aggregation::Mean) => "the mean",
        (Lang::En, crate::scoring::Aggregation::Median) => "the median",
    };
    match lang {
        Lang::Vi => {
            out += &format!("KẾT QUẢ ĐÁNH GIÁ — {title} ({})\n", r.checklist.id);
            out += &format!(
                "{} phiên đánh giá, tổng hợp điểm các cán bộ bằng {aggregation}; điểm trên thang 0–100.\n\n",
                r.sessions
            );
        }
        Lang::En => {
            out += &format!("EVALUATION RESULTS — {title} ({})\n", r.checklist.id);
            out += &format!(
                "{} sessions, evaluators' values combined by {aggregation}; scores out of 100.\n\n",
                r.sessions
            );
        }
    }

    let mut header = vec![
        lang.pick("Hạng", "Rank").to_owned(),
        lang.pick("Sản phẩm", "Candidate").to_owned(),
        lang.pick("Tổng", "Total").to_owned(),
        lang.pick("Đạt yêu cầu", "Qualified").to_owned(),
    ];
    header.extend(r.checklist.groups.iter().map(|g| g.id.clone()));
    let mut rows = vec![header];
    for c in &r.candidates {
        let mut row = vec![
            c.rank.to_string(),
            c.name.get(lang).to_owned(),
            fixed(c.total, 2, lang),
            if c.qualified {
                lang.pick("có", "yes")
            } else {
                lang.pick("KHÔNG", "NO")
            }
            .to_owned(),
        ];
        row.extend(r.checklist.groups.iter().map(|g| {
            c.groups
                .iter()
                .find(|s| s.id == g.id)
                .map_or_else(|| "—".to_owned(), |s| fixed(s.score, 2, lang))
        }));
        rows.push(row);
    }
    out += &table(&rows, 2);
    for c in r.candidates.iter().filter(|c| !c.qualified) {
        out += &match lang {
            Lang::Vi => format!(
                "{} không đạt tiêu chí bắt buộc: {}\n",
                c.name.get(lang),
                c.failed.join(", ")
            ),
            Lang::En => format!(
                "{} fails the mandatory criteria: {}\n",
                c.name.get(lang),
                c.failed.join(", ")
            ),
        };
    }

    out += &format!(
        "\n{}\n",
        lang.pick("Nhóm tiêu chí và trọng số:", "Groups and weights:")
    );
    let rows: Vec<Vec<String>> = r
        .checklist
        .groups
        .iter()
        .zip(&r.group_weights)
        .map(|(g, (_, w))| {
            vec![
                format!("  {}", g.id),
                g.title.get(lang).to_owned(),
                format!("{} %", fixed(100.0 * w, 1, lang)),
            ]
        })
        .collect();
    out += &table(&rows, 2);

    out += &format!(
        "\n{}\n",
        lang.pick(
            "Độ nhạy (nếu thay đổi trọng số của một nhóm, các nhóm khác giữ nguyên tỷ lệ):",
            "Sensitivity (changing one group's weight, the others keeping their proportions):"
        )
    );
    for line in sensitivity_lines(r, lang) {
        out += &format!("  {line}\n");
    }

    if !r.warnings.is_empty() {
        out += &format!("\n{}\n", lang.pick("Cảnh báo:", "Warnings:"));
        for w in &r.warnings {
            out += &format!("  - {}\n", r.warning_text(w, lang));
        }
    }
    out
}
