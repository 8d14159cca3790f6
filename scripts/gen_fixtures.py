#!/usr/bin/env python3
"""Writes tests/fixtures/linalg/*.json: NumPy's answers for the linear algebra engine.

Hundreds of matrices of sizes 1 to 12, of every awkward kind: random square and
non-square, symmetric, with complex eigenvalues, singular, nearly singular,
rank-deficient (a zero column, duplicated rows), integer, defective (Jordan blocks),
badly scaled (norm about 1e-6 and 1e6), permutations (every cyclic shift), nearly
singular with complex pairs, zero and 1x1. For each,
what NumPy gives for every operation the engine offers. tests/math/fixtures.rs
compares the engine with these within stated tolerances.

Inputs are drawn with NumPy's seeded generator and rounded to a few decimals, so
the JSON holds them exactly; outputs are written with Python's shortest
round-tripping repr. Running it twice writes the same files byte for byte.

Run:  python3 scripts/gen_fixtures.py     (installs NumPy from PyPI with pip if missing:
      into the user site, or into a virtual environment under ~/.cache when that fails)
"""

import json
import os

from fixture_env import ensure  # noqa: E402

ensure("numpy")
import numpy as np  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "linalg")
SEED = 20250128


def fin(x):
    """A JSON number, or None for inf/nan (JSON has no infinity)."""
    x = float(x)
    return x if np.isfinite(x) else None


def mat(a):
    return [[fin(x) for x in row] for row in np.asarray(a, dtype=float)]


def vec(v):
    return [fin(x) for x in np.asarray(v, dtype=float)]


def case(name, kind, a, rng):
    a = np.asarray(a, dtype=float)
    m, n = a.shape
    rank = int(np.linalg.matrix_rank(a))
    s = np.linalg.svd(a, compute_uv=False)
    b = np.round(rng.uniform(-5, 5, size=m), 2)
    bmat = np.round(rng.uniform(-5, 5, size=(n, int(rng.integers(1, 5)))), 2)
    out = {
        "name": name,
        "kind": kind,
        "a": mat(a),
        "b": vec(b),
        "bmat": mat(bmat),
        "matmul": mat(a @ bmat),
        "transpose_matmul": mat(a.T @ a),
        "rank": rank,
        "singular_values": vec(s),
        "cond": fin(np.linalg.cond(a)) if s[-1] > 0 else None,
        "pinv": mat(np.linalg.pinv(a)),
        # A is 2-D even with one row or column, so these are matrix norms as NumPy takes them:
        # for a 1xn row, ord=1 is the largest |entry| and ord=inf the sum of them.
        "norm_fro": fin(np.linalg.norm(a, "fro")),
        "norm_1": fin(np.linalg.norm(a, 1)),
        "norm_2": fin(np.linalg.norm(a, 2)),
        "norm_inf": fin(np.linalg.norm(a, np.inf)),
    }
    if m == n:
        out["trace"] = fin(np.trace(a))
        out["det"] = fin(np.linalg.det(a))
        out["inv"] = mat(np.linalg.inv(a)) if rank == n else None
        w, v = np.linalg.eig(a)
        out["eig_re"] = vec(w.real)
        out["eig_im"] = vec(w.imag)
        out["eigvec_re"] = mat(v.real)
        out["eigvec_im"] = mat(v.imag)
        if np.array_equal(a, a.T):
            out["eigh"] = vec(np.linalg.eigh(a)[0])
    if m == n and rank == n:
        out["solve"] = vec(np.linalg.solve(a, b))
        out["solve_method"] = "lu"
    else:
        out["solve"] = vec(np.linalg.lstsq(a, b, rcond=None)[0])
        out["solve_method"] = "least_squares"
    if m >= 2:
        out["cov"] = mat(np.cov(a, rowvar=False).reshape(n, n))
    # Rank-1 truncation is only well defined when sigma_1 stands apart from sigma_2.
    if len(s) > 1 and s[0] - s[1] > 1e-6 * s[0]:
        u, s2, vt = np.linalg.svd(a, full_matrices=False)
        out["low_rank_1"] = mat(s2[0] * np.outer(u[:, 0], vt[0]))
    return out


def rnd(rng, m, n, scale=5.0, decimals=2):
    return np.round(rng.uniform(-scale, scale, size=(m, n)), decimals)


def generate():
    rng = np.random.default_rng(SEED)
    general, special = [], []
    for n in range(1, 9):
        for k in range(6):
            general.append(case(f"square-{n}-{k}", "square", rnd(rng, n, n), rng))
    for k in range(40):
        m, n = int(rng.integers(1, 9)), int(rng.integers(1, 9))
        if m == n:
            n = n % 8 + 1
        general.append(case(f"rect-{m}x{n}-{k}", "non-square", rnd(rng, m, n), rng))
    for n in range(1, 9):
        for k in range(3):
            x = rnd(rng, n, n)
            general.append(case(f"symmetric-{n}-{k}", "symmetric", np.round(x + x.T, 2), rng))
    for n in range(2, 9):
        for k in range(3):
            # A large skew-symmetric part rotates: most eigenvalues come in complex pairs.
            x = rnd(rng, n, n, 1.0)
            y = rnd(rng, n, n, 5.0)
            general.append(case(f"complex-{n}-{k}", "complex-eigenvalues", np.round(x + y - y.T, 2), rng))
    for n in range(2, 9):
        for k in range(3):
            r = int(rng.integers(1, n))
            x = rng.integers(-3, 4, size=(n, r)).astype(float)
            y = rng.integers(-3, 4, size=(r, n)).astype(float)
            general.append(case(f"singular-{n}-rank{r}-{k}", "singular", x @ y, rng))
    for k in range(20):
        m, n = int(rng.integers(2, 9)), int(rng.integers(2, 9))
        r = int(rng.integers(1, min(m, n)))
        x = rng.integers(-3, 4, size=(m, r)).astype(float)
        y = rng.integers(-3, 4, size=(r, n)).astype(float)
        general.append(case(f"rank-deficient-{m}x{n}-rank{r}-{k}", "rank-deficient", x @ y, rng))
    for n in range(2, 9):
        for k in range(2):
            r = n - 1
            x = rng.integers(-3, 4, size=(n, r)).astype(float)
            y = rng.integers(-3, 4, size=(r, n)).astype(float)
            a = x @ y
            a[0, 0] += 1e-7
            general.append(case(f"nearly-singular-{n}-{k}", "nearly-singular", a, rng))
    for k in range(20):
        m, n = int(rng.integers(1, 9)), int(rng.integers(1, 9))
        general.append(case(f"integer-{m}x{n}-{k}", "integer", rng.integers(-9, 10, size=(m, n)).astype(float), rng))

    specials = {
        "defective-2": [[1, 1], [0, 1]],
        "defective-3": [[2, 1, 0], [0, 2, 1], [0, 0, 2]],
        "zero-1": [[0]],
        "zero-3": [[0, 0, 0], [0, 0, 0], [0, 0, 0]],
        "zero-2x3": [[0, 0, 0], [0, 0, 0]],
        "one-by-one": [[5]],
        "negative-one-by-one": [[-2.5]],
        "identity-4": np.eye(4).tolist(),
        "rotation-90": [[0, -1], [1, 0]],
        "lesson-a": [[1, 2], [3, 4]],
        "lesson-m": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
        "lesson-system": [[2, 1], [1, 3]],
        "lesson-x": [[1, 2], [2, 3], [3, 4], [4, 5]],
        "nilpotent-3": [[0, 1, 0], [0, 0, 1], [0, 0, 0]],
        "row-vector": [[1, -2, 3, -4]],
        "column-vector": [[1], [-2], [3]],
        "repeated-diagonal": [[3, 0, 0], [0, 3, 0], [0, 0, 1]],
        "permutation": [[0, 0, 1], [1, 0, 0], [0, 1, 0]],
        "hilbert-6": [[1.0 / (i + j + 1) for j in range(6)] for i in range(6)],
        # Condition number 1.5e10: NumPy's own inverse has ‖A·A⁻¹ − I‖ near 1e-6.
        "hilbert-8": [[1.0 / (i + j + 1) for j in range(8)] for i in range(8)],
    }
    for name, a in specials.items():
        special.append(case(name, "special", a, rng))
    return {"general": general, "special": special, "awkward": awkward(np.random.default_rng(SEED + 1))}


def integer_rank(rng, m, n, r):
    x = rng.integers(-3, 4, size=(m, r)).astype(float)
    y = rng.integers(-3, 4, size=(r, n)).astype(float)
    return x @ y


def unimodular(rng, n):
    """An integer matrix of determinant 1 whose inverse is integer too, so S·J·S⁻¹ is exact."""
    lower = np.tril(rng.integers(-1, 2, size=(n, n)), -1) + np.eye(n)
    upper = np.triu(rng.integers(-1, 2, size=(n, n)), 1) + np.eye(n)
    return lower @ upper


def awkward(rng):
    """The kinds a wider comparison found the engine wrong on, and sizes 9 to 12.

    A separate file with its own seed, so adding here never changes general.json's draws.
    """
    cases = []
    for n in range(9, 13):
        for k in range(3):
            cases.append(case(f"square-{n}-{k}", "square", rnd(rng, n, n), rng))
        for k in range(2):
            x = rnd(rng, n, n)
            cases.append(case(f"symmetric-{n}-{k}", "symmetric", np.round(x + x.T, 2), rng))
            x, y = rnd(rng, n, n, 1.0), rnd(rng, n, n, 5.0)
            cases.append(case(f"complex-{n}-{k}", "complex-eigenvalues", np.round(x + y - y.T, 2), rng))
        for k in range(3):
            r = int(rng.integers(1, n))
            cases.append(case(f"singular-{n}-rank{r}-{k}", "singular", integer_rank(rng, n, n, r), rng))
        m = int(rng.integers(2, 13))
        cases.append(case(f"rect-{m}x{n}", "non-square", rnd(rng, m, n), rng))
    for n in range(2, 13):
        # One zero column is enough to leave σ_min = 0 with a null space the iteration never visits.
        a = rnd(rng, n, n)
        a[:, int(rng.integers(0, n))] = 0.0
        cases.append(case(f"zero-column-{n}", "rank-deficient", a, rng))
        a = rnd(rng, n, n)
        a[int(rng.integers(1, n))] = a[0]
        cases.append(case(f"duplicated-rows-{n}", "rank-deficient", a, rng))
        m = int(rng.integers(2, 13))
        a = rnd(rng, m, n)
        a[:, 0] = 0.0
        cases.append(case(f"zero-column-{m}x{n}", "rank-deficient", a, rng))
    # From 8×8 up, about one in ten of these left a column of U empty.
    for n in range(8, 13):
        for k in range(4):
            a = rnd(rng, n, n)
            a[:, int(rng.integers(0, n))] = 0.0
            cases.append(case(f"zero-column-{n}-{k}", "rank-deficient", a, rng))
    for scale in (1e-6, 1e6):
        for n in (2, 3, 5, 8, 10, 12):
            cases.append(case(f"scaled-{scale:g}-{n}", "badly-scaled", rnd(rng, n, n, 1.0) * scale, rng))
        for n in (4, 9, 11):
            x, y = rnd(rng, n, n, 0.2), rnd(rng, n, n, 1.0)
            cases.append(case(f"scaled-complex-{scale:g}-{n}", "badly-scaled", (x + y - y.T) * scale, rng))
            r = int(rng.integers(1, n))
            cases.append(case(f"scaled-singular-{scale:g}-{n}-rank{r}", "badly-scaled", integer_rank(rng, n, n, r) * scale, rng))
    for n in range(2, 13):
        for shift in range(1, n):
            cases.append(case(f"cyclic-shift-{n}-by-{shift}", "permutation", np.roll(np.eye(n), shift, axis=1), rng))
        for k in range(2):
            cases.append(case(f"permutation-{n}-{k}", "permutation", np.eye(n)[rng.permutation(n)], rng))
    # Jordan blocks of at most size 3 (a block of size k moves by ε^(1/k)), hidden by S·J·S⁻¹.
    for blocks in ([(2, 2)], [(1, 3)], [(2, 2), (-1, 1)], [(3, 2), (-2, 2), (1, 1)], [(0, 3), (2, 1), (-1, 2)], [(1, 2), (1, 2)]):
        j = np.zeros((0, 0))
        for value, size in blocks:
            block = value * np.eye(size) + np.eye(size, k=1)
            j = np.block([[j, np.zeros((len(j), size))], [np.zeros((size, len(j))), block]])
        n = len(j)
        s = unimodular(rng, n)
        name = "defective-" + "-".join(f"J{size}({value})" for value, size in blocks)
        cases.append(case(name, "defective", np.round(s @ j @ np.linalg.inv(s)), rng))
    # Rank n − r with complex pairs (y·x is a random (n−r)-square), then a nudge of 1e-7 or
    # 1e-9 and norm 1: small real eigenvalues sit beside small complex ones.
    for n in range(6, 13):
        for r, nudge in ((1, 1e-7), (2, 1e-9)):
            x = rnd(rng, n, n - r, 1.0)
            y = rnd(rng, n - r, n, 1.0)
            a = x @ y
            a[0, 0] += nudge
            a /= np.linalg.norm(a)
            cases.append(case(f"nearly-singular-complex-{n}-rank{n - r}", "nearly-singular-complex", a, rng))
        # A real eigenvalue of about 1e-8 beside a complex pair of the same size, hidden by a
        # random similarity: the solve through the pair's 2×2 block is nearly singular.
        for k in range(2):
            d = np.diag(np.round(rng.uniform(-1, 1, n), 2))
            tiny, pair = np.round(rng.uniform(1, 9, 2), 2) * 1e-9
            d[0, 0] = tiny
            d[1:3, 1:3] = [[pair, 2 * pair], [-2 * pair, pair]]
            x = rnd(rng, n, n, 1.0)
            a = x @ d @ np.linalg.inv(x)
            cases.append(case(f"tiny-real-beside-pair-{n}-{k}", "nearly-singular-complex", a / np.linalg.norm(a), rng))
    return cases


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, cases in generate().items():
        path = os.path.join(OUT, f"{name}.json")
        with open(path, "w") as f:
            json.dump({"generator": "scripts/gen_fixtures.py", "numpy": np.__version__, "seed": SEED, "cases": cases}, f, separators=(",", ":"))
            f.write("\n")
        print(f"{path}: {len(cases)} cases, {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
