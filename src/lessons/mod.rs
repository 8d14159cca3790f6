//! The two source lessons, and the first one's seven questions to ponder, as steps: each says
//! what to look for in a sentence or two and opens the exact state that shows it. A step's
//! link carries `lesson=<id>.<n>`, which the page shows as the lesson bar. Plain data, so
//! every step link is checked natively. The glossary is in `glossary.rs`.

mod glossary;

pub use glossary::{glossary_link, GLOSSARY};

/// One step of a lesson: a title, what to notice, and the link that opens it.
pub struct Step {
    /// What the step shows, in a few words.
    pub title: &'static str,
    /// What to notice, in a sentence or two.
    pub notice: &'static str,
    /// The fragment that opens the step's state.
    pub link: &'static str,
}

/// A lesson: its title, where it comes from, its parts and its steps in order.
pub struct Lesson {
    /// Its name in `lesson=<id>.<n>`.
    pub id: &'static str,
    /// Its title.
    pub title: &'static str,
    /// The source lesson it follows.
    pub source: &'static str,
    /// Where each part begins (the 0-based step) and its heading: the first lesson's five
    /// levels, from a first picture to research.
    pub parts: &'static [(usize, &'static str)],
    /// Its steps, in order; step numbers run on across parts.
    pub steps: &'static [Step],
}

/// The lessons, in the order the Lessons view shows them: the two source lessons, then the
/// first one's seven questions to ponder, each answered by a state that shows the answer.
pub const LESSONS: &[Lesson] = &[
    Lesson {
        id: "demystified",
        title: "Deep learning demystified: matrices, eigenvectors and a first network",
        source: "After “DL Demystified 0: Building a strong base in linear algebra”, in its five levels",
        parts: &[
            (0, "Level 1 · A first picture"),
            (2, "Level 2 · The rules"),
            (4, "Level 3 · The formal view"),
            (7, "Level 4 · Graduate explorers"),
            (10, "Level 5 · Research"),
        ],
        steps: &[
            Step {
                title: "Multiply two matrices",
                notice: "Point at an entry of the result: it is one row of A times one column of B, added up. The top-left 4 is 1·2 + 2·1.",
                link: "#view=lab&op=matmul&A=1,2;3,4&B=2,0;1,2",
            },
            Step {
                title: "Directions a matrix only stretches",
                notice: "Press Play: the plane slides from I to A and almost every arrow turns, but the two eigen-directions stay on their lines, one stretched by 3, the other by 1.",
                link: "#view=lab&op=eig&A=2,1;1,2&show=map",
            },
            Step {
                title: "The product of two 3×3 matrices",
                notice: "The same rule at a larger size: M·N = [[30, 24, 18], [84, 69, 54], [138, 114, 90]]; check the corner 90 = 7·7 + 8·4 + 9·1.",
                link: "#view=lab&op=matmul&A=1,2,3;4,5,6;7,8,9&B=9,8,7;6,5,4;3,2,1",
            },
            Step {
                title: "A layer is y = W·x + b",
                notice: "A weight matrix W of shape 2×3 turns a 3-vector x into a 2-vector; adding a bias b then shifts it. Change x and watch W·x follow.",
                link: "#view=lab&op=matmul&A=1,0,-1;2,1,0&B=1;2;3",
            },
            Step {
                title: "Eigenvalues and eigenvectors: A·v = λ·v",
                notice: "For λ₁ = 16.1168, A·v and λ·v are both [3.7386, 8.4665, 13.1944]. PyTorch prints the same numbers negated: −v is an eigenvector too. One eigenvalue is zero up to rounding, because the rows are dependent; the map shows the cube flattened onto a plane.",
                link: "#view=lab&op=eig&A=1,2,3;4,5,6;7,8,9&show=map",
            },
            Step {
                title: "When eigenvalues are complex",
                notice: "A rotation turns every direction, so no real vector keeps its direction: the eigenvalues come as the pair ±i. The map of the plane shows the turn.",
                link: "#view=lab&op=eig&A=0,-1;1,0&show=map",
            },
            Step {
                title: "Learn y = 3x₁ − 2x₂ + 1 by gradient descent",
                notice: "Press Play: the loss falls and the learned weights approach (3, −2) with bias 1.",
                link: "#view=train",
            },
            Step {
                title: "A symmetric matrix has perpendicular eigenvectors",
                notice: "The spectral theorem: a symmetric A has real eigenvalues and an orthonormal basis of eigenvectors, so A = Q·Λ·Qᵀ; the check rebuilds A from them.",
                link: "#view=lab&op=eigh&A=2,1;1,2",
            },
            Step {
                title: "Principal directions of data",
                notice: "The eigenvectors of the covariance matrix point along the spread of the points, the largest eigenvalue first: PCA. Drag a point and watch the axes turn.",
                link: "#view=lab&op=pca&A=1,1;2,3;3,2;4,5;5,4;6,6",
            },
            Step {
                title: "The Hessian's eigenvalues set the learning rate",
                notice: "Under “How large can the learning rate be?”: the largest eigenvalue of the loss's curvature gives the largest stable rate, 2/λmax ≈ 0.78. Try a rate past it and watch the loss grow.",
                link: "#view=train",
            },
            Step {
                title: "SVD: every matrix is a rotation, a stretch and a rotation",
                notice: "U·Σ·Vᵀ rebuilds A; the singular values in Σ say how much each direction is stretched.",
                link: "#view=lab&op=svd&A=3,0;4,5",
            },
            Step {
                title: "Low rank: keep the largest singular values",
                notice: "Keeping one singular value gives the closest rank-1 matrix: the idea behind compressing weight matrices.",
                link: "#view=lab&op=lowrank&A=1,2,3;4,5,6;7,8,10&i=1",
            },
        ],
    },
    Lesson {
        id: "chapter2",
        title: "Linear algebra in deep learning: from vectors to a trained network",
        source: "After “Chapter 2: Linear algebra in deep learning”",
        parts: &[
            (0, "Vectors and matrices"),
            (4, "The operations of a network"),
            (10, "A network by hand"),
            (14, "The Keras exercise"),
        ],
        steps: &[
            Step {
                title: "Dot product",
                notice: "xᵀy = 1·3 + 2·4 = 11: the matrix product of a row and a column.",
                link: "#view=lab&op=dot&A=1,2&B=3,4",
            },
            Step {
                title: "A row and a column: A[0, :] and A[:, 1]",
                notice: "NumPy counts from 0 and the page from 1: A[0, :] is row 1, [1, 2]; pick Column and 2 for A[:, 1], [2, 4].",
                link: "#view=lab&op=row&A=1,2;3,4&i=1",
            },
            Step {
                title: TENSOR_STEP,
                notice: "T = np.arange(27).reshape(3, 3, 3) stacks three matrices; each index keeps the marked entries. A is T[0], and row 2 of A is T[0, 1].",
                link: "#view=lab&op=row&A=0,1,2;3,4,5;6,7,8&i=2",
            },
            Step {
                title: "Transpose: A.T",
                notice: "Rows become columns: the 2×3 matrix turns into a 3×2 one.",
                link: "#view=lab&op=transpose&A=1,2,3;4,5,6",
            },
            Step {
                title: "Matrix product",
                notice: "C = A·B gives [[19, 22], [43, 50]]; each entry is a row times a column.",
                link: "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8",
            },
            Step {
                title: "Hadamard product",
                notice: "Entry by entry: [[5, 12], [21, 32]]. Compare it with the matrix product of the same matrices.",
                link: "#view=lab&op=hadamard&A=1,2;3,4&B=5,6;7,8",
            },
            Step {
                title: "Properties of the matrix product",
                notice: "A(B + C) = AB + AC, (AB)C = A(BC) and (AB)ᵀ = BᵀAᵀ hold for these matrices (C is the lesson's D); try your own.",
                link: "#view=lab&op=props&A=1,2;3,4&B=5,6;7,8&C=2,3;4,5",
            },
            Step {
                title: "Solve A·x = b",
                notice: "x = [2.2, 3.6]. Step through the elimination with Next and Previous; the check shows ‖A·x − b‖.",
                link: "#view=lab&op=solve&A=2,1;1,3&b=8;13",
            },
            Step {
                title: "Rank and dependent rows",
                notice: "The third row is twice the second minus the first, so only two rows are independent: rank 2.",
                link: "#view=lab&op=rank&A=1,2,3;4,5,6;7,8,9",
            },
            Step {
                title: "nn.Linear(3, 2) by hand",
                notice: "A layer multiplies the input row x = [1, 2, 3] by Wᵀ: with these weights x·Wᵀ = [0.6, −0.4]; adding the bias [0.1, 0.2] gives [0.7, −0.2], the layer's output.",
                link: "#view=lab&op=matmul&A=1,2,3&B=0.1,0.4;-0.2,0.5;0.3,-0.6",
            },
            Step {
                title: "One gradient step by hand, then many",
                notice: "Weights [5, 5] predict [15, 25, 35, 45] for targets [3, 5, 7, 9], an error of 656. Press Step: one update at rate 0.01 gives [9.84, 16.56, 23.28, 30] and 221.6144. Then Play.",
                link: "#view=train&data=four",
            },
            Step {
                title: "The samples' rank",
                notice: "X has 4 rows and 2 columns, and rank 2: its columns are independent, so the lesson finds no linear dependence.",
                link: "#view=lab&op=rank&A=1,2;2,3;3,4;4,5",
            },
            Step {
                title: "No inverse? The pseudo-inverse",
                notice: "X is 4×2, so it has no inverse; the pseudo-inverse gives the least-squares answer [1, 1], which fits y = [3, 5, 7, 9] exactly.",
                link: "#view=lab&op=solve&A=1,2;2,3;3,4;4,5&b=3;5;7;9",
            },
            Step {
                title: "Pseudo-inverse of a matrix",
                notice: "A⁺ satisfies A·A⁺·A = A; the check measures how closely.",
                link: "#view=lab&op=pinv&A=1,2;2,3;3,4;4,5",
            },
            Step {
                title: "A Keras network: 2,497 parameters",
                notice: "The summary counts 5·64 + 64, 64·32 + 32 and 32 + 1: 2,497 parameters. Under W₁ (5×64 in Keras's layout), “Open in the Matrix Lab” shows its pseudo-inverse, 64×5, and its singular values.",
                link: "#view=train&data=keras",
            },
        ],
    },
    Lesson {
        id: "ponder",
        title: "Seven questions to ponder",
        source: "The first lesson's questions, each answered by a state you can change",
        parts: &[],
        steps: &[
            Step {
                title: "What if the data had 3 or 100 inputs?",
                notice: "The weight matrix takes the input's width: 2×4 for 4 inputs here, 2×100 for 100. Add a column to W and a row to x and the output stays 2 long.",
                link: "#view=lab&op=matmul&A=1,0,-1,2;2,1,0,-1&B=1;2;3;4",
            },
            Step {
                title: "How do more layers help?",
                notice: "Press Play: one layer draws one straight boundary, and XOR needs two, so accuracy stays near 50%. Add a hidden layer of 8 relu units and it learns.",
                link: "#view=train&data=xor&net=2-1s",
            },
            Step {
                title: "What do activation functions do?",
                notice: "These three layers are linear, so together they are one matrix: press Play and the boundary stays a straight line. Make the hidden layers relu or tanh and the circle appears.",
                link: "#view=train&data=circles&net=2-8l-8l-1s",
            },
            Step {
                title: "How would you classify cats and dogs, or digits?",
                notice: "One output per class: the last layer here has 10 units, softmax turns them into probabilities and cross-entropy is the loss. The confusion matrix shows which digits it mixes up.",
                link: "#view=train&data=digits",
            },
            Step {
                title: "What if the network had no biases?",
                notice: "Without b the fit must pass through the origin. The data has an offset of 1, so the loss stops near 1 instead of falling to 0; press Play and compare.",
                link: "#view=train&data=regression&net=2-1ln",
            },
            Step {
                title: "What do eigenvectors say about data?",
                notice: "The covariance matrix's eigenvectors are the principal directions of the points, and its eigenvalues the spread along each; as a map, they are the directions A only stretches.",
                link: "#view=lab&op=pca&A=1,1;2,3;3,2;4,5;5,4;6,6",
            },
            Step {
                title: "Why do we need GPUs?",
                notice: "An n×n product is n³ multiply-adds that do not wait for each other: work for thousands of cores at once. Run the race to see what your own machine does.",
                link: "#view=gpu",
            },
        ],
    },
];

/// The link of a lesson's step (0-based `index`), carrying the step for the lesson bar.
pub fn step_link(lesson: &Lesson, index: usize) -> String {
    let link = lesson.steps[index].link;
    format!("{link}&lesson={}.{}", lesson.id, index + 1)
}

/// The lessons as the Lessons view lists them: each a panel with its parts and steps, every
/// step a link to the state it talks about and a line on what to notice there.
pub fn contents_html() -> String {
    use crate::math::mathml::escape;
    let mut out = String::new();
    for lesson in LESSONS {
        out += &format!(
            r#"<article class="panel lesson" aria-labelledby="lesson-{id}"><h2 id="lesson-{id}">{}</h2><p class="muted">{}</p>"#,
            escape(lesson.title),
            escape(lesson.source),
            id = lesson.id
        );
        for (index, step) in lesson.steps.iter().enumerate() {
            let part = lesson.parts.iter().find(|(at, _)| *at == index);
            if index == 0 || part.is_some() {
                if index > 0 {
                    out += "</ol>";
                }
                if let Some((_, heading)) = part {
                    out += &format!("<h3>{}</h3>", escape(heading));
                }
                out += &format!(r#"<ol class="lesson-steps" start="{}">"#, index + 1);
            }
            out += &format!(
                r#"<li><a href="{}">{}</a><p>{}</p></li>"#,
                escape(&step_link(lesson, index)),
                escape(step.title),
                escape(step.notice)
            );
        }
        out += "</ol></article>";
    }
    out += r#"<article class="panel lesson" aria-labelledby="glossary"><h2 id="glossary">Glossary</h2><dl class="glossary">"#;
    for (term, meaning, place) in GLOSSARY {
        out += &format!(
            r#"<dt><a href="{}">{term}</a></dt><dd>{}</dd>"#,
            escape(&glossary_link(place).unwrap_or_default()),
            escape(meaning)
        );
    }
    out += "</dl></article>";
    out
}

/// The heading of the part a step (0-based `index`) belongs to, if its lesson has parts.
pub fn part_of(lesson: &Lesson, index: usize) -> Option<&'static str> {
    lesson
        .parts
        .iter()
        .rev()
        .find(|(at, _)| *at <= index)
        .map(|(_, heading)| *heading)
}

/// The lesson and the 0-based step that a `lesson=<id>.<n>` field names.
pub fn find_step(field: &str) -> Option<(&'static Lesson, usize)> {
    let (id, n) = field.split_once('.')?;
    let lesson = LESSONS.iter().find(|l| l.id == id)?;
    let n: usize = n.parse().ok()?;
    (1..=lesson.steps.len())
        .contains(&n)
        .then(|| (lesson, n - 1))
}

/// The deck's slides as the deck sheet lists them, in order: each title, its note, and
/// buttons (`data-do` up, down or remove, `data-at` its place) that the sheet's one listener
/// reads.
pub fn deck_list_html(deck: &[crate::state::deck::Slide]) -> String {
    use crate::math::mathml::escape;
    if deck.is_empty() {
        return r#"<li class="muted">No slides yet: set up a state, give it a title, and add it.</li>"#.into();
    }
    let mut out = String::new();
    for (k, slide) in deck.iter().enumerate() {
        let (title, note) = (escape(&slide.title), escape(&slide.note));
        let first = if k == 0 { " disabled" } else { "" };
        let last = if k + 1 == deck.len() { " disabled" } else { "" };
        out += &format!(
            r#"<li><strong>{title}</strong> <span class="muted">{note}</span> <span class="deck-moves"><button class="small" data-do="up" data-at="{k}" aria-label="Move {title} up"{first}>↑</button><button class="small" data-do="down" data-at="{k}" aria-label="Move {title} down"{last}>↓</button><button class="small" data-do="remove" data-at="{k}" aria-label="Remove {title}">Remove</button></span></li>"#
        );
    }
    out
}

/// The title of chapter 2's step on tensors, the one step with a picture in its bar.
const TENSOR_STEP: &str = "Tensors: T[0], T[:, 1, :] and T[..., 2]";

/// The picture a step shows in the lesson bar, beside its words: chapter 2's tensor. Found by
/// the step's title, so it stays with its step when steps are added before it.
pub fn step_figure(lesson: &Lesson, index: usize) -> Option<String> {
    (lesson.steps.get(index)?.title == TENSOR_STEP).then(tensor_html)
}

/// Chapter 2's tensor, `T = np.arange(27).reshape(3, 3, 3)` (entry (i, j, k) is 9i + 3j + k), as its three slices `T[0]`,
/// `T[1]`, `T[2]` side by side, once for each index a reader meets, with what the index keeps
/// marked and the NumPy shape of what it gives.
pub fn tensor_html() -> String {
    use std::fmt::Write;
    type Keeps = fn(usize, usize, usize) -> bool;
    let picks: [(&str, &str, Keeps); 4] = [
        ("T[0]", "(3, 3)", |i, _, _| i == 0),
        ("T[:, 1, :]", "(3, 3)", |_, j, _| j == 1),
        ("T[..., 2]", "(3, 3)", |_, _, k| k == 2),
        ("T[0, 1, 2]", "(), the number 5", |i, j, k| {
            (i, j, k) == (0, 1, 2)
        }),
    ];
    let mut out = String::from(r#"<div class="tensor">"#);
    for (index, shape, keeps) in picks {
        let _ = write!(
            out,
            r#"<figure><figcaption><code>{index}</code>, shape <code>{shape}</code></figcaption>"#
        );
        for i in 0..3 {
            out += "<table>";
            for j in 0..3 {
                out += "<tr>";
                for k in 0..3 {
                    let mark = if keeps(i, j, k) {
                        r#" class="kept""#
                    } else {
                        ""
                    };
                    let _ = write!(out, "<td{mark}>{}</td>", 9 * i + 3 * j + k);
                }
                out += "</tr>";
            }
            out += "</table>";
        }
        out += "</figure>";
    }
    out + "</div>"
}
