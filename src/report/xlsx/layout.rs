//! Where the workbook's cells are. Each sheet that a formula or a native chart refers to has
//! its place here, and both the writer of its cells and the formula or chart that reads them
//! ask the same value, so moving a column moves every reference with it.

use rust_xlsxwriter::utility::row_col_to_cell;

use super::sheet::{column, quoted};
use crate::scoring::{CandidateResult, Results};

/// A rectangle of cells on one sheet (0-based rows and columns, both ends included).
pub(super) struct Range<'a> {
    pub sheet: &'a str,
    pub first_row: u32,
    pub first_col: u16,
    pub last_row: u32,
    pub last_col: u16,
}

impl<'a> Range<'a> {
    /// Column `col` of a sheet's table, from its first row down `rows` rows.
    fn column(sheet: &'a str, col: u16, rows: u32) -> Range<'a> {
        Range {
            sheet,
            first_row: FIRST,
            first_col: col,
            last_row: FIRST + rows - 1,
            last_col: col,
        }
    }

    /// `'Sheet'!$C$2:$C$5`, fixed both ways.
    pub fn absolute(&self) -> String {
        format!(
            "{}!${}${}:${}${}",
            quoted(self.sheet),
            column(self.first_col),
            self.first_row + 1,
            column(self.last_col),
            self.last_row + 1
        )
    }

    /// `'Sheet'!D$2:D$5`, the rows fixed: how the totals have always named a candidate's
    /// column of group scores (kept so the cells' formulas stay the same text).
    pub fn rows_fixed(&self) -> String {
        format!(
            "{}!{}${}:{}${}",
            quoted(self.sheet),
            column(self.first_col),
            self.first_row + 1,
            column(self.last_col),
            self.last_row + 1
        )
    }

    /// The same cells as a native chart's series takes them.
    pub fn chart(&self) -> (&str, u32, u16, u32, u16) {
        (
            self.sheet,
            self.first_row,
            self.first_col,
            self.last_row,
            self.last_col,
        )
    }
}

/// The first row under each sheet's header.
const FIRST: u32 = 1;

/// Each candidate's column position, in the order they were entered (their `order`).
fn positions(by_order: &[&CandidateResult]) -> Vec<usize> {
    by_order.iter().map(|c| c.order).collect()
}

fn position(orders: &[usize], order: usize) -> u16 {
    // Every candidate of the results has its column; an unknown one would be a bug here.
    let k = orders.iter().position(|&o| o == order);
    debug_assert!(k.is_some(), "candidate {order} has no column");
    k.unwrap_or(0) as u16
}

/// Group scores: one row per group, one column per candidate (in entry order).
pub(super) struct Groups {
    pub name: String,
    groups: u32,
    orders: Vec<usize>,
}

impl Groups {
    pub const ID: u16 = 0;
    pub const TITLE: u16 = 1;
    pub const WEIGHT: u16 = 2;
    const FIRST_SCORE: u16 = 3;

    pub fn row(&self, group: usize) -> u32 {
        FIRST + group as u32
    }

    /// The column of the candidate entered `order`-th.
    pub fn score_col(&self, order: usize) -> u16 {
        Self::FIRST_SCORE + position(&self.orders, order)
    }

    fn rows(&self, col: u16) -> Range<'_> {
        Range::column(&self.name, col, self.groups)
    }

    pub fn ids(&self) -> Range<'_> {
        self.rows(Self::ID)
    }

    pub fn weights(&self) -> Range<'_> {
        self.rows(Self::WEIGHT)
    }

    pub fn scores(&self, order: usize) -> Range<'_> {
        self.rows(self.score_col(order))
    }

    /// The header cell with the candidate's name (a chart series' name).
    pub fn heading(&self, order: usize) -> (&str, u32, u16) {
        (&self.name, 0, self.score_col(order))
    }
}

/// Totals: one row per candidate in rank order.
pub(super) struct Totals {
    pub name: String,
    candidates: u32,
}

impl Totals {
    pub const RANK: u16 = 0;
    pub const NAME: u16 = 1;
    pub const TOTAL: u16 = 2;
    pub const QUALIFIED: u16 = 3;
    pub const GRADE: u16 = 4;

    /// The row of the `i`-th candidate in rank order.
    pub fn row(&self, i: usize) -> u32 {
        FIRST + i as u32
    }

    fn rows(&self, col: u16) -> Range<'_> {
        Range::column(&self.name, col, self.candidates)
    }

    pub fn names(&self) -> Range<'_> {
        self.rows(Self::NAME)
    }

    pub fn totals(&self) -> Range<'_> {
        self.rows(Self::TOTAL)
    }
}

/// Criterion scores: one row per criterion, a value and a score column per candidate.
pub(super) struct Criteria {
    orders: Vec<usize>,
}

impl Criteria {
    pub const GROUP: u16 = 0;
    pub const ID: u16 = 1;
    pub const TITLE: u16 = 2;
    pub const WEIGHT: u16 = 3;
    const FIRST_VALUE: u16 = 4;

    pub fn row(&self, criterion: usize) -> u32 {
        FIRST + criterion as u32
    }

    pub fn value_col(&self, order: usize) -> u16 {
        Self::FIRST_VALUE + 2 * position(&self.orders, order)
    }

    pub fn score_col(&self, order: usize) -> u16 {
        self.value_col(order) + 1
    }
}

/// Weights: one row per criterion; its global weight a formula over two cells of its row.
pub(super) struct Weights;

impl Weights {
    pub const GROUP: u16 = 0;
    pub const GROUP_WEIGHT: u16 = 1;
    pub const CRITERION: u16 = 2;
    pub const TITLE: u16 = 3;
    pub const IN_GROUP: u16 = 4;
    pub const GLOBAL: u16 = 5;

    pub fn row(&self, criterion: usize) -> u32 {
        FIRST + criterion as u32
    }

    /// `=B2*E2`: the group's weight times the weight in the group, on row `row`.
    pub fn global(&self, row: u32) -> String {
        format!(
            "={}*{}",
            row_col_to_cell(row, Self::GROUP_WEIGHT),
            row_col_to_cell(row, Self::IN_GROUP)
        )
    }
}

/// The charts sheet: each group's points in each total (rows: candidates in rank order), the
/// table the stacked chart needs, and the four charts below it.
pub(super) struct Charts {
    pub name: String,
    candidates: u32,
}

/// Where a chart goes on the charts sheet.
#[derive(Clone, Copy)]
pub(super) enum Slot {
    TopLeft,
    TopRight,
    BottomLeft,
    BottomRight,
}

impl Charts {
    pub const CANDIDATE: u16 = 0;
    const FIRST_PART: u16 = 1;

    pub fn row(&self, i: usize) -> u32 {
        FIRST + i as u32
    }

    pub fn part_col(&self, group: usize) -> u16 {
        Self::FIRST_PART + group as u16
    }

    fn rows(&self, col: u16) -> Range<'_> {
        Range::column(&self.name, col, self.candidates)
    }

    pub fn names(&self) -> Range<'_> {
        self.rows(Self::CANDIDATE)
    }

    pub fn parts(&self, group: usize) -> Range<'_> {
        self.rows(self.part_col(group))
    }

    pub fn heading(&self, group: usize) -> (&str, u32, u16) {
        (&self.name, 0, self.part_col(group))
    }

    /// The chart's top-left cell: two rows under the table, in two rows of two.
    pub fn anchor(&self, slot: Slot) -> (u32, u16) {
        let top = FIRST + self.candidates + 2;
        match slot {
            Slot::TopLeft => (top, 0),
            Slot::TopRight => (top, 8),
            Slot::BottomLeft => (top + 17, 0),
            Slot::BottomRight => (top + 17, 8),
        }
    }
}

/// Every sheet's place, from the results and the sheets' names in the report's language.
pub(super) struct Layout {
    pub groups: Groups,
    pub totals: Totals,
    pub criteria: Criteria,
    pub weights: Weights,
    pub charts: Charts,
}

/// The names of the sheets that others refer to.
pub(super) struct Names {
    pub totals: String,
    pub groups: String,
    pub charts: String,
}

impl Layout {
    pub fn new(r: &Results, by_order: &[&CandidateResult], names: Names) -> Layout {
        let candidates = r.candidates.len() as u32;
        Layout {
            groups: Groups {
                name: names.groups,
                groups: r.checklist.groups.len() as u32,
                orders: positions(by_order),
            },
            totals: Totals {
                name: names.totals,
                candidates,
            },
            criteria: Criteria {
                orders: positions(by_order),
            },
            weights: Weights,
            charts: Charts {
                name: names.charts,
                candidates,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(orders: Vec<usize>) -> Groups {
        Groups {
            name: "Bob's groups".into(),
            groups: 4,
            orders,
        }
    }

    #[test]
    fn a_range_names_its_quoted_sheet_and_the_rows_under_the_header() {
        let g = groups(vec![0, 1, 2]);
        assert_eq!(g.weights().absolute(), "'Bob''s groups'!$C$2:$C$5");
        assert_eq!(g.scores(1).rows_fixed(), "'Bob''s groups'!E$2:E$5");
        assert_eq!(g.scores(1).chart(), ("Bob's groups", 1, 4, 4, 4));
        assert_eq!(g.heading(2), ("Bob's groups", 0, 5));
    }

    #[test]
    fn a_candidates_column_follows_its_entry_order_not_a_count() {
        // Scoring numbers candidates 0..n today; the column is the candidate's place among
        // those written all the same, so cells, formulas and charts agree whatever the numbers.
        let g = groups(vec![0, 2, 5]);
        assert_eq!([g.score_col(0), g.score_col(2), g.score_col(5)], [3, 4, 5]);
        let c = Criteria {
            orders: vec![0, 2, 5],
        };
        assert_eq!([c.value_col(5), c.score_col(5)], [8, 9]);
        assert_eq!(Weights.global(1), "=B2*E2");
    }
}
