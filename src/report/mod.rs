//! Exports for the committee: the terminal summary, and the report (DOCX in the Vietnamese
//! administrative layout, XLSX with native charts, HTML, CSV, the charts) built from one
//! [`content::Report`] so every format says the same thing.

pub mod blocks;
pub mod claimed;
pub mod content;
pub mod csv;
pub(crate) mod decisions;
pub mod docx;
mod explain;
pub mod folder;
pub mod html;
pub mod minutes;
mod sections;
pub mod settings;
mod text;
mod trend;
pub mod write;
pub mod xlsx;
pub mod year;

pub use text::text_summary;
pub use trend::trend_text;

use crate::i18n::{Lang, Msg, Num, tr};
use crate::scoring::Results;

/// A value as the evaluators gave it: yes/no in words, numbers as the formatter writes them,
/// "—" where there is none (N/A or unscored). The screens show values with it too.
pub fn value_text(c: Option<&crate::model::Criterion>, value: Option<f64>, lang: Lang) -> String {
    use crate::model::Kind;
    match (c.map(crate::model::Criterion::kind), value) {
        (_, None) => tr::no_value().text(lang),
        (Some(Kind::YesNo), Some(v)) if v >= 0.5 => tr::yes().text(lang),
        (Some(Kind::YesNo), Some(_)) => tr::no().text(lang),
        (_, Some(v)) => crate::format::exact(v, lang),
    }
}

/// One sentence per group (and per crossover), said from today's weight: "if G1's weight
/// fell below 1,2 % (now 18 %), M-Office would lead instead of V-Office". The terminal
/// summary and the results screen both use it.
pub fn sensitivity_msgs(r: &Results, lang: Lang) -> Vec<Msg> {
    let mut out = Vec::new();
    for s in &r.sensitivity {
        let title = r.group_title(&s.group, lang);
        if s.robust() {
            out.push(tr::sens_robust(
                &s.group,
                &title,
                Num::percent(s.share),
                r.checklist.subject(),
            ));
        }
        for x in &s.crossovers {
            let (from, to) = (
                r.candidate_name(&x.from, lang),
                r.candidate_name(&x.to, lang),
            );
            // Sweeping the weight upwards, `from` leads below the crossover and `to` above it.
            let (share, now) = (Num::percent(x.share), Num::percent(s.share));
            out.push(if x.distance >= 0.0 {
                tr::sens_above(&s.group, &title, share, now, to, from)
            } else {
                tr::sens_below(&s.group, &title, share, now, from, to)
            });
        }
    }
    out
}

/// The decision's safety in two sentences: the most critical group (docs/method.md §9) and the
/// robustness of the winner to the panel (§8). Shown first wherever results are shown.
pub fn safety_msgs(r: &Results, lang: Lang) -> Vec<Msg> {
    let critical = match r.critical() {
        Some((s, x)) => tr::critical_group(
            r.checklist.subject(),
            &s.group,
            r.group_title(&s.group, lang),
            Num::percent(s.share),
            Num::percent(x.share),
        ),
        None => tr::critical_none(r.checklist.subject()),
    };
    let mut out = vec![critical];
    // Who comes first, a tie or no result yet: the words are the results' own.
    out.extend(r.robustness_msg(lang));
    out
}
