//! Writes `evaluations/demo-agencies/`: the second quarter of 2015 as the province would hold
//! it, on the bundled agency checklist (`it-application`).
//!
//! - ten agencies of both blocks scored themselves (`kind: "self"`, `period: "2015-Q2"`) and
//!   submitted, each score on a criterion that requires evidence naming its document (number,
//!   date, title, page); four attach their IT report as a small text file in `minh-chung/`,
//!   hashed;
//! - the Department of Information and Communications' two evaluators scored four agencies
//!   (two of which also self-assessed: their self-assessments are then left out, method §11);
//! - the appraisal council's final review (`kind: "appraisal"`) pins every session and
//!   changes eight claims, each with its reason.
//!
//! With `--year` it writes `evaluations/demo-year/2015-Q1` … `2015-Q4` instead: the four
//! quarters of 2015 (quarter.rs), of which Q2 is the demo quarter.
//!
//! Run from the repository's root: `cargo run --example demo_agencies` (or give another
//! folder: `cargo run --example demo_agencies -- /tmp/quarter`; `-- --year [DIR]`). Everything is fixed (ids,
//! dates, the pseudo-random values), so running it again writes the same bytes; the files are
//! written with the library's own types and seals, exactly as the app writes them.

use std::path::{Path, PathBuf};

use evaldesk::assets::BUNDLED_CHECKLISTS;
use evaldesk::model::{
    Candidate, Checklist, Criterion, Decision, Declaration, Evaluator, Evidence, Kind, Review,
    ReviewKind, Score, Session, SessionKind, Text, parse_checklist, to_pretty_json,
};

mod data;
mod quarter;

use data::{Agency, DECIDED, DEPARTMENT, EVALUATORS, evidence, meeting};
use quarter::Quarter;

const EVIDENCE_FOLDER: &str = "minh-chung";

/// A fixed pseudo-random sequence (xorshift64*), so every run writes the same values.
struct Rng(u64);

impl Rng {
    fn new(seed: &str) -> Rng {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in seed.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        Rng(h | 1)
    }

    /// A number in [0, 1).
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A whole number in `lo..=hi`.
    fn int(&mut self, lo: u32, hi: u32) -> u32 {
        lo + (self.next() * f64::from(hi - lo + 1)) as u32
    }
}

fn main() {
    let mut args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let year = args.first().is_some_and(|a| a.as_os_str() == "--year");
    if year {
        args.remove(0);
    }
    let default = if year {
        "evaluations/demo-year"
    } else {
        "evaluations/demo-agencies"
    };
    let out = args
        .first()
        .cloned()
        .unwrap_or_else(|| PathBuf::from(default));
    let checklist = bundled();
    if year {
        for q in Quarter::year() {
            write_quarter(&checklist, &q, &out.join(q.period()));
        }
    } else {
        write_quarter(&checklist, &Quarter::demo(), &out);
    }
}

fn write_quarter(checklist: &Checklist, q: &Quarter, out: &Path) {
    clear(out);
    let mut sessions = Vec::new();
    for (i, (a, strength)) in q.agencies.iter().enumerate() {
        let (session, files) = self_assessment(checklist, q, a, *strength, i);
        for (path, text) in files {
            write(&out.join(&path), text.as_bytes());
        }
        sessions.push((format!("tu-danh-gia-{}", a.id), session));
    }
    for (i, (name, file, assigned)) in EVALUATORS.iter().enumerate() {
        sessions.push((
            file.to_string(),
            evaluation(checklist, q, name, assigned, i),
        ));
    }
    let held: Vec<&Session> = sessions.iter().map(|(_, s)| s).collect();
    let review = appraisal(q, &held);
    for (file, session) in &sessions {
        let path = out.join(format!("{file}.evaluation.json"));
        write(&path, to_pretty_json(session).as_bytes());
    }
    let path = out.join(q.review_file());
    write(&path, to_pretty_json(&review).as_bytes());
    println!("{}: {} sessions, 1 review", out.display(), sessions.len());
}

fn bundled() -> Checklist {
    let b = BUNDLED_CHECKLISTS
        .iter()
        .find(|b| b.file_name == "it-application.checklist.json")
        .expect("the agency checklist is bundled");
    parse_checklist(b.json.as_bytes()).expect("the bundled checklist is valid")
}

/// The files this example writes, and only those, are removed first: a file someone put
/// there by hand stays.
fn clear(out: &Path) {
    if let Ok(entries) = std::fs::read_dir(out) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".evaluation.json") || name.ends_with(".review.json") {
                std::fs::remove_file(entry.path()).expect("an old demo file can be removed");
            }
        }
    }
    let _ = std::fs::remove_dir_all(out.join(EVIDENCE_FOLDER));
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("the demo folder can be made");
    }
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn candidate(checklist: &Checklist, id: &str) -> Candidate {
    checklist
        .candidates
        .iter()
        .flatten()
        .find(|c| c.id == id)
        .cloned()
        .unwrap_or_else(|| panic!("{id} is one of the checklist's agencies"))
}

/// A date and a time in the province's time zone, as sessions record them.
fn at(date: &str, time: &str) -> String {
    format!("{date}T{time}:00+07:00")
}

/// One agency's self-assessment, submitted, with the evidence files it attaches.
fn self_assessment(
    checklist: &Checklist,
    q: &Quarter,
    a: &Agency,
    strength: f64,
    i: usize,
) -> (Session, Vec<(String, String)>) {
    let me = candidate(checklist, a.id);
    let evaluator = Evaluator {
        name: a.officer.into(),
        organization: Some(me.name.get(evaldesk::i18n::Lang::Vi).into()),
        role: Some(a.role.into()),
    };
    let mut s = Session::new_draft(checklist.clone(), evaluator, vec![me.clone()]);
    s.id = format!("{}-tu-danh-gia-{}", q.prefix(), a.id);
    s.kind = Some(SessionKind::SelfAssessment);
    s.period = Some(q.period());
    s.created = at(&q.within(15 + i as u32), "08:00");
    s.modified = s.created.clone();
    let mut rng = Rng::new(&q.seed(a.id));
    let report = Report::new(q, a, &mut rng);
    let mut files = Vec::new();
    for (g, c) in checklist.criteria() {
        if !c.applies(g, me.category()) {
            continue;
        }
        let mut score = value(c, strength, &mut rng, a.id, &me);
        if c.requires_evidence() && score.note.is_none() {
            score.evidence = Some(vec![quarter_evidence(q, evidence(c, a, &report, &mut rng))]);
        }
        s.scores.push(score);
    }
    no_online_services(&mut s);
    if a.attaches {
        let text = q.rewrite(&report.text(&me, &s));
        let sha = sha256(text.as_bytes());
        for score in &mut s.scores {
            for item in score.evidence.iter_mut().flatten() {
                if item.reference.as_deref() == Some(report.reference.as_str()) {
                    item.file = Some(report.file.clone());
                    item.sha256 = Some(sha.clone());
                }
            }
        }
        files.push((report.file.clone(), text));
    }
    submit(&mut s, &q.after(1 + i as u32), "16:30");
    (s, files)
}

/// The demo quarter's document, dated and titled for `q`.
fn quarter_evidence(q: &Quarter, mut e: Evidence) -> Evidence {
    for text in [&mut e.date, &mut e.title].into_iter().flatten() {
        *text = q.rewrite(text);
    }
    e
}

fn submit(s: &mut Session, date: &str, time: &str) {
    if let Err(missing) = s.submit(at(date, time)) {
        panic!("{} is incomplete: {missing:?}", s.id);
    }
}

/// The agency's periodic IT report (Thông tư 06/2013), which several criteria cite.
struct Report {
    reference: String,
    file: String,
}

impl Report {
    fn new(q: &Quarter, a: &Agency, rng: &mut Rng) -> Report {
        Report {
            reference: format!("Báo cáo số {}/BC-{}", rng.int(40, 180), a.abbr),
            file: format!(
                "{EVIDENCE_FOLDER}/{}-bao-cao-cntt-{}-2015.txt",
                a.id,
                q.span().1
            ),
        }
    }

    /// A short text form of the report: the figures it gives are the ones claimed.
    fn text(&self, me: &Candidate, s: &Session) -> String {
        let figure = |id: &str| {
            s.score(id, &me.id)
                .and_then(|x| x.value)
                .map_or_else(|| "không áp dụng".to_owned(), |v| v.to_string())
        };
        format!(
            "{name}\n{reference}, ngày 26/6/2015\n\
             BÁO CÁO TÌNH HÌNH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN 6 THÁNG ĐẦU NĂM 2015\n\
             (theo Thông tư 06/2013/TT-BTTTT; dữ liệu mẫu của EvalDesk)\n\n\
             I. Hạ tầng kỹ thuật (trang 2)\n\
             - Số máy tính trên 100 cán bộ, công chức: {computers}\n\
             - Băng thông Internet (Mbps): {bandwidth}\n\
             II. Ứng dụng CNTT trong nội bộ (trang 3)\n\
             - Tỷ lệ văn bản đi gửi dạng điện tử (%): {sent}\n\
             - Tỷ lệ cán bộ dùng thư điện tử công vụ (%): {email}\n\
             III. Dịch vụ công trực tuyến (trang 4)\n\
             - Số dịch vụ công trực tuyến mức độ 3, 4: {services}\n",
            name = me.name.get(evaldesk::i18n::Lang::Vi),
            reference = self.reference,
            computers = figure("G1.1"),
            bandwidth = figure("G1.2"),
            sent = figure("G2.2"),
            email = figure("G2.3"),
            services = figure("G4.1"),
        )
    }
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The value an agency of `strength` gives itself (or an evaluator gives it) on `c`.
fn value(c: &Criterion, strength: f64, rng: &mut Rng, agency: &str, me: &Candidate) -> Score {
    let p = (strength + (rng.next() - 0.5) * 0.4).clamp(0.0, 1.0);
    let mut score = Score::with_value(None, &c.id, &me.id, 0.0);
    let v = match c.kind() {
        Kind::Scale => (p * 4.0).round(),
        Kind::YesNo => f64::from(u8::from(p > 0.25 || c.is_mandatory())),
        Kind::Numeric => numeric(&c.id, p),
    };
    score.value = Some(v);
    // Di Linh's leader in charge of IT retired and nobody was named yet: it says so.
    if c.id == "G6.2" && agency == "h-di-linh" {
        score.value = Some(0.0);
        score.note = Some(
            "Đồng chí Phó Chủ tịch phụ trách CNTT nghỉ hưu từ tháng 4/2015, chưa phân công \
             người thay."
                .into(),
        );
    }
    score
}

/// An agency with no service at level 3 or 4 has no share of applications received online
/// to give: N/A, saying why.
fn no_online_services(s: &mut Session) {
    let none: Vec<String> = s
        .scores
        .iter()
        .filter(|x| x.criterion == "G4.1" && x.value == Some(0.0))
        .map(|x| x.candidate.clone())
        .collect();
    for x in s.scores.iter_mut() {
        if x.criterion == "G4.2" && none.contains(&x.candidate) {
            *x = Score::not_applicable(None, "G4.2", &x.candidate);
            x.note = Some("Cơ quan chưa có dịch vụ công trực tuyến mức độ 3, 4.".into());
        }
    }
}

/// A numeric criterion's value at `p` (0–1) of its usual range in 2015.
fn numeric(id: &str, p: f64) -> f64 {
    let (lo, hi, tenths) = match id {
        "G1.1" => (55.0, 110.0, false),
        "G1.2" => (4.0, 40.0, false),
        "G1.4" => (40.0, 100.0, false),
        "G2.2" => (20.0, 95.0, false),
        "G2.3" => (52.0, 98.0, false),
        "G4.1" => (0.0, 15.0, false),
        "G4.2" => (1.0, 35.0, false),
        "G7.4" => (0.3, 2.5, true),
        _ => (10.0, 98.0, false),
    };
    let v = lo + (hi - lo) * p;
    if tenths {
        (v * 10.0).round() / 10.0
    } else {
        v.round()
    }
}

/// One of the department's evaluators, scoring the agencies assigned, submitted.
fn evaluation(
    checklist: &Checklist,
    q: &Quarter,
    name: &str,
    assigned: &[(&str, f64)],
    i: usize,
) -> Session {
    let agencies: Vec<Candidate> = assigned
        .iter()
        .map(|(id, _)| candidate(checklist, id))
        .collect();
    let evaluator = Evaluator {
        name: name.into(),
        organization: Some(DEPARTMENT.into()),
        role: Some("Chuyên viên phòng Công nghệ thông tin".into()),
    };
    let mut s = Session::new_draft(checklist.clone(), evaluator, agencies.clone());
    s.id = format!("{}-so-tttt-{}", q.prefix(), i + 1);
    s.period = Some(q.period());
    s.created = at(&q.after(6), "08:30");
    s.modified = s.created.clone();
    let mut rng = Rng::new(&q.seed(name));
    for ((id, strength), me) in assigned.iter().zip(&agencies) {
        let strength = q.moved(id, *strength);
        for (g, c) in checklist.criteria() {
            if c.applies(g, me.category()) {
                s.scores.push(value(c, strength, &mut rng, id, me));
            }
        }
    }
    no_online_services(&mut s);
    s.declaration = Some(Declaration {
        no_conflict: true,
        at: Some(at(&q.after(10), "16:40")),
    });
    submit(&mut s, &q.after(10), "16:45");
    s
}

/// The council's final appraisal of the quarter: every session pinned, eight claims changed.
fn appraisal(q: &Quarter, sessions: &[&Session]) -> Review {
    let mut r = Review::new_draft(ReviewKind::Appraisal, sessions);
    r.id = format!("{}-tham-dinh", q.prefix());
    r.title = Some(Text::from_parts(
        &q.rewrite("Thẩm định kết quả tự đánh giá ứng dụng CNTT quý II/2015 (dữ liệu mẫu)"),
        &q.title_en(),
    ));
    r.created = Some(at(&q.after(21), "08:00"));
    let mut m = meeting();
    m.date = Some(q.after(21));
    r.meeting = Some(m);
    let claim = |criterion: &str, agency: &str| {
        sessions
            .iter()
            .filter(|s| s.is_self_assessment())
            .find_map(|s| s.score(criterion, agency))
            .and_then(|s| s.value)
            .unwrap_or_else(|| panic!("{agency} claimed a value on {criterion}"))
    };
    let mut decisions = Vec::new();
    // An agency absent from the quarter has no claim to change.
    let held = |agency: &str| q.agencies.iter().any(|(a, _)| a.id == agency);
    let decided = DECIDED.into_iter().filter(|d| held(d.1));
    for (k, (criterion, agency, decide, by)) in decided.enumerate() {
        let before = claim(criterion, agency);
        let (value, reason) = decide(before);
        let reason = q.rewrite(&reason);
        assert!(
            value != before,
            "{agency} {criterion}: the council changes the claim"
        );
        decisions.push(Decision {
            criterion: criterion.into(),
            candidate: agency.into(),
            value: Some(value),
            na: None,
            reason,
            by: Some(by.into()),
            at: Some(at(
                &q.after(21),
                &format!("{:02}:{:02}", 9 + k / 3, (k % 3) * 20),
            )),
        });
    }
    r.decisions = decisions;
    r.finalize(at(&q.after(21), "11:30"));
    r
}
