#!/usr/bin/env python3
"""Writes tests/fixtures/exact/*.json: SymPy's exact answers for exact mode (src/math/exact).

Integer and fraction matrices of sizes 1 to 12, of the kinds elimination meets: random,
singular, rank-deficient, duplicated rows, zero, permutations, fractions and short
decimals, non-square ones, and ones whose answers pass i64 (entries about 10^12, Hilbert
matrices of order 8 and 12). For each: the determinant, inverse, RREF and pivots, rank,
null space, column space, the characteristic polynomial (up to 3x3) and systems A.x = b
with one solution, infinitely many and none. tests/math/exact.rs compares exact mode with
these exactly.

Every rational is a string, "p/q" or "p". Inputs come from Python's seeded generator, so
running it twice writes the same files byte for byte.

Run:  python3 scripts/gen_exact_fixtures.py     (installs SymPy from PyPI with pip if
      missing: into the user site, or into a virtual environment under ~/.cache when that fails)
"""

import json
import os
import random

from fixture_env import ensure  # noqa: E402

ensure("sympy")
import sympy as sp  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "exact")
SEED = 20250213


def q(x):
    """A rational as "p/q" or "p"."""
    x = sp.Rational(x)
    return str(x.p) if x.q == 1 else f"{x.p}/{x.q}"


def mat(a):
    return [[q(a[i, j]) for j in range(a.cols)] for i in range(a.rows)]


def vec(v):
    return [q(x) for x in v]


def standard_null_basis(r, pivots, cols):
    """The null-space basis read off an RREF: free variable 1, the other free ones 0."""
    basis = []
    for f in range(cols):
        if f in pivots:
            continue
        v = [sp.Integer(0)] * cols
        v[f] = sp.Integer(1)
        for row, p in enumerate(pivots):
            v[p] = -r[row, f]
        basis.append(v)
    return basis


def system(a, b):
    """A.x = b as SymPy solves it, checked against the RREF of [A | b]."""
    b = sp.Matrix(b)
    r, pivots = a.row_join(b).rref()
    if a.cols in pivots:
        try:
            a.gauss_jordan_solve(b)
            raise AssertionError("gauss_jordan_solve solved an inconsistent system")
        except ValueError:
            pass
        return {"b": vec(b), "kind": "inconsistent", "row": pivots.index(a.cols)}
    sol, params = a.gauss_jordan_solve(b)
    assert a * sol == b or sp.simplify(a * sol - b) == sp.zeros(a.rows, 1)
    particular = sol.subs({t: 0 for t in params})
    if len(params) == 0:
        return {"b": vec(b), "kind": "unique", "x": vec(particular)}
    null = [sol.diff(t) for t in params]
    # SymPy's parameters run over the free columns in order: its family is the standard basis.
    assert [list(v) for v in null] == [list(v) for v in a.nullspace()]
    return {"b": vec(b), "kind": "infinite", "particular": vec(particular), "null": [vec(v) for v in null]}


def case(name, kind, a, rng, cells=None):
    a = sp.Matrix(a)
    m, n = a.shape
    r, pivots = a.rref()
    null = a.nullspace()
    assert [list(v) for v in null] == standard_null_basis(r, pivots, n), name
    colspace = a.columnspace()
    assert [list(v) for v in colspace] == [list(a.col(j)) for j in pivots], name
    out = {
        "name": name,
        "kind": kind,
        "a": mat(a),
        "rref": mat(r),
        "pivots": list(pivots),
        "rank": a.rank(),
        "nullspace": [vec(v) for v in null],
        "columnspace": [vec(v) for v in colspace],
    }
    if cells is not None:
        out["cells"] = cells
    if m == n:
        d = a.det()
        out["det"] = q(d)
        out["inverse"] = mat(a.inv()) if d != 0 else None
        if n <= 3:
            out["charpoly"] = vec(a.charpoly(sp.Symbol("lambda")).all_coeffs())
    # One system with a random b (unique, or most often inconsistent when A is rank
    # deficient), and one with b = A.x0, which always has a solution.
    b = [rng.randint(-9, 9) for _ in range(m)]
    x0 = sp.Matrix([rng.randint(-5, 5) for _ in range(n)])
    out["systems"] = [system(a, b), system(a, list(a * x0))]
    return out


def ints(rng, m, n, lo=-9, hi=9):
    return sp.Matrix(m, n, lambda i, j: rng.randint(lo, hi))


def fractions(rng, m, n):
    return sp.Matrix(m, n, lambda i, j: sp.Rational(rng.randint(-9, 9), rng.randint(1, 6)))


def low_rank(rng, m, n, r):
    return ints(rng, m, r, -3, 3) * ints(rng, r, n, -3, 3)


def permutation(rng, n):
    p = list(range(n))
    rng.shuffle(p)
    return sp.Matrix(n, n, lambda i, j: 1 if p[i] == j else 0)


def small(rng):
    cases = []
    for n in range(1, 7):
        for k in range(3):
            cases.append(case(f"random-{n}-{k}", "random", ints(rng, n, n), rng))
    for n in range(2, 7):
        a = ints(rng, n, n)
        a[n - 1, :] = a[0, :] + a[1, :] if n > 2 else 2 * a[0, :]
        cases.append(case(f"singular-{n}", "singular", a, rng))
    for n in range(3, 7):
        cases.append(case(f"rank-deficient-{n}-rank{n - 2}", "rank-deficient", low_rank(rng, n, n, n - 2), rng))
    for n in range(2, 6):
        a = ints(rng, n, n)
        a[n - 1, :] = a[0, :]
        cases.append(case(f"duplicated-row-{n}", "duplicated-row", a, rng))
    for n in (1, 3):
        cases.append(case(f"zero-{n}", "zero", sp.zeros(n, n), rng))
    for n in (3, 4, 5):
        cases.append(case(f"permutation-{n}", "permutation", permutation(rng, n), rng))
    cases.append(case("identity-4", "identity", sp.eye(4), rng))
    cases.append(case("textbook-123-456-789", "singular", sp.Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), rng))
    cases.append(case("textbook-21-13", "random", sp.Matrix([[2, 1], [1, 3]]), rng))
    return cases


def with_fractions(rng):
    cases = []
    for n in range(1, 6):
        for k in range(2):
            cases.append(case(f"fractions-{n}-{k}", "fractions", fractions(rng, n, n), rng))
    a = fractions(rng, 3, 3)
    a[2, :] = a[0, :] / 2 - a[1, :] / 3
    cases.append(case("fractions-singular-3", "fractions", a, rng))
    # Short decimals, as typed: each cell is the decimal SymPy reads exactly.
    for n in (2, 3, 4):
        cells = [[f"{rng.randint(-999, 999) / 100:.2f}" for _ in range(n)] for _ in range(n)]
        a = sp.Matrix([[sp.Rational(c) for c in row] for row in cells])
        cases.append(case(f"decimals-{n}", "decimals", a, rng, cells))
    return cases


def rectangular(rng):
    cases = []
    for m, n in ((1, 4), (4, 1), (2, 3), (3, 2), (3, 5), (5, 3), (4, 6), (6, 4)):
        cases.append(case(f"rect-{m}x{n}", "non-square", ints(rng, m, n), rng))
    for m, n, r in ((3, 4, 2), (4, 6, 2), (5, 3, 1), (6, 5, 3)):
        cases.append(case(f"rect-{m}x{n}-rank{r}", "non-square", low_rank(rng, m, n, r), rng))
    cases.append(case("rect-fractions-3x4", "non-square", fractions(rng, 3, 4), rng))
    cases.append(case("rect-zero-2x4", "zero", sp.zeros(2, 4), rng))
    return cases


def large(rng):
    cases = []
    for n in (8, 12):
        for k in range(2):
            cases.append(case(f"random-{n}-{k}", "random", ints(rng, n, n), rng))
        cases.append(case(f"rank-deficient-{n}-rank{n - 3}", "rank-deficient", low_rank(rng, n, n, n - 3), rng))
    # Answers past i64: the determinant of entries about 10^12 has about 48 digits.
    a = sp.Matrix(4, 4, lambda i, j: rng.randint(-10**12, 10**12))
    cases.append(case("huge-entries-4", "overflow", a, rng))
    a = sp.Matrix(5, 5, lambda i, j: sp.Rational(rng.randint(-10**15, 10**15), rng.randint(1, 10**6)))
    cases.append(case("huge-fractions-5", "overflow", a, rng))
    for n in (8, 12):
        cases.append(case(f"hilbert-{n}", "overflow", sp.Matrix(n, n, lambda i, j: sp.Rational(1, i + j + 1)), rng))
    return cases


def main():
    rng = random.Random(SEED)
    os.makedirs(OUT, exist_ok=True)
    groups = {"small": small(rng), "fractions": with_fractions(rng), "rectangular": rectangular(rng), "large": large(rng)}
    for name, cases in groups.items():
        path = os.path.join(OUT, f"{name}.json")
        with open(path, "w") as f:
            json.dump({"generator": "scripts/gen_exact_fixtures.py", "sympy": sp.__version__, "seed": SEED, "cases": cases}, f, separators=(",", ":"))
            f.write("\n")
        print(f"{path}: {len(cases)} cases, {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
