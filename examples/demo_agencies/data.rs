//! The demo quarter's people, documents and the council's decisions: the tables the
//! generator (main.rs) writes from.

use evaldesk::model::{Criterion, Evidence, Meeting, Member};

use crate::{Report, Rng};

/// An agency that scored itself: its id in the checklist, the short form its documents carry,
/// how far along it is (0–1, drives the pseudo-random values), its IT officer.
pub struct Agency {
    pub id: &'static str,
    pub abbr: &'static str,
    pub strength: f64,
    pub officer: &'static str,
    pub role: &'static str,
    /// Its IT report is attached as a file, not only named.
    pub attaches: bool,
}

pub const SELF_ASSESSED: [Agency; 10] = [
    agency(
        "so-noi-vu",
        "SNV",
        0.75,
        "Lê Văn Thành",
        "Chuyên viên Văn phòng Sở",
        true,
    ),
    agency(
        "so-tai-chinh",
        "STC",
        0.85,
        "Nguyễn Thị Hồng",
        "Chuyên viên CNTT",
        false,
    ),
    agency(
        "so-khdt",
        "SKHĐT",
        0.8,
        "Trần Quốc Bảo",
        "Phó Chánh Văn phòng",
        false,
    ),
    agency(
        "so-y-te",
        "SYT",
        0.7,
        "Phan Thị Ngọc",
        "Chuyên viên CNTT",
        true,
    ),
    agency(
        "so-gddt",
        "SGDĐT",
        0.7,
        "Hoàng Minh Đức",
        "Chuyên viên CNTT",
        false,
    ),
    agency(
        "tp-da-lat",
        "UBND",
        0.9,
        "Vũ Thị Thanh",
        "Chuyên viên phòng Văn hóa - Thông tin",
        true,
    ),
    agency(
        "tp-bao-loc",
        "UBND",
        0.65,
        "Bùi Văn Lộc",
        "Chuyên viên Văn phòng HĐND và UBND",
        false,
    ),
    agency(
        "h-duc-trong",
        "UBND",
        0.55,
        "K' Brồ",
        "Chuyên viên phòng Văn hóa - Thông tin",
        false,
    ),
    agency(
        "h-di-linh",
        "UBND",
        0.35,
        "Ka Thị Hoa",
        "Chuyên viên Văn phòng HĐND và UBND",
        false,
    ),
    agency(
        "h-lam-ha",
        "UBND",
        0.5,
        "Đinh Văn Sơn",
        "Chuyên viên phòng Văn hóa - Thông tin",
        true,
    ),
];

const fn agency(
    id: &'static str,
    abbr: &'static str,
    strength: f64,
    officer: &'static str,
    role: &'static str,
    attaches: bool,
) -> Agency {
    Agency {
        id,
        abbr,
        strength,
        officer,
        role,
        attaches,
    }
}

/// An evaluator of the department: name, file name, the agencies assigned and how each scores.
pub type Evaluator = (&'static str, &'static str, [(&'static str, f64); 2]);

/// The department's evaluators: name, file name, the agencies assigned, how they score them.
pub const EVALUATORS: [Evaluator; 2] = [
    (
        "Phạm Thu Hà",
        "pham-thu-ha",
        [("so-y-te", 0.6), ("so-tu-phap", 0.6)],
    ),
    (
        "Đỗ Quang Minh",
        "do-quang-minh",
        [("h-lam-ha", 0.4), ("h-don-duong", 0.4)],
    ),
];

pub const DEPARTMENT: &str = "Sở Thông tin và Truyền thông (dữ liệu mẫu / demo data)";

/// Who issued the document a criterion's evidence names.
#[derive(Clone, Copy)]
enum Issuer {
    /// The agency's periodic IT report (its number is drawn once per agency).
    Report,
    /// A document of the agency itself: "Quyết định", "Kế hoạch".
    Own(&'static str, &'static str),
    /// A decision of the provincial people's committee.
    Province,
    /// A register or statistics, named as they are.
    Named(&'static str),
}

/// Per criterion requiring evidence: who issued the document, its date, title and page.
const DOCUMENTS: [(&str, Issuer, &str, &str, Option<&str>); 14] = [
    (
        "G1.1",
        Issuer::Report,
        "2015-06-26",
        REPORT_TITLE,
        Some("2"),
    ),
    (
        "G6.4",
        Issuer::Report,
        "2015-06-26",
        REPORT_TITLE,
        Some("1"),
    ),
    (
        "G2.1",
        Issuer::Named("Thống kê của phần mềm quản lý văn bản và điều hành"),
        "2015-06-30",
        "Số văn bản đến, đi xử lý trên phần mềm, quý II/2015",
        None,
    ),
    (
        "G2.2",
        Issuer::Named("Sổ đăng ký văn bản đi năm 2015"),
        "2015-06-30",
        "Trích sổ văn bản đi quý II/2015",
        Some("12-14"),
    ),
    (
        "G3.6",
        DECISION,
        "2014-03-12",
        "Thành lập Ban biên tập trang thông tin điện tử",
        Some("1"),
    ),
    (
        "G4.1",
        Issuer::Province,
        "2015-01-15",
        "Công bố danh mục dịch vụ công trực tuyến mức độ 3, 4",
        Some("3"),
    ),
    (
        "G4.2",
        Issuer::Named("Thống kê hồ sơ trên cổng dịch vụ công của tỉnh"),
        "2015-06-30",
        "Hồ sơ tiếp nhận trực tuyến quý II/2015",
        None,
    ),
    (
        "G4.4",
        DECISION,
        "2015-04-20",
        "Quy chế hoạt động của Bộ phận tiếp nhận và trả kết quả",
        Some("2"),
    ),
    (
        "G5.1",
        DECISION,
        "2014-09-05",
        "Ban hành quy chế bảo đảm an toàn thông tin",
        Some("1"),
    ),
    (
        "G6.1",
        Issuer::Own("Kế hoạch", "KH"),
        "2015-01-20",
        "Kế hoạch ứng dụng CNTT năm 2015",
        Some("1"),
    ),
    (
        "G6.2",
        DECISION,
        "2015-01-05",
        "Phân công nhiệm vụ của lãnh đạo, phụ trách ứng dụng CNTT",
        Some("2"),
    ),
    (
        "G6.3",
        DECISION,
        "2014-11-10",
        "Quy chế sử dụng thư điện tử công vụ và văn bản điện tử",
        Some("1"),
    ),
    (
        "G7.1",
        DECISION,
        "2014-06-02",
        "Phân công cán bộ chuyên trách CNTT",
        Some("1"),
    ),
    (
        "G7.4",
        Issuer::Province,
        "2014-12-18",
        "Giao dự toán ngân sách năm 2015",
        Some("5"),
    ),
];

const DECISION: Issuer = Issuer::Own("Quyết định", "QĐ");
const REPORT_TITLE: &str = "Báo cáo tình hình ứng dụng CNTT 6 tháng đầu năm 2015";

/// The document a criterion's evidence names: the report, a decision, a plan, statistics.
pub fn evidence(c: &Criterion, a: &Agency, report: &Report, rng: &mut Rng) -> Evidence {
    let n = rng.int(12, 420);
    let (_, issuer, date, title, page) = DOCUMENTS
        .iter()
        .find(|d| d.0 == c.id)
        .unwrap_or_else(|| panic!("{}: which document supports it", c.id));
    let reference = match issuer {
        Issuer::Report => report.reference.clone(),
        Issuer::Own(kind, code) => format!("{kind} số {n}/{code}-{}", a.abbr),
        Issuer::Province => format!("Quyết định số {n}/QĐ-UBND"),
        Issuer::Named(name) => (*name).to_owned(),
    };
    Evidence {
        reference: Some(reference),
        date: Some((*date).into()),
        title: Some((*title).into()),
        page: page.map(str::to_owned),
        file: None,
        sha256: None,
    }
}

pub fn meeting() -> Meeting {
    let member = |name: &str, role: &str, present: bool| Member {
        name: name.into(),
        role: Some(role.into()),
        present: Some(present),
    };
    Meeting {
        date: Some("2015-07-21".into()),
        place: Some("Phòng họp Sở Thông tin và Truyền thông".into()),
        chair: Some("Trần Minh Hoàng".into()),
        secretary: Some("Lê Thị Thu Trang".into()),
        members: vec![
            member(
                "Trần Minh Hoàng",
                "Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng",
                true,
            ),
            member(
                "Võ Đình Khoa",
                "Giám đốc Sở TT&TT, Phó Chủ tịch Hội đồng",
                true,
            ),
            member("Ngô Thị Lan", "Phó Giám đốc Sở Nội vụ, Ủy viên", true),
            member("Huỳnh Văn Tâm", "Trưởng phòng CNTT Sở TT&TT, Ủy viên", true),
            member(
                "Đặng Thị Mai",
                "Phó Chánh Văn phòng UBND tỉnh, Ủy viên",
                false,
            ),
            member("Lê Thị Thu Trang", "Chuyên viên Sở TT&TT, Thư ký", true),
        ],
    }
}

/// What the council decided on a claim: the value it sets and why.
pub type Decide = fn(f64) -> (f64, String);

/// (criterion, agency, decision, who proposed it): claims of agencies only their
/// self-assessment covers, since the others' values come from the department's evaluators.
pub const DECIDED: [(&str, &str, Decide, &str); 8] = [
    (
        "G2.3",
        "tp-bao-loc",
        |v| {
            (
                46.0,
                format!(
                    "Số liệu đăng nhập của hệ thống thư điện tử công vụ quý II/2015: 46 % cán bộ dùng hằng tuần, không phải {v} %."
                ),
            )
        },
        "Huỳnh Văn Tâm",
    ),
    (
        "G4.1",
        "so-khdt",
        |v| {
            (
                (v - 4.0).max(0.0),
                format!(
                    "Cổng dịch vụ công của tỉnh chỉ có {} dịch vụ mức độ 3 của Sở; các dịch vụ còn lại mới ở mức độ 2.",
                    (v - 4.0).max(0.0)
                ),
            )
        },
        "Huỳnh Văn Tâm",
    ),
    (
        "G4.4",
        "h-duc-trong",
        |v| {
            (if v > 2.0 { 2.0 } else { 1.0 }, "Kiểm tra thực tế ngày 14/7/2015: phần mềm một cửa chỉ dùng để vào sổ, người dân chưa tra cứu được tình trạng hồ sơ.".into())
        },
        "Ngô Thị Lan",
    ),
    (
        "G2.4",
        "so-noi-vu",
        |v| {
            ((v - 1.0).max(0.0), "Chỉ ký số văn bản gửi UBND tỉnh; văn bản gửi các huyện, thành phố chưa được ký số.".into())
        },
        "Võ Đình Khoa",
    ),
    (
        "G1.2",
        "tp-da-lat",
        |v| {
            (
                (v / 2.0).round(),
                format!(
                    "Hợp đồng với nhà cung cấp: {} Mbps; số tự đánh giá cộng cả đường truyền dự phòng.",
                    (v / 2.0).round()
                ),
            )
        },
        "Huỳnh Văn Tâm",
    ),
    (
        "G3.3",
        "so-tai-chinh",
        |v| {
            (
                (v - 1.0).max(0.0),
                "Kiểm tra năm văn bản chỉ đạo quý II: hai văn bản được đăng sau hơn một tuần."
                    .into(),
            )
        },
        "Võ Đình Khoa",
    ),
    (
        "G5.2",
        "h-di-linh",
        |v| {
            (
                if v > 1.0 { 1.0 } else { 0.0 },
                "Không có biên bản thử khôi phục dữ liệu; bản sao lưu để cùng phòng máy chủ."
                    .into(),
            )
        },
        "Huỳnh Văn Tâm",
    ),
    (
        "G6.1",
        "so-gddt",
        |v| {
            (if v < 4.0 { 4.0 } else { 3.0 }, "Báo cáo bổ sung ngày 15/7/2015: đã thực hiện 9/10 nhiệm vụ của kế hoạch năm, đủ cho mức 4.".into())
        },
        "Trần Minh Hoàng",
    ),
];
