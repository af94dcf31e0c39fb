//! Which quarter the generator writes: the demo quarter (Q2 2015) alone, or the four quarters
//! of 2015 (`--year`), with agencies improving and declining, one missing a quarter and one
//! joining from Q3.

use crate::data::{Agency, SELF_ASSESSED};

/// One quarter of 2015: its number, the agencies that scored themselves and how far along
/// each is that quarter.
pub struct Quarter {
    pub n: u32,
    pub agencies: Vec<(&'static Agency, f64)>,
}

/// How much an agency moves per quarter (strength, 0–1): the IT report of each shows it.
const DRIFT: [(&str, f64); 10] = [
    ("so-noi-vu", 0.03),
    ("so-tai-chinh", 0.0),
    ("so-khdt", 0.05),
    ("so-y-te", -0.05),
    ("so-gddt", 0.04),
    ("tp-da-lat", -0.02),
    ("tp-bao-loc", -0.07),
    ("h-duc-trong", -0.04),
    ("h-di-linh", 0.1),
    ("h-lam-ha", 0.08),
];

/// Huyện Đức Trọng did not submit in Q1 (its officer was on leave).
const MISSING: (&str, u32) = ("h-duc-trong", 1);

/// The Department of Natural Resources and Environment self-assesses from Q3 on.
pub const JOINS: Agency = Agency {
    id: "so-tnmt",
    abbr: "STNMT",
    strength: 0.6,
    officer: "Lương Thị Yến",
    role: "Chuyên viên Văn phòng Sở",
    attaches: false,
};
const JOINS_FROM: u32 = 3;

/// How far an agency the department's evaluators score is along, per quarter.
pub fn drift(agency: &str) -> f64 {
    match agency {
        "so-tu-phap" => 0.04,
        "h-don-duong" => -0.05,
        _ => DRIFT.iter().find(|d| d.0 == agency).map_or(0.0, |d| d.1),
    }
}

impl Quarter {
    /// The second quarter: exactly the demo quarter (`evaluations/demo-agencies/`).
    pub fn demo() -> Quarter {
        Quarter::of(2)
    }

    pub fn year() -> Vec<Quarter> {
        (1..=4).map(Quarter::of).collect()
    }

    fn of(n: u32) -> Quarter {
        let mut agencies: Vec<(&'static Agency, f64)> = SELF_ASSESSED
            .iter()
            .filter(|a| (a.id, n) != MISSING)
            .map(|a| (a, a.strength))
            .collect();
        if n >= JOINS_FROM {
            agencies.push((&JOINS, JOINS.strength));
        }
        let q = Quarter { n, agencies };
        let agencies = q
            .agencies
            .iter()
            .map(|(a, s)| (*a, q.moved(a.id, *s)))
            .collect();
        Quarter { agencies, ..q }
    }

    /// `strength` of Q2 moved to this quarter.
    pub fn moved(&self, agency: &str, strength: f64) -> f64 {
        (strength + drift(agency) * (f64::from(self.n) - 2.0)).clamp(0.05, 0.95)
    }

    pub fn period(&self) -> String {
        format!("2015-Q{}", self.n)
    }

    /// The prefix of the ids of the sessions and the review.
    pub fn prefix(&self) -> String {
        format!("2015q{}", self.n)
    }

    /// A pseudo-random seed: the demo quarter keeps its own, so its bytes do not change.
    pub fn seed(&self, name: &str) -> String {
        if self.n == 2 {
            name.to_owned()
        } else {
            format!("{name}/{}", self.period())
        }
    }

    /// The last month of the quarter, 3–12.
    pub fn last_month(&self) -> u32 {
        3 * self.n
    }

    /// A day in the month after the quarter (when sessions are submitted and appraised).
    pub fn after(&self, day: u32) -> String {
        let (y, m) = if self.n == 4 {
            (2016, 1)
        } else {
            (2015, self.last_month() + 1)
        };
        format!("{y}-{m:02}-{day:02}")
    }

    /// A day in the quarter's last month.
    pub fn within(&self, day: u32) -> String {
        format!("2015-{:02}-{day:02}", self.last_month())
    }

    fn roman(&self) -> &'static str {
        ["I", "II", "III", "IV"][(self.n - 1) as usize]
    }

    /// The span the agency's periodic IT report covers, in its title and its file name.
    pub fn span(&self) -> (&'static str, &'static str) {
        [
            ("quý I năm", "quy-1"),
            ("6 tháng đầu năm", "6-thang"),
            ("9 tháng đầu năm", "9-thang"),
            ("năm", "nam"),
        ][(self.n - 1) as usize]
    }

    /// The demo quarter's wording (data.rs) said of this quarter: its name, its last day, the
    /// report's span and date, the month of the appraisal.
    pub fn rewrite(&self, text: &str) -> String {
        if self.n == 2 {
            return text.to_owned();
        }
        let m = self.last_month();
        let after = self.after(1);
        let (ay, am) = (&after[..4], after[5..7].trim_start_matches('0'));
        let span = self.span().0;
        text.replace("quý II/2015", &format!("quý {}/2015", self.roman()))
            .replace("quý II", &format!("quý {}", self.roman()))
            .replace(
                "2015-06-30",
                &self.within(if m == 6 || m == 9 { 30 } else { 31 }),
            )
            .replace("2015-06-26", &self.within(26))
            .replace("26/6/2015", &format!("26/{m}/2015"))
            .replace("/7/2015", &format!("/{am}/{ay}"))
            .replace("6 tháng đầu năm", span)
            .replace("6 THÁNG ĐẦU NĂM", &span.to_uppercase())
    }

    /// The review's file name.
    pub fn review_file(&self) -> String {
        format!("tham-dinh-quy-{}-2015.review.json", self.n)
    }

    /// The appraisal's title in English.
    pub fn title_en(&self) -> String {
        format!(
            "Appraisal of the agencies' IT self-assessments, Q{} 2015 (sample data)",
            self.n
        )
    }
}
