//! The rules of docs/formats.md that the types alone cannot express. Every rule reports every
//! place it is broken, so one run of `validate` lists all the work to do.

use std::collections::HashMap;

use serde_json::Value;

use super::parse::check_version;
use super::problem::{Located, Problem};
use super::{
    CHECKLIST_FORMAT, Candidate, Checklist, Kind, Scale, Score, ScoreRef, Session, SessionHead,
    Status, Text, seal,
};

mod categories;
mod parts;
mod review;
mod self_assessment;
use parts::grades;
pub use parts::{MAX_MAGNITUDE, matrix, too_large, value_problem};
pub use review::{ReadSession, is_date, review, review_against};
pub use self_assessment::is_relative_below;

/// Pairwise matrices larger than this are refused (docs/method.md §2: no random index beyond 15).
pub const MAX_PAIRWISE: usize = 15;

/// True when `value` lies on `min + k × step` for a whole k (with room for decimal rounding).
pub fn on_step(value: f64, min: f64, step: f64) -> bool {
    let k = (value - min) / step;
    (k - k.round()).abs() <= 1e-9 * k.abs().max(1.0)
}

/// Problems of a checklist; `prefix` is `""` for a checklist file and `"checklist."` for the
/// one embedded in a session.
pub fn checklist<'a>(c: &'a Checklist, prefix: &str) -> Vec<Located> {
    let mut out = Vec::new();
    let at = |p: &str| format!("{prefix}{p}");
    if !prefix.is_empty() {
        if c.format != CHECKLIST_FORMAT {
            out.push(Located::at(
                at("format"),
                Problem::WrongFormat {
                    expected: CHECKLIST_FORMAT,
                    found: c.format.clone(),
                },
            ));
        }
        if let Err(p) = check_version(Some(&Value::from(c.version)), &at("version")) {
            out.push(p);
        }
    }
    if c.id.trim().is_empty() {
        out.push(Located::at(at("id"), Problem::EmptyId));
    }
    text(&c.title, || at("title"), &mut out);
    scale(&c.scale, &at("scale"), &mut out);
    if let Some(candidates) = &c.candidates {
        self::candidates(candidates, &at("candidates"), false, &mut out);
    }
    if let Some(grades) = &c.grades {
        self::grades(grades, &at("grades"), &mut out);
    }
    categories::checklist(c, &at, &mut out);

    if c.groups.is_empty() {
        out.push(Located::at(at("groups"), Problem::NoGroups));
    }
    // Group and criterion ids share one namespace. Places are kept as indices and written
    // out only for a problem: a session's embedded checklist is checked with every file.
    let id_path = |gi: usize, ci: Option<usize>| match ci {
        None => at(&format!("groups[{gi}].id")),
        Some(ci) => at(&format!("groups[{gi}].criteria[{ci}].id")),
    };
    type Place = (usize, Option<usize>);
    let mut ids: HashMap<&str, Place> = HashMap::new();
    let mut unique = |id: &'a str, place: Place, out: &mut Vec<Located>| {
        if id.trim().is_empty() {
            out.push(Located::at(id_path(place.0, place.1), Problem::EmptyId));
        } else if let Some(&(fg, fc)) = ids.get(id) {
            out.push(Located::at(
                id_path(place.0, place.1),
                Problem::DuplicateId {
                    id: id.into(),
                    first: id_path(fg, fc),
                },
            ));
        } else {
            ids.insert(id, place);
        }
    };
    for (gi, g) in c.groups.iter().enumerate() {
        let gp = at(&format!("groups[{gi}]"));
        unique(&g.id, (gi, None), &mut out);
        text(&g.title, || format!("{gp}.title"), &mut out);
        if let Some(w) = g.weight {
            weight(w, || format!("{gp}.weight"), &mut out);
        }
        if g.criteria.is_empty() {
            out.push(Located::at(format!("{gp}.criteria"), Problem::NoCriteria));
        }
        for (ci, k) in g.criteria.iter().enumerate() {
            let cp = || format!("{gp}.criteria[{ci}]");
            unique(&k.id, (gi, Some(ci)), &mut out);
            text(&k.title, || format!("{}.title", cp()), &mut out);
            if let Some(w) = k.weight {
                weight(w, || format!("{}.weight", cp()), &mut out);
            }
            let numeric = k.kind() == Kind::Numeric;
            if numeric {
                if k.better.is_none() {
                    out.push(Located::at(
                        format!("{}.better", cp()),
                        Problem::NumericNeeds("better"),
                    ));
                }
                if k.is_mandatory() && k.threshold.is_none() {
                    out.push(Located::at(
                        format!("{}.threshold", cp()),
                        Problem::ThresholdNeeded,
                    ));
                }
            } else {
                if k.unit.is_some() {
                    out.push(Located::at(
                        format!("{}.unit", cp()),
                        Problem::OnlyForNumeric("unit"),
                    ));
                }
                if k.better.is_some() {
                    out.push(Located::at(
                        format!("{}.better", cp()),
                        Problem::OnlyForNumeric("better"),
                    ));
                }
            }
            if let Some(t) = k.threshold {
                let (min, max) = match k.kind() {
                    Kind::Scale => (c.scale.min, c.scale.max),
                    Kind::YesNo => (0.0, 1.0),
                    Kind::Numeric => (0.0, f64::INFINITY),
                };
                if !t.is_finite() {
                    out.push(Located::at(
                        format!("{}.threshold", cp()),
                        Problem::NotFinite,
                    ));
                } else if let Some(problem) = too_large(t) {
                    out.push(Located::at(format!("{}.threshold", cp()), problem));
                } else if t < min || t > max {
                    out.push(Located::at(
                        format!("{}.threshold", cp()),
                        Problem::ThresholdOutOfRange { value: t, min, max },
                    ));
                }
            }
        }
        if let Some(m) = &g.criteria_pairwise {
            matrix(
                m,
                g.criteria.len(),
                &format!("{gp}.criteria_pairwise"),
                &mut out,
            );
        }
    }
    if let Some(m) = &c.group_pairwise {
        matrix(m, c.groups.len(), &at("group_pairwise"), &mut out);
    }
    out
}

/// `path` is called only for a problem (so are the other checks' paths below).
fn text(t: &Text, path: impl FnOnce() -> String, out: &mut Vec<Located>) {
    if t.is_blank() {
        out.push(Located::at(path(), Problem::EmptyText));
    }
}

fn weight(w: f64, path: impl FnOnce() -> String, out: &mut Vec<Located>) {
    if !w.is_finite() {
        out.push(Located::at(path(), Problem::NotFinite));
    } else if w <= 0.0 {
        out.push(Located::at(path(), Problem::WeightNotPositive(w)));
    } else if let Some(problem) = too_large(w) {
        out.push(Located::at(path(), problem));
    }
}

fn scale(s: &Scale, path: &str, out: &mut Vec<Located>) {
    if !(s.min.is_finite() && s.max.is_finite() && s.step.is_finite()) {
        out.push(Located::at(path, Problem::NotFinite));
        return;
    }
    // max − min of two ends of 1e308 is infinite: every normalized score would be 0 or NaN.
    let mut bounded = true;
    for (member, v) in [("min", s.min), ("max", s.max), ("step", s.step)] {
        if let Some(problem) = too_large(v) {
            out.push(Located::at(format!("{path}.{member}"), problem));
            bounded = false;
        }
    }
    if !bounded {
        return;
    }
    if s.min >= s.max {
        out.push(Located::at(
            format!("{path}.max"),
            Problem::ScaleOrder {
                min: s.min,
                max: s.max,
            },
        ));
        return;
    }
    if s.step <= 0.0 {
        out.push(Located::at(
            format!("{path}.step"),
            Problem::ScaleStep(s.step),
        ));
        return;
    }
    if !on_step(s.max, s.min, s.step) {
        out.push(Located::at(
            format!("{path}.step"),
            Problem::ScaleNotWhole {
                min: s.min,
                max: s.max,
                step: s.step,
            },
        ));
        return;
    }
    let mut seen: Vec<f64> = Vec::new();
    for (i, level) in s.levels.iter().enumerate() {
        let lp = format!("{path}.levels[{i}]");
        let v = level.value;
        if !(v.is_finite() && v >= s.min && v <= s.max && on_step(v, s.min, s.step)) {
            out.push(Located::at(
                format!("{lp}.value"),
                Problem::LevelOffScale(v),
            ));
        } else if seen.iter().any(|x| (x - v).abs() < 1e-9) {
            out.push(Located::at(
                format!("{lp}.value"),
                Problem::DuplicateLevel(v),
            ));
        } else {
            seen.push(v);
        }
        text(&level.label, || format!("{lp}.label"), out);
    }
}

fn candidates(list: &[Candidate], path: &str, required: bool, out: &mut Vec<Located>) {
    if required && list.is_empty() {
        out.push(Located::at(path, Problem::NoCandidates));
    }
    let mut seen: HashMap<&str, String> = HashMap::new();
    for (i, c) in list.iter().enumerate() {
        let cp = format!("{path}[{i}]");
        if c.id.trim().is_empty() {
            out.push(Located::at(format!("{cp}.id"), Problem::EmptyId));
        } else if let Some(first) = seen.get(c.id.as_str()) {
            out.push(Located::at(
                format!("{cp}.id"),
                Problem::DuplicateId {
                    id: c.id.clone(),
                    first: first.clone(),
                },
            ));
        } else {
            seen.insert(&c.id, format!("{cp}.id"));
        }
        text(&c.name, || format!("{cp}.name"), out);
    }
    same_names(list, path, out);
}

/// Two candidates of one list whose names look the same ([`super::fold_name`]): the committee
/// could not tell their rows apart (`v-office` and `v‑office`, both "V-Office").
fn same_names(list: &[Candidate], path: &str, out: &mut Vec<Located>) {
    let mut names: HashMap<String, usize> = HashMap::new();
    for (i, c) in list.iter().enumerate() {
        let [vi, en] = c.name.folded();
        let mut clash = None;
        for name in [vi, en] {
            if name.is_empty() {
                continue;
            }
            match names.get(&name) {
                Some(&first) if list[first].id != c.id => clash = clash.or(Some(first)),
                Some(_) => {}
                None => {
                    names.insert(name, i);
                }
            }
        }
        if let Some(first) = clash {
            out.push(Located::at(
                format!("{path}[{i}].name"),
                Problem::SameCandidateName {
                    first: format!("{path}[{first}]"),
                    clash: Box::new(super::problem::NameClash {
                        id: c.id.clone(),
                        name: c.name.get(crate::i18n::Lang::Vi).to_owned(),
                        other_id: list[first].id.clone(),
                    }),
                },
            ));
        }
    }
}

/// Problems of a session. `raw` is the file's JSON as read, which the seal is checked against.
pub fn session(s: &Session, raw: &Value) -> Vec<Located> {
    let mut out = checklist(&s.checklist, "checklist.");
    if let Some(t) = s.declaration.as_ref().and_then(|d| d.at.as_ref())
        && chrono::DateTime::parse_from_rfc3339(t).is_err()
    {
        out.push(Located::at(
            "declaration.at",
            Problem::BadTimestamp(t.clone()),
        ));
    }
    let scores: Vec<ScoreRef> = s.scores.iter().map(Score::score_ref).collect();
    out.extend(session_but_checklist(
        &s.head(),
        &scores,
        &s.score_places(),
        raw,
    ));
    self_assessment::self_assessment(s, &mut out);
    out
}

/// The rules of a session but those of its checklist (checked on its own, or once for the
/// many sessions that carry the same one). `places` are the scores' places in the grid
/// ([`super::score_places`]); `raw` is the session as read, for its seal.
pub fn session_but_checklist(
    s: &SessionHead,
    scores: &[ScoreRef],
    places: &[(Option<usize>, Option<usize>)],
    raw: &Value,
) -> Vec<Located> {
    let mut out = Vec::new();
    if s.id.trim().is_empty() {
        out.push(Located::at("id", Problem::EmptyId));
    }
    match s.revises {
        Some(r) if r.trim().is_empty() => out.push(Located::at("revises", Problem::EmptyId)),
        Some(r) if r == s.id => out.push(Located::at("revises", Problem::RevisesItself)),
        _ => {}
    }
    if s.evaluator.trim().is_empty() {
        out.push(Located::at("evaluator.name", Problem::EmptyText));
    }
    for (member, t) in [("created", s.created), ("modified", s.modified)] {
        if chrono::DateTime::parse_from_rfc3339(t).is_err() {
            out.push(Located::at(member, Problem::BadTimestamp(t.to_owned())));
        }
    }
    candidates(s.candidates, "candidates", true, &mut out);
    categories::candidates(s.checklist, s.candidates, &mut out);
    // Which cells are scored at all (docs/method.md §12); None when all are.
    let categories: Vec<Option<&str>> = s.candidates.iter().map(Candidate::category).collect();
    let applies = s.checklist.applicability(&categories);
    let applies = |r: usize, k: usize| applies.as_ref().is_none_or(|a| a[r][k]);

    // A pair's first score and whether it is answered are kept in dense tables over the
    // grid (a hash of each pair for 2,500 scores a session was a tenth of `validate`).
    let criteria: Vec<&super::Criterion> = s.checklist.criteria().map(|(_, c)| c).collect();
    let width = s.candidates.len();
    let mut first_score = vec![usize::MAX; criteria.len() * width];
    let mut answered = vec![false; criteria.len() * width];
    let mut seen_unknown: HashMap<(&str, &str), usize> = HashMap::new();
    let scale = &s.checklist.scale;
    for (i, (score, &(row, candidate))) in scores.iter().zip(places).enumerate() {
        // Written out only for a problem: most files have none.
        let sp = || format!("scores[{i}]");
        let criterion = row.map(|r| (r, criteria[r]));
        if criterion.is_none() {
            out.push(Located::at(
                format!("{}.criterion", sp()),
                Problem::UnknownCriterion(score.criterion.to_owned()),
            ));
        }
        if candidate.is_none() {
            out.push(Located::at(
                format!("{}.candidate", sp()),
                Problem::UnknownCandidate(score.candidate.to_owned()),
            ));
        }
        let pair = (score.criterion, score.candidate);
        if let (Some((r, _)), Some(k)) = (criterion, candidate)
            && !applies(r, k)
        {
            let p = categories::does_not_apply(s.checklist, score.criterion, &s.candidates[k]);
            out.push(Located::at(sp(), p));
        }
        let first = match (criterion, candidate) {
            (Some((r, _)), Some(k)) => {
                answered[r * width + k] |= score.value.is_some() || score.na;
                &mut first_score[r * width + k]
            }
            _ => seen_unknown.entry(pair).or_insert(usize::MAX),
        };
        if *first == usize::MAX {
            *first = i;
        } else {
            out.push(Located::at(
                sp(),
                Problem::DuplicateScore {
                    criterion: pair.0.into(),
                    candidate: pair.1.into(),
                    first: *first,
                },
            ));
        }
        let criterion = criterion.map(|(_, c)| c);
        match (score.value, score.na) {
            (Some(_), true) => out.push(Located::at(sp(), Problem::ValueAndNa)),
            (None, false) => out.push(Located::at(sp(), Problem::NoValue)),
            (None, true) => {}
            (Some(v), false) => {
                if let Some(problem) = criterion.and_then(|c| value_problem(v, c.kind(), scale)) {
                    out.push(Located::at(format!("{}.value", sp()), problem));
                }
            }
        }
    }

    if s.status == Status::Submitted {
        // Checklist order, then candidate order (as `Session::missing`).
        let missing: Vec<(String, String)> = answered
            .iter()
            .enumerate()
            .filter(|(i, done)| !**done && applies(i / width, i % width))
            .map(|(i, _)| {
                let (r, k) = (i / width, i % width);
                (criteria[r].id.clone(), s.candidates[k].id.clone())
            })
            .collect();
        if !missing.is_empty() {
            out.push(Located::at("scores", Problem::Incomplete(missing)));
        }
        match s.seal {
            None => out.push(Located::at("seal", Problem::SealMissing)),
            Some(sl) if !seal::is_well_formed(&sl.sha256) => {
                out.push(Located::at("seal.sha256", Problem::SealMalformed));
            }
            Some(sl) => {
                if seal::of_value(raw).as_deref() != Some(sl.sha256.as_str()) {
                    out.push(Located::at("seal.sha256", Problem::SealMismatch));
                }
            }
        }
    } else if s.seal.is_some() {
        // A draft never carries a seal: this one was submitted, then edited back to a draft
        // by something other than EvalDesk ("Copy as new draft" makes a new session).
        out.push(Located::at("seal", Problem::SealOnDraft));
    }
    out
}
