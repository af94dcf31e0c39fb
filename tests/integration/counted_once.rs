//! Nobody counted twice (issue 23 §5, docs/formats.md "Versioning and bad input"): one evaluator's
//! two sessions on a common candidate, unless the newer `revises` the older; two candidate
//! ids with one name; one id with two names — in the library and in the CLI.

use std::path::{Path, PathBuf};

use evaldesk::i18n::Lang;
use evaldesk::model::{Session, Status};
use evaldesk::store::{OpenSession, load_score_sheets, load_sessions};
use serde_json::{Value, json};

use crate::common::{self, evaldesk, session_by, stderr, summary_json, write_json};

fn render(bad: &[evaldesk::model::InvalidFile]) -> Vec<String> {
    bad.iter().flat_map(|b| b.lines(Lang::En)).collect()
}

/// Both loaders (whole sessions for the app and the report, score sheets for `summary`)
/// give the same verdict: (files counted, problems, replaced).
fn load_both(dir: &Path) -> (Vec<PathBuf>, Vec<String>, Vec<(PathBuf, PathBuf)>) {
    let paths = [dir.to_path_buf()];
    let whole = load_sessions(&paths);
    let sheets = load_score_sheets(&paths);
    fn files<T>(s: &[(PathBuf, T)]) -> Vec<PathBuf> {
        s.iter().map(|(p, _)| p.clone()).collect()
    }
    assert_eq!(files(&whole.sessions), files(&sheets.sessions));
    assert_eq!(render(&whole.bad), render(&sheets.bad));
    assert_eq!(whole.replaced, sheets.replaced);
    (files(&whole.sessions), render(&whole.bad), whole.replaced)
}

#[test]
fn one_evaluator_twice_is_refused_naming_both_files() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_json(
        dir.path(),
        "a.evaluation.json",
        &session_by("s-a", "Trần Thị Bình"),
    );
    // The same name in NFD and upper case looks the same to the committee.
    use unicode_normalization::UnicodeNormalization;
    let nfd: String = "Trần Thị Bình".nfd().collect::<String>().to_uppercase();
    assert_ne!(nfd, "TRẦN THỊ BÌNH", "decomposed");
    let b = write_json(dir.path(), "b.evaluation.json", &session_by("s-b", &nfd));
    let (counted, problems, replaced) = load_both(dir.path());
    assert!(counted.is_empty(), "{counted:?}");
    assert!(replaced.is_empty());
    assert_eq!(problems.len(), 2, "{problems:#?}");
    let expected = |here: &PathBuf, other: &PathBuf| {
        format!(
            "{}: evaluator.name: is by the same evaluator as {}",
            here.display(),
            other.display()
        )
    };
    assert!(problems[0].starts_with(&expected(&a, &b)), "{problems:#?}");
    assert!(problems[1].starts_with(&expected(&b, &a)), "{problems:#?}");
    assert!(
        problems[0].contains("both score m-office"),
        "{}",
        problems[0]
    );

    // The CLI stops: exit 1, both files named.
    let o = evaldesk(&["summary", "--lang", "en", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains(&expected(&a, &b)), "{}", stderr(&o));
    assert!(stderr(&o).contains(&expected(&b, &a)), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
}

#[test]
fn one_evaluator_on_other_candidates_counts_twice_as_it_should() {
    let dir = tempfile::tempdir().unwrap();
    // An evaluator assigned half the agencies in two sessions: no candidate in common.
    let mut first = session_by("s-a", "Lê Văn C");
    let mut second = session_by("s-b", "Lê Văn C");
    for (s, keep) in [(&mut first, "m-office"), (&mut second, "v-office")] {
        s["candidates"]
            .as_array_mut()
            .unwrap()
            .retain(|c| c["id"] == keep);
        s["scores"]
            .as_array_mut()
            .unwrap()
            .retain(|c| c["candidate"] == keep);
    }
    write_json(dir.path(), "a.evaluation.json", &first);
    write_json(dir.path(), "b.evaluation.json", &second);
    let (counted, problems, _) = load_both(dir.path());
    assert_eq!(counted.len(), 2, "{problems:#?}");
}

#[test]
fn a_revision_counts_alone_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let old = write_json(
        dir.path(),
        "old.evaluation.json",
        &session_by("s-old", "Phạm D"),
    );
    let mut revision = session_by("s-new", "Phạm D");
    revision["revises"] = json!("s-old");
    revision["scores"][0]["value"] = json!(1);
    let new = write_json(dir.path(), "new.evaluation.json", &revision);
    write_json(
        dir.path(),
        "other.evaluation.json",
        &session_by("s-other", "Hoàng E"),
    );
    let (counted, problems, replaced) = load_both(dir.path());
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(counted.len(), 2);
    assert!(counted.contains(&new) && !counted.contains(&old));
    assert_eq!(replaced, [(new.clone(), old.clone())]);

    let o = summary_json(dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let j: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(j["sessions"], 2, "the revised session is not counted");
    assert!(
        stderr(&o).contains(&format!(
            "{} revises {} (the same evaluator): only the revision is counted.",
            new.display(),
            old.display()
        )),
        "{}",
        stderr(&o)
    );
    // The app's results screen counts two sessions and says which file was replaced (in a
    // build with the window).
    #[cfg(feature = "gui")]
    {
        let paths = [dir.path().to_path_buf()];
        let screen = evaldesk::ui::ResultsScreen::new(&paths, load_sessions(&paths));
        assert_eq!(screen.sessions.len(), 2);
        assert!(screen.problems.is_empty());
        let notes: Vec<String> = screen.notes.iter().map(|m| m.text(Lang::En)).collect();
        assert!(
            notes
                .iter()
                .any(|n| n.contains("only the revision is counted")),
            "{notes:?}"
        );
    }
}

#[test]
fn copy_as_new_draft_writes_revises_so_only_the_copy_counts() {
    let dir = tempfile::tempdir().unwrap();
    let mut sealed = session_by("s-1", "Nguyễn Văn A");
    common::seal(&mut sealed);
    let original = write_json(dir.path(), "nguyen-van-a.evaluation.json", &sealed);
    let open = OpenSession::open(&original, "Nguyễn Văn A").unwrap();
    let copy = open.copy_as_new_draft("Nguyễn Văn A").unwrap();
    let written: Session = serde_json::from_slice(&std::fs::read(&copy.path).unwrap()).unwrap();
    assert_eq!(written.revises.as_deref(), Some("s-1"));
    assert_eq!(written.status, Status::Draft);
    assert_ne!(written.id, "s-1");
    drop(copy);
    drop(open);
    let (counted, problems, replaced) = load_both(dir.path());
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(counted.len(), 1);
    assert_eq!(replaced.len(), 1);
    assert_eq!(replaced[0].1, original);
}

#[test]
fn a_session_cannot_revise_itself() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session_by("s-1", "A");
    s["revises"] = json!("s-1");
    let path = write_json(dir.path(), "a.evaluation.json", &s);
    let o = evaldesk(&["validate", "--lang", "en", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("revises: a session cannot revise itself"),
        "{out}"
    );
}

/// `v-office` and `v‑office` (U+2011, a non-breaking hyphen), both named "V-Office".
#[test]
fn two_ids_with_one_name_are_refused_naming_both_ids_and_files() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_json(dir.path(), "a.evaluation.json", &session_by("s-a", "A"));
    let mut other = session_by("s-b", "B");
    let sneaky = "v\u{2011}office";
    other["candidates"][1] = json!({"id": sneaky, "name": "v-office"});
    for score in other["scores"].as_array_mut().unwrap() {
        if score["candidate"] == "v-office" {
            score["candidate"] = json!(sneaky);
        }
    }
    let b = write_json(dir.path(), "b.evaluation.json", &other);
    let o = evaldesk(&["summary", "--lang", "en", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let expected = format!(
        "{}: candidates[1].name: names \"{sneaky}\" \"v-office\", the same name as \"v-office\" in {}",
        b.display(),
        a.display()
    );
    assert!(stderr(&o).contains(&expected), "{}", stderr(&o));
    // The app lists the file and uses the others.
    let loaded = load_sessions(&[dir.path().to_path_buf()]);
    let problems = render(&evaldesk::scoring::incompatible(&loaded.sessions));
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with(&expected), "{problems:?}");
}

#[test]
fn two_ids_with_one_name_in_one_session_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session_by("s-a", "A");
    s["candidates"][1]["name"] = json!("M\u{2011}OFFICE".replace('\u{2011}', "-"));
    let path = write_json(dir.path(), "a.evaluation.json", &s);
    let o = evaldesk(&["validate", "--lang", "en", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(
            "candidates[1].name: \"v-office\" is named \"M-OFFICE\", like \"m-office\" at candidates[0]"
        ),
        "{out}"
    );
}

#[test]
fn one_id_with_two_names_shows_both_names() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_json(dir.path(), "a.evaluation.json", &session_by("s-a", "A"));
    let mut other = session_by("s-b", "B");
    other["candidates"][1]["name"] = json!("V-Office Pro");
    let b = write_json(dir.path(), "b.evaluation.json", &other);
    let loaded = load_sessions(&[dir.path().to_path_buf()]);
    let problems = render(&evaldesk::scoring::incompatible(&loaded.sessions));
    assert_eq!(
        problems,
        [format!(
            "{}: candidates[1].name: names \"v-office\" \"V-Office Pro\", but {} names it \"V-Office\": one id must mean the same one in every session",
            b.display(),
            a.display()
        )]
    );
}
