//! `evaldesk charts`: every chart as PNG and SVG at the size asked for, and clear refusals.

use crate::common::evaldesk;

/// The width and height stored in a PNG's header.
fn png_size(path: &std::path::Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert_eq!(
        &bytes[..8],
        b"\x89PNG\r\n\x1a\n",
        "{} is a PNG",
        path.display()
    );
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn a5_at_150_dpi_gives_pictures_as_wide_as_the_page_and_every_chart_twice() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("charts");
    let o = evaldesk(&[
        "--lang",
        "en",
        "charts",
        "--page",
        "a5",
        "--dpi",
        "150",
        "--out",
        out.to_str().unwrap(),
        "evaluations/demo",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // 148 mm at 150 dpi = 874 pixels; 16:10.
    assert_eq!(png_size(&out.join("1-totals.png")), (874, 546));
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        // The pictures; the folder also holds the manifest that marks it as EvalDesk's.
        .filter(|n| n != ".evaldesk-export.json")
        .collect();
    assert_eq!(names.len(), 18, "{names:?}");
    let svg = std::fs::read_to_string(out.join("8-sensitivity-all-groups.svg")).unwrap();
    assert!(
        svg.contains("Cost and licensing"),
        "group titles in English"
    );
}

#[test]
fn the_default_is_a4_at_300_dpi_and_width_and_dpi_together_are_bad_usage() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("c");
    let o = evaldesk(&["charts", "--out", out.to_str().unwrap(), "evaluations/demo"]);
    assert!(o.status.success());
    assert_eq!(png_size(&out.join("5-radar.png")).0, 2480);
    let o = evaldesk(&[
        "charts",
        "--width",
        "800",
        "--dpi",
        "150",
        "--out",
        out.to_str().unwrap(),
        "evaluations/demo",
    ]);
    assert_eq!(o.status.code(), Some(2));
}
