//! A trained network as code another tool runs: NumPy (a `predict` function), PyTorch (an
//! `nn.Sequential` with its weights) and JSON. Every parameter is written as Rust's shortest
//! decimal that reads back to the same `f64`, so the outputs there are the outputs here.
//!
//! The weights of a layer are `units × inputs`, PyTorch's `nn.Linear.weight` layout; NumPy
//! multiplies by their transpose, as `nn.Linear` does.

use super::{Activation, Mlp};
use std::fmt::Write;

/// The formats a network exports to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// NumPy arrays and a `predict(x)` function.
    NumPy,
    /// A PyTorch `nn.Sequential`, its weights copied in.
    PyTorch,
    /// The layers, their activations, weights and biases, as JSON.
    Json,
}

impl Format {
    /// Every format, in the order the page offers them.
    pub const ALL: [Format; 3] = [Format::NumPy, Format::PyTorch, Format::Json];

    /// The name on its button.
    pub fn label(self) -> &'static str {
        match self {
            Format::NumPy => "NumPy",
            Format::PyTorch => "PyTorch",
            Format::Json => "JSON",
        }
    }

    /// The file name a download gets.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::NumPy => "eigenplay_numpy.py",
            Format::PyTorch => "eigenplay_torch.py",
            Format::Json => "eigenplay_model.json",
        }
    }
}

/// The network in `format`, or why it cannot be written (a weight that is not a number).
pub fn export(m: &Mlp, format: Format) -> Result<String, String> {
    if let Some(i) = m.parameters().iter().position(|p| !p.is_finite()) {
        return Err(format!(
            "Parameter {} is {}: training diverged, so there is no network worth exporting. Reset and train again.",
            i + 1,
            m.parameters()[i]
        ));
    }
    Ok(match format {
        Format::NumPy => numpy(m),
        Format::PyTorch => pytorch(m),
        Format::Json => json(m),
    })
}

/// `[a, b, c]`, or with `width` set, rows of that many: `[[a, b], [c, d]]`.
fn list(values: &[f64], width: Option<usize>) -> String {
    let mut out = String::from("[");
    for (i, v) in values.iter().enumerate() {
        let (sep, open) = match width {
            Some(w) if i % w == 0 => (if i == 0 { "" } else { "], " }, "["),
            _ => (if i == 0 { "" } else { ", " }, ""),
        };
        let _ = write!(out, "{sep}{open}{v}");
    }
    if width.is_some() && !values.is_empty() {
        out.push(']');
    }
    out + "]"
}

/// Layer `l`'s weights as a list of rows, and its biases.
fn layer_lists(m: &Mlp, l: usize) -> (String, Option<String>) {
    let d = m.layers()[l];
    (
        list(m.weights(l), Some(d.inputs)),
        m.bias(l).map(|b| list(b, None)),
    )
}

/// One line naming the network: `2 → 8 relu → 1 sigmoid`.
fn shape_line(m: &Mlp) -> String {
    let mut out = m.inputs().to_string();
    for d in m.layers() {
        let _ = write!(out, " → {} {}", d.units, d.activation.name());
    }
    out
}

fn numpy(m: &Mlp) -> String {
    let mut out = format!(
        "# Eigenplay: a network of {} ({} parameters).\n# Layer k's weights W_k are (units, inputs); predict(x) takes rows of x.\nimport numpy as np\n\n",
        shape_line(m),
        m.param_count()
    );
    for l in 0..m.layers().len() {
        let (w, b) = layer_lists(m, l);
        let _ = writeln!(out, "W{} = np.array({w})", l + 1);
        if let Some(b) = b {
            let _ = writeln!(out, "b{} = np.array({b})", l + 1);
        }
    }
    out.push_str(
        "\n\ndef relu(z):\n    return np.maximum(z, 0)\n\n\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n\n\ndef softmax(z):\n    e = np.exp(z - z.max(axis=1, keepdims=True))\n    return e / e.sum(axis=1, keepdims=True)\n\n\ndef predict(x):\n    h = np.atleast_2d(np.asarray(x, dtype=float))\n",
    );
    for (l, d) in m.layers().iter().enumerate() {
        let k = l + 1;
        let z = if d.bias {
            format!("h @ W{k}.T + b{k}")
        } else {
            format!("h @ W{k}.T")
        };
        let a = match d.activation {
            Activation::Linear => z,
            Activation::Relu => format!("relu({z})"),
            Activation::Sigmoid => format!("sigmoid({z})"),
            Activation::Tanh => format!("np.tanh({z})"),
            Activation::Softmax => format!("softmax({z})"),
        };
        let _ = writeln!(out, "    h = {a}  # layer {k}");
    }
    out.push_str("    return h\n");
    out
}

fn pytorch(m: &Mlp) -> String {
    let mut out = format!(
        "# Eigenplay: a network of {} ({} parameters), in float64 as trained.\nimport torch\nfrom torch import nn\n\nmodel = nn.Sequential(\n",
        shape_line(m),
        m.param_count()
    );
    let mut linear_at = Vec::new();
    let mut index = 0;
    for (l, d) in m.layers().iter().enumerate() {
        let bias = if d.bias { "" } else { ", bias=False" };
        let _ = writeln!(
            out,
            "    nn.Linear({}, {}{bias}),  # layer {}",
            d.inputs,
            d.units,
            l + 1
        );
        linear_at.push(index);
        index += 1;
        let act = match d.activation {
            Activation::Linear => None,
            Activation::Relu => Some("nn.ReLU()"),
            Activation::Sigmoid => Some("nn.Sigmoid()"),
            Activation::Tanh => Some("nn.Tanh()"),
            Activation::Softmax => Some("nn.Softmax(dim=1)"),
        };
        if let Some(a) = act {
            let _ = writeln!(out, "    {a},");
            index += 1;
        }
    }
    out.push_str(").double()\n\nwith torch.no_grad():\n");
    for (l, &at) in linear_at.iter().enumerate() {
        let (w, b) = layer_lists(m, l);
        let _ = writeln!(
            out,
            "    model[{at}].weight.copy_(torch.tensor({w}, dtype=torch.float64))"
        );
        if let Some(b) = b {
            let _ = writeln!(
                out,
                "    model[{at}].bias.copy_(torch.tensor({b}, dtype=torch.float64))"
            );
        }
    }
    out
}

fn json(m: &Mlp) -> String {
    let mut out = format!(
        "{{\n  \"format\": \"eigenplay-mlp\",\n  \"inputs\": {},\n  \"weights_layout\": \"units x inputs (PyTorch nn.Linear)\",\n  \"layers\": [",
        m.inputs()
    );
    for (l, d) in m.layers().iter().enumerate() {
        let (w, b) = layer_lists(m, l);
        let _ = write!(
            out,
            "{}\n    {{\"units\": {}, \"activation\": \"{}\", \"weights\": {w}, \"bias\": {}}}",
            if l == 0 { "" } else { "," },
            d.units,
            d.activation.name(),
            b.as_deref().unwrap_or("null")
        );
    }
    out + "\n  ]\n}\n"
}
