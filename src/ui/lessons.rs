//! The two source lessons as guided walk-throughs: each step says what to look for in
//! a sentence or two and opens the exact state that shows it. A step's link carries
//! `lesson=<id>.<n>`, and the page it opens shows the lesson bar: the step, what to notice,
//! and Previous / Next, so a class can be taken through a lesson like a slide deck.

use leptos::prelude::*;

use super::shell::Shell;

/// One step of a lesson: a title, what to notice, and the link that opens it.
struct Step {
    title: &'static str,
    notice: &'static str,
    link: &'static str,
}

/// A lesson: its title, where it comes from, and its steps in order.
struct Lesson {
    id: &'static str,
    title: &'static str,
    source: &'static str,
    steps: &'static [Step],
}

const LESSONS: &[Lesson] = &[
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

/// The Lessons view.
#[component]
pub fn LessonsView() -> impl IntoView {
    view! {
        <section class="view lessons-view" aria-labelledby="view-title">
            <h1 id="view-title">"Lessons"</h1>
            <p class="lede">
                "Two lessons, step by step. Each step opens the exact matrices or network it talks about; change them and see what follows. Every step is a link you can share with a class; opened, it shows Previous and Next, and PageUp and PageDown (what a presentation clicker sends) step through the lesson."
            </p>
            <div class="lessons">
                {LESSONS
                    .iter()
                    .map(|lesson| {
                        view! {
                            <article class="panel lesson" aria-labelledby=format!("lesson-{}", lesson.id)>
                                <h2 id=format!("lesson-{}", lesson.id)>{lesson.title}</h2>
                                <p class="muted">{lesson.source}</p>
                                <ol class="lesson-steps">
                                    {lesson
                                        .steps
                                        .iter()
                                        .enumerate()
                                        .map(|(index, step)| {
                                            view! {
                                                <li>
                                                    <a href=step_link(lesson, index)>{step.title}</a>
                                                    <p>{step.notice}</p>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
                            </article>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}

/// The link of a lesson's step (0-based `index`), carrying the step for the lesson bar.
fn step_link(lesson: &Lesson, index: usize) -> String {
    let link = lesson.steps[index].link;
    format!("{link}&lesson={}.{}", lesson.id, index + 1)
}

/// The lesson and the 0-based step that a `lesson=<id>.<n>` field names.
fn find_step(field: &str) -> Option<(&'static Lesson, usize)> {
    let (id, n) = field.split_once('.')?;
    let lesson = LESSONS.iter().find(|l| l.id == id)?;
    let n: usize = n.parse().ok()?;
    (1..=lesson.steps.len())
        .contains(&n)
        .then(|| (lesson, n - 1))
}

/// A button of the lesson bar.
#[derive(Clone, Copy)]
enum Pressed {
    Previous,
    Next,
}

thread_local! {
    /// The bar's button that opened the step now opening.
    static PRESSED: std::cell::Cell<Option<Pressed>> = const { std::cell::Cell::new(None) };
}

/// Above any view opened from a lesson step: where it is in the lesson, what to notice, and
/// Previous / Next. PageUp and PageDown do the same, which is what presentation clickers send.
#[component]
pub fn LessonBar() -> impl IntoView {
    let shell = expect_context::<Shell>();
    let field = shell
        .link
        .with_untracked(|l| l.get("lesson").map(str::to_string))?;
    let Some((lesson, index)) = find_step(&field) else {
        let shown: String = field.chars().take(30).collect();
        shell.link_notes.update(|n| {
            n.push(format!(
                "“{shown}” is not a step of a lesson, so no lesson bar is shown"
            ))
        });
        shell.link.update(|l| l.remove("lesson"));
        return None;
    };
    let last = lesson.steps.len() - 1;
    // Opened at once, not when `hashchange` comes: a clicker's quick presses all count.
    let go = move |to: usize| shell.open(&step_link(lesson, to));
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_text = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| el.tag_name() == "TEXTAREA");
        match ev.key().as_str() {
            "PageDown" if index < last && !in_text => go(index + 1),
            "PageUp" if index > 0 && !in_text => go(index - 1),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    // Leaving reopens the same state without the bar.
    let leave = move |_| {
        let mut link = shell.link.get_untracked();
        link.remove("lesson");
        shell.open(&link.to_fragment());
    };
    // The step opens in a new bar: the button pressed in the old one keeps the focus, or the
    // other one where it is now disabled, so a keyboard can go on stepping.
    let (previous, next) = (
        NodeRef::<leptos::html::Button>::new(),
        NodeRef::<leptos::html::Button>::new(),
    );
    Effect::new(move |_| {
        let order = match PRESSED.take() {
            Some(Pressed::Next) => [next, previous],
            Some(Pressed::Previous) => [previous, next],
            None => return,
        };
        if let Some(button) = order
            .into_iter()
            .flat_map(|b| b.get())
            .find(|b| !b.disabled())
        {
            let _ = button.focus();
        }
    });
    let step = &lesson.steps[index];
    Some(view! {
            <nav class="lesson-bar" aria-label="Lesson">
                <p class="lesson-where">
                    {lesson.title}
                    " · "
                    <strong>{format!("Step {} of {}: {}", index + 1, last + 1, step.title)}</strong>
                </p>
                <p class="lesson-notice">{step.notice}</p>
                <div class="lesson-buttons">
                    <button
                        class="small"
                        node_ref=previous
                        disabled=index == 0
                        on:click=move |_| {
                            PRESSED.set(Some(Pressed::Previous));
                            go(index.saturating_sub(1))
                        }
                    >
                        "Previous"
                    </button>
                    <button
                        class="primary"
                        node_ref=next
                        disabled=index == last
                        on:click=move |_| {
                            PRESSED.set(Some(Pressed::Next));
                            go(index + 1)
                        }
                    >
                        "Next"
                    </button>
                    <button class="small" on:click=leave>"Leave the lesson"</button>
                </div>
            </nav>
    })
}
