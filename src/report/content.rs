//! What the report says, once, in the chosen language: the administrative header, numbered
//! sections of paragraphs, tables and figures, the recipients and the signature. The DOCX,
//! the HTML and the golden text test all render this one value.

use super::settings::ReportSettings;
use super::{explain, sections};
use crate::charts::Chart;
use crate::i18n::{Lang, Msg, tr};
use crate::model::Session;
use crate::scoring::Results;

pub struct Report {
    pub lang: Lang,
    /// Upper-case lines of the left header block: the parent body, the issuing agency.
    pub parent: String,
    pub agency: String,
    pub number: String,
    pub nation: String,
    pub motto: String,
    pub place_date: String,
    pub title: String,
    pub subject: String,
    pub to: String,
    pub sections: Vec<Section>,
    pub recipients_heading: String,
    pub recipients: Vec<String>,
    pub signer_title: String,
    pub signer: String,
}

pub struct Section {
    pub title: String,
    pub blocks: Vec<Block>,
}

pub enum Block {
    Para(String),
    /// A paragraph the reader must not miss (drafts, failed criteria).
    Warning(String),
    List(Vec<String>),
    Table(Table),
    Figure {
        chart: Chart,
        caption: String,
    },
    /// A picture drawn beforehand, as PNG (300 dpi, as wide as the text) for the DOCX and
    /// as SVG for the HTML: the year's charts, which no one [`Results`] draws.
    Picture {
        png: Vec<u8>,
        size: (u32, u32),
        svg: String,
        caption: String,
    },
}

pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Relative column widths.
    pub widths: Vec<u32>,
    /// Columns of numbers, aligned right.
    pub numeric: Vec<bool>,
}

/// The charts in the report, in order (the radar after the bars it repeats: never alone).
pub const FIGURES: [Chart; 8] = [
    Chart::Totals,
    Chart::HeadToHead,
    Chart::GroupScores,
    Chart::Contributions,
    Chart::Radar,
    Chart::Spread,
    Chart::Sensitivity,
    Chart::Robustness,
];

impl Report {
    /// The report on `r`, computed from `sessions` (the ones counted).
    pub fn build(
        r: &Results,
        sessions: &[&Session],
        settings: &ReportSettings,
        lang: Lang,
    ) -> Report {
        let t = |m: Msg| m.text(lang);
        let mut sections = vec![
            sections::purpose(r, sessions, lang),
            sections::checklist(r, lang),
            sections::evaluators(sessions, lang),
            sections::results(r, lang),
        ];
        // The panel's decisions right after the results they changed.
        sections.extend(super::decisions::section(r, lang));
        sections.extend(super::claimed::section(r, sessions, lang));
        let figures = FIGURES
            .iter()
            .enumerate()
            .map(|(i, chart)| Block::Figure {
                chart: *chart,
                caption: t(tr::report_figure(
                    (i + 1).to_string(),
                    t(chart_title(r, *chart, lang)),
                )),
            })
            .collect();
        sections.push(Section {
            title: t(tr::report_s_charts()),
            blocks: figures,
        });
        sections.push(sections::safety(r, lang));
        sections.push(explain::disagreements(r, sessions, lang));
        sections.push(explain::method(r, sessions, lang));
        let mut warnings: Vec<String> =
            r.warnings.iter().map(|w| r.warning_text(w, lang)).collect();
        if warnings.is_empty() {
            warnings.push(t(tr::report_no_warnings()));
        }
        sections.push(Section {
            title: t(tr::report_s_warnings()),
            blocks: vec![Block::List(warnings)],
        });
        sections.push(Section {
            title: t(tr::report_s_proposal()),
            blocks: vec![Block::Para(t(tr::report_proposal()))],
        });
        let subject = t(tr::report_subject(r.checklist.title.get(lang)));
        Report::framed(settings, lang, subject, sections)
    }

    /// A report of `sections` on `subject` in the administrative frame: the two header
    /// blocks, the title, "Kính gửi", the recipients and the signature, from `settings`
    /// (what is not given left as "……"), every text made XML-safe.
    pub(super) fn framed(
        settings: &ReportSettings,
        lang: Lang,
        subject: String,
        sections: Vec<Section>,
    ) -> Report {
        let t = |m: Msg| m.text(lang);
        let blank = ReportSettings::or_blank;
        let short = blank(&settings.agency_short);
        let (day, month, year) = settings.date();
        let two = |n: u32| format!("{n:02}");
        let mut recipients = vec![t(tr::report_recipient_to())];
        recipients.extend(
            settings
                .recipients
                .iter()
                .map(|r| format!("- {};", r.trim_end_matches(';'))),
        );
        recipients.push(t(tr::report_archive(short.clone())));
        let report = Report {
            lang,
            parent: blank(&settings.parent).to_uppercase(),
            agency: blank(&settings.agency).to_uppercase(),
            number: t(tr::report_number(blank(&settings.number), short)),
            nation: t(tr::report_nation()),
            motto: t(tr::report_motto()),
            place_date: t(tr::report_place_date(
                blank(&settings.place),
                two(day),
                two(month),
                year.to_string(),
            )),
            title: t(tr::report_title()),
            subject,
            to: t(tr::report_to(blank(&settings.to))),
            sections,
            recipients_heading: t(tr::report_recipients()),
            recipients,
            signer_title: blank(&settings.signer_title).to_uppercase(),
            signer: blank(&settings.signer),
        };
        report.xml_safe()
    }

    /// Every text of the report made XML-safe, once: the DOCX and the HTML both render this
    /// value, so a name or note typed with a character XML forbids (Word's Shift+Enter
    /// pastes U+000B) breaks neither. See [`crate::safe_text::xml`].
    fn xml_safe(mut self) -> Report {
        for s in [
            &mut self.parent,
            &mut self.agency,
            &mut self.number,
            &mut self.nation,
            &mut self.motto,
            &mut self.place_date,
            &mut self.title,
            &mut self.subject,
            &mut self.to,
            &mut self.recipients_heading,
            &mut self.signer_title,
            &mut self.signer,
        ] {
            fix(s);
        }
        self.recipients.iter_mut().for_each(fix);
        fix_sections(&mut self.sections);
        self
    }

    /// The whole report as plain text, for the golden test and for reading a diff.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "{}\t{}\n{}\t{}\n{}\t{}\n\n{}\n{}\n{}\n",
            self.parent,
            self.nation,
            self.agency,
            self.motto,
            self.number,
            self.place_date,
            self.title,
            self.subject,
            self.to
        );
        for (i, s) in self.sections.iter().enumerate() {
            out += &format!("\n{}. {}\n", i + 1, s.title);
            out += &blocks_text(&s.blocks, "•");
        }
        out += &format!("\n{}\n", self.recipients_heading);
        for r in &self.recipients {
            out += &format!("{r}\n");
        }
        out += &format!("\n{}\n{}\n", self.signer_title, self.signer);
        out
    }
}

/// `s` without what XML forbids ([`crate::safe_text::xml`]), in place.
pub(super) fn fix(s: &mut String) {
    if let std::borrow::Cow::Owned(o) = crate::safe_text::xml(s) {
        *s = o;
    }
}

/// Every text of `sections` made XML-safe ([`fix`]).
pub(super) fn fix_sections(sections: &mut [Section]) {
    for section in sections {
        fix(&mut section.title);
        for block in &mut section.blocks {
            match block {
                Block::Para(p) | Block::Warning(p) => fix(p),
                Block::List(items) => items.iter_mut().for_each(fix),
                Block::Table(t) => {
                    t.header.iter_mut().for_each(fix);
                    t.rows.iter_mut().flatten().for_each(fix);
                }
                Block::Figure { caption, .. } | Block::Picture { caption, .. } => fix(caption),
            }
        }
    }
}

/// A chart's title as its picture says it.
pub fn chart_title(r: &Results, chart: Chart, lang: Lang) -> Msg {
    match chart {
        Chart::Totals => tr::chart_totals(),
        Chart::HeadToHead => tr::chart_head_to_head(r.checklist.subject()),
        Chart::GroupScores => tr::chart_groups(),
        Chart::Contributions => tr::chart_contributions(),
        Chart::Radar => tr::chart_radar(),
        Chart::Spread => tr::chart_spread(),
        Chart::Sensitivity => {
            let group = crate::charts::focus_group(r).unwrap_or_default();
            tr::chart_sensitivity(format!("{group} {}", r.group_title(group, lang)))
        }
        Chart::SensitivityGrid => tr::chart_sensitivity_grid(),
        Chart::Robustness => tr::chart_robustness(),
    }
}

/// A section's blocks as plain text, lists marked with `bullet` (the report's and the
/// minutes' text forms, for tests and for reading a diff).
pub(super) fn blocks_text(blocks: &[Block], bullet: &str) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Para(p) | Block::Warning(p) => out += &format!("{p}\n"),
            Block::List(items) => items
                .iter()
                .for_each(|i| out += &format!("  {bullet} {i}\n")),
            Block::Table(t) => {
                out += &format!("  | {} |\n", t.header.join(" | "));
                for row in &t.rows {
                    out += &format!("  | {} |\n", row.join(" | "));
                }
            }
            Block::Figure { caption, .. } | Block::Picture { caption, .. } => {
                out += &format!("  [{caption}]\n")
            }
        }
    }
    out
}
