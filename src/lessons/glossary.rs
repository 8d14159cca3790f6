//! The glossary: the lessons' terms, each with a sentence and a link to the step or state
//! that shows it; the Lessons view lists it after the lessons.

use super::{find_step, step_link};

/// The lessons' terms, each with a sentence and where it is shown: a lesson's step
/// (`<lesson>.<n>`, opened with its lesson bar) or a state (a fragment, `#…`).
pub const GLOSSARY: &[(&str, &str, &str)] = &[
    (
        "Scalar",
        "One number: a weight, a bias of one unit, a learning rate.",
        "#view=lab&op=scale&A=1,2;3,4&k=2",
    ),
    (
        "Vector",
        "A list of numbers: a point, a direction, one sample's features.",
        "chapter2.1",
    ),
    (
        "Matrix",
        "A table of numbers; as a map, it turns vectors into vectors.",
        "demystified.2",
    ),
    (
        "Tensor",
        "Numbers along three or more axes: a batch of 8×8 digit images is 3-D.",
        "#view=train&data=digits",
    ),
    (
        "Matrix product",
        "Each entry is a row of A times a column of B, summed.",
        "demystified.1",
    ),
    ("Transpose", "Rows become columns: A.T.", "chapter2.4"),
    (
        "Dot product",
        "Two vectors multiplied entry by entry and summed.",
        "chapter2.1",
    ),
    (
        "Hadamard product",
        "Two matrices multiplied entry by entry.",
        "chapter2.6",
    ),
    (
        "Eigenvector",
        "A direction the matrix only stretches: A·v = λ·v.",
        "demystified.2",
    ),
    (
        "Eigenvalue",
        "How much an eigenvector is stretched: λ.",
        "demystified.5",
    ),
    (
        "Rank",
        "How many rows (or columns) are independent.",
        "chapter2.9",
    ),
    (
        "Pseudo-inverse",
        "The inverse's stand-in for any matrix: the least-squares answer.",
        "chapter2.14",
    ),
    (
        "SVD",
        "Any matrix as a rotation, a stretch along axes and a rotation: U·Σ·Vᵀ.",
        "demystified.11",
    ),
    (
        "Weight matrix",
        "A layer's parameters: W in W·x + b, one row per unit.",
        "demystified.4",
    ),
    (
        "Bias",
        "The shift b added after the product, so a fit need not pass through 0.",
        "ponder.5",
    ),
    (
        "Activation function",
        "A bend after each layer (relu, tanh, sigmoid); without it layers collapse into one.",
        "ponder.3",
    ),
    (
        "Forward pass",
        "The input through every layer, product, bias and activation, to an output.",
        "chapter2.10",
    ),
    (
        "Loss function",
        "One number for how wrong the predictions are: mean squared error, cross-entropy.",
        "demystified.7",
    ),
    (
        "Gradient descent",
        "Move every weight a little against the loss's slope, and repeat.",
        "chapter2.11",
    ),
    (
        "Softmax",
        "Turns a layer's outputs into probabilities that add up to 1, one per class.",
        "ponder.4",
    ),
    (
        "Hessian",
        "The loss's curvature; its largest eigenvalue caps the learning rate.",
        "demystified.10",
    ),
    (
        "PCA",
        "The covariance matrix's eigenvectors: the directions data spreads along.",
        "demystified.9",
    ),
    (
        "GPU",
        "Thousands of small cores that do a product's independent multiply-adds at once.",
        "ponder.7",
    ),
];

/// Where a glossary term is shown, as a fragment: its step's link, or its state.
pub fn glossary_link(place: &str) -> Option<String> {
    if place.starts_with('#') {
        return Some(place.to_string());
    }
    find_step(place).map(|(lesson, index)| step_link(lesson, index))
}
