//! The rules of a self-assessment and of evidence items that need nothing but the session
//! (docs/formats.md, session `kind` and a score's `evidence`). Whether an attached file is
//! still the one recorded is the store's to check: it knows where the session lies.

use super::super::problem::{Located, Problem, SelfProblem};
use super::super::{Evidence, Session, Status, seal};
use super::review::is_date;

/// Problems of `s`'s self-assessment rules and of every evidence item, at their places.
pub fn self_assessment(s: &Session, out: &mut Vec<Located>) {
    let problem = |p: SelfProblem| Problem::SelfAssessment(p);
    if s.is_self_assessment() && s.candidates.len() != 1 {
        out.push(Located::at(
            "candidates",
            problem(SelfProblem::CoversOne(s.candidates.len())),
        ));
    }
    for (i, score) in s.scores.iter().enumerate() {
        for (j, item) in score.evidence.iter().flatten().enumerate() {
            evidence(item, &format!("scores[{i}].evidence[{j}]"), out);
        }
    }
    if s.status == Status::Submitted {
        for (i, criterion, _) in s.lacking_evidence() {
            out.push(Located::at(
                format!("scores[{i}]"),
                problem(SelfProblem::EvidenceRequired(criterion.to_owned())),
            ));
        }
    }
}

fn evidence(item: &Evidence, at: &str, out: &mut Vec<Located>) {
    let problem = |p: SelfProblem| Problem::SelfAssessment(p);
    let blank = |t: &Option<String>| t.as_deref().is_none_or(|t| t.trim().is_empty());
    if blank(&item.reference) && blank(&item.file) {
        out.push(Located::at(at, problem(SelfProblem::EvidenceNoRef)));
    }
    if let Some(date) = &item.date
        && !is_date(date)
    {
        let p = SelfProblem::EvidenceBadDate(date.clone());
        out.push(Located::at(format!("{at}.date"), problem(p)));
    }
    if let Some(file) = &item.file {
        if !is_relative_below(file) {
            let p = SelfProblem::EvidencePath(file.clone());
            out.push(Located::at(format!("{at}.file"), problem(p)));
        }
        if item.sha256.is_none() {
            let p = SelfProblem::EvidenceNoSha(file.clone());
            out.push(Located::at(format!("{at}.file"), problem(p)));
        }
    }
    if let Some(sha) = &item.sha256
        && !seal::is_well_formed(sha)
    {
        let p = SelfProblem::EvidenceShaMalformed;
        out.push(Located::at(format!("{at}.sha256"), problem(p)));
    }
}

/// A path with `/` that stays below the folder it is read from on every system: not
/// absolute, no drive (`C:`), no backslash (a Windows separator elsewhere a name's letter),
/// no `..` and no empty part.
pub fn is_relative_below(path: &str) -> bool {
    let mut parts = path.split('/');
    let drive = parts
        .clone()
        .next()
        .is_some_and(|first| first.contains(':'));
    !path.is_empty()
        && !drive
        && !path.contains('\\')
        && parts.all(|p| !p.is_empty() && p != ".." && !p.chars().any(char::is_control))
}

#[cfg(test)]
mod tests {
    use super::is_relative_below;

    #[test]
    fn evidence_paths_stay_below_the_sessions_folder() {
        for ok in [
            "bc-12.pdf",
            "minh-chung/bc-12.pdf",
            "./a.pdf",
            "a/b/c d.pdf",
        ] {
            assert!(is_relative_below(ok), "{ok}");
        }
        for bad in [
            "",
            "../x.pdf",
            "a/../../x.pdf",
            "/etc/passwd",
            "C:/x.pdf",
            "c:x.pdf",
            "a\\b.pdf",
            "a//b.pdf",
            "a/",
        ] {
            assert!(!is_relative_below(bad), "{bad}");
        }
    }
}
