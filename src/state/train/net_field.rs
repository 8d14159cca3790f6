//! The network as the share link writes it, `5-64r-32r-1sn`: the data's input width, then
//! each layer's width, activation letter and `n` when it has no bias.

use super::{Draft, LayerRow, MAX_LAYERS, MAX_UNITS};
use crate::math::data::digits;
use crate::math::nn::Activation;
use crate::state::choices::{act_from_letter, act_letter, DataChoice};

impl Draft {
    /// The layers in the link's form, e.g. `64r-32r-1s` (`n` after a layer: no bias).
    pub fn layers_field(&self) -> String {
        self.layers
            .iter()
            .map(|l| {
                format!(
                    "{}{}{}",
                    l.units.trim(),
                    act_letter(l.act),
                    if l.bias { "" } else { "n" }
                )
            })
            .collect::<Vec<_>>()
            .join("-")
    }

    /// The width of the data's inputs, as the `net` field writes it first: the data decides it.
    pub fn inputs(&self) -> usize {
        match self.data {
            DataChoice::Keras => 5,
            DataChoice::Digits => digits::PIXELS,
            DataChoice::Shape(_) => self.features.len(),
            DataChoice::Csv => {
                let header = self
                    .csv
                    .lines()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("");
                let delim = [',', ';', '\t']
                    .into_iter()
                    .find(|d| header.contains(*d))
                    .unwrap_or(',');
                header.split(delim).count().saturating_sub(1).max(1)
            }
            _ => 2,
        }
    }

    /// The whole `net` field: the input width, then the layers (`5-64r-32r-1s`).
    pub fn net_field(&self) -> String {
        format!("{}-{}", self.inputs(), self.layers_field())
    }

    /// Reads the layers of a `net` field (`5-64r-32r-1s`; the leading input width is
    /// informative, the data decides it). `Err` says why the field was ignored.
    pub fn set_layers_field(&mut self, text: &str) -> Result<(), String> {
        let parts: Vec<&str> = text.split('-').map(str::trim).collect();
        let bad = || {
            format!("is not a network like 2-8r-1s (widths 1 to {MAX_UNITS}, at most {MAX_LAYERS} layers)")
        };
        if parts.len() < 2 || parts[0].parse::<usize>().is_err() {
            return Err(bad());
        }
        let mut layers = Vec::new();
        for p in &parts[1..] {
            let digits: String = p.chars().take_while(char::is_ascii_digit).collect();
            let rest: Vec<char> = p[digits.len()..].chars().collect();
            let units: usize = digits.parse().map_err(|_| bad())?;
            let (act, bias) = match rest.as_slice() {
                [] => (Activation::Linear, true),
                [a] => (act_from_letter(*a).ok_or_else(bad)?, true),
                [a, 'n'] => (act_from_letter(*a).ok_or_else(bad)?, false),
                _ => return Err(bad()),
            };
            if units == 0 || units > MAX_UNITS || layers.len() >= MAX_LAYERS {
                return Err(bad());
            }
            layers.push(LayerRow {
                units: units.to_string(),
                act,
                bias,
            });
        }
        self.layers = layers;
        Ok(())
    }
}
