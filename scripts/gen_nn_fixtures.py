#!/usr/bin/env python3
"""Writes tests/fixtures/nn/reference.json: training runs computed with NumPy.

An independent reference for src/math/nn. Each case gives a network, data,
initial weights (drawn here, with NumPy's own generator), an optimizer, and the
weights and per-epoch losses after N epochs. The Rust tests load the same
initial weights and must land on the same final weights.

Independence matters more than speed here, so the backward pass is written
differently from the Rust one: losses are differentiated with respect to the
probabilities (not fused with their activation), and softmax goes through its
full Jacobian matrix. Optimizers transcribe Keras 3's update rules.

Run:  python3 scripts/gen_nn_fixtures.py     (installs NumPy with pip if missing)
"""

import json
import os
import subprocess
import sys

try:
    import numpy as np
except ImportError:
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "numpy"])
    import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "nn", "reference.json")


def act(name, z):
    if name == "linear":
        return z
    if name == "relu":
        return np.maximum(z, 0.0)
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-z))
    if name == "tanh":
        return np.tanh(z)
    if name == "softmax":
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    raise ValueError(name)


def act_backward(name, z, a, grad_a):
    """dL/dz from dL/da, using z where the textbook formula does."""
    if name == "linear":
        return grad_a
    if name == "relu":
        return grad_a * (z > 0)
    if name == "sigmoid":
        s = 1.0 / (1.0 + np.exp(-z))
        return grad_a * s * (1.0 - s)
    if name == "tanh":
        return grad_a * (1.0 - np.tanh(z) ** 2)
    if name == "softmax":
        # Full Jacobian per sample: J[i, j] = a_i (δ_ij − a_j).
        jac = np.einsum("ni,ij->nij", a, np.eye(a.shape[1])) - np.einsum("ni,nj->nij", a, a)
        return np.einsum("nij,ni->nj", jac, grad_a)
    raise ValueError(name)


def loss_and_grad(loss, p, y):
    """Loss value and dL/dp, straight from the definitions."""
    if loss == "mse":
        return np.mean((p - y) ** 2), 2.0 * (p - y) / p.size
    if loss == "binary_crossentropy":
        val = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
        return val, (-(y / p) + (1 - y) / (1 - p)) / p.size
    if loss == "categorical_crossentropy":
        n = p.shape[0]
        return -np.sum(y * np.log(p)) / n, -(y / p) / n
    raise ValueError(loss)


class Net:
    def __init__(self, inputs, layers, rng):
        self.layers = layers
        self.W, self.b = [], []
        fan_in = inputs
        for layer in layers:
            limit = np.sqrt(6.0 / (fan_in + layer["units"]))
            self.W.append(rng.uniform(-limit, limit, size=(layer["units"], fan_in)))  # (out, in)
            # Non-zero biases so the test sees them move from somewhere.
            self.b.append(rng.normal(0, 0.1, size=layer["units"]) if layer["bias"] else None)
            fan_in = layer["units"]

    def params(self):
        out = []
        for w, b in zip(self.W, self.b):
            out.append(w.ravel())
            if b is not None:
                out.append(b)
        return [np.asarray(p) for p in out]

    def flat(self):
        return np.concatenate(self.params()).tolist()

    def grads(self, x, y, loss):
        zs, acts = [], [x]
        for w, b, layer in zip(self.W, self.b, self.layers):
            z = acts[-1] @ w.T + (b if b is not None else 0.0)
            zs.append(z)
            acts.append(act(layer["activation"], z))
        value, g = loss_and_grad(loss, acts[-1], y)
        gw, gb = [None] * len(self.W), [None] * len(self.W)
        for i in reversed(range(len(self.W))):
            g = act_backward(self.layers[i]["activation"], zs[i], acts[i + 1], g)
            gw[i] = g.T @ acts[i]
            gb[i] = g.sum(axis=0) if self.b[i] is not None else None
            g = g @ self.W[i]
        flat = []
        for w, b in zip(gw, gb):
            flat.append(w.ravel())
            if b is not None:
                flat.append(b)
        return value, flat


class Optim:
    """Keras 3 update rules, one state array per parameter array."""

    def __init__(self, spec, shapes):
        self.spec, self.t = spec, 0
        self.m = [np.zeros(s) for s in shapes]
        self.v = [np.zeros(s) for s in shapes]

    def step(self, params, grads):
        s, self.t = self.spec, self.t + 1
        for i, (p, g) in enumerate(zip(params, grads)):
            if s["kind"] == "sgd":
                p -= s["lr"] * g
            elif s["kind"] == "momentum":
                self.m[i] = s["momentum"] * self.m[i] - s["lr"] * g
                p += self.m[i]
            elif s["kind"] == "adam":
                b1, b2 = s["beta1"], s["beta2"]
                alpha = s["lr"] * np.sqrt(1 - b2**self.t) / (1 - b1**self.t)
                self.m[i] += (g - self.m[i]) * (1 - b1)
                self.v[i] += (g * g - self.v[i]) * (1 - b2)
                p -= alpha * self.m[i] / (np.sqrt(self.v[i]) + s["eps"])


def run(case, rng):
    n, inputs = case["samples"], case["inputs"]
    x = rng.normal(size=(n, inputs))
    outs = case["layers"][-1]["units"]
    if case["loss"] == "mse":
        y = rng.normal(size=(n, outs))
    elif case["loss"] == "binary_crossentropy":
        y = (rng.uniform(size=(n, outs)) < 0.5).astype(float)
    else:
        y = np.eye(outs)[rng.integers(0, outs, size=n)]
    net = Net(inputs, case["layers"], rng)
    initial = net.flat()
    # reshape(-1) of a C-contiguous array is a view, so in-place updates land in W.
    views = [w.reshape(-1) for w in net.W]
    params = []
    for i, w in enumerate(views):
        params.append(w)
        if net.b[i] is not None:
            params.append(net.b[i])
    opt = Optim(case["optimizer"], [p.shape for p in params])
    batch = case["batch_size"] or n
    losses = []
    for _ in range(case["epochs"]):
        total = 0.0
        for start in range(0, n, batch):
            xb, yb = x[start:start + batch], y[start:start + batch]
            value, grads = net.grads(xb, yb, case["loss"])
            opt.step(params, grads)
            total += value * len(xb)
        losses.append(total / n)
    out = dict(case)
    out.update(x=x.tolist(), y=y.tolist(), initial=initial, final=net.flat(), losses=losses)
    return out


def layer(units, activation, bias=True):
    return {"units": units, "activation": activation, "bias": bias}


SGD = {"kind": "sgd", "lr": 0.05}
MOM = {"kind": "momentum", "lr": 0.05, "momentum": 0.9}
ADAM = {"kind": "adam", "lr": 0.01, "beta1": 0.9, "beta2": 0.999, "eps": 1e-7}

CASES = [
    # name, inputs, layers, loss, optimizer, samples, batch (None = full), epochs
    ("mse_sgd_tanh", 3, [layer(4, "tanh"), layer(2, "linear")], "mse", SGD, 12, None, 30),
    ("mse_momentum_nobias", 2, [layer(3, "linear", False), layer(1, "linear", False)], "mse", MOM, 10, None, 30),
    ("mse_adam_softmax", 3, [layer(4, "sigmoid"), layer(3, "softmax")], "mse", ADAM, 12, 5, 20),
    ("bce_sgd_relu", 2, [layer(5, "relu"), layer(1, "sigmoid")], "binary_crossentropy", SGD, 16, None, 30),
    ("bce_momentum_minibatch", 2, [layer(5, "relu"), layer(3, "sigmoid"), layer(1, "sigmoid")],
     "binary_crossentropy", MOM, 16, 6, 15),
    ("bce_adam_keras_like", 5, [layer(8, "relu"), layer(4, "relu"), layer(1, "sigmoid")],
     "binary_crossentropy", ADAM, 40, 32, 10),
    ("ce_sgd_tanh", 2, [layer(6, "tanh"), layer(3, "softmax")], "categorical_crossentropy", SGD, 15, None, 30),
    ("ce_momentum_minibatch", 2, [layer(6, "relu"), layer(3, "softmax")], "categorical_crossentropy", MOM, 15, 4, 10),
    ("ce_adam_relu", 4, [layer(6, "relu"), layer(5, "linear"), layer(4, "softmax")], "categorical_crossentropy", ADAM, 20, None, 25),
]


def main():
    rng = np.random.default_rng(20250128)
    cases = []
    for name, inputs, layers, loss, opt, samples, batch, epochs in CASES:
        case = dict(name=name, inputs=inputs, layers=layers, loss=loss, optimizer=opt,
                    samples=samples, batch_size=batch, epochs=epochs)
        cases.append(run(case, rng))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"generator": "scripts/gen_nn_fixtures.py", "numpy": np.__version__, "cases": cases}, f)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
