//! The lab's computation: reading the grids into inputs (in fractions too, when they are),
//! running the operation, and doing it again on every edit, or once typing pauses for large
//! inputs.

use leptos::prelude::*;

use super::grid::{cell_problem, Grid};
use super::LabState;
use crate::math::exact::{answer, parse_q, ExactInputs, QMatrix};
use crate::math::op::Op;
use crate::math::outcome::Outcome;
use crate::math::parse::parse_cells;
use crate::math::run::{run, Inputs};

/// The result on screen, and whether it is from before the last edit.
#[derive(Clone, Debug)]
pub struct Shown {
    /// The result.
    pub outcome: Outcome,
    /// Whether an edit since made the inputs invalid.
    pub stale: bool,
}

/// What the operation gave: the outcome, or the problems, each a sentence.
pub type Computed = Result<Outcome, Vec<String>>;

fn read_grid(grid: &Grid, problems: &mut Vec<String>) -> Option<crate::math::matrix::Matrix> {
    let name = grid.label();
    let before = problems.len();
    grid.cells.with(|cells| {
        for (i, row) in cells.iter().enumerate() {
            for (j, t) in row.iter().enumerate() {
                let Some(why) = cell_problem(t) else { continue };
                let t = t.trim();
                let shown = &t[..t.char_indices().nth(20).map_or(t.len(), |(at, _)| at)];
                problems.push(if shown.is_empty() {
                    format!("{} {why}.", grid.cell_label(i, j))
                } else {
                    format!("{} “{shown}” {why}.", grid.cell_label(i, j))
                });
            }
        }
    });
    if problems.len() > before {
        return None;
    }
    match grid.cells.with(|cells| parse_cells(&name, cells)) {
        Ok(m) => Some(m),
        Err(e) => {
            problems.push(e.to_string());
            None
        }
    }
}

/// A grid's matrix, when every cell reads as a number; read without tracking the cells.
pub(super) fn operand(grid: &Grid) -> Option<crate::math::matrix::Matrix> {
    grid.cells
        .with_untracked(|cells| parse_cells(&grid.label(), cells))
        .ok()
}

fn compute(lab: &LabState) -> Computed {
    let op = lab.op.get();
    let mut problems = Vec::new();
    let a = read_grid(&lab.a, &mut problems);
    let b = op
        .needs_b()
        .then(|| read_grid(&lab.b, &mut problems))
        .flatten();
    let c = op
        .uses_c()
        .then(|| read_grid(&lab.c, &mut problems))
        .flatten();
    let rhs = op
        .needs_vector()
        .then(|| read_grid(&lab.rhs, &mut problems))
        .flatten();
    let scalar = if op.needs_scalar() {
        let text = lab.scalar.get();
        match crate::math::parse::parse_number(&text) {
            Some(k) if k.is_finite() => k,
            _ => {
                problems.push(format!(
                    "The scalar k “{}” is not a finite number.",
                    text.trim()
                ));
                0.0
            }
        }
    } else {
        2.0
    };
    let index = if op.needs_index() {
        let text = lab.index.get();
        match text.trim().parse::<usize>() {
            Ok(k) if k >= 1 => k,
            _ => {
                problems.push(format!(
                    "k “{}” must be a whole number from 1 up.",
                    text.trim()
                ));
                1
            }
        }
    } else {
        1
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let Some(a) = a else {
        return Err(problems);
    };
    let mut inputs = Inputs::new(a);
    inputs.b = b;
    inputs.c = c;
    inputs.vector = rhs.map(|m| nalgebra::DVector::from_iterator(m.len(), m.iter().copied()));
    inputs.scalar = scalar;
    inputs.k = index;
    inputs.norm = lab.norm.get();
    let mut outcome = run(op, &inputs).map_err(|e| vec![e.to_string()])?;
    outcome.exact = exact_inputs(lab, op, index).and_then(|e| answer(op, &e, &outcome.value));
    Ok(outcome)
}

/// The inputs in fractions, when every cell the operation reads is an integer, a fraction
/// or a short decimal.
fn exact_inputs(lab: &LabState, op: Op, k: usize) -> Option<ExactInputs> {
    let read = |grid: &Grid| grid.cells.with(|c| QMatrix::from_cells(c));
    let a = read(&lab.a)?;
    let b = if op.needs_b() {
        Some(read(&lab.b)?)
    } else {
        None
    };
    let rhs = if op.needs_vector() {
        Some(read(&lab.rhs)?.as_slice().to_vec())
    } else {
        None
    };
    let scalar = if op.needs_scalar() {
        Some(parse_q(&lab.scalar.get())?)
    } else {
        None
    };
    Some(ExactInputs {
        a,
        b,
        rhs,
        scalar,
        k,
    })
}

/// Operands with more cells than this are computed again after a pause in typing rather
/// than on every key: a 64×64 decomposition takes long enough to make typing stutter.
const INSTANT_CELLS: usize = 256;
/// The pause, after the last edit, before large operands are computed again.
const SETTLE_MS: u64 = 150;

/// Reads every input the operation uses, so an effect calling it reruns on any edit, and
/// counts the cells of those inputs.
fn track_inputs(lab: &LabState) -> usize {
    let op = lab.op.get();
    lab.scalar.track();
    lab.index.track();
    lab.norm.track();
    let size = |grid: &Grid| grid.cells.with(|c| c.iter().map(Vec::len).sum::<usize>());
    let mut cells = size(&lab.a);
    for (used, grid) in [
        (op.needs_b(), &lab.b),
        (op.uses_c(), &lab.c),
        (op.needs_vector(), &lab.rhs),
    ] {
        if used {
            cells += size(grid);
        }
    }
    cells
}

/// The operation's result, computed again on every edit of small inputs and once typing
/// pauses for large ones, so the caret never waits on the maths. The counter says how many
/// times it was computed; the page shows it as `data-runs` for the tests to read.
pub(super) fn settled_computation(lab: LabState) -> (Memo<Computed>, StoredValue<u32>) {
    let due = RwSignal::new(0u64);
    let pending = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    Effect::new(move |seen: Option<()>| {
        let cells = track_inputs(&lab);
        if seen.is_none() {
            return; // the memo computes the opening state itself
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        if cells <= INSTANT_CELLS {
            due.update(|n| *n += 1);
        } else {
            let handle = leptos::leptos_dom::helpers::set_timeout_with_handle(
                move || due.update(|n| *n += 1),
                std::time::Duration::from_millis(SETTLE_MS),
            );
            pending.set_value(handle.ok());
        }
    });
    let runs = StoredValue::new(0u32);
    let computed = Memo::new_with_compare(
        move |_| {
            due.track();
            runs.update_value(|n| *n += 1);
            untrack(|| compute(&lab))
        },
        |_, _| true,
    );
    (computed, runs)
}
