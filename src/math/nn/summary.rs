//! A model summary in the shape of Keras's `model.summary()`.

use super::model::Mlp;
use std::fmt;

/// One row of the summary: a layer, its output shape and parameter count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryRow {
    /// Keras-style name and type, e.g. `dense_1 (Dense)`.
    pub layer: String,
    /// Output shape with the batch dimension left open, e.g. `(None, 64)`.
    pub output_shape: String,
    /// Weights plus biases.
    pub params: usize,
    /// The activation's name, which Keras shows only in the config.
    pub activation: String,
}

/// The whole summary; [`fmt::Display`] draws it as a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// One row per layer, input side first.
    pub rows: Vec<SummaryRow>,
    /// All parameters (2,497 for 5→64→32→1).
    pub total_params: usize,
    /// Parameters that training changes (all of them here).
    pub trainable_params: usize,
}

impl Mlp {
    /// The Keras-like summary of this network.
    pub fn summary(&self) -> Summary {
        let rows: Vec<SummaryRow> = self
            .layers()
            .iter()
            .enumerate()
            .map(|(i, d)| SummaryRow {
                // Keras names the first Dense layer `dense`, then `dense_1`, ...
                layer: if i == 0 {
                    "dense (Dense)".into()
                } else {
                    format!("dense_{i} (Dense)")
                },
                output_shape: format!("(None, {})", d.units),
                params: d.param_count(),
                activation: d.activation.name().into(),
            })
            .collect();
        let total = rows.iter().map(|r| r.params).sum();
        Summary {
            rows,
            total_params: total,
            trainable_params: total,
        }
    }
}

/// 2497 → "2,497", as Keras prints counts.
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rule = format!("{}\n", "─".repeat(66));
        writeln!(f, "Model: \"sequential\"")?;
        f.write_str(&rule)?;
        writeln!(
            f,
            "{:<30}{:<16}{:>10}  Act.",
            "Layer (type)", "Output Shape", "Param #"
        )?;
        f.write_str(&rule)?;
        for r in &self.rows {
            writeln!(
                f,
                "{:<30}{:<16}{:>10}  {}",
                r.layer,
                r.output_shape,
                thousands(r.params),
                r.activation
            )?;
        }
        f.write_str(&rule)?;
        writeln!(f, "Total params: {}", thousands(self.total_params))?;
        writeln!(f, "Trainable params: {}", thousands(self.trainable_params))?;
        write!(f, "Non-trainable params: 0")
    }
}
