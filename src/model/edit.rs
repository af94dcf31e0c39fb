//! Changes a checklist's author makes: groups and criteria added, removed, moved, and a level
//! of weights switched between direct weights and an AHP matrix. Every change keeps the
//! pairwise matrices square and in the order of the items they compare, so a checklist edited
//! here never fails validation because of the edit itself.

use super::ahp;
use super::{Checklist, Criterion, Group, Kind, Level, Scale, Text};
use crate::i18n::{Lang, tr};

/// One level of weights: the groups, or the criteria of one group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WeightLevel {
    Groups,
    Criteria(usize),
}

impl Checklist {
    /// A new checklist with one group and one criterion, on a 0–4 scale with the words of
    /// the bundled checklist's ends, ready to be filled in.
    pub fn blank(id: &str, title: Text) -> Checklist {
        let label = |msg: crate::i18n::Msg| Text::Localized {
            vi: Some(msg.text(Lang::Vi)),
            en: Some(msg.text(Lang::En)),
        };
        Checklist {
            format: super::CHECKLIST_FORMAT.into(),
            version: super::FORMAT_VERSION as u32,
            id: id.into(),
            title,
            subject: None,
            categories: None,
            scale: Scale {
                min: 0.0,
                max: 4.0,
                step: 1.0,
                levels: vec![
                    Level {
                        value: 0.0,
                        label: label(tr::level_not_met()),
                    },
                    Level {
                        value: 4.0,
                        label: label(tr::level_fully_met()),
                    },
                ],
            },
            candidates: None,
            grades: None,
            groups: Vec::new(),
            group_pairwise: None,
        }
    }

    /// An id not used by any group or criterion: `prefix` followed by the first free number.
    pub fn fresh_id(&self, prefix: &str) -> String {
        let taken = |id: &str| {
            self.groups
                .iter()
                .any(|g| g.id == id || g.criteria.iter().any(|c| c.id == id))
        };
        (1..)
            .map(|n| format!("{prefix}{n}"))
            .find(|id| !taken(id))
            .expect("some number is free")
    }

    /// A new empty group inserted at `at`; returns its index.
    pub fn add_group(&mut self, at: usize, title: Text) -> usize {
        let at = at.min(self.groups.len());
        let id = self.fresh_id("G");
        self.groups.insert(
            at,
            Group {
                id,
                title,
                source: None,
                weight: None,
                criteria: Vec::new(),
                criteria_pairwise: None,
                applies_to: None,
            },
        );
        if let Some(m) = &mut self.group_pairwise {
            insert_item(m, at);
        }
        at
    }

    pub fn remove_group(&mut self, i: usize) -> Option<Group> {
        if i >= self.groups.len() {
            return None;
        }
        if let Some(m) = &mut self.group_pairwise {
            remove_item(m, i);
        }
        Some(self.groups.remove(i))
    }

    /// Move group `from` to position `to` (both indices in the list as it is now).
    pub fn move_group(&mut self, from: usize, to: usize) {
        let n = self.groups.len();
        if from >= n || to >= n || from == to {
            return;
        }
        let g = self.groups.remove(from);
        self.groups.insert(to, g);
        if let Some(m) = &mut self.group_pairwise {
            move_item(m, from, to);
        }
    }

    /// A new criterion in group `g` at `at`, with an id made from the group's; returns its
    /// index.
    pub fn add_criterion(&mut self, g: usize, at: usize, title: Text) -> Option<usize> {
        let prefix = format!("{}.", self.groups.get(g)?.id);
        let id = self.fresh_id(&prefix);
        self.insert_criterion(
            g,
            at,
            Criterion {
                id,
                title,
                guidance: None,
                source: None,
                weight: None,
                kind: Some(Kind::Scale),
                mandatory: None,
                threshold: None,
                unit: None,
                better: None,
                evidence: None,
                applies_to: None,
            },
        )
    }

    fn insert_criterion(&mut self, g: usize, at: usize, c: Criterion) -> Option<usize> {
        let group = self.groups.get_mut(g)?;
        let at = at.min(group.criteria.len());
        group.criteria.insert(at, c);
        if let Some(m) = &mut group.criteria_pairwise {
            insert_item(m, at);
        }
        Some(at)
    }

    pub fn remove_criterion(&mut self, g: usize, i: usize) -> Option<Criterion> {
        let group = self.groups.get_mut(g)?;
        if i >= group.criteria.len() {
            return None;
        }
        if let Some(m) = &mut group.criteria_pairwise {
            remove_item(m, i);
        }
        Some(group.criteria.remove(i))
    }

    /// Move a criterion to position `to_index` of group `to_group` (which may be its own);
    /// returns where it landed.
    pub fn move_criterion(
        &mut self,
        (g, i): (usize, usize),
        (to_group, to_index): (usize, usize),
    ) -> Option<(usize, usize)> {
        if to_group >= self.groups.len() {
            return None;
        }
        if g == to_group {
            let group = self.groups.get_mut(g)?;
            let n = group.criteria.len();
            if i >= n {
                return None;
            }
            let to = to_index.min(n - 1);
            let c = group.criteria.remove(i);
            group.criteria.insert(to, c);
            if let Some(m) = &mut group.criteria_pairwise {
                move_item(m, i, to);
            }
            return Some((g, to));
        }
        let c = self.remove_criterion(g, i)?;
        let at = self.insert_criterion(to_group, to_index, c)?;
        Some((to_group, at))
    }

    /// The AHP matrix of a level, if it uses one.
    pub fn pairwise(&self, level: WeightLevel) -> Option<&Vec<Vec<f64>>> {
        match level {
            WeightLevel::Groups => self.group_pairwise.as_ref(),
            WeightLevel::Criteria(g) => self.groups.get(g)?.criteria_pairwise.as_ref(),
        }
    }

    pub fn pairwise_mut(&mut self, level: WeightLevel) -> Option<&mut Option<Vec<Vec<f64>>>> {
        match level {
            WeightLevel::Groups => Some(&mut self.group_pairwise),
            WeightLevel::Criteria(g) => Some(&mut self.groups.get_mut(g)?.criteria_pairwise),
        }
    }

    /// The direct weights of a level's items (1 where none is written).
    pub fn direct_weights(&self, level: WeightLevel) -> Vec<f64> {
        match level {
            WeightLevel::Groups => self.groups.iter().map(Group::weight).collect(),
            WeightLevel::Criteria(g) => self
                .groups
                .get(g)
                .map(|g| g.criteria.iter().map(Criterion::weight).collect())
                .unwrap_or_default(),
        }
    }

    /// Switch a level to AHP, starting from the judgements its direct weights imply (each
    /// ratio rounded to Saaty's scale), so nothing jumps; or back to direct weights, keeping
    /// the weights the matrix gave (as percentages with two decimals).
    pub fn set_ahp(&mut self, level: WeightLevel, on: bool) {
        let direct = self.direct_weights(level);
        let current = self.pairwise(level).cloned();
        match (on, current) {
            (true, None) => {
                let m = direct
                    .iter()
                    .map(|wi| {
                        direct
                            .iter()
                            .map(|wj| ahp::nearest_saaty(wi / wj))
                            .collect()
                    })
                    .collect();
                if let Some(slot) = self.pairwise_mut(level) {
                    *slot = Some(m);
                }
            }
            (false, Some(m)) => {
                let weights: Vec<Option<f64>> = ahp::ahp(&m)
                    .weights
                    .iter()
                    .map(|w| Some((w * 10_000.0).round() / 100.0))
                    .collect();
                if let Some(slot) = self.pairwise_mut(level) {
                    *slot = None;
                }
                self.set_direct_weights(level, &weights);
            }
            _ => {}
        }
    }

    fn set_direct_weights(&mut self, level: WeightLevel, weights: &[Option<f64>]) {
        match level {
            WeightLevel::Groups => {
                for (g, w) in self.groups.iter_mut().zip(weights) {
                    g.weight = *w;
                }
            }
            WeightLevel::Criteria(g) => {
                if let Some(g) = self.groups.get_mut(g) {
                    for (c, w) in g.criteria.iter_mut().zip(weights) {
                        c.weight = *w;
                    }
                }
            }
        }
    }

    /// Set the judgement "item `i` against item `j`" to `value`, and its reciprocal.
    pub fn set_judgement(&mut self, level: WeightLevel, i: usize, j: usize, value: f64) {
        if let Some(Some(m)) = self.pairwise_mut(level)
            && i < m.len()
            && j < m.len()
            && i != j
            && value > 0.0
        {
            m[i][j] = value;
            m[j][i] = 1.0 / value;
        }
    }
}

/// A new item compared equally with every other one.
fn insert_item(m: &mut Vec<Vec<f64>>, at: usize) {
    let at = at.min(m.len());
    for row in m.iter_mut() {
        row.insert(at.min(row.len()), 1.0);
    }
    let n = m.len() + 1;
    m.insert(at, vec![1.0; n]);
}

fn remove_item(m: &mut Vec<Vec<f64>>, i: usize) {
    if i < m.len() {
        m.remove(i);
    }
    for row in m.iter_mut() {
        if i < row.len() {
            row.remove(i);
        }
    }
}

fn move_item(m: &mut [Vec<f64>], from: usize, to: usize) {
    let n = m.len();
    if from >= n || to >= n {
        return;
    }
    let mut order: Vec<usize> = (0..n).collect();
    let item = order.remove(from);
    order.insert(to, item);
    let old = m.to_vec();
    for (a, &i) in order.iter().enumerate() {
        for (b, &j) in order.iter().enumerate() {
            m[a][b] = old[i].get(j).copied().unwrap_or(1.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate;

    fn three_groups() -> Checklist {
        let mut c = Checklist::blank("t", "T".into());
        for title in ["A", "B", "C"] {
            let g = c.add_group(usize::MAX, title.into());
            c.add_criterion(g, 0, format!("{title} 1").as_str().into());
        }
        c
    }

    #[test]
    fn a_checklist_built_from_blank_validates() {
        let c = three_groups();
        assert_eq!(validate::checklist(&c, ""), vec![]);
        let ids: Vec<&str> = c.criteria().map(|(_, c)| c.id.as_str()).collect();
        assert_eq!(ids, ["G1.1", "G2.1", "G3.1"]);
    }

    #[test]
    fn moving_a_group_under_ahp_keeps_each_judgement_with_its_pair() {
        let mut c = three_groups();
        c.set_ahp(WeightLevel::Groups, true);
        c.set_judgement(WeightLevel::Groups, 0, 2, 5.0); // A vs C = 5
        c.move_group(0, 2); // order B, C, A
        let m = c.group_pairwise.as_ref().unwrap();
        assert_eq!(m[2][1], 5.0, "A vs C follows A and C");
        assert_eq!(m[1][2], 0.2);
        assert_eq!(validate::checklist(&c, ""), vec![]);
        c.remove_group(1); // C goes
        c.add_group(0, "D".into());
        assert_eq!(c.group_pairwise.as_ref().unwrap().len(), 3);
        assert_eq!(
            validate::checklist(&c, "").len(),
            1,
            "D has no criteria yet"
        );
    }

    #[test]
    fn switching_to_ahp_and_back_keeps_the_weights() {
        let mut c = three_groups();
        for (g, w) in c.groups.iter_mut().zip([4.0, 2.0, 1.0]) {
            g.weight = Some(w);
        }
        c.set_ahp(WeightLevel::Groups, true);
        let m = c.group_pairwise.clone().unwrap();
        assert_eq!(m[0], vec![1.0, 2.0, 4.0]);
        c.set_ahp(WeightLevel::Groups, false);
        assert!(c.group_pairwise.is_none());
        let w: Vec<f64> = c.groups.iter().map(|g| g.weight()).collect();
        assert_eq!(w, vec![57.14, 28.57, 14.29]);
    }

    #[test]
    fn a_criterion_moved_to_another_group_leaves_both_matrices_square() {
        let mut c = three_groups();
        c.add_criterion(0, 1, "A 2".into());
        c.set_ahp(WeightLevel::Criteria(0), true);
        c.set_ahp(WeightLevel::Criteria(1), true);
        assert_eq!(c.move_criterion((0, 1), (1, 0)), Some((1, 0)));
        assert_eq!(c.groups[0].criteria_pairwise.as_ref().unwrap().len(), 1);
        assert_eq!(c.groups[1].criteria_pairwise.as_ref().unwrap().len(), 2);
        assert_eq!(c.groups[1].criteria[0].title, Text::from("A 2"));
        assert_eq!(validate::checklist(&c, ""), vec![]);
    }
}
