//! The minutes as an editable Word document, on the report's page (A4, the administrative
//! margins, Times New Roman 14 pt, the two-block header, page numbers from page 2).

use docx_rs::{LineSpacing, Paragraph};

use super::{Minutes, roman};
use crate::report::docx::{
    DocxError, Head, add_block, body, borderless, cell, centred, document, heading, pack, rule,
    run, section_heading, text_width,
};
use crate::scoring::Results;

/// One signature block: the title in bold, how to sign in italics, room for the signature,
/// the name in bold.
fn signature(title: &str, hint: &str, name: &str) -> Vec<Paragraph> {
    let mut out = vec![
        centred(run(title, 14.0).bold()).line_spacing(LineSpacing::new().after(0)),
        centred(run(hint, 13.0).italic()),
    ];
    out.extend((0..4).map(|_| Paragraph::new()));
    out.push(centred(run(name, 14.0).bold()));
    out
}

/// The document's bytes (a .docx archive).
pub fn docx(m: &Minutes, r: &Results) -> Result<Vec<u8>, DocxError> {
    let head = Head {
        parent: &m.parent,
        agency: &m.agency,
        number: &m.number,
        nation: &m.nation,
        motto: &m.motto,
        place_date: &m.place_date,
    };
    let mut doc = document(&head);
    let mut title = heading(&m.title).line_spacing(LineSpacing::new().before(360).after(0));
    if let Some(draft) = &m.draft {
        // A draft is marked above its title, as drafts put before a meeting are.
        doc = doc.add_paragraph(
            centred(run(draft, 13.0).bold()).line_spacing(LineSpacing::new().before(240).after(0)),
        );
        title = heading(&m.title).line_spacing(LineSpacing::new().before(120).after(0));
    }
    doc = doc
        .add_paragraph(title)
        .add_paragraph(heading(&m.subject))
        .add_paragraph(rule(text_width() * 2 / 5))
        .add_paragraph(Paragraph::new().line_spacing(LineSpacing::new().after(120)));
    for (i, s) in m.sections.iter().enumerate() {
        doc = doc.add_paragraph(section_heading(&format!("{}. {}", roman(i + 1), s.title)));
        for b in &s.blocks {
            doc = add_block(doc, b, r, m.lang)?;
        }
    }
    doc = doc.add_paragraph(body(&m.closing));
    // The secretary signs on the left, the chair on the right.
    let width = text_width();
    let left = width / 2;
    doc = doc.add_paragraph(Paragraph::new()).add_table(borderless(
        vec![
            cell(
                signature(&m.secretary_title, &m.sign_hint, &m.secretary),
                left,
            ),
            cell(
                signature(&m.chair_title, &m.sign_hint, &m.chair),
                width - left,
            ),
        ],
        vec![left as usize, (width - left) as usize],
    ));
    pack(doc)
}
