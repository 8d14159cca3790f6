//! The lab's part of the share link: read once at start, written on every change.

use leptos::prelude::*;

use super::grid::{Cells, Grid, MAX_SIDE};
use super::shelf::SHELF_NAMES;
use super::LabState;
use crate::math::matrix::NormKind;
use crate::math::op::Op;
use crate::ui::shell::Shell;

/// Reads a matrix field (`1,2;3,4`) as cell texts, keeping any text that is not a number
/// so the page can mark it. `Err` says why the field was ignored.
fn cells_from_link(name: &str, text: &str) -> Result<Cells, String> {
    let rows: Cells = text
        .split(';')
        .map(|r| r.split(',').map(|c| c.trim().to_string()).collect())
        .collect();
    let width = rows.first().map_or(0, Vec::len);
    if rows.len() > MAX_SIDE || width > MAX_SIDE {
        return Err(format!(
            "{name} in the link is larger than {MAX_SIDE}×{MAX_SIDE}, so the default {name} is shown"
        ));
    }
    if rows.iter().any(|r| r.len() != width) {
        return Err(format!(
            "the rows of {name} in the link have different lengths, so the default {name} is shown"
        ));
    }
    Ok(rows)
}

/// The link form of a grid: rows joined by `;`, cells by `,`; a vector as one column.
fn cells_to_link(cells: &Cells) -> String {
    cells
        .iter()
        .map(|r| r.iter().map(|c| c.trim()).collect::<Vec<_>>().join(","))
        .collect::<Vec<_>>()
        .join(";")
}

fn grid_from_link(shell: Shell, name: char, default: &str, vector: bool) -> Grid {
    let field = name.to_string();
    let text = shell
        .link
        .with_untracked(|l| l.get(&field).map(str::to_string));
    let cells = match text.map(|t| cells_from_link(&field, &t)) {
        Some(Ok(cells)) if vector && cells.len() == 1 => {
            cells[0].iter().map(|c| vec![c.clone()]).collect()
        }
        Some(Ok(cells)) if !vector || cells.iter().all(|r| r.len() == 1) => cells,
        Some(Ok(_)) => {
            shell.link_notes.update(|n| {
                n.push(format!(
                    "{name} in the link is not a vector, so the default is shown"
                ))
            });
            cells_from_link(&field, default).unwrap_or_default()
        }
        Some(Err(why)) => {
            shell.link_notes.update(|n| n.push(why));
            cells_from_link(&field, default).unwrap_or_default()
        }
        None => cells_from_link(&field, default).unwrap_or_default(),
    };
    let grid = Grid::new(name, cells);
    Grid { vector, ..grid }
}

/// The lab's state as the opening link gives it, with the lessons' first example as defaults.
pub fn initial_state(shell: Shell) -> LabState {
    let get = |k: &str| shell.link.with_untracked(|l| l.get(k).map(str::to_string));
    let op = match get("op") {
        None => Op::Matmul,
        Some(name) => Op::from_name(&name).unwrap_or_else(|| {
            let shown: String = name.chars().take(30).collect();
            shell.link_notes.update(|n| {
                n.push(format!(
                    "“{shown}” is not an operation Eigenplay knows, so the matrix product is shown"
                ))
            });
            Op::Matmul
        }),
    };
    let norm = get("norm")
        .and_then(|n| NormKind::from_name(&n))
        .unwrap_or_default();
    let shelf = SHELF_NAMES
        .into_iter()
        .filter(|name| get(&name.to_string()).is_some())
        .map(|name| grid_from_link(shell, name, "0", false))
        .collect();
    let beyond: Vec<String> = ('I'..='Z')
        .map(String::from)
        .filter(|name| get(name).is_some())
        .collect();
    if !beyond.is_empty() {
        shell.link_notes.update(|n| {
            n.push(format!(
                "the lab holds matrices A to H, so {} in the link {} ignored",
                beyond.join(", "),
                if beyond.len() == 1 { "was" } else { "were" }
            ))
        });
    }
    let show = get("show").unwrap_or_default();
    let panels: Vec<&str> = show
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let unknown: Vec<&str> = panels
        .iter()
        .copied()
        .filter(|p| !PANELS.contains(p))
        .collect();
    if !unknown.is_empty() {
        let shown: String = unknown.join(", ").chars().take(30).collect();
        shell.link_notes.update(|n| {
            n.push(format!(
                "show=“{shown}” names no panel of the lab (it has maths and map)"
            ))
        });
    }
    let open = |name: &str| panels.contains(&name);
    let maths_open = RwSignal::new(open("maths"));
    let map_open = RwSignal::new(open("map"));
    let turn = get("turn").map_or(Some(0), |t| {
        t.parse::<i8>().ok().filter(|t| (-90..=90).contains(t))
    });
    if turn.is_none() {
        let shown: String = get("turn").unwrap_or_default().chars().take(30).collect();
        shell.link_notes.update(|n| {
            n.push(format!(
                "turn=“{shown}” is not a turn of the view in whole degrees from -90 to 90, so the view is not turned"
            ))
        });
    }
    LabState {
        a: grid_from_link(shell, 'A', "1,2;3,4", false),
        b: grid_from_link(shell, 'B', "5,6;7,8", false),
        c: grid_from_link(shell, 'C', "2,0;1,2", false),
        rhs: grid_from_link(shell, 'b', "8;13", true),
        shelf: RwSignal::new(shelf),
        op: RwSignal::new(op),
        scalar: RwSignal::new(get("k").unwrap_or_else(|| "2".to_string())),
        index: RwSignal::new(get("i").unwrap_or_else(|| "1".to_string())),
        norm: RwSignal::new(norm),
        pointed: RwSignal::new(None),
        maths_open,
        map_open,
        map_turn: RwSignal::new(turn.unwrap_or(0)),
        owner: StoredValue::new(Owner::current().expect("the lab is built inside the page")),
    }
}

/// The panels the link can open, by their names in `show=`.
const PANELS: [&str; 2] = ["maths", "map"];

/// Keeps the address bar in step with the lab: only the fields the operation uses.
pub fn follow_in_link(shell: Shell, lab: LabState) {
    Effect::new(move |_| {
        let op = lab.op.get();
        let a = lab.a.cells.with(cells_to_link);
        let b = op.needs_b().then(|| lab.b.cells.with(cells_to_link));
        let c = op.uses_c().then(|| lab.c.cells.with(cells_to_link));
        let rhs = op.needs_vector().then(|| lab.rhs.cells.with(cells_to_link));
        let k = op.needs_scalar().then(|| lab.scalar.get());
        let i = op.needs_index().then(|| lab.index.get());
        let norm = op.needs_norm().then(|| lab.norm.get().name().to_string());
        let opened: Vec<&str> = PANELS
            .into_iter()
            .zip([lab.maths_open.get(), lab.map_open.get()])
            .filter_map(|(name, open)| open.then_some(name))
            .collect();
        let show = (!opened.is_empty()).then(|| opened.join(","));
        let turn = lab.map_turn.get();
        let turn = (turn != 0).then(|| turn.to_string());
        let shelf: Vec<(String, String)> = lab.shelf.with(|shelf| {
            shelf
                .iter()
                .map(|g| (g.label(), g.cells.with(cells_to_link)))
                .collect()
        });
        shell.link.update(|l| {
            l.set("op", op.name());
            l.set("A", &a);
            for (key, value) in [
                ("B", b),
                ("C", c),
                ("b", rhs),
                ("k", k),
                ("i", i),
                ("norm", norm),
                ("show", show),
                ("turn", turn),
            ] {
                match value {
                    Some(v) => l.set(key, &v),
                    None => l.remove(key),
                }
            }
            for name in SHELF_NAMES {
                let key = name.to_string();
                match shelf.iter().find(|(n, _)| *n == key) {
                    Some((_, cells)) => l.set(&key, cells),
                    None => l.remove(&key),
                }
            }
        });
    });
}
