//! The solving and decomposing operations of `run`, each with its check and explanation.

use super::error::MathError;
use super::explain::Explanation;
use super::format::{fmt_complex, fmt_number};
use super::linalg::elim::explainable;
use super::linalg::{self, svd::rank_tolerance, SolveMethod};
use super::matrix::{column_matrix, Matrix};
use super::op::Op;
use super::outcome::{Check, Factor, Value, EIGEN_RTOL};
use super::run::{Inputs, Partial};
use super::steps;

/// Above this condition number results lose about log10(cond) digits, which the note says.
pub const ILL_CONDITIONED: f64 = 1e8;

fn too_big_to_explain() -> Explanation {
    Explanation::Steps(vec!["Steps are shown for matrices up to 8×8.".to_string()])
}

fn factor(name: &str, matrix: Matrix) -> Factor {
    Factor {
        name: name.to_string(),
        matrix,
    }
}

fn cond_note(cond: f64) -> Option<String> {
    (cond > ILL_CONDITIONED && cond.is_finite()).then(|| {
        format!(
            "A is ill-conditioned (condition number {}), so expect to lose about {} of the 16 digits.",
            fmt_number(cond),
            cond.log10().round()
        )
    })
}

/// `Det`.
pub(crate) fn det(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    Ok({
        let d = linalg::try_det(a)?;
        let e = if a.nrows() <= 3 {
            Explanation::Cofactor(steps::cofactor(a))
        } else if explainable(a) {
            Explanation::Elimination(steps::det_elimination(a))
        } else {
            too_big_to_explain()
        };
        Partial::new(Value::Scalar(d)).explained(e)
    })
}

/// `Inv`.
pub(crate) fn inv(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    Ok({
        let inv = linalg::try_inv(a)?;
        let n = a.nrows();
        let residual = (a * &inv - Matrix::identity(n, n)).norm();
        let cond = linalg::try_cond(a)?;
        let e = if explainable(a) {
            Explanation::Elimination(steps::inverse_elimination(a))
        } else {
            too_big_to_explain()
        };
        let mut p =
            Partial::new(Value::Matrix(inv))
                .explained(e)
                .checked(Check::growing_with_cond(
                    "‖A·A⁻¹ − I‖ (tolerance scaled by the condition number)",
                    residual,
                    n as f64,
                    cond,
                ));
        p.note = cond_note(cond);
        p
    })
}

/// `Pinv`.
pub(crate) fn pinv(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    let fro = a.norm();
    Ok({
        let pinv = linalg::try_pinv(a)?;
        let residual = (a * &pinv * a - a).norm();
        // One SVD for both condition numbers. The dropped singular values do not enter A⁺,
        // so neither does their 1/σ: the tolerance takes the condition number of the kept.
        let s = linalg::try_singular_values(a)?;
        let cond = if s.min() == 0.0 {
            f64::INFINITY
        } else {
            s.max() / s.min()
        };
        let cutoff = linalg::svd::PINV_RCOND * s.max();
        let kept_cond = s
            .iter()
            .rev()
            .find(|&&x| x > cutoff)
            .map_or(1.0, |&lo| s.max() / lo);
        Partial::new(Value::Matrix(pinv))
                .checked(
                    Check::growing_with_cond(
                        "‖A·A⁺·A − A‖ (tolerance scaled by σ_max / σ_min of the singular values kept)",
                        residual,
                        fro,
                        kept_cond,
                    )
                    .with_cond(cond),
                )
                .explained(Explanation::Steps(vec![
                    "A⁺ = V·Σ⁺·Uᵀ from the SVD A = U·Σ·Vᵀ, where Σ⁺ inverts every singular value above 1e-15·σ_max and keeps zeros as zeros.".into(),
                ]))
    })
}

/// `Rank`.
pub(crate) fn rank(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    Ok({
        let s = linalg::try_singular_values(a)?;
        let tol = rank_tolerance(&s, a.nrows(), a.ncols());
        let rank = s.iter().filter(|&&x| x > tol).count();
        let e = if explainable(a) {
            Explanation::Elimination(steps::rank_elimination(a, rank))
        } else {
            too_big_to_explain()
        };
        let sv: Vec<String> = s.iter().map(|&x| fmt_number(x)).collect();
        let mut p = Partial::new(Value::Count(rank)).explained(e);
        p.note = Some(format!(
            "Singular values {}; {rank} of them exceed NumPy's tolerance σ_max·max(m, n)·ε = {}.",
            sv.join(", "),
            fmt_number(tol)
        ));
        p
    })
}

/// `Cond`.
pub(crate) fn cond(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    Ok({
        let s = linalg::try_singular_values(a)?;
        let c = linalg::try_cond(a)?;
        Partial::new(Value::Scalar(c)).explained(Explanation::Steps(vec![format!(
            "cond A = σ_max / σ_min = {} / {} = {}",
            fmt_number(s.max()),
            fmt_number(s.min()),
            fmt_number(c)
        )]))
    })
}

/// `Svd`.
pub(crate) fn svd(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    Ok({
        let svd = linalg::try_svd(a)?;
        let residual = svd.residual(a);
        let lines = svd
            .s
            .iter()
            .enumerate()
            .map(|(i, &s)| format!("σ{} = {}", i + 1, fmt_number(s)))
            .collect();
        let value = Value::Factors(vec![
            factor("U", svd.u.clone()),
            factor("Σ", svd.sigma()),
            factor("Vᵀ", svd.v_t.clone()),
        ]);
        Partial::new(value)
            .checked(Check::new(
                "max(‖U·Σ·Vᵀ − A‖ / ‖A‖, ‖UᵀU − I‖, ‖VᵀV − I‖)",
                residual,
                1.0,
            ))
            .explained(Explanation::Steps(lines))
    })
}

/// `Lu`.
pub(crate) fn lu(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    let fro = a.norm();
    Ok({
        let f = linalg::try_lu(a)?;
        let residual = (&f.p * a - &f.l * &f.u).norm();
        let e = if explainable(a) {
            Explanation::Elimination(super::linalg::elim::eliminate(a, a.ncols(), false))
        } else {
            too_big_to_explain()
        };
        Partial::new(Value::Factors(vec![
            factor("P", f.p),
            factor("L", f.l),
            factor("U", f.u),
        ]))
        .checked(Check::new("‖P·A − L·U‖", residual, fro))
        .explained(e)
    })
}

/// `LowRank`.
pub(crate) fn low_rank(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    let fro = a.norm();
    Ok({
        let (ak, err) = linalg::try_low_rank(a, inputs.k)?;
        let s = linalg::try_singular_values(a)?;
        let residual =
            ((&ak - a).norm() - s.iter().skip(inputs.k).map(|x| x * x).sum::<f64>().sqrt()).abs();
        Partial::new(Value::Matrix(ak))
            .checked(Check::new(
                "|‖A − A_k‖_F − √(σ_(k+1)² + …)| (Eckart–Young)",
                residual,
                fro,
            ))
            .noted(format!(
                "The best rank-{} approximation; its 2-norm error is σ_(k+1) = {}.",
                inputs.k,
                fmt_number(err)
            ))
    })
}

/// `Cov`.
pub(crate) fn cov(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    let fro = a.norm();
    Ok({
        let c = linalg::try_cov(a)?;
        let symmetric = (&c - c.transpose()).amax();
        Partial::new(Value::Matrix(c))
            .checked(Check::new(
                "‖C − Cᵀ‖ (a covariance is symmetric)",
                symmetric,
                fro * fro,
            ))
            .explained(Explanation::Steps(vec![
                "Subtract each column's mean, then C = Xᵀ·X / (m − 1), rows being samples.".into(),
            ]))
    })
}

/// `Pca`.
pub(crate) fn pca(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    Ok({
        let p = linalg::try_pca(a)?;
        let cov = linalg::try_cov(a)?;
        // Each direction must satisfy C·v = variance·v.
        let residual =
            (&cov * &p.components - &p.components * Matrix::from_diagonal(&p.variances)).norm();
        let ratios: Vec<String> = p
            .explained_ratio
            .iter()
            .map(|r| format!("{:.1}%", r * 100.0))
            .collect();
        let value = Value::Factors(vec![
            factor("variances", column_matrix(&p.variances)),
            factor("components", p.components.clone()),
            factor("scores", p.scores.clone()),
        ]);
        Partial::new(value)
            .checked(Check::new(
                "‖C·V − V·diag(variances)‖",
                residual,
                cov.norm(),
            ))
            .noted(format!(
                "Share of the variance along each direction: {}.",
                ratios.join(", ")
            ))
    })
}

pub(crate) fn solve(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    let b = inputs
        .vector
        .as_ref()
        .ok_or_else(|| MathError::MissingInput {
            what: "the right-hand side b".to_string(),
        })?;
    let sol = linalg::try_solve(a, b)?;
    let scale = a.norm() * sol.x.norm() + b.norm();
    let mut p = Partial::new(Value::Vector(sol.x.clone()));
    match sol.method {
        SolveMethod::Lu => {
            p = p.checked(Check::new("‖A·x − b‖", sol.residual, scale).with_cond(sol.cond));
            p.explanation = if explainable(a) {
                Explanation::Elimination(steps::solve_elimination(a, b))
            } else {
                too_big_to_explain()
            };
            p.note = cond_note(sol.cond);
        }
        SolveMethod::LeastSquares => {
            p.least_squares = true;
            p = p.checked(
                Check::new("‖Aᵀ·(A·x − b)‖", sol.normal_residual, a.norm() * scale)
                    .with_cond(sol.cond),
            );
            let why = if a.nrows() != a.ncols() {
                format!("A is {}×{}, not square", a.nrows(), a.ncols())
            } else {
                format!("A is singular (rank {} of {})", sol.rank, a.ncols())
            };
            p.note = Some(format!(
                "{why}, so this is the least-squares answer x = A⁺·b: it makes ‖A·x − b‖ = {} as small as possible.",
                fmt_number(sol.residual)
            ));
            p.explanation = Explanation::Steps(vec![
                "x = A⁺·b, with A⁺ the pseudo-inverse from the SVD.".into(),
                "Of all x that minimise ‖A·x − b‖, this is the shortest one.".into(),
                format!("‖A·x − b‖ = {}", fmt_number(sol.residual)),
            ]);
        }
    }
    Ok(p)
}

/// `eig`.
pub(crate) fn eig_general(inputs: &Inputs) -> Result<Partial, MathError> {
    eig(Op::Eig, &inputs.a)
}

/// `eigh`.
pub(crate) fn eigh(inputs: &Inputs) -> Result<Partial, MathError> {
    eig(Op::Eigh, &inputs.a)
}

fn eig(op: Op, a: &Matrix) -> Result<Partial, MathError> {
    let eigen = if op == Op::Eigh {
        let (values, vectors) = linalg::try_eigh(a)?;
        linalg::Eigen {
            values: values.iter().map(|&x| linalg::C64::new(x, 0.0)).collect(),
            vectors: vectors.map(|x| linalg::C64::new(x, 0.0)),
        }
    } else {
        linalg::try_eig(a)?
    };
    let residual = eigen.residual(a);
    let e = if a.nrows() == 2 {
        Explanation::CharPoly(steps::char_poly(a))
    } else {
        Explanation::Steps(
            eigen
                .values
                .iter()
                .enumerate()
                .map(|(i, &l)| format!("λ{} = {}", i + 1, fmt_complex(l)))
                .collect(),
        )
    };
    let mut p = Partial::new(Value::Eigen(eigen.clone()))
        .checked(Check::within(
            "max ‖A·v − λ·v‖",
            residual,
            EIGEN_RTOL * a.nrows() as f64 * a.norm(),
        ))
        .explained(e);
    if !eigen.is_real() {
        p.note = Some("A rotates some directions, so some eigenvalues come in complex pairs a ± bi, with complex eigenvectors.".into());
    }
    Ok(p)
}
