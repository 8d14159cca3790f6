//! The status line: which compute backend is active, found once at start-up.

use std::rc::Rc;

use leptos::prelude::*;

use super::shell::Shell;
use crate::gpu::{ActiveBackend, Compute};

/// What the status line knows about the compute backend.
#[derive(Clone, Debug, PartialEq)]
pub enum Backend {
    /// Still asking the browser for a WebGPU adapter.
    Searching,
    /// Found: the GPU with its adapter's name, or the CPU with the reason.
    Found(ActiveBackend),
}

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

/// The compute facade every view runs products through; `None` until start-up found the backend.
#[derive(Clone, Default)]
pub struct SharedCompute(pub Option<Rc<Compute>>);

/// How long the search for a GPU may take before the page settles on the CPU. Some drivers
/// never answer; a GPU that answers later still takes over.
const GPU_PATIENCE_SECONDS: u64 = 10;

/// Asks wgpu for a WebGPU adapter once, and records what it found.
pub fn detect_backend(backend: RwSignal<Backend>) {
    let compute = StoredValue::new_local(SharedCompute::default());
    provide_context(compute);
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
    let shell = expect_context::<Shell>();
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
            <span class="privacy">"Runs entirely on this device. Nothing you type leaves it."</span>
        </footer>
    }
}
