//! 3-D tensors (a×b×c) for the lesson on tensors: a stack of matrices, sliced along any axis.

use super::error::{MathError, PRODUCT_LIMIT};
use super::format::{fmt_exact, to_list_literal};
use super::matrix::Matrix;
use super::parse::{parse_nested, parse_number, Node};

/// A 3-D array of `f64` in row-major (C) order, as NumPy stores `np.zeros((a, b, c))`.
#[derive(Clone, Debug, PartialEq)]
pub struct Tensor3 {
    shape: [usize; 3],
    data: Vec<f64>,
}

/// The most entries a tensor may hold (as many as the largest product matrix).
pub const TENSOR_LIMIT: usize = PRODUCT_LIMIT * PRODUCT_LIMIT;

impl Tensor3 {
    /// A tensor of the given shape from a function of (i, j, k).
    pub fn from_fn(shape: [usize; 3], mut f: impl FnMut(usize, usize, usize) -> f64) -> Tensor3 {
        let mut data = Vec::with_capacity(shape.iter().product());
        for i in 0..shape[0] {
            for j in 0..shape[1] {
                for k in 0..shape[2] {
                    data.push(f(i, j, k));
                }
            }
        }
        Tensor3 { shape, data }
    }

    /// A tensor of zeros.
    pub fn zeros(shape: [usize; 3]) -> Tensor3 {
        Tensor3::from_fn(shape, |_, _, _| 0.0)
    }

    /// Stacks matrices of one shape along axis 0: `np.stack(matrices)`.
    pub fn try_stack(matrices: &[Matrix]) -> Result<Tensor3, MathError> {
        let first = matrices.first().ok_or(MathError::Empty {
            name: "T".to_string(),
        })?;
        if let Some((i, m)) = matrices
            .iter()
            .enumerate()
            .find(|(_, m)| m.shape() != first.shape())
        {
            return Err(MathError::BadParameter {
                reason: format!(
                    "Slice {} is {}×{} but slice 1 is {}×{}; every slice of a tensor needs the same shape.",
                    i + 1,
                    m.nrows(),
                    m.ncols(),
                    first.nrows(),
                    first.ncols()
                ),
            });
        }
        Ok(Tensor3::from_fn(
            [matrices.len(), first.nrows(), first.ncols()],
            |i, j, k| matrices[i][(j, k)],
        ))
    }

    /// The shape (a, b, c).
    pub fn shape(&self) -> [usize; 3] {
        self.shape
    }

    fn offset(&self, i: usize, j: usize, k: usize) -> usize {
        (i * self.shape[1] + j) * self.shape[2] + k
    }

    /// The entry at 0-based (i, j, k); `None` outside the tensor.
    pub fn get(&self, i: usize, j: usize, k: usize) -> Option<f64> {
        (i < self.shape[0] && j < self.shape[1] && k < self.shape[2])
            .then(|| self.data[self.offset(i, j, k)])
    }

    /// Sets the entry at 0-based (i, j, k); `false` outside the tensor.
    pub fn set(&mut self, i: usize, j: usize, k: usize, x: f64) -> bool {
        let inside = i < self.shape[0] && j < self.shape[1] && k < self.shape[2];
        if inside {
            let o = self.offset(i, j, k);
            self.data[o] = x;
        }
        inside
    }

    /// The matrix with index `index` (0-based) fixed on `axis` (0, 1 or 2), as NumPy's
    /// `T[index]`, `T[:, index]`, `T[:, :, index]`: the remaining axes stay in order.
    pub fn try_slice(&self, axis: usize, index: usize) -> Result<Matrix, MathError> {
        if axis > 2 {
            return Err(MathError::BadParameter {
                reason: format!("A tensor has axes 0, 1 and 2, not {axis}."),
            });
        }
        if index >= self.shape[axis] {
            return Err(MathError::OutOfRange {
                name: "T".to_string(),
                axis: ["slice", "row", "column"][axis],
                index: index + 1,
                count: self.shape[axis],
            });
        }
        let [a, b, c] = self.shape;
        Ok(match axis {
            0 => Matrix::from_fn(b, c, |j, k| self.data[self.offset(index, j, k)]),
            1 => Matrix::from_fn(a, c, |i, k| self.data[self.offset(i, index, k)]),
            _ => Matrix::from_fn(a, b, |i, j| self.data[self.offset(i, j, index)]),
        })
    }

    /// The NumPy literal, `np.array([[[...]]])`.
    pub fn to_numpy(&self) -> String {
        let slices: Vec<String> = (0..self.shape[0])
            .map(|i| {
                self.try_slice(0, i)
                    .map(|m| to_list_literal(&m, false))
                    .unwrap_or_default()
            })
            .collect();
        format!("np.array([{}])", slices.join(", "))
    }

    /// Every entry, in row-major order, written exactly.
    pub fn to_exact_list(&self) -> Vec<String> {
        self.data.iter().map(|&x| fmt_exact(x)).collect()
    }
}

/// Reads a 3-D literal (`[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]`, `np.array(...)`, `torch.tensor(...)`).
pub fn parse_tensor(text: &str) -> Result<Tensor3, MathError> {
    let syntax = |reason: &str| MathError::Syntax {
        name: "T".to_string(),
        reason: reason.to_string(),
    };
    let node = parse_nested("T", text)?;
    let Node::List(slices) = node else {
        return Err(syntax("expected a list"));
    };
    let mut matrices = Vec::with_capacity(slices.len());
    for (s, slice) in slices.iter().enumerate() {
        let Node::List(rows) = slice else {
            return Err(syntax("a tensor needs three levels of brackets"));
        };
        let mut grid = Vec::with_capacity(rows.len());
        for (r, row) in rows.iter().enumerate() {
            let Node::List(items) = row else {
                return Err(syntax("a tensor needs three levels of brackets"));
            };
            let mut values = Vec::with_capacity(items.len());
            for (c, item) in items.iter().enumerate() {
                let Node::Num(t) = item else {
                    return Err(syntax("a tensor has exactly three levels of brackets"));
                };
                let x = parse_number(t).ok_or_else(|| MathError::BadNumber {
                    name: format!("T[{}]", s + 1),
                    row: r,
                    col: c,
                    text: t.clone(),
                })?;
                if !x.is_finite() {
                    return Err(MathError::NotFinite {
                        name: format!("T[{}]", s + 1),
                        row: r,
                        col: c,
                    });
                }
                values.push(x);
            }
            grid.push(values);
        }
        let m = super::matrix::try_from_rows(&grid)
            .ok_or_else(|| syntax("the rows of a slice differ in length or are empty"))?;
        matrices.push(m);
    }
    let t = Tensor3::try_stack(&matrices)?;
    if t.data.len() > TENSOR_LIMIT {
        return Err(syntax("it is too large"));
    }
    Ok(t)
}
