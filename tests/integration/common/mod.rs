//! Fixtures shared by the integration tests: the small checklist and a complete session on it
//! (`tests/support/small.rs`, shared with the library's unit tests), the command line run as a
//! user runs it, files written into a test's own folder.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{Value, json};

#[path = "../../support/small.rs"]
mod small;

pub use small::{checklist, checklist_with, session, session_with};

/// The fixture session under another id and evaluator, so that several count as different
/// evaluators' sessions in one folder.
pub fn session_by(id: &str, evaluator: &str) -> Value {
    let mut s = session();
    s["id"] = json!(id);
    s["evaluator"]["name"] = json!(evaluator);
    s
}

/// Seal a session value in place as `evaldesk submit` would.
pub fn seal(session: &mut Value) {
    session["status"] = json!("submitted");
    session.as_object_mut().unwrap().remove("seal");
    let sha = evaldesk::model::seal::of_value(session).unwrap();
    session["seal"] = json!({"sha256": sha});
}

/// Run the program with these arguments and wait for it.
pub fn evaldesk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_evaldesk"))
        .args(args)
        .output()
        .expect("run evaldesk")
}

/// `evaldesk summary --json --lang en DIR`: the results of a folder as the tests read them.
pub fn summary_json(dir: &std::path::Path) -> Output {
    evaldesk(&["summary", "--json", "--lang", "en", dir.to_str().unwrap()])
}

/// What the program wrote to standard error, as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Write `text` as `dir/name`; returns the path.
pub fn write_text(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Write `v` as pretty JSON to `dir/name`; returns the path.
pub fn write_json(dir: &Path, name: &str, v: &Value) -> PathBuf {
    write_text(dir, name, &serde_json::to_string_pretty(v).unwrap())
}

/// The text of the file `name` inside the zip `archive` (a DOCX or XLSX part).
pub fn zip_entry(archive: &Path, name: &str) -> String {
    let file = std::fs::File::open(archive).unwrap();
    let mut zip =
        zip::ZipArchive::new(file).unwrap_or_else(|e| panic!("{}: {e}", archive.display()));
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name} in {}: {e}", archive.display()))
        .read_to_string(&mut text)
        .unwrap();
    text
}
