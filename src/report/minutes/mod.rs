//! The minutes of the consensus meeting (or the appraisal): "biên bản họp" in the
//! administrative layout of Nghị định 30/2020/NĐ-CP, Phụ lục I — the agency's header as the
//! report has it, "BIÊN BẢN" and its subject, then I. time and place, II. who took part,
//! III. what was discussed and decided, IV. the conclusion (the ranking), the closing line,
//! and the secretary's and the chair's signatures side by side. What the review does not say
//! (the hours, a member's role, the chair's name) is left "……" to be filled in by hand.
//! Written by the report whenever the results include a review.

mod docx;

pub use docx::docx;

use super::content::{Block, Section, Table, fix, fix_sections};
use super::decisions;
use super::settings::{BLANK, ReportSettings};
use crate::format;
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Member, ReviewKind, ReviewStatus};
use crate::scoring::{Applied, Results};

/// What the minutes say, in the chosen language, XML-safe.
pub struct Minutes {
    pub lang: Lang,
    /// "DỰ THẢO" while the review is a draft.
    pub draft: Option<String>,
    pub parent: String,
    pub agency: String,
    pub number: String,
    pub nation: String,
    pub motto: String,
    pub place_date: String,
    pub title: String,
    pub subject: String,
    /// I. to IV., their titles without the numeral.
    pub sections: Vec<Section>,
    /// "Cuộc họp kết thúc vào … Biên bản đã được đọc lại …".
    pub closing: String,
    pub secretary_title: String,
    pub secretary: String,
    pub chair_title: String,
    pub chair: String,
    /// "(Ký, ghi rõ họ tên)" under each title.
    pub sign_hint: String,
}

/// A field the review may leave out, or the blank.
fn or_blank(field: Option<&String>) -> String {
    ReportSettings::or_blank(&field.cloned())
}

/// "Trần Thị Bình, Tổ viên": a member with the role the minutes give them.
fn member_line(m: &Member) -> String {
    match m.role.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        Some(role) => format!("{}, {role}", m.name.trim()),
        None => m.name.trim().to_owned(),
    }
}

impl Minutes {
    /// The minutes of the review the results include; None without one.
    pub fn build(
        r: &Results,
        sessions: &[&crate::model::Session],
        settings: &ReportSettings,
        lang: Lang,
    ) -> Option<Minutes> {
        let applied = r.review.as_ref()?;
        let t = |m: Msg| m.text(lang);
        let meeting = applied.review.meeting.clone().unwrap_or_default();
        // The minutes are dated the day the meeting was held; unknown, left to be written.
        let (day, month, year) = decisions::meeting_date(applied).map_or_else(
            || (BLANK.to_owned(), BLANK.to_owned(), BLANK.to_owned()),
            |(d, m, y)| (format!("{d:02}"), format!("{m:02}"), y.to_string()),
        );
        let subject = match applied.review.kind {
            ReviewKind::Consensus => tr::minutes_subject_consensus(r.checklist.title.get(lang)),
            ReviewKind::Appraisal => tr::minutes_subject_appraisal(r.checklist.title.get(lang)),
        };
        let sections = vec![
            Section {
                title: t(tr::minutes_s_time()),
                blocks: vec![
                    Block::Para(t(tr::minutes_began(
                        day.clone(),
                        month.clone(),
                        year.clone(),
                    ))),
                    Block::Para(t(tr::minutes_place(or_blank(meeting.place.as_ref())))),
                ],
            },
            participants(&meeting, applied, sessions, lang),
            content(r, applied, sessions, lang),
            conclusion(r, lang),
        ];
        let blank = ReportSettings::or_blank;
        let mut minutes = Minutes {
            lang,
            draft: (applied.review.status == ReviewStatus::Draft).then(|| t(tr::minutes_draft())),
            parent: blank(&settings.parent).to_uppercase(),
            agency: blank(&settings.agency).to_uppercase(),
            // The minutes get their own number from the office of records: not the report's.
            number: t(tr::minutes_number(BLANK, blank(&settings.agency_short))),
            nation: t(tr::report_nation()),
            motto: t(tr::report_motto()),
            place_date: t(tr::report_place_date(
                blank(&settings.place),
                day,
                month,
                year,
            )),
            title: t(tr::minutes_title()),
            subject: t(subject),
            sections,
            closing: t(tr::minutes_ended()),
            secretary_title: t(tr::minutes_secretary_sign()),
            secretary: or_blank(meeting.secretary.as_ref()),
            chair_title: t(tr::minutes_chair_sign()),
            chair: or_blank(meeting.chair.as_ref()),
            sign_hint: t(tr::minutes_sign_hint()),
        };
        minutes.xml_safe();
        Some(minutes)
    }

    /// Every text made XML-safe, as the report's is ([`super::content::fix`]).
    fn xml_safe(&mut self) {
        for s in [
            &mut self.parent,
            &mut self.agency,
            &mut self.number,
            &mut self.place_date,
            &mut self.subject,
            &mut self.secretary,
            &mut self.chair,
        ] {
            fix(s);
        }
        fix_sections(&mut self.sections);
    }

    /// The minutes as plain text, for tests and for reading a diff.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        if let Some(d) = &self.draft {
            out += &format!("{d}\n");
        }
        out += &format!(
            "{}\t{}\n{}\t{}\n{}\t{}\n\n{}\n{}\n",
            self.parent,
            self.nation,
            self.agency,
            self.motto,
            self.number,
            self.place_date,
            self.title,
            self.subject
        );
        for (i, s) in self.sections.iter().enumerate() {
            out += &format!("\n{}. {}\n", roman(i + 1), s.title);
            out += &super::content::blocks_text(&s.blocks, "-");
        }
        out += &format!(
            "\n{}\n\n{}\t{}\n{}\t{}\n",
            self.closing, self.secretary_title, self.chair_title, self.secretary, self.chair
        );
        out
    }
}

/// The numerals of the minutes' four parts.
pub(super) fn roman(n: usize) -> &'static str {
    ["", "I", "II", "III", "IV", "V", "VI"]
        .get(n)
        .copied()
        .unwrap_or("")
}

/// II. Who chaired, who took the minutes, the members present and those absent. With no
/// member listed, both lists are left blank: the review does not say who came.
fn participants(
    meeting: &crate::model::Meeting,
    applied: &Applied,
    sessions: &[&crate::model::Session],
    lang: Lang,
) -> Section {
    let t = |m: Msg| m.text(lang);
    let mut blocks = Vec::new();
    // An appraisal is the council's: named before who chaired it.
    if applied.review.kind == ReviewKind::Appraisal {
        let title = applied.review.title.as_ref();
        blocks.push(super::claimed::minutes_council(title, lang));
    }
    blocks.extend([
        Block::Para(t(tr::minutes_chair(or_blank(meeting.chair.as_ref())))),
        Block::Para(t(tr::minutes_secretary(or_blank(
            meeting.secretary.as_ref(),
        )))),
    ]);
    let (present, absent): (Vec<&Member>, Vec<&Member>) =
        meeting.members.iter().partition(|m| m.is_present());
    for (heading, who) in [
        (tr::minutes_present(), present),
        (tr::minutes_absent(), absent),
    ] {
        if meeting.members.is_empty() {
            blocks.push(Block::Para(format!("{} {BLANK}", t(heading))));
        } else if who.is_empty() {
            blocks.push(Block::Para(format!(
                "{} {}",
                t(heading),
                t(tr::minutes_nobody())
            )));
        } else {
            blocks.push(Block::Para(t(heading)));
            blocks.push(Block::List(who.into_iter().map(member_line).collect()));
        }
    }
    blocks.extend(declarations(sessions, lang));
    Section {
        title: t(tr::minutes_s_who()),
        blocks,
    }
}

/// Which evaluators declared no conflict of interest on submitting, and which did not: the
/// panel's decisions rest on their scores.
fn declarations(sessions: &[&crate::model::Session], lang: Lang) -> Vec<Block> {
    // An agency assessing itself declares nothing: it is not a reviewer of others.
    let (declared, not): (Vec<_>, Vec<_>) = sessions
        .iter()
        .filter(|s| s.needs_declaration())
        .partition(|s| s.declared_no_conflict());
    let names = |list: Vec<&&crate::model::Session>| {
        list.iter()
            .map(|s| s.evaluator.name.trim().to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = Vec::new();
    if !declared.is_empty() {
        out.push(Block::Para(
            tr::minutes_declared(names(declared)).text(lang),
        ));
    }
    if !not.is_empty() {
        out.push(Block::Para(tr::minutes_not_declared(names(not)).text(lang)));
    }
    out
}

/// III. The disagreements the results flagged, then each decision with its reason.
fn content(
    r: &Results,
    applied: &Applied,
    sessions: &[&crate::model::Session],
    lang: Lang,
) -> Section {
    let t = |m: Msg| m.text(lang);
    let disputed: Vec<String> = r
        .agreement
        .iter()
        .filter(|a| a.disagree)
        .map(|a| {
            t(tr::disagreement_row(
                decisions::criterion_label(r, &a.criterion, lang),
                r.candidate_name(&a.candidate, lang),
                format::exact(a.min, lang),
                format::exact(a.max, lang),
            ))
        })
        .collect();
    let mut blocks = Vec::new();
    if disputed.is_empty() {
        blocks.push(Block::Para(t(tr::minutes_no_disputed())));
    } else {
        blocks.push(Block::Para(t(tr::minutes_disputed())));
        blocks.push(Block::List(disputed));
    }
    if applied.decisions.is_empty() {
        blocks.push(Block::Para(t(tr::minutes_no_decision())));
    } else {
        blocks.push(Block::Para(t(tr::minutes_decided(applied.decisions.len()))));
        blocks.push(Block::Table(decisions::table(r, applied, lang, true)));
    }
    if applied.review.kind == ReviewKind::Appraisal {
        blocks.extend(super::claimed::minutes_blocks(r, sessions, lang));
    }
    Section {
        title: t(tr::minutes_s_content()),
        blocks,
    }
}

/// IV. The ranking as it stands with the decisions, and the headline sentence.
fn conclusion(r: &Results, lang: Lang) -> Section {
    let t = |m: Msg| m.text(lang);
    let rows = r
        .candidates
        .iter()
        .map(|c| {
            vec![
                c.rank.to_string(),
                c.name.get(lang).to_owned(),
                format::points(c.total, lang),
                t(if c.qualified { tr::yes() } else { tr::no() }),
            ]
        })
        .collect();
    let mut blocks = vec![
        Block::Para(t(tr::minutes_ranking(r.checklist.subject()))),
        Block::Table(Table {
            header: vec![
                t(tr::rank()),
                t(tr::candidate(r.checklist.subject())),
                t(tr::total()),
                t(tr::qualified()),
            ],
            rows,
            widths: vec![12, 48, 20, 20],
            numeric: vec![true, false, true, false],
        }),
    ];
    blocks.extend(r.headline(lang).map(|h| Block::Para(t(h))));
    Section {
        title: t(tr::minutes_s_conclusion()),
        blocks,
    }
}
