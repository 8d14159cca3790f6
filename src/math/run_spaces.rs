//! The operations of a course's middle weeks, each with its check and explanation: the
//! reduced row echelon form, null and column spaces, QR by Gram–Schmidt, projection onto
//! the column space, and powers of a matrix.

use super::error::MathError;
use super::explain::Explanation;
use super::format::fmt_number;
use super::linalg::elim::{explainable, final_matrix};
use super::linalg::spaces::{self, pivot_columns};
use super::linalg::{self, svd::rank_tolerance};
use super::matrix::{try_square, Matrix, Vector};
use super::outcome::{Check, Factor, Value, CHECK_RTOL};
use super::run::{Inputs, Partial};

/// The largest power `matrix_power` is asked for; past it the entries of any matrix that
/// is not nearly a projection or a rotation overflow or vanish anyway.
pub const MAX_POWER: usize = 100;

fn too_big_to_explain() -> Explanation {
    Explanation::Steps(vec!["Steps are shown for matrices up to 8×8.".to_string()])
}

/// The rank by the singular values, NumPy's count.
fn svd_rank(a: &Matrix) -> Result<usize, MathError> {
    let s = linalg::try_singular_values(a)?;
    let tol = rank_tolerance(&s, a.nrows(), a.ncols());
    Ok(s.iter().filter(|&&x| x > tol).count())
}

fn columns_text(columns: &[usize]) -> String {
    let names: Vec<String> = columns.iter().map(|c| (c + 1).to_string()).collect();
    match names.as_slice() {
        [] => "none".into(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// `Rref`.
pub(crate) fn rref(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    let mut e = spaces::rref(a);
    let r = final_matrix(&e).clone();
    let pivots: Vec<usize> = e.pivots.iter().map(|&(_, c)| c).collect();
    let rank = svd_rank(a)?;
    // The pivots counted by elimination against the rank counted by the singular values:
    // two independent answers to "how many independent rows".
    let differ = pivots.len().abs_diff(rank) as f64;
    e.conclusion = vec![format!(
        "Pivots in column(s) {}: {} pivot(s), so the rank is {}.",
        columns_text(&pivots),
        pivots.len(),
        pivots.len()
    )];
    let explanation = if explainable(a) {
        Explanation::Elimination(e)
    } else {
        too_big_to_explain()
    };
    Ok(Partial::new(Value::Matrix(r))
        .checked(Check::within(
            "pivots counted by elimination − rank from the singular values",
            differ,
            0.0,
        ))
        .explained(explanation))
}

/// `Null`.
pub(crate) fn null(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    let n = a.ncols();
    let (rank, basis) = linalg::spaces::try_null_space(a)?;
    let nullity = basis.ncols();
    let count =
        format!("rank {rank} + nullity {nullity} = {n} columns (the rank–nullity theorem).");
    if nullity == 0 {
        let zero = Vector::zeros(n);
        return Ok(Partial::new(Value::Vector(zero))
            .noted(format!(
                "Only x = 0 solves A·x = 0: the columns of A are independent, so the null space holds the zero vector alone; {count}"
            ))
            .explained(Explanation::Steps(vec![count])));
    }
    let residual = (a * &basis).norm();
    let orthonormal = (basis.transpose() * &basis - Matrix::identity(nullity, nullity)).norm();
    Ok(Partial::new(Value::Matrix(basis))
        .checked(Check::new(
            "max(‖A·N‖ / ‖A‖, ‖NᵀN − I‖)",
            (residual / a.norm().max(f64::MIN_POSITIVE)).max(orthonormal),
            n as f64,
        ))
        .noted(format!(
            "Each column of N solves A·x = 0, and every solution is a combination of them; {count}"
        ))
        .explained(Explanation::Steps(vec![
            "N holds the right singular vectors whose singular values are zero (at or under NumPy's rank tolerance), so the columns are orthonormal.".into(),
            count,
        ])))
}

/// `Colspace`.
pub(crate) fn colspace(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    let pivots = pivot_columns(a);
    let rank = svd_rank(a)?;
    let basis = Matrix::from_fn(a.nrows(), pivots.len().max(1), |i, j| {
        pivots.get(j).map_or(0.0, |&c| a[(i, c)])
    });
    // Every column of A must be a combination of the basis: the least-squares residual of
    // A on the basis, through the basis's own pseudo-inverse.
    let coefficients = linalg::try_pinv(&basis)?;
    let residual = (&basis * (coefficients * a) - a).norm();
    let note = format!(
        "Column(s) {} of A hold the pivots; they span the column space, of dimension {} (rank {rank} by the singular values).",
        columns_text(&pivots),
        pivots.len()
    );
    Ok(Partial::new(Value::Matrix(basis))
        .checked(Check::new(
            "‖B·(B⁺·A) − A‖: every column of A is a combination of the basis B",
            residual,
            a.norm(),
        ))
        .noted(note)
        .explained(Explanation::Steps(vec![
            "Row reduce A; the columns where pivots appear are independent, and every other column is a combination of them.".into(),
            "Those columns of A itself (not of its echelon form) are a basis of the column space.".into(),
        ])))
}

/// `Qr`.
pub(crate) fn qr(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    let gs = linalg::spaces::try_gram_schmidt(a)?;
    let n = a.ncols();
    let back = (&gs.q * &gs.r - a).norm() / a.norm();
    let orthonormal = (gs.q.transpose() * &gs.q - Matrix::identity(n, n)).norm();
    let mut lines = Vec::new();
    for j in 0..n.min(8) {
        let mut line = format!("q{} = (a{}", j + 1, j + 1);
        for i in 0..j {
            line += &format!(" − {}·q{}", fmt_number(gs.r[(i, j)]), i + 1);
        }
        line += &format!(") / {}", fmt_number(gs.r[(j, j)]));
        lines.push(line);
    }
    lines.push(
        "Each rᵢⱼ = qᵢ·aⱼ is how much of aⱼ lies along qᵢ; what is left is normalised.".into(),
    );
    Ok(Partial::new(Value::Factors(vec![
        Factor {
            name: "Q".into(),
            matrix: gs.q,
        },
        Factor {
            name: "R".into(),
            matrix: gs.r,
        },
    ]))
    .checked(Check::new(
        "max(‖Q·R − A‖ / ‖A‖, ‖QᵀQ − I‖)",
        back.max(orthonormal),
        n as f64,
    ))
    .noted("R's diagonal is positive here; NumPy's qr may flip the sign of a column of Q with the same row of R.".into())
    .explained(Explanation::Steps(lines)))
}

fn right_hand_side(inputs: &Inputs) -> Result<&Vector, MathError> {
    inputs
        .vector
        .as_ref()
        .ok_or_else(|| MathError::MissingInput {
            what: "the vector b".to_string(),
        })
}

/// `Proj`.
pub(crate) fn proj(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    let b = right_hand_side(inputs)?;
    let (x, p) = linalg::spaces::try_projection(a, b)?;
    let r = b - &p;
    let perpendicular = (a.transpose() * &r).norm();
    let join = |v: &Vector| {
        v.iter()
            .map(|&x| fmt_number(x))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Ok(Partial::new(Value::Vector(p.clone()))
        .checked(Check::new(
            "‖Aᵀ·(b − p)‖: the residual is perpendicular to every column",
            perpendicular,
            a.norm() * b.norm().max(CHECK_RTOL),
        ))
        .noted(format!(
            "p = A·x̂ is the point of A's column space closest to b; the residual b − p has length {}.",
            fmt_number(r.norm())
        ))
        .explained(Explanation::Steps(vec![
            format!("x̂ = ({}), the least-squares solution of A·x = b", join(&x)),
            format!("p = A·x̂ = ({})", join(&p)),
            format!("r = b − p = ({}), of length {}", join(&r), fmt_number(r.norm())),
            format!(
                "Aᵀ·r = ({}): zero, so r is at a right angle to the column space",
                join(&(a.transpose() * &r))
            ),
        ])))
}

/// `Power`.
pub(crate) fn power(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    try_square("A", a, "A power of a matrix")?;
    let n = inputs.k;
    if n > MAX_POWER {
        return Err(MathError::BadParameter {
            reason: format!("The power n = {n} is larger than {MAX_POWER}; pick a smaller one."),
        });
    }
    let (result, squarings) = spaces::power(a, n);
    if !result.iter().all(|x| x.is_finite()) {
        return Err(MathError::BadParameter {
            reason: format!(
                "The entries of A^{n} grow past the largest number a computer holds (about 1.8e308); try a smaller n."
            ),
        });
    }
    // Independently: n − 1 plain products A·A·…·A, against the squarings. Rounding in a
    // product is bounded by the product of the entries' sizes, so the tolerance scales
    // with ‖|A|ⁿ‖, the power of A's absolute values.
    let mut plain = a.clone();
    for _ in 1..n {
        plain = &plain * a;
    }
    let (absolute, _) = spaces::power(&a.abs(), n);
    let residual = (&result - &plain).norm();
    let scale = absolute.norm() * (n * a.nrows()) as f64;
    let mut lines = vec![format!(
        "A^{n} by repeated squaring: {} product(s) instead of {}.",
        (squarings.len() + n.count_ones() as usize).saturating_sub(1),
        n.saturating_sub(1)
    )];
    if !squarings.is_empty() {
        let powers: Vec<String> = squarings.iter().map(|e| format!("A^{e}")).collect();
        lines.push(format!("Squares: {}", powers.join(", ")));
    }
    Ok(Partial::new(Value::Matrix(result))
        .checked(Check::new("‖A^n by squaring − A·A·…·A‖", residual, scale))
        .explained(Explanation::Steps(lines)))
}
