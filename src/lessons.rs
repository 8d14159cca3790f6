//! The two source lessons as steps: each says what to look for in a sentence or two and opens
//! the exact state that shows it. A step's link carries `lesson=<id>.<n>`, which the page
//! shows as the lesson bar. Plain data, so every step link is checked natively.

/// One step of a lesson: a title, what to notice, and the link that opens it.
pub struct Step {
    /// What the step shows, in a few words.
    pub title: &'static str,
    /// What to notice, in a sentence or two.
    pub notice: &'static str,
    /// The fragment that opens the step's state.
    pub link: &'static str,
}

/// A lesson: its title, where it comes from, and its steps in order.
pub struct Lesson {
    /// Its name in `lesson=<id>.<n>`.
    pub id: &'static str,
    /// Its title.
    pub title: &'static str,
    /// The source lesson it follows.
    pub source: &'static str,
    /// Its steps, in order.
    pub steps: &'static [Step],
}

/// Both lessons, in the order the Lessons view shows them.
pub const LESSONS: &[Lesson] = &[
    Lesson {
        id: "demystified",
        title: "Deep learning demystified: matrices, eigenvectors and a first network",
        source: "After “DL Demystified 0: Building a strong base in linear algebra”",
        steps: &[
            Step {
                title: "Multiply two matrices",
                notice: "Point at an entry of the result: it is one row of A times one column of B, added up. The top-left 4 is 1·2 + 2·1.",
                link: "#view=lab&op=matmul&A=1,2;3,4&B=2,0;1,2",
            },
            Step {
                title: "The product of two 3×3 matrices",
                notice: "The same rule at a larger size; check the corner 90 = 7·7 + 8·4 + 9·1.",
                link: "#view=lab&op=matmul&A=1,2,3;4,5,6;7,8,9&B=9,8,7;6,5,4;3,2,1",
            },
            Step {
                title: "Eigenvalues and eigenvectors",
                notice: "A·v lands on λ·v for each pair: the matrix only stretches those directions. One eigenvalue is zero up to rounding, because the rows of this matrix are dependent; the map of space shows the cube flattened onto a plane (turn the view to see it edge on).",
                link: "#view=lab&op=eig&A=1,2,3;4,5,6;7,8,9&show=map",
            },
            Step {
                title: "When eigenvalues are complex",
                notice: "A rotation turns every direction, so no real vector keeps its direction: the eigenvalues come as the pair ±i. The map of the plane shows the turn.",
                link: "#view=lab&op=eig&A=0,-1;1,0&show=map",
            },
            Step {
                title: "A layer is y = W·x + b",
                notice: "A weight matrix W of shape 2×3 turns a 3-vector x into a 2-vector; adding a bias b then shifts it. Change x and watch W·x follow.",
                link: "#view=lab&op=matmul&A=1,0,-1;2,1,0&B=1;2;3",
            },
            Step {
                title: "Learn y = 3x₁ − 2x₂ + 1 by gradient descent",
                notice: "Press Play: the loss falls and the learned weights approach (3, −2) with bias 1.",
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
        steps: &[
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
                title: "Dot product",
                notice: "xᵀy = 1·3 + 2·4 = 11: the matrix product of a row and a column.",
                link: "#view=lab&op=dot&A=1,2&B=3,4",
            },
            Step {
                title: "Properties of the matrix product",
                notice: "A(B + C) = AB + AC, (AB)C = A(BC) and (AB)ᵀ = BᵀAᵀ, checked on these matrices; try your own.",
                link: "#view=lab&op=props&A=1,2;3,4&B=5,6;7,8&C=2,0;1,2",
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
                title: "One gradient step by hand, then many",
                notice: "The four samples are loaded: press Step to see predictions, error, gradient and new weights, in numbers; then Play.",
                link: "#view=train&data=four",
            },
        ],
    },
];

/// The link of a lesson's step (0-based `index`), carrying the step for the lesson bar.
pub fn step_link(lesson: &Lesson, index: usize) -> String {
    let link = lesson.steps[index].link;
    format!("{link}&lesson={}.{}", lesson.id, index + 1)
}

/// Both lessons as the Lessons view lists them: each a panel with its steps, every step a
/// link to the state it talks about and a line on what to notice there.
pub fn contents_html() -> String {
    use crate::math::mathml::escape;
    let mut out = String::new();
    for lesson in LESSONS {
        out += &format!(
            r#"<article class="panel lesson" aria-labelledby="lesson-{id}"><h2 id="lesson-{id}">{}</h2><p class="muted">{}</p><ol class="lesson-steps">"#,
            escape(lesson.title),
            escape(lesson.source),
            id = lesson.id
        );
        for (index, step) in lesson.steps.iter().enumerate() {
            out += &format!(
                r#"<li><a href="{}">{}</a><p>{}</p></li>"#,
                escape(&step_link(lesson, index)),
                escape(step.title),
                escape(step.notice)
            );
        }
        out += "</ol></article>";
    }
    out
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
