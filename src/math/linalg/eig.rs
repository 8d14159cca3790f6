//! Eigenvalues and unit eigenvectors of any real square matrix, complex ones included.
//!
//! nalgebra gives the real Schur form A = Q·T·Qᵀ (T quasi-upper-triangular: 1×1 blocks for
//! real eigenvalues, 2×2 blocks for complex pairs) but no eigenvectors of a general matrix.
//! They are found here as LAPACK's `trevc` does: for each eigenvalue λ, solve (T − λI)·y = 0 by
//! back substitution in complex arithmetic, then v = Q·y. That costs O(n²) per vector on top
//! of the O(n³) Schur form, and adds no dependency to the page.
//!
//! **Order:** by decreasing |λ|, then decreasing real part, then decreasing imaginary part
//! (so of a conjugate pair, a + bi comes before a − bi).
//!
//! **Sign convention:** every eigenvector has unit 2-norm and is multiplied by the unit
//! complex number that makes its largest entry (by absolute value; the first on ties) real and
//! positive. For a real eigenvector that means its largest entry is positive. NumPy and PyTorch
//! may return the same vectors multiplied by -1 (or by a complex phase).

use nalgebra::{Complex, DMatrix, DVector, Schur};

use crate::math::error::{MathError, GENERAL_LIMIT};
use crate::math::matrix::{try_square, try_validate, Matrix, Vector};
use crate::math::order::{order_by, smallest_first};

/// A complex number in `f64`.
pub type C64 = Complex<f64>;

/// Eigenvalues and eigenvectors of a real square matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct Eigen {
    /// Eigenvalues in the documented order.
    pub values: Vec<C64>,
    /// Unit eigenvectors as columns, in the same order (n×n).
    pub vectors: DMatrix<C64>,
}

impl Eigen {
    /// Whether every eigenvalue is real.
    pub fn is_real(&self) -> bool {
        self.values.iter().all(|z| z.im == 0.0)
    }

    /// The largest residual ‖A·v − λ·v‖ over the pairs.
    pub fn residual(&self, a: &Matrix) -> f64 {
        let ac = a.map(|x| C64::new(x, 0.0));
        (0..self.values.len())
            .map(|k| {
                let v = self.vectors.column(k);
                (&ac * v - v * self.values[k]).norm()
            })
            .fold(0.0, f64::max)
    }
}

/// Eigenvalues and unit eigenvectors of a real square matrix (NumPy's `eig`).
/// An exactly symmetric matrix goes through the symmetric solver, so its eigenvectors are
/// orthonormal even for repeated eigenvalues.
pub fn try_eig(a: &Matrix) -> Result<Eigen, MathError> {
    try_validate("A", a, GENERAL_LIMIT)?;
    let n = try_square("A", a, "Eigenvalues")?;
    let pairs: Vec<(C64, DVector<C64>)> = if a == &a.transpose() {
        let (values, vectors) = symmetric(a)?;
        (0..n)
            .map(|k| {
                (
                    C64::new(values[k], 0.0),
                    vectors.column(k).map(|x| C64::new(x, 0.0)),
                )
            })
            .collect()
    } else {
        general(a, n)?
    };
    let order = order_by(pairs.len(), &|i, j| {
        let (x, y) = (pairs[i].0, pairs[j].0);
        (y.norm(), y.re, y.im)
            .partial_cmp(&(x.norm(), x.re, x.im))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let values = order.iter().map(|&k| pairs[k].0).collect();
    let columns: Vec<DVector<C64>> = order
        .iter()
        .map(|&k| normalise(pairs[k].1.clone()))
        .collect();
    Ok(Eigen {
        values,
        vectors: DMatrix::from_columns(&columns),
    })
}

/// The symmetric eigendecomposition (NumPy's `eigh`): real eigenvalues in increasing order and
/// orthonormal eigenvectors as columns, each with its largest entry positive.
pub fn try_eigh(a: &Matrix) -> Result<(Vector, Matrix), MathError> {
    try_validate("A", a, GENERAL_LIMIT)?;
    let n = try_square("A", a, "The symmetric eigendecomposition")?;
    let scale = a.amax();
    for i in 0..n {
        for j in 0..i {
            // Typed input is symmetric exactly; computed input (AᵀA) within rounding.
            if (a[(i, j)] - a[(j, i)]).abs() > 1e-10 * scale {
                return Err(MathError::BadParameter {
                    reason: format!(
                        "The symmetric eigendecomposition needs a symmetric matrix, but A[{},{}] differs from A[{},{}].",
                        i + 1,
                        j + 1,
                        j + 1,
                        i + 1
                    ),
                });
            }
        }
    }
    let sym = (a + a.transpose()) * 0.5;
    let (values, vectors) = symmetric(&sym)?;
    let order = smallest_first(values.as_slice());
    let values = Vector::from_iterator(n, order.iter().map(|&k| values[k]));
    let columns: Vec<Vector> = order
        .iter()
        .map(|&k| sign_fix(vectors.column(k).into_owned()))
        .collect();
    Ok((values, Matrix::from_columns(&columns)))
}

fn symmetric(a: &Matrix) -> Result<(Vector, Matrix), MathError> {
    symmetric_eigen(a).ok_or_else(|| MathError::NoConvergence {
        what: "The symmetric eigendecomposition".to_string(),
    })
}

/// Eigenvalues (in no particular order) and orthonormal eigenvectors (columns) of a symmetric
/// matrix, by cyclic Jacobi rotations: each rotation zeroes one off-diagonal pair, and sweeps
/// repeat until every off-diagonal entry is below rounding next to its diagonal. Slower than
/// tridiagonal QR for large n (about 4n³ flops a sweep, under ten sweeps), but short, and
/// accurate to the last digits even for tiny eigenvalues, as the Jacobi SVD is. `None` if 60
/// sweeps do not settle.
pub(crate) fn symmetric_eigen(a: &Matrix) -> Option<(Vector, Matrix)> {
    let n = a.nrows();
    let mut a = a.clone();
    let mut v = Matrix::identity(n, n);
    for _sweep in 0..60 {
        let mut rotated = false;
        for p in 0..n {
            for q in p + 1..n {
                let (apq, app, aqq) = (a[(p, q)], a[(p, p)], a[(q, q)]);
                if apq == 0.0 {
                    continue;
                }
                // Negligible beside both diagonal entries: drop it rather than rotate.
                let g = 100.0 * apq.abs();
                if app.abs() + g == app.abs() && aqq.abs() + g == aqq.abs() {
                    a[(p, q)] = 0.0;
                    a[(q, p)] = 0.0;
                    continue;
                }
                rotated = true;
                // The rotation (c, s) = (cos φ, sin φ) with t = tan φ that zeroes a[p][q];
                // τ = s/(1 + c) keeps the updates of the other entries accurate.
                let theta = 0.5 * (aqq - app) / apq;
                let t = if theta.abs() > 1e150 {
                    0.5 / theta
                } else {
                    theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt())
                };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                let tau = s / (1.0 + c);
                a[(p, p)] = app - t * apq;
                a[(q, q)] = aqq + t * apq;
                a[(p, q)] = 0.0;
                a[(q, p)] = 0.0;
                for k in (0..n).filter(|&k| k != p && k != q) {
                    let (akp, akq) = (a[(k, p)], a[(k, q)]);
                    a[(k, p)] = akp - s * (akq + tau * akp);
                    a[(k, q)] = akq + s * (akp - tau * akq);
                    a[(p, k)] = a[(k, p)];
                    a[(q, k)] = a[(k, q)];
                }
                for k in 0..n {
                    let (vkp, vkq) = (v[(k, p)], v[(k, q)]);
                    v[(k, p)] = vkp - s * (vkq + tau * vkp);
                    v[(k, q)] = vkq + s * (vkp - tau * vkq);
                }
            }
        }
        if !rotated {
            return Some((a.diagonal(), v));
        }
    }
    None
}

fn sign_fix(v: Vector) -> Vector {
    let lead = v.iter().fold(
        0.0f64,
        |best, &x| if x.abs() > best.abs() { x } else { best },
    );
    if lead < 0.0 {
        -v
    } else {
        v
    }
}

/// Unit length, then the phase that makes the largest entry real and positive.
fn normalise(v: DVector<C64>) -> DVector<C64> {
    let norm = v.norm();
    let v = if norm > 0.0 { v.unscale(norm) } else { v };
    let max = v.iter().map(|z| z.norm()).fold(0.0, f64::max);
    // The first entry within rounding of the largest, so ties (|1| vs |−i|) break the same way always.
    let lead = v
        .iter()
        .find(|z| z.norm() >= max * (1.0 - 1e-9))
        .copied()
        .unwrap_or(C64::new(1.0, 0.0));
    if lead.norm() == 0.0 {
        return v;
    }
    let phase = lead.conj() / lead.norm();
    let mut v = v * phase;
    // The rotation leaves rounding-level imaginary noise on real vectors; the lead entry is exact.
    if let Some(k) = v.iter().position(|z| z.norm() >= max * (1.0 - 1e-9)) {
        v[k] = C64::new(v[k].norm(), 0.0);
    }
    v
}

/// The eigenvalues of the 2×2 block [[a, b], [c, d]].
fn block_eigenvalues(a: f64, b: f64, c: f64, d: f64) -> (C64, C64) {
    let mean = (a + d) / 2.0;
    let disc = ((a - d) / 2.0).powi(2) + b * c;
    if disc >= 0.0 {
        let r = disc.sqrt();
        (C64::new(mean + r, 0.0), C64::new(mean - r, 0.0))
    } else {
        let r = (-disc).sqrt();
        (C64::new(mean, r), C64::new(mean, -r))
    }
}

fn general(a: &Matrix, n: usize) -> Result<Vec<(C64, DVector<C64>)>, MathError> {
    // LAPACK allows 30 iterations per eigenvalue; 100 leaves room, and a stuck iteration
    // becomes an error in well under a second instead of a frozen tab.
    let schur = Schur::try_new(a.clone(), f64::EPSILON, 100 * n).ok_or_else(|| {
        MathError::NoConvergence {
            what: "The eigenvalue iteration".to_string(),
        }
    })?;
    let (q, t) = schur.unpack();
    // Block starts and sizes of the quasi-triangular T.
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < n {
        let size = if i + 1 < n && t[(i + 1, i)] != 0.0 {
            2
        } else {
            1
        };
        blocks.push((i, size));
        i += size;
    }
    let tnorm = t.amax();
    let qc = q.map(|x| C64::new(x, 0.0));
    let mut out = Vec::with_capacity(n);
    for (bi, &(p, size)) in blocks.iter().enumerate() {
        let lambdas = if size == 1 {
            vec![C64::new(t[(p, p)], 0.0)]
        } else {
            let (l1, l2) =
                block_eigenvalues(t[(p, p)], t[(p, p + 1)], t[(p + 1, p)], t[(p + 1, p + 1)]);
            vec![l1, l2]
        };
        for lambda in lambdas {
            let y = back_substitute(&t, &blocks[..bi], p, size, lambda, tnorm);
            out.push((lambda, &qc * y));
        }
    }
    Ok(out)
}

/// Solves (T − λI)·y = 0 with y zero below the block at `p` and fixed inside it, going up
/// through the `above` blocks. Near-zero divisors are replaced by a tiny one, as LAPACK does,
/// which makes repeated eigenvalues of a defective matrix give nearly parallel vectors.
fn back_substitute(
    t: &Matrix,
    above: &[(usize, usize)],
    p: usize,
    size: usize,
    lambda: C64,
    tnorm: f64,
) -> DVector<C64> {
    let n = t.nrows();
    let c = |i: usize, j: usize| C64::new(t[(i, j)], 0.0);
    let mut smin = f64::EPSILON * (lambda.re.abs() + lambda.im.abs()).max(tnorm);
    if smin == 0.0 {
        smin = 1.0;
    }
    let guard = |z: C64| {
        if z.norm() < smin {
            C64::new(smin, 0.0)
        } else {
            z
        }
    };
    let mut y = DVector::from_element(n, C64::new(0.0, 0.0));
    if size == 1 {
        y[p] = C64::new(1.0, 0.0);
    } else {
        let (a, b, cc, d) = (c(p, p), c(p, p + 1), c(p + 1, p), c(p + 1, p + 1));
        // Either row of (B − λI)·z = 0 gives a null vector; take the better-scaled one.
        let v1 = (b, lambda - a);
        let v2 = (lambda - d, cc);
        let n1 = v1.0.norm() + v1.1.norm();
        let n2 = v2.0.norm() + v2.1.norm();
        let (z0, z1) = if n1 >= n2 && n1 > 0.0 {
            v1
        } else if n2 > 0.0 {
            v2
        } else {
            (C64::new(1.0, 0.0), C64::new(0.0, 0.0))
        };
        y[p] = z0;
        y[p + 1] = z1;
    }
    let end = p + size;
    for &(i, s) in above.iter().rev() {
        let rhs = |r: usize, y: &DVector<C64>| -> C64 {
            -(i + s..end).map(|j| c(r, j) * y[j]).sum::<C64>()
        };
        if s == 1 {
            y[i] = rhs(i, &y) / guard(c(i, i) - lambda);
        } else {
            let (r0, r1) = (rhs(i, &y), rhs(i + 1, &y));
            let (a, b, cc, d) = (
                c(i, i) - lambda,
                c(i, i + 1),
                c(i + 1, i),
                c(i + 1, i + 1) - lambda,
            );
            let det = guard(a * d - b * cc);
            y[i] = (r0 * d - b * r1) / det;
            y[i + 1] = (a * r1 - cc * r0) / det;
        }
        // Rescale before the growth from tiny divisors can overflow.
        let big = y.iter().map(|z| z.norm()).fold(0.0, f64::max);
        if big > 1e100 {
            y.unscale_mut(big);
        }
    }
    y
}
