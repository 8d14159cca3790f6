//! What the Matrix Lab holds: the operation, the matrices as typed, and the panels open.

use crate::math::matrix::NormKind;
use crate::math::op::Op;

/// The most rows or columns a grid may grow to, by typing, pasting or a link.
pub const MAX_SIDE: usize = 64;

/// The names of the matrices kept on the shelf beside A, B and C.
pub const SHELF_NAMES: [char; 5] = ['D', 'E', 'F', 'G', 'H'];

/// The panels a link can open under the result, by their names in `show=`.
pub const PANELS: [&str; 2] = ["maths", "map"];

/// The cell texts of one matrix, row by row; a cell that is not a number is kept as typed.
pub type Cells = Vec<Vec<String>>;

/// The lab's state as plain data.
#[derive(Clone, Debug, PartialEq)]
pub struct LabFields {
    /// The operation.
    pub op: Op,
    /// A, B and C (C for the identities of `props`).
    pub a: Cells,
    /// The matrix B.
    pub b: Cells,
    /// The matrix C.
    pub c: Cells,
    /// The right-hand side b of Ax = b, one column.
    pub rhs: Cells,
    /// The matrices on the shelf, in alphabetical order of their names (D to H).
    pub shelf: Vec<(char, Cells)>,
    /// The scalar of `scale`, as typed.
    pub k: String,
    /// The row of `row`, the column of `col`, the rank of `lowrank`, from 1, as typed.
    pub i: String,
    /// The norm of `norm`.
    pub norm: NormKind,
    /// Whether "Show the maths" is open.
    pub maths_open: bool,
    /// Whether "A as a map" is open.
    pub map_open: bool,
    /// How far the 3×3 map's view is turned about the vertical axis, in degrees.
    pub turn: i8,
    /// Whether results are shown in decimals even when exact fractions are known.
    pub decimals: bool,
    /// How far the SVD picture has gone, from 0 (the unit circle) through Vᵀ, Σ and U to 3 (A).
    pub stage: f64,
}

impl Default for LabFields {
    fn default() -> Self {
        let cells = |t: &str| cells_from_text(t).expect("the defaults are well formed");
        LabFields {
            op: Op::Matmul,
            a: cells("1,2;3,4"),
            b: cells("5,6;7,8"),
            c: cells("2,0;1,2"),
            rhs: cells("8;13"),
            shelf: Vec::new(),
            k: "2".into(),
            i: "1".into(),
            norm: NormKind::default(),
            maths_open: false,
            map_open: false,
            turn: 0,
            decimals: false,
            stage: 3.0,
        }
    }
}

impl LabFields {
    /// The shelf matrix named `name`, if it is on the shelf.
    pub fn shelved(&self, name: char) -> Option<&Cells> {
        self.shelf.iter().find(|(n, _)| *n == name).map(|(_, c)| c)
    }

    /// Puts `cells` on the shelf as `name`, in its alphabetical place, or takes it off.
    pub fn set_shelved(&mut self, name: char, cells: Option<Cells>) {
        self.shelf.retain(|(n, _)| *n != name);
        if let Some(cells) = cells {
            let at = self.shelf.partition_point(|(n, _)| *n < name);
            self.shelf.insert(at, (name, cells));
        }
    }

    /// The panels open, in the link's form (`maths,map`).
    pub fn show(&self) -> String {
        PANELS
            .into_iter()
            .zip([self.maths_open, self.map_open])
            .filter_map(|(name, open)| open.then_some(name))
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// Reads the link form of a matrix (`1,2;3,4`: rows by `;`, entries by `,`) as cell texts,
/// keeping text that is not a number so the page can mark it. `Err` says why it was refused.
pub fn cells_from_text(text: &str) -> Result<Cells, String> {
    let rows: Cells = text
        .split(';')
        .map(|r| r.split(',').map(|c| c.trim().to_string()).collect())
        .collect();
    let width = rows.first().map_or(0, Vec::len);
    if rows.len() > MAX_SIDE || width > MAX_SIDE {
        return Err(format!("is larger than {MAX_SIDE}×{MAX_SIDE}"));
    }
    if rows.iter().any(|r| r.len() != width) {
        return Err("has rows of different lengths".into());
    }
    Ok(rows)
}

/// The link form of a grid: rows joined by `;`, cells by `,`.
pub fn cells_to_text(cells: &Cells) -> String {
    cells
        .iter()
        .map(|r| r.iter().map(|c| c.trim()).collect::<Vec<_>>().join(","))
        .collect::<Vec<_>>()
        .join(";")
}

/// Reads a vector, written as one row (`8,13`) or one column (`8;13`), as one column.
pub fn vector_from_text(text: &str) -> Result<Cells, String> {
    let cells = cells_from_text(text)?;
    match cells.as_slice() {
        [row] => Ok(row.iter().map(|c| vec![c.clone()]).collect()),
        _ if cells.iter().all(|r| r.len() == 1) => Ok(cells),
        _ => Err("is not one row or one column".into()),
    }
}
