//! The status line: which compute backend is active, found once at start-up.

use std::rc::Rc;

use leptos::prelude::*;

use super::page::{Backend, SharedCompute, Shell};
use crate::gpu::{ActiveBackend, Compute};
use crate::state::ProductsOn;

impl Backend {
    /// The text of the status line.
    pub fn describe(&self) -> String {
        match self {
            Backend::Searching => "Looking for a GPU…".to_string(),
            Backend::Found(active) => active.to_string(),
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Backend::Searching => "searching",
            Backend::Found(ActiveBackend::Gpu { .. }) => "webgpu",
            Backend::Found(ActiveBackend::Cpu { .. }) => "cpu",
        }
    }
}

/// How long the search for a GPU may take before the page settles on the CPU. Some drivers
/// never answer; a GPU that answers later still takes over.
const GPU_PATIENCE_SECONDS: u64 = 10;

/// Asks wgpu for a WebGPU adapter once, and records what it found.
pub fn detect_backend(shell: Shell) {
    let (backend, compute) = (shell.backend, shell.compute);
    let settle = move |found: Compute| {
        backend.set(Backend::Found(found.backend()));
        compute.set_value(SharedCompute(Some(Rc::new(found))));
    };
    leptos::task::spawn_local(async move { settle(Compute::new().await) });
    set_timeout(
        move || {
            if backend.get_untracked() == Backend::Searching {
                settle(Compute::cpu(format!(
                    "the GPU did not answer within {GPU_PATIENCE_SECONDS} s"
                )));
            }
        },
        std::time::Duration::from_secs(GPU_PATIENCE_SECONDS),
    );
}

/// The line at the foot of the page naming the backend.
#[component]
pub fn StatusLine() -> impl IntoView {
    let shell = crate::ui::provided::<Shell>();
    view! {
        <footer class="status-line">
            <span
                class="backend"
                role="status"
                aria-label="Compute backend"
                data-backend=move || shell.backend.get().kind()
            >
                {move || shell.backend.get().describe()}
            </span>
            {super::menu::menu(super::menu::Menu {
                class: "products",
                label: ("Products on ".into(), ""),
                options: ProductsOn::ALL.iter().map(|p| (p.name().into(), p.label().into())).collect(),
                current: std::sync::Arc::new(move || shell.state.with(|s| s.products.name().into())),
                pick: std::sync::Arc::new(move |name| {
                    let Some(on) = ProductsOn::from_name(&name) else { return };
                    // Written whole with `set`, whose code the page already has for this signal.
                    let mut state = shell.state.get_untracked();
                    state.products = on;
                    shell.state.set(state);
                    // What reads where products run follows the backend (`lab::ran`).
                    shell.backend.notify();
                }),
            })}
            <span class="privacy">"Runs entirely on this device. Nothing you type leaves it."</span>
        </footer>
    }
}
