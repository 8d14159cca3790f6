//! The eigenpairs of a general real matrix from its real Schur form A = Q·T·Qᵀ.
//!
//! nalgebra gives the Schur form (T quasi-upper-triangular: 1×1 blocks for real eigenvalues,
//! 2×2 blocks for complex pairs) but no eigenvectors of a general matrix. They are found here
//! as LAPACK's `trevc` does: for each eigenvalue λ, solve (T − λI)·y = 0 by back substitution
//! in complex arithmetic, then v = Q·y. That costs O(n²) per vector on top of the O(n³) Schur
//! form, and adds no dependency to the page.

use nalgebra::{DMatrix, DVector, Schur, LU};

use crate::math::matrix::{Matrix, Vector};

use super::eig::C64;

/// How many orthogonal shuffles to try when the Schur iteration stalls.
const SHUFFLES: usize = 3;

/// The eigenpairs (vectors unnormalised, in Schur order); `None` if the Schur iteration
/// stalls even after the shuffles.
pub(crate) fn eigenpairs(a: &Matrix) -> Option<Vec<(C64, DVector<C64>)>> {
    let n = a.nrows();
    let (q, t) = schur_form(a)?;
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
    let ac = a.map(|x| C64::new(x, 0.0));
    let anorm = a.norm();
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
            out.push((lambda, refine(&ac, anorm, lambda, &qc * y)));
        }
    }
    Some(out)
}

/// The real Schur form (Q, T). nalgebra's Francis iteration has no exceptional shifts, so it
/// stalls where the shifts it picks are exactly wrong, as on permutation matrices (the 4×4
/// cyclic shift: eigenvalues ±1, ±i, and every double shift is zero). LAPACK breaks such
/// cycles with an exceptional shift; the same effect here comes from a fixed orthogonal
/// similarity W, which moves the shifts off the cycle and changes neither the eigenvalues nor
/// the backward error: A = W·(Q·T·Qᵀ)·Wᵀ.
fn schur_form(a: &Matrix) -> Option<(Matrix, Matrix)> {
    let n = a.nrows();
    // LAPACK allows 30 iterations per eigenvalue; 100 leaves room, and a stuck iteration
    // becomes an error in well under a second instead of a frozen tab.
    let iterations = 100 * n;
    if let Some(s) = Schur::try_new(a.clone(), f64::EPSILON, iterations) {
        return Some(s.unpack());
    }
    (1..=SHUFFLES).find_map(|k| {
        let w = shuffle(n, k);
        let s = Schur::try_new(w.transpose() * a * &w, f64::EPSILON, iterations)?;
        let (q, t) = s.unpack();
        Some((w * q, t))
    })
}

/// A fixed orthogonal matrix, the product of two Householder reflections along vectors with
/// irregular entries (fractional parts of multiples of the golden ratio), so that no
/// permutation structure survives it. Deterministic: the same matrix gives the same answer.
fn shuffle(n: usize, k: usize) -> Matrix {
    let reflector = |offset: f64| {
        let v = Vector::from_fn(n, |i, _| {
            ((i as f64 + offset) * 0.618_033_988_749_894_9 * k as f64).fract() - 0.5
        });
        let v = &v / v.norm();
        Matrix::identity(n, n) - &v * v.transpose() * 2.0
    };
    reflector(1.0) * reflector(0.5)
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
            let block = [
                [c(i, i) - lambda, c(i, i + 1)],
                [c(i + 1, i), c(i + 1, i + 1) - lambda],
            ];
            let [y0, y1] = solve_2x2(block, [rhs(i, &y), rhs(i + 1, &y)], smin);
            y[i] = y0;
            y[i + 1] = y1;
        }
        // Rescale before the growth from tiny divisors can overflow.
        let big = y.iter().map(|z| z.norm()).fold(0.0, f64::max);
        if big > 1e100 {
            y.unscale_mut(big);
        }
    }
    y
}

/// M·x = r for a 2×2 M by elimination with complete pivoting (LAPACK's `dlaln2`), pivots below
/// `smin` raised to it. Cramer's rule, used before, is not backward stable: when λ is real and
/// close to the complex pair of the block, det M is a small difference of large products, and
/// the eigenvector through it had ‖A·v − λ·v‖ near 1e-8·‖A‖ where 1e-15·‖A‖ is due.
fn solve_2x2(m: [[C64; 2]; 2], r: [C64; 2], smin: f64) -> [C64; 2] {
    let raise = |z: C64| {
        if z.norm() < smin {
            C64::new(smin, 0.0)
        } else {
            z
        }
    };
    let (pi, pj) = [(0, 0), (0, 1), (1, 0), (1, 1)]
        .into_iter()
        .max_by(|&(a, b), &(c, d)| m[a][b].norm().total_cmp(&m[c][d].norm()))
        .expect("four entries");
    let (oi, oj) = (1 - pi, 1 - pj);
    let pivot = raise(m[pi][pj]);
    let l = m[oi][pj] / pivot;
    let second = raise(m[oi][oj] - l * m[pi][oj]);
    let mut x = [C64::new(0.0, 0.0); 2];
    x[oj] = (r[oi] - l * r[pi]) / second;
    x[pj] = (r[pi] - m[pi][oj] * x[oj]) / pivot;
    x
}

/// Up to two steps of inverse iteration on A − λI when v's residual is above n·ε·‖A‖.
/// With the pivoted 2×2 solve, back substitution already meets that on every fixture; this is
/// the guard for what is left, growth through many nearly singular solves above the block.
/// One step from a vector that close brings the residual down to rounding (the computed λ
/// makes A − λI singular to working precision, so the solve's huge answer points along the
/// eigenvector). O(n³) each, and rarely needed.
fn refine(a: &DMatrix<C64>, anorm: f64, lambda: C64, v: DVector<C64>) -> DVector<C64> {
    let n = a.nrows();
    let wanted = n as f64 * f64::EPSILON * anorm;
    let residual = |v: &DVector<C64>| (a * v - v * lambda).norm() / v.norm();
    let mut best_r = residual(&v);
    let mut best = v;
    if best_r <= wanted || !best_r.is_finite() {
        return best;
    }
    // Shifted by ε·‖A‖ off λ so an exactly singular A − λI (λ = 2 of an integer matrix)
    // still factors; that moves the answer by far less than the rounding it removes.
    let mu = lambda + C64::new(f64::EPSILON * anorm, 0.0);
    let mut shifted = a.clone();
    for i in 0..n {
        shifted[(i, i)] -= mu;
    }
    let lu = LU::new(shifted);
    for _ in 0..2 {
        let Some(w) = lu.solve(&best.unscale(best.norm())) else {
            break;
        };
        let r = residual(&w);
        // A NaN from overflow counts as no better.
        if r.partial_cmp(&best_r) != Some(std::cmp::Ordering::Less) {
            break;
        }
        best_r = r;
        best = w.unscale(w.norm());
        if best_r <= wanted {
            break;
        }
    }
    best
}
