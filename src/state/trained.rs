//! A trained network as the share link carries it: its epochs, its last loss and every
//! parameter, written so that it reads back bit for bit.

use super::train::MAX_EPOCHS;

/// Most parameters whose trained values a link carries: about 12 KB of text. A larger
/// network's link keeps its seed, which retrains it the same way.
pub const MAX_LINK_PARAMS: usize = 1_000;

/// A trained network as a link carries it: how many epochs it trained, the loss of the last,
/// and every parameter (`Mlp::parameters`' order), exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct Trained {
    /// Epochs trained.
    pub epochs: usize,
    /// The last epoch's loss, as the run reported it.
    pub loss: f64,
    /// The parameters, layer by layer, weights then biases.
    pub params: Vec<f64>,
}

impl Trained {
    /// The link's text, `epochs:loss:p₁,p₂,…`, each number in Rust's shortest decimal that
    /// reads back to the same `f64` (`{}`: `-0.5`, `0.123456789`), so the network reopens bit
    /// for bit.
    pub fn to_field(&self) -> String {
        let params: Vec<String> = self.params.iter().map(|p| format!("{p}")).collect();
        format!("{}:{}:{}", self.epochs, self.loss, params.join(","))
    }

    /// Reads [`Trained::to_field`]'s text for a network of `expected` parameters; `Err` says
    /// in words what is wrong with it.
    pub fn from_field(text: &str, expected: usize) -> Result<Self, String> {
        let mut parts = text.trim().splitn(3, ':');
        let (Some(epochs), Some(loss), Some(params)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err("is not epochs:loss:weights".into());
        };
        let epochs = epochs
            .parse::<usize>()
            .ok()
            .filter(|e| (1..=MAX_EPOCHS).contains(e))
            .ok_or_else(|| {
                format!("does not start with a number of epochs from 1 to {MAX_EPOCHS}")
            })?;
        let finite = |t: &str| t.trim().parse::<f64>().ok().filter(|x| x.is_finite());
        let loss = finite(loss).ok_or("has a loss that is not a finite number")?;
        let params = params
            .split(',')
            .map(finite)
            .collect::<Option<Vec<f64>>>()
            .ok_or("has a weight that is not a finite number")?;
        if params.len() != expected {
            return Err(format!(
                "holds {} weights, but this network has {expected}",
                params.len()
            ));
        }
        Ok(Trained {
            epochs,
            loss,
            params,
        })
    }
}
