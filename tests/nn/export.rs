//! A trained network exported as NumPy code, PyTorch code and JSON: each names every layer,
//! and the weights read back out of each give the engine's outputs, bit for bit.

use eigenplay::math::nn::export::{export, Format};
use eigenplay::math::nn::{presets, Activation, LayerSpec, Mlp, NetSpec, Trainer};

/// Every number inside the first bracketed list after `from` (nested lists flattened).
fn numbers_after(text: &str, from: &str) -> Vec<f64> {
    let start = text
        .find(from)
        .unwrap_or_else(|| panic!("no {from} in\n{text}"))
        + from.len();
    let open = start + text[start..].find('[').expect("a list");
    let mut depth = 0;
    let mut end = open;
    for (i, c) in text[open..].char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            end = open + i;
            break;
        }
    }
    text[open..end]
        .split(['[', ']', ','])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| {
            t.parse::<f64>()
                .unwrap_or_else(|_| panic!("{t} is not a number"))
        })
        .collect()
}

/// A trained XOR network and a wider one with every activation and a layer without bias.
fn networks() -> Vec<Mlp> {
    let p = presets::xor(7);
    let mut xor = Trainer::new(Mlp::new(&p.spec, p.model_seed), p.data, p.config).unwrap();
    xor.run(100).unwrap();
    let spec = NetSpec::new(3)
        .dense(5, Activation::Tanh)
        .layer(LayerSpec::new(4, Activation::Relu).without_bias())
        .dense(4, Activation::Linear)
        .dense(3, Activation::Softmax);
    vec![xor.model().clone(), Mlp::new(&spec, 3)]
}

/// The parameters as the model holds them, read back from `text` with `name(l)` naming layer
/// l's weights and `bias(l)` its biases.
fn read_back(
    m: &Mlp,
    text: &str,
    name: impl Fn(usize) -> String,
    bias: impl Fn(usize) -> String,
) -> Vec<f64> {
    let mut params = Vec::new();
    for (l, d) in m.layers().iter().enumerate() {
        params.extend(numbers_after(text, &name(l)));
        if d.bias {
            params.extend(numbers_after(text, &bias(l)));
        }
    }
    params
}

fn same_outputs(m: &Mlp, params: Vec<f64>) {
    assert_eq!(params.len(), m.param_count());
    let mut back = Mlp::new(m.spec(), 0);
    back.parameters_mut().copy_from_slice(&params);
    let x: Vec<f64> = (0..5 * m.inputs())
        .map(|i| (i as f64 * 0.37).sin())
        .collect();
    assert_eq!(
        back.predict(&x, 5),
        m.predict(&x, 5),
        "the same outputs, bit for bit"
    );
}

#[test]
fn numpy_code_names_every_layer_and_its_weights_give_the_same_outputs() {
    for m in networks() {
        let code = export(&m, Format::NumPy).unwrap();
        for k in 1..=m.layers().len() {
            assert!(code.contains(&format!("# layer {k}")), "{code}");
        }
        assert!(code.contains("def predict(x):") && code.contains("import numpy as np"));
        let params = read_back(
            &m,
            &code,
            |l| format!("W{} = np.array(", l + 1),
            |l| format!("b{} = np.array(", l + 1),
        );
        same_outputs(&m, params);
    }
}

#[test]
fn pytorch_code_is_a_sequential_of_every_layer_with_the_same_weights() {
    for m in networks() {
        let code = export(&m, Format::PyTorch).unwrap();
        for (l, d) in m.layers().iter().enumerate() {
            let bias = if d.bias { "" } else { ", bias=False" };
            let line = format!(
                "nn.Linear({}, {}{bias}),  # layer {}",
                d.inputs,
                d.units,
                l + 1
            );
            assert!(code.contains(&line), "{line} in\n{code}");
        }
        // Each Linear's index in the Sequential counts the activations before it.
        let at: Vec<usize> = code
            .lines()
            .filter_map(|l| {
                l.trim()
                    .strip_prefix("model[")?
                    .split(']')
                    .next()?
                    .parse()
                    .ok()
            })
            .collect();
        let mut seen = at.clone();
        seen.dedup();
        let body = &code[code.find("nn.Sequential(\n").unwrap()..code.find(").double()").unwrap()];
        let entries: Vec<&str> = body.lines().skip(1).collect();
        let linears: Vec<usize> = (0..entries.len())
            .filter(|&i| entries[i].contains("nn.Linear("))
            .collect();
        assert_eq!(
            seen, linears,
            "model[i] is the i-th entry of the Sequential"
        );
        let params = read_back(
            &m,
            &code,
            |l| format!("model[{}].weight.copy_(torch.tensor(", seen[l]),
            |l| format!("model[{}].bias.copy_(torch.tensor(", seen[l]),
        );
        same_outputs(&m, params);
    }
}

#[test]
fn json_parses_and_rebuilds_the_network() {
    for m in networks() {
        let text = export(&m, Format::Json).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(v["inputs"], m.inputs());
        let layers = v["layers"].as_array().unwrap();
        assert_eq!(layers.len(), m.layers().len());
        let mut params = Vec::new();
        for (layer, d) in layers.iter().zip(m.layers()) {
            assert_eq!(layer["units"], d.units);
            assert_eq!(layer["activation"], d.activation.name());
            for row in layer["weights"].as_array().unwrap() {
                params.extend(row.as_array().unwrap().iter().map(|w| w.as_f64().unwrap()));
            }
            match layer["bias"].as_array() {
                Some(b) => params.extend(b.iter().map(|w| w.as_f64().unwrap())),
                None => assert!(!d.bias && layer["bias"].is_null()),
            }
        }
        same_outputs(&m, params);
    }
}

#[test]
fn a_diverged_network_is_refused_in_words() {
    let mut m = networks().remove(0);
    m.parameters_mut()[3] = f64::NAN;
    for f in Format::ALL {
        let e = export(&m, f).unwrap_err();
        assert!(
            e.starts_with("Parameter 4 is NaN: training diverged"),
            "{e}"
        );
    }
}
