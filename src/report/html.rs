//! The report as one HTML file: no network, the charts inline as SVG drawn in the embedded
//! Noto Sans (carried in the file), the text in the system's serif (Times New Roman), and
//! `@page` giving the administrative A4 margins when printed.

use base64::Engine;

use super::content::{Block, Report, Table};
use crate::charts::ChartError;
use crate::scoring::Results;

/// Where the chart text's font is named, inside the file.
const CHART_FONT: &str = "EvalDesk Sans";

/// Text for an element's content: escaped, and a line break the person typed (a note of
/// several lines, Word's Shift+Enter) shown as one, not run into a space.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace("\r\n", "\n")
        .replace('\n', "<br>")
}

/// One chart as inline SVG, scaled to the column's width.
fn inline_svg(
    chart: crate::charts::Chart,
    r: &Results,
    lang: crate::i18n::Lang,
) -> Result<String, ChartError> {
    let height = chart.height(r, 1600);
    let text = crate::charts::svg_string(chart, r, lang, (1600, height))?;
    Ok(for_page(&text, (1600, height)))
}

/// An SVG of `width` × `height` as the page shows it: scaled to the column by the style
/// sheet, in the page's font.
fn for_page(svg: &str, (width, height): (u32, u32)) -> String {
    svg.replacen(
        &format!("<svg width=\"{width}\" height=\"{height}\""),
        "<svg class=\"chart\" role=\"img\"",
        1,
    )
    .replace(
        "font-family=\"sans-serif\"",
        &format!("font-family=\"{CHART_FONT}, sans-serif\""),
    )
}

fn table(t: &Table) -> String {
    let total: u32 = t.widths.iter().sum::<u32>().max(1);
    let mut out = String::from("<table class=\"grid\"><colgroup>");
    for w in &t.widths {
        out += &format!(
            "<col style=\"width:{:.1}%\">",
            100.0 * f64::from(*w) / f64::from(total)
        );
    }
    out += "</colgroup><thead><tr>";
    for h in &t.header {
        out += &format!("<th>{}</th>", escape(h));
    }
    out += "</tr></thead><tbody>";
    for row in &t.rows {
        out += "<tr>";
        for (i, cell) in row.iter().enumerate() {
            let class = if t.numeric.get(i).copied().unwrap_or(false) {
                " class=\"num\""
            } else {
                ""
            };
            out += &format!("<td{class}>{}</td>", escape(cell));
        }
        out += "</tr>";
    }
    out + "</tbody></table>\n"
}

const STYLE: &str = r#"
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 14pt;
  line-height: 1.3; color: #000; max-width: 165mm; margin: 0 auto; }
p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt 0; }
.head { width: 100%; border-collapse: collapse; margin-bottom: 12pt; }
.head td { vertical-align: top; text-align: center; padding: 0; }
.head td.left { width: 40%; }
.head td.right { width: 60%; }
.nation { white-space: nowrap; }
.head p { text-indent: 0; text-align: center; margin: 0; }
.parent { font-size: 13pt; }
.agency { font-size: 13pt; font-weight: bold; }
.nation { font-size: 12pt; font-weight: bold; }
.motto { font-size: 13pt; font-weight: bold; }
.rule { display: block; width: 35%; margin: 2pt auto 6pt; border-top: 1px solid #000; }
.motto-rule { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 2pt; }
.date { font-style: italic; margin-top: 6pt !important; }
.title { text-align: center; text-indent: 0; font-weight: bold; margin: 12pt 0 0; }
.subject { text-align: center; text-indent: 0; font-weight: bold; }
.to { text-align: center; text-indent: 0; margin: 6pt 0 12pt; }
h2 { font-size: 14pt; margin: 12pt 0 6pt; break-after: avoid; }
.warn { font-weight: bold; }
ul { margin: 0 0 6pt 1cm; padding: 0; }
li { text-align: justify; margin-bottom: 3pt; }
.grid { width: 100%; border-collapse: collapse; font-size: 12pt; margin: 0 0 8pt; break-inside: avoid; }
.grid th, .grid td { border: 1px solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }
.grid tr { break-inside: avoid; }
.grid th { font-weight: bold; text-align: center; }
.grid .num { text-align: right; white-space: nowrap; }
figure { margin: 6pt 0 12pt; break-inside: avoid; text-align: center; }
figcaption { font-style: italic; font-size: 12pt; }
svg.chart { width: 100%; height: auto; }
.end { width: 100%; border-collapse: collapse; margin-top: 12pt; break-inside: avoid; }
.end td { vertical-align: top; width: 50%; }
.recipients { font-size: 11pt; }
.recipients b { font-size: 12pt; font-style: italic; }
.sign { text-align: center; font-weight: bold; }
.sign .name { margin-top: 60pt; }
"#;

/// The HTML text.
pub fn html(report: &Report, r: &Results) -> Result<String, ChartError> {
    let e = escape;
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let lang = match report.lang {
        crate::i18n::Lang::Vi => "vi",
        crate::i18n::Lang::En => "en",
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{} — {}</title>\n<style>\n\
         @font-face {{ font-family: \"{CHART_FONT}\"; font-weight: normal; src: url(data:font/ttf;base64,{}) format(\"truetype\"); }}\n\
         @font-face {{ font-family: \"{CHART_FONT}\"; font-weight: bold; src: url(data:font/ttf;base64,{}) format(\"truetype\"); }}\n{STYLE}</style></head><body>\n",
        // The window's title is plain text: no line breaks there.
        e(&report.title.replace('\n', " ")),
        e(&report.subject.replace('\n', " ")),
        b64(crate::assets::FONT_REGULAR),
        b64(crate::assets::FONT_BOLD),
    );
    out += &format!(
        "<table class=\"head\"><tr><td class=\"left\"><p class=\"parent\">{}</p><p class=\"agency\">{}</p><span class=\"rule\"></span><p>{}</p></td>\
         <td class=\"right\"><p class=\"nation\">{}</p><p class=\"motto\"><span class=\"motto-rule\">{}</span></p><p class=\"date\">{}</p></td></tr></table>\n",
        e(&report.parent),
        e(&report.agency),
        e(&report.number),
        e(&report.nation),
        e(&report.motto),
        e(&report.place_date)
    );
    out += &format!(
        "<p class=\"title\">{}</p><p class=\"subject\">{}</p><p class=\"to\">{}</p>\n",
        e(&report.title),
        e(&report.subject),
        e(&report.to)
    );
    for (i, s) in report.sections.iter().enumerate() {
        out += &format!("<h2>{}. {}</h2>\n", i + 1, e(&s.title));
        for b in &s.blocks {
            match b {
                Block::Para(p) => out += &format!("<p>{}</p>\n", e(p)),
                Block::Warning(p) => out += &format!("<p class=\"warn\">{}</p>\n", e(p)),
                Block::List(items) => {
                    out += "<ul>";
                    for item in items {
                        out += &format!("<li>{}</li>", e(item));
                    }
                    out += "</ul>\n";
                }
                Block::Table(t) => out += &table(t),
                Block::Figure { chart, caption } => {
                    out += &format!(
                        "<figure>{}<figcaption>{}</figcaption></figure>\n",
                        inline_svg(*chart, r, report.lang)?,
                        e(caption)
                    );
                }
                Block::Picture {
                    svg, size, caption, ..
                } => {
                    out += &format!(
                        "<figure>{}<figcaption>{}</figcaption></figure>\n",
                        for_page(svg, *size),
                        e(caption)
                    );
                }
            }
        }
    }
    let recipients: String = report
        .recipients
        .iter()
        .map(|l| format!("{}<br>", e(l)))
        .collect();
    out += &format!(
        "<table class=\"end\"><tr><td class=\"recipients\"><b>{}</b><br>{recipients}</td>\
         <td class=\"sign\"><div>{}</div><div class=\"name\">{}</div></td></tr></table>\n</body></html>\n",
        e(&report.recipients_heading),
        e(&report.signer_title),
        e(&report.signer)
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_typed_line_break_shows_as_one() {
        assert_eq!(super::escape("Có\r\n<Không>"), "Có<br>&lt;Không&gt;");
    }
}
