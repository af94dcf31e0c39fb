//! What can be wrong with a file, and where: typed problems. Their words are in the catalog
//! (`assets/i18n`); [`Problem::msg`] names the message and its arguments.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::{Lang, Msg, Num, tr};

mod category;
mod review;
mod self_assessment;
mod syntax;
pub use category::CategoryProblem;
pub use review::ReviewProblem;
pub use self_assessment::SelfProblem;
pub use syntax::SyntaxError;

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

    fn msg(&self) -> Option<Msg> {
        match self {
            Place::File => None,
            Place::Text { line, column } => Some(tr::place_text(*line, *column)),
            Place::Path(p) if p.is_empty() => None,
            Place::Path(p) => Some(tr::verbatim(p)),
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
    Syntax(SyntaxError),
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
        expected: JsonKind,
        found: FoundValue,
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
    /// Above [`super::validate::MAX_MAGNITUDE`]: a sum of such numbers would overflow.
    TooLarge(f64),
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
    SealOnDraft,
    /// `revises` names the session's own id.
    RevisesItself,
    GradesEmpty,
    GradeOutOfRange(f64),
    GradesNotDecreasing {
        min: f64,
        previous: f64,
    },
    LastGradeNotZero(f64),
    /// The same member twice in one object, at these lines.
    RepeatedMember {
        member: String,
        first_line: usize,
        line: usize,
    },
    /// Another file holds the same session (same `id`) with different content.
    SameSession {
        other: PathBuf,
    },
    DifferentChecklist {
        other: PathBuf,
    },
    DifferentCandidates {
        other: PathBuf,
        id: String,
        /// The name here, and the name in `other` (boxed: a problem stays small).
        names: Box<[String; 2]>,
    },
    /// Two candidates of one list with names that look the same; `first` is the other's place.
    SameCandidateName {
        first: String,
        clash: Box<NameClash>,
    },
    /// Another file's candidate has another id but a name that looks the same.
    SameNameOtherId {
        other: PathBuf,
        clash: Box<NameClash>,
    },
    /// Another file holds a session by the same evaluator that covers a common candidate,
    /// and neither revises the other.
    SameEvaluator {
        other: PathBuf,
        name: String,
        candidate: String,
    },
    /// What is wrong with a review, on its own or against the sessions read with it.
    Review(ReviewProblem),
    /// A self-assessment's, its evidence's or a period's (docs/method.md §11).
    SelfAssessment(SelfProblem),
    /// What is wrong with categories or `applies_to` (docs/method.md §12).
    Category(CategoryProblem),
}

/// A candidate whose name looks the same as another's with another id.
#[derive(Clone, Debug, PartialEq)]
pub struct NameClash {
    pub id: String,
    pub name: String,
    pub other_id: String,
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
    /// The file itself is marked read-only.
    FileReadOnly,
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
                // The system's own words (in the system's language), without the error code.
                let text = e.to_string();
                IoProblem::Other(text.split(" (os error").next().unwrap_or(&text).to_owned())
            }
        }
    }

    pub fn msg(&self) -> Msg {
        match self {
            IoProblem::NotFound => tr::io_not_found(),
            IoProblem::PermissionDenied => tr::io_permission(),
            IoProblem::IsFolder => tr::io_is_folder(),
            IoProblem::NotAFile => tr::io_not_a_file(),
            IoProblem::TooLarge(bytes) => tr::io_too_large(Num::size(*bytes)),
            IoProblem::DiskFull => tr::io_disk_full(),
            IoProblem::ReadOnly => tr::io_read_only(),
            IoProblem::FileReadOnly => tr::io_file_read_only(),
            IoProblem::Other(e) => tr::io_other(e),
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        self.msg().text(lang)
    }
}

/// What kind of JSON value a member holds or should hold, for [`Problem::WrongType`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonKind {
    Number,
    WholeNumber,
    Text,
    Bool,
    List,
    Object,
    Null,
    /// A string or `{"vi": …, "en": …}`.
    LocalizedText,
    /// Something serde named that has no plain word (kept as serde wrote it).
    Other(String),
}

impl JsonKind {
    fn msg(&self) -> Msg {
        match self {
            JsonKind::Number => tr::kind_number(),
            JsonKind::WholeNumber => tr::kind_whole_number(),
            JsonKind::Text => tr::kind_text(),
            JsonKind::Bool => tr::kind_bool(),
            JsonKind::List => tr::kind_list(),
            JsonKind::Object => tr::kind_object(),
            JsonKind::Null => tr::kind_null(),
            JsonKind::LocalizedText => tr::kind_localized_text(),
            JsonKind::Other(name) => tr::verbatim(name),
        }
    }
}

/// A value found where another kind was expected: its kind and, for scalars, the value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundValue {
    pub kind: JsonKind,
    pub value: Option<String>,
}

/// A number in a message, exactly as written in the file (4.000000001 stays that).
fn x(v: f64) -> Num {
    Num::exact(v)
}

impl Problem {
    pub fn msg(&self) -> Msg {
        use Problem::*;
        match self {
            Unreadable(e) => tr::p_unreadable(e.msg()),
            Empty => tr::p_empty(),
            NotUtf8 => tr::p_not_utf8(),
            Truncated => tr::p_truncated(),
            TooDeep => tr::p_too_deep(),
            NumberTooLarge => tr::p_number_too_large(),
            Syntax(e) => tr::p_syntax(e.msg()),
            NotAnObject => tr::p_not_an_object(),
            NotEvalDesk { found: None } => tr::p_no_format(),
            NotEvalDesk { found: Some(f) } => tr::p_foreign_format(f),
            WrongFormat { expected, found } => tr::p_wrong_format(*expected, found),
            NewerVersion(v) => tr::p_newer_version(*v),
            BadVersion => tr::p_bad_version(),
            UnknownMember(m) => tr::p_unknown_member(m),
            MissingMember(_) => tr::p_missing_member(),
            DuplicateMember(m) => tr::p_duplicate_member(m),
            WrongType { expected, found } => {
                let found = match &found.value {
                    Some(v) => tr::kind_with_value(found.kind.msg(), v),
                    None => found.kind.msg(),
                };
                tr::p_wrong_type(expected.msg(), found)
            }
            BadChoice { found, allowed } => {
                let list = allowed
                    .iter()
                    .map(|a| format!("\"{a}\""))
                    .collect::<Vec<_>>()
                    .join(", ");
                tr::p_bad_choice(found, list)
            }
            Structure(d) => tr::p_structure(d),
            EmptyId => tr::p_empty_id(),
            DuplicateId { id, first } => tr::p_duplicate_id(id, first),
            EmptyText => tr::p_empty_text(),
            NoGroups => tr::p_no_groups(),
            NoCriteria => tr::p_no_criteria(),
            NoCandidates => tr::p_no_candidates(),
            ScaleOrder { min, max } => tr::p_scale_order(x(*min), x(*max)),
            ScaleStep(s) => tr::p_scale_step(x(*s)),
            ScaleNotWhole { min, max, step } => tr::p_scale_not_whole(x(*min), x(*max), x(*step)),
            NotFinite => tr::p_not_finite(),
            // In scientific form: 1.7e308 written out is 309 digits.
            TooLarge(v) => tr::p_too_large(
                format!("{v:e}"),
                Num::number(super::validate::MAX_MAGNITUDE, 0),
            ),
            LevelOffScale(v) => tr::p_level_off_scale(x(*v)),
            DuplicateLevel(v) => tr::p_duplicate_level(x(*v)),
            WeightNotPositive(w) => tr::p_weight_not_positive(x(*w)),
            NumericNeeds(m) => tr::p_numeric_needs(*m),
            ThresholdNeeded => tr::p_threshold_needed(),
            OnlyForNumeric(m) => tr::p_only_for_numeric(*m),
            ThresholdOutOfRange { value, min, max } => {
                tr::p_threshold_out_of_range(x(*value), x(*min), x(*max))
            }
            MatrixSize { expected, found } => tr::p_matrix_size(*expected, *found),
            MatrixTooLarge(k) => tr::p_matrix_too_large(*k),
            MatrixNotPositive { row, col } => tr::p_matrix_not_positive(row + 1, col + 1),
            MatrixDiagonal { row } => tr::p_matrix_diagonal(row + 1),
            MatrixNotReciprocal { row, col } => {
                tr::p_matrix_not_reciprocal(col + 1, row + 1, row + 1, col + 1)
            }
            BadTimestamp(t) => tr::p_bad_timestamp(t),
            UnknownCriterion(c) => tr::p_unknown_criterion(c),
            UnknownCandidate(c) => tr::p_unknown_candidate(c),
            DuplicateScore {
                criterion,
                candidate,
                first,
            } => tr::p_duplicate_score(criterion, candidate, *first),
            ValueAndNa => tr::p_value_and_na(),
            NoValue => tr::p_no_value(),
            ValueOutOfRange { value, min, max } => {
                tr::p_value_out_of_range(x(*value), x(*min), x(*max))
            }
            ValueOffStep { value, step } => tr::p_value_off_step(x(*value), x(*step)),
            YesNoValue(v) => tr::p_yes_no_value(x(*v)),
            NegativeValue(v) => tr::p_negative_value(x(*v)),
            Incomplete(missing) => {
                let list = missing
                    .iter()
                    .map(|(c, k)| format!("{c} × {k}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                tr::p_incomplete(missing.len(), list)
            }
            SealMissing => tr::p_seal_missing(),
            SealMalformed => tr::p_seal_malformed(),
            SealMismatch => tr::p_seal_mismatch(),
            SealOnDraft => tr::p_seal_on_draft(),
            RevisesItself => tr::p_revises_itself(),
            GradesEmpty => tr::p_grades_empty(),
            GradeOutOfRange(v) => tr::p_grade_out_of_range(x(*v)),
            GradesNotDecreasing { min, previous } => {
                tr::p_grades_not_decreasing(x(*min), x(*previous))
            }
            LastGradeNotZero(v) => tr::p_last_grade_not_zero(x(*v)),
            RepeatedMember {
                member,
                first_line,
                line,
            } => tr::p_repeated_member(member, *first_line, *line),
            SameSession { other } => tr::p_same_session(other),
            DifferentChecklist { other } => tr::p_different_checklist(other),
            DifferentCandidates { other, id, names } => {
                tr::p_different_candidates(id, &names[0], other, &names[1])
            }
            SameCandidateName { first, clash } => {
                tr::p_same_candidate_name(&clash.id, &clash.name, &clash.other_id, first)
            }
            SameNameOtherId { other, clash } => {
                tr::p_same_name_other_id(&clash.id, &clash.name, &clash.other_id, other)
            }
            SameEvaluator {
                other,
                name,
                candidate,
            } => tr::p_same_evaluator(other, name, candidate),
            Review(p) => p.msg(),
            SelfAssessment(p) => p.msg(),
            Category(p) => p.msg(),
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        self.msg().text(lang)
    }
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
    pub fn msg(&self) -> Msg {
        match self.place.msg() {
            Some(place) => tr::located(place, self.problem.msg()),
            None => self.problem.msg(),
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        self.msg().text(lang)
    }
}

/// A file that could not be used, with every problem found in it.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", self.lines(Lang::En).join("\n"))]
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

    /// One message per problem: `FILE: PLACE: what is wrong`.
    pub fn msgs(&self) -> Vec<Msg> {
        self.problems
            .iter()
            .map(|p| tr::in_file(&self.file, p.msg()))
            .collect()
    }

    /// One line per problem: `FILE: PLACE: what is wrong`.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        self.msgs().iter().map(|m| m.text(lang)).collect()
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg().map(|m| m.text(Lang::En)).unwrap_or_default())
    }
}
