//! What can be wrong with a file, where, in plain words (Vietnamese and English).

use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::Lang;

/// Where in a file a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole (it cannot be read, it is empty, …).
    File,
    /// A position in the text, 1-based, for syntax errors.
    Text { line: usize, column: usize },
    /// A JSON path such as `scores[3].value`.
    Path(String),
}

impl Place {
    pub fn path(p: impl Into<String>) -> Place {
        Place::Path(p.into())
    }

    fn render(&self, lang: Lang) -> Option<String> {
        match self {
            Place::File => None,
            Place::Text { line, column } => Some(match lang {
                Lang::Vi => format!("dòng {line}, cột {column}"),
                Lang::En => format!("line {line}, column {column}"),
            }),
            Place::Path(p) if p.is_empty() => None,
            Place::Path(p) => Some(p.clone()),
        }
    }
}

/// One thing wrong with a file. `message` says it in words a non-programmer understands.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Unreadable(IoProblem),
    Empty,
    NotUtf8,
    /// The text ends before the JSON does.
    Truncated,
    TooDeep,
    NumberTooLarge,
    Syntax(String),
    NotAnObject,
    NotEvalDesk {
        found: Option<String>,
    },
    WrongFormat {
        expected: &'static str,
        found: String,
    },
    NewerVersion(u64),
    BadVersion,
    UnknownMember(String),
    MissingMember(String),
    DuplicateMember(String),
    WrongType {
        expected: String,
        found: String,
    },
    BadChoice {
        found: String,
        allowed: Vec<String>,
    },
    Structure(String),
    EmptyId,
    DuplicateId {
        id: String,
        first: String,
    },
    EmptyText,
    NoGroups,
    NoCriteria,
    NoCandidates,
    ScaleOrder {
        min: f64,
        max: f64,
    },
    ScaleStep(f64),
    ScaleNotWhole {
        min: f64,
        max: f64,
        step: f64,
    },
    NotFinite,
    LevelOffScale(f64),
    DuplicateLevel(f64),
    WeightNotPositive(f64),
    NumericNeeds(&'static str),
    ThresholdNeeded,
    OnlyForNumeric(&'static str),
    ThresholdOutOfRange {
        value: f64,
        min: f64,
        max: f64,
    },
    MatrixSize {
        expected: usize,
        found: usize,
    },
    MatrixTooLarge(usize),
    MatrixNotPositive {
        row: usize,
        col: usize,
    },
    MatrixDiagonal {
        row: usize,
    },
    MatrixNotReciprocal {
        row: usize,
        col: usize,
    },
    BadTimestamp(String),
    UnknownCriterion(String),
    UnknownCandidate(String),
    DuplicateScore {
        criterion: String,
        candidate: String,
        first: usize,
    },
    ValueAndNa,
    NoValue,
    ValueOutOfRange {
        value: f64,
        min: f64,
        max: f64,
    },
    ValueOffStep {
        value: f64,
        step: f64,
    },
    YesNoValue(f64),
    NegativeValue(f64),
    Incomplete(Vec<(String, String)>),
    SealMissing,
    SealMalformed,
    SealMismatch,
    DifferentChecklist {
        other: PathBuf,
    },
    DifferentCandidates {
        other: PathBuf,
    },
}

/// Why a file could not be read or written, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IoProblem {
    NotFound,
    PermissionDenied,
    IsFolder,
    NotAFile,
    TooLarge(u64),
    DiskFull,
    ReadOnly,
    Other(String),
}

impl IoProblem {
    pub fn from_io(e: &std::io::Error) -> IoProblem {
        use std::io::ErrorKind::*;
        match e.kind() {
            NotFound => IoProblem::NotFound,
            PermissionDenied => IoProblem::PermissionDenied,
            IsADirectory => IoProblem::IsFolder,
            StorageFull | QuotaExceeded => IoProblem::DiskFull,
            ReadOnlyFilesystem => IoProblem::ReadOnly,
            _ => {
                let text = e.to_string();
                IoProblem::Other(text.split(" (os error").next().unwrap_or(&text).to_owned())
            }
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            IoProblem::NotFound => lang
                .pick("không có tệp hoặc thư mục này", "no such file or folder")
                .into(),
            IoProblem::PermissionDenied => lang
                .pick("không có quyền truy cập", "permission denied")
                .into(),
            IoProblem::IsFolder => lang
                .pick(
                    "đây là một thư mục, không phải tệp",
                    "this is a folder, not a file",
                )
                .into(),
            IoProblem::NotAFile => lang
                .pick(
                    "đây không phải tệp thông thường",
                    "this is not a regular file",
                )
                .into(),
            IoProblem::TooLarge(mb) => match lang {
                Lang::Vi => format!("tệp quá lớn ({mb} MB), không phải tệp của EvalDesk"),
                Lang::En => format!("the file is too large ({mb} MB) to be an EvalDesk file"),
            },
            IoProblem::DiskFull => lang.pick("ổ đĩa đã đầy", "the disk is full").into(),
            IoProblem::ReadOnly => lang
                .pick(
                    "ổ đĩa hoặc thư mục chỉ cho phép đọc",
                    "the disk or folder is read-only",
                )
                .into(),
            IoProblem::Other(e) => e.clone(),
        }
    }
}

/// Numbers in messages: no trailing `.0`, as a person writes them.
fn n(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        use Problem::*;
        let vi = lang == Lang::Vi;
        match self {
            Unreadable(e) => {
                if vi {
                    format!("không đọc được tệp: {}", e.message(lang))
                } else {
                    format!("cannot read the file: {}", e.message(lang))
                }
            }
            Empty => lang
                .pick("tệp trống, không có nội dung", "the file is empty")
                .into(),
            NotUtf8 => lang
                .pick(
                    "tệp không phải văn bản UTF-8 (có phải tệp JSON của EvalDesk không?)",
                    "the file is not UTF-8 text (is it an EvalDesk JSON file?)",
                )
                .into(),
            Truncated => lang
                .pick(
                    "tệp kết thúc giữa chừng, có thể bị cắt cụt khi sao chép hoặc gửi",
                    "the file ends too early; it may have been cut off while copying or sending",
                )
                .into(),
            TooDeep => lang
                .pick(
                    "dữ liệu lồng nhau quá sâu, đây không phải tệp của EvalDesk",
                    "the data is nested too deeply; this is not an EvalDesk file",
                )
                .into(),
            NumberTooLarge => lang
                .pick("một con số quá lớn", "a number is too large")
                .into(),
            Syntax(d) => {
                if vi {
                    format!("nội dung không đúng cú pháp JSON ({d})")
                } else {
                    format!("this is not valid JSON ({d})")
                }
            }
            NotAnObject => lang
                .pick(
                    "tệp phải chứa một đối tượng JSON {…}",
                    "the file must hold one JSON object {…}",
                )
                .into(),
            NotEvalDesk { found: None } => lang
                .pick(
                    "không phải tệp của EvalDesk: thiếu mục `format`",
                    "not an EvalDesk file: `format` is missing",
                )
                .into(),
            NotEvalDesk { found: Some(f) } => {
                if vi {
                    format!(
                        "không phải tệp của EvalDesk: `format` là \"{f}\", cần \"evaldesk.checklist\" hoặc \"evaldesk.session\""
                    )
                } else {
                    format!(
                        "not an EvalDesk file: `format` is \"{f}\", expected \"evaldesk.checklist\" or \"evaldesk.session\""
                    )
                }
            }
            WrongFormat { expected, found } => {
                if vi {
                    format!("cần tệp \"{expected}\" nhưng tệp này là \"{found}\"")
                } else {
                    format!("expected a \"{expected}\" file but this one is \"{found}\"")
                }
            }
            NewerVersion(v) => {
                if vi {
                    format!(
                        "tệp được tạo bởi phiên bản EvalDesk mới hơn (định dạng phiên bản {v}); chương trình này chỉ hiểu phiên bản 1 — hãy cập nhật EvalDesk"
                    )
                } else {
                    format!(
                        "this file was written by a newer EvalDesk (format version {v}); this program knows version 1 — please update EvalDesk"
                    )
                }
            }
            BadVersion => lang
                .pick(
                    "`version` phải là số nguyên dương (hiện là 1)",
                    "`version` must be a positive whole number (currently 1)",
                )
                .into(),
            UnknownMember(m) => {
                if vi {
                    format!("mục `{m}` không được biết đến (gõ nhầm tên?)")
                } else {
                    format!("unknown member `{m}` (a typo?)")
                }
            }
            MissingMember(_) => lang
                .pick("thiếu mục bắt buộc này", "this required member is missing")
                .into(),
            DuplicateMember(m) => {
                if vi {
                    format!("mục `{m}` xuất hiện hai lần")
                } else {
                    format!("`{m}` appears twice")
                }
            }
            WrongType { expected, found } => {
                if vi {
                    format!("cần {}, nhưng có {}", kind_vi(expected), kind_vi(found))
                } else {
                    format!("expected {expected}, found {found}")
                }
            }
            BadChoice { found, allowed } => {
                let list = allowed
                    .iter()
                    .map(|a| format!("\"{a}\""))
                    .collect::<Vec<_>>()
                    .join(", ");
                if vi {
                    format!("\"{found}\" không hợp lệ; chỉ được dùng: {list}")
                } else {
                    format!("\"{found}\" is not allowed; use one of: {list}")
                }
            }
            Structure(d) => {
                if vi {
                    format!("nội dung không đúng cấu trúc ({d})")
                } else {
                    format!("unexpected content ({d})")
                }
            }
            EmptyId => lang
                .pick("mã (id) không được để trống", "the id must not be empty")
                .into(),
            DuplicateId { id, first } => {
                if vi {
                    format!("mã \"{id}\" bị trùng, đã dùng tại {first}")
                } else {
                    format!("the id \"{id}\" is used twice; first at {first}")
                }
            }
            EmptyText => lang
                .pick(
                    "nội dung không được để trống",
                    "this text must not be empty",
                )
                .into(),
            NoGroups => lang
                .pick(
                    "danh sách tiêu chí không có nhóm nào",
                    "the checklist has no groups",
                )
                .into(),
            NoCriteria => lang
                .pick(
                    "nhóm này không có tiêu chí nào",
                    "this group has no criteria",
                )
                .into(),
            NoCandidates => lang
                .pick(
                    "không có sản phẩm nào để đánh giá",
                    "there are no candidates to evaluate",
                )
                .into(),
            ScaleOrder { min, max } => {
                if vi {
                    format!(
                        "thang điểm: min ({}) phải nhỏ hơn max ({})",
                        n(*min),
                        n(*max)
                    )
                } else {
                    format!(
                        "scale: min ({}) must be less than max ({})",
                        n(*min),
                        n(*max)
                    )
                }
            }
            ScaleStep(s) => {
                if vi {
                    format!("bước thang điểm phải lớn hơn 0 (hiện là {})", n(*s))
                } else {
                    format!("the scale's step must be greater than 0 (it is {})", n(*s))
                }
            }
            ScaleNotWhole { min, max, step } => {
                if vi {
                    format!(
                        "khoảng từ {} đến {} không chia hết cho bước {}",
                        n(*min),
                        n(*max),
                        n(*step)
                    )
                } else {
                    format!(
                        "the range {} to {} is not a whole number of steps of {}",
                        n(*min),
                        n(*max),
                        n(*step)
                    )
                }
            }
            NotFinite => lang
                .pick("con số phải là số hữu hạn", "the number must be finite")
                .into(),
            LevelOffScale(v) => {
                if vi {
                    format!("mức {} không nằm trên thang điểm", n(*v))
                } else {
                    format!("level {} is not on the scale", n(*v))
                }
            }
            DuplicateLevel(v) => {
                if vi {
                    format!("mức {} đã có nhãn", n(*v))
                } else {
                    format!("level {} already has a label", n(*v))
                }
            }
            WeightNotPositive(w) => {
                if vi {
                    format!("trọng số phải lớn hơn 0 (hiện là {})", n(*w))
                } else {
                    format!("the weight must be greater than 0 (it is {})", n(*w))
                }
            }
            NumericNeeds(m) => {
                if vi {
                    format!("tiêu chí dạng số cần có `{m}`")
                } else {
                    format!("a numeric criterion needs `{m}`")
                }
            }
            ThresholdNeeded => lang
                .pick(
                    "tiêu chí số bắt buộc phải có ngưỡng (`threshold`)",
                    "a mandatory numeric criterion needs a `threshold`",
                )
                .into(),
            OnlyForNumeric(m) => {
                if vi {
                    format!("`{m}` chỉ dùng cho tiêu chí dạng số (kind: numeric)")
                } else {
                    format!("`{m}` applies only to numeric criteria (kind: numeric)")
                }
            }
            ThresholdOutOfRange { value, min, max } => {
                if vi {
                    format!(
                        "ngưỡng {} nằm ngoài khoảng {} đến {}",
                        n(*value),
                        n(*min),
                        n(*max)
                    )
                } else {
                    format!(
                        "the threshold {} is outside {} to {}",
                        n(*value),
                        n(*min),
                        n(*max)
                    )
                }
            }
            MatrixSize { expected, found } => {
                if vi {
                    format!(
                        "ma trận so sánh cặp phải có {expected} hàng × {expected} cột, khớp số mục; ở đây có {found}"
                    )
                } else {
                    format!(
                        "the pairwise matrix must be {expected} × {expected}, one row and column per item; found {found}"
                    )
                }
            }
            MatrixTooLarge(k) => {
                if vi {
                    format!("ma trận so sánh cặp {k} × {k} quá lớn: tối đa 15 mục")
                } else {
                    format!("a {k} × {k} pairwise matrix is too large: at most 15 items")
                }
            }
            MatrixNotPositive { row, col } => {
                if vi {
                    format!("ô hàng {}, cột {} phải là số dương", row + 1, col + 1)
                } else {
                    format!(
                        "the entry in row {}, column {} must be a positive number",
                        row + 1,
                        col + 1
                    )
                }
            }
            MatrixDiagonal { row } => {
                if vi {
                    format!("ô trên đường chéo (hàng {0}, cột {0}) phải bằng 1", row + 1)
                } else {
                    format!(
                        "the diagonal entry (row {0}, column {0}) must be 1",
                        row + 1
                    )
                }
            }
            MatrixNotReciprocal { row, col } => {
                if vi {
                    format!(
                        "ô hàng {}, cột {} phải là nghịch đảo của ô hàng {}, cột {}",
                        col + 1,
                        row + 1,
                        row + 1,
                        col + 1
                    )
                } else {
                    format!(
                        "the entry in row {}, column {} must be 1 / the entry in row {}, column {}",
                        col + 1,
                        row + 1,
                        row + 1,
                        col + 1
                    )
                }
            }
            BadTimestamp(t) => {
                if vi {
                    format!(
                        "thời điểm \"{t}\" không đúng dạng, ví dụ đúng: 2015-04-20T08:00:00+07:00"
                    )
                } else {
                    format!(
                        "the time \"{t}\" is not in the expected form, e.g. 2015-04-20T08:00:00+07:00"
                    )
                }
            }
            UnknownCriterion(c) => {
                if vi {
                    format!("không có tiêu chí \"{c}\" trong danh sách tiêu chí")
                } else {
                    format!("there is no criterion \"{c}\" in the checklist")
                }
            }
            UnknownCandidate(c) => {
                if vi {
                    format!("không có sản phẩm \"{c}\" trong phiên đánh giá")
                } else {
                    format!("there is no candidate \"{c}\" in this session")
                }
            }
            DuplicateScore {
                criterion,
                candidate,
                first,
            } => {
                if vi {
                    format!(
                        "tiêu chí \"{criterion}\" cho \"{candidate}\" đã được chấm tại scores[{first}]"
                    )
                } else {
                    format!(
                        "criterion \"{criterion}\" for \"{candidate}\" is already scored at scores[{first}]"
                    )
                }
            }
            ValueAndNa => lang
                .pick(
                    "một điểm không thể vừa có giá trị vừa là N/A (không áp dụng)",
                    "a score cannot have both a value and N/A",
                )
                .into(),
            NoValue => lang
                .pick(
                    "điểm phải có giá trị (`value`) hoặc N/A (`na: true`)",
                    "a score needs a `value` or `na: true`",
                )
                .into(),
            ValueOutOfRange { value, min, max } => {
                if vi {
                    format!(
                        "điểm {} nằm ngoài thang {} đến {}",
                        n(*value),
                        n(*min),
                        n(*max)
                    )
                } else {
                    format!(
                        "the score {} is outside the scale {} to {}",
                        n(*value),
                        n(*min),
                        n(*max)
                    )
                }
            }
            ValueOffStep { value, step } => {
                if vi {
                    format!(
                        "điểm {} không đúng bước {} của thang điểm",
                        n(*value),
                        n(*step)
                    )
                } else {
                    format!(
                        "the score {} is not on the scale's steps of {}",
                        n(*value),
                        n(*step)
                    )
                }
            }
            YesNoValue(v) => {
                if vi {
                    format!("tiêu chí có/không chỉ nhận 0 hoặc 1, không nhận {}", n(*v))
                } else {
                    format!("a yes/no criterion takes 0 or 1, not {}", n(*v))
                }
            }
            NegativeValue(v) => {
                if vi {
                    format!("giá trị không được âm ({})", n(*v))
                } else {
                    format!("the value must not be negative ({})", n(*v))
                }
            }
            Incomplete(missing) => {
                let list = missing
                    .iter()
                    .map(|(c, k)| format!("{c} × {k}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                if vi {
                    format!(
                        "phiên đã nộp nhưng còn thiếu {} điểm: {list}",
                        missing.len()
                    )
                } else {
                    format!(
                        "the session is submitted but {} scores are missing: {list}",
                        missing.len()
                    )
                }
            }
            SealMissing => lang
                .pick(
                    "phiên đã nộp phải có niêm phong (`seal`)",
                    "a submitted session must carry a `seal`",
                )
                .into(),
            SealMalformed => lang
                .pick(
                    "niêm phong phải gồm 64 ký tự hex thường (SHA-256)",
                    "the seal must be 64 lowercase hex characters (SHA-256)",
                )
                .into(),
            SealMismatch => lang
                .pick(
                    "niêm phong không khớp: tệp đã bị sửa sau khi nộp",
                    "the seal does not match: the file was changed after it was submitted",
                )
                .into(),
            DifferentChecklist { other } => {
                if vi {
                    format!(
                        "được chấm theo danh sách tiêu chí khác với {}",
                        other.display()
                    )
                } else {
                    format!(
                        "was scored against a different checklist than {}",
                        other.display()
                    )
                }
            }
            DifferentCandidates { other } => {
                if vi {
                    format!("đánh giá các sản phẩm khác với {}", other.display())
                } else {
                    format!("evaluates different candidates than {}", other.display())
                }
            }
        }
    }
}

/// Vietnamese for the English kind names used in [`Problem::WrongType`].
fn kind_vi(s: &str) -> String {
    let table = [
        ("a number", "một con số"),
        ("a whole number", "một số nguyên"),
        ("text", "văn bản"),
        ("true or false", "true hoặc false"),
        ("a list", "một danh sách"),
        ("an object", "một đối tượng {…}"),
        ("null", "null"),
        ("text or {\"vi\", \"en\"}", "văn bản hoặc {\"vi\", \"en\"}"),
    ];
    for (en, vi) in table {
        if s == en {
            return vi.into();
        }
        if let Some(rest) = s.strip_prefix(en) {
            return format!("{vi}{rest}");
        }
    }
    s.into()
}

/// A problem at a place in a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    pub place: Place,
    pub problem: Problem,
}

impl Located {
    pub fn new(place: Place, problem: Problem) -> Self {
        Located { place, problem }
    }

    pub fn at(path: impl Into<String>, problem: Problem) -> Self {
        Located::new(Place::Path(path.into()), problem)
    }

    /// `PLACE: what is wrong`, or just `what is wrong` for the file as a whole.
    pub fn render(&self, lang: Lang) -> String {
        match self.place.render(lang) {
            Some(place) => format!("{place}: {}", self.problem.message(lang)),
            None => self.problem.message(lang),
        }
    }
}

/// A file that could not be used, with every problem found in it.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", self.render(Lang::En).join("\n"))]
pub struct InvalidFile {
    pub file: PathBuf,
    pub problems: Vec<Located>,
}

impl InvalidFile {
    pub fn new(file: &Path, problems: Vec<Located>) -> Self {
        InvalidFile {
            file: file.to_owned(),
            problems,
        }
    }

    /// One line per problem: `FILE: PLACE: what is wrong`.
    pub fn render(&self, lang: Lang) -> Vec<String> {
        self.problems
            .iter()
            .map(|p| format!("{}: {}", self.file.display(), p.render(lang)))
            .collect()
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En).unwrap_or_default())
    }
}
