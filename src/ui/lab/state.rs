//! The lab's state as signals, made from and read back into [`LabFields`], its plain form.

use leptos::prelude::*;

use super::grid::Grid;
use crate::math::matrix::NormKind;
use crate::math::op::Op;
use crate::state::lab::{Cells, LabFields, SHELF_NAMES};

/// Everything the person set in the lab, as signals; [`LabFields`] is the same as plain data.
#[derive(Clone, Copy)]
pub struct LabState {
    /// The matrix A.
    pub a: Grid,
    /// The matrix B.
    pub b: Grid,
    /// The matrix C, for the identities of `props`.
    pub c: Grid,
    /// The right-hand side b of Ax = b.
    pub rhs: Grid,
    /// Matrices D to H, one grid each whether on the shelf or not, in [`SHELF_NAMES`] order.
    pub shelf_grids: [Grid; SHELF_NAMES.len()],
    /// The names of the matrices on the shelf, in alphabetical order.
    pub shelved: RwSignal<Vec<char>>,
    /// The operation.
    pub op: RwSignal<Op>,
    /// The scalar of `scale`, as typed.
    pub scalar: RwSignal<String>,
    /// The row, column or rank of `row`, `col`, `lowrank`, as typed.
    pub index: RwSignal<String>,
    /// The norm of `norm`.
    pub norm: RwSignal<NormKind>,
    /// The result entry the person points at, 0-based, for "how did this come about".
    pub pointed: RwSignal<Option<(usize, usize)>>,
    /// Whether "Show the maths" is open.
    pub maths_open: RwSignal<bool>,
    /// Whether "A as a map" (of the plane or of space) is open.
    pub map_open: RwSignal<bool>,
    /// How far "A as a map of space" turns its view about the vertical axis, in degrees.
    pub map_turn: RwSignal<i8>,
    /// Whether results are shown in decimals even when exact fractions are known.
    pub decimals: RwSignal<bool>,
    /// How far the SVD picture has gone, from 0 to 3.
    pub stage: RwSignal<f64>,
}

impl LabState {
    /// Signals holding `f`.
    pub fn new(f: LabFields) -> Self {
        let grid = |name: char, cells: &Cells| Grid::new(name, cells.clone());
        LabState {
            a: grid('A', &f.a),
            b: grid('B', &f.b),
            c: grid('C', &f.c),
            rhs: Grid {
                vector: true,
                ..grid('b', &f.rhs)
            },
            shelf_grids: SHELF_NAMES.map(|name| {
                let zero = vec![vec!["0".to_string()]];
                grid(name, f.shelved(name).unwrap_or(&zero))
            }),
            shelved: RwSignal::new(f.shelf.iter().map(|(name, _)| *name).collect()),
            op: RwSignal::new(f.op),
            scalar: RwSignal::new(f.k),
            index: RwSignal::new(f.i),
            norm: RwSignal::new(f.norm),
            pointed: RwSignal::new(None),
            maths_open: RwSignal::new(f.maths_open),
            map_open: RwSignal::new(f.map_open),
            map_turn: RwSignal::new(f.turn),
            decimals: RwSignal::new(f.decimals),
            stage: RwSignal::new(f.stage),
        }
    }

    /// The signals' values as plain data; a reactive read of every one.
    pub fn fields(&self) -> LabFields {
        LabFields {
            op: self.op.get(),
            a: self.a.cells.get(),
            b: self.b.cells.get(),
            c: self.c.cells.get(),
            rhs: self.rhs.cells.get(),
            shelf: self
                .shelved
                .get()
                .into_iter()
                .map(|name| (name, self.shelf_grid(name).cells.get()))
                .collect(),
            k: self.scalar.get(),
            i: self.index.get(),
            norm: self.norm.get(),
            maths_open: self.maths_open.get(),
            map_open: self.map_open.get(),
            turn: self.map_turn.get(),
            decimals: self.decimals.get(),
            stage: self.stage.get(),
        }
    }

    /// The grid of shelf matrix `name` (one of [`SHELF_NAMES`]).
    pub fn shelf_grid(&self, name: char) -> Grid {
        let at = SHELF_NAMES
            .iter()
            .position(|&n| n == name)
            .expect("shelf names are D to H");
        self.shelf_grids[at]
    }
}
