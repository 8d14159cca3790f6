//! The page's shared state, which the shell provides and every view reaches through context.

use std::rc::Rc;

use leptos::prelude::*;

use crate::gpu::{ActiveBackend, Compute};
use crate::share::{read_state, PageState, View};

/// What the status line knows about the compute backend.
#[derive(Clone, Debug, PartialEq)]
pub enum Backend {
    /// Still asking the browser for a WebGPU adapter.
    Searching,
    /// Found: the GPU with its adapter's name, or the CPU with the reason.
    Found(ActiveBackend),
}

/// The compute facade every view runs products through; `None` until start-up found the backend.
#[derive(Clone, Default)]
pub struct SharedCompute(pub Option<Rc<Compute>>);

/// State every view can reach through context.
#[derive(Clone, Copy)]
pub struct Shell {
    /// Everything the link carries; each view writes its part back on every change, and the
    /// address bar follows it.
    pub state: RwSignal<PageState>,
    /// The view on screen, derived from `state`: it changes only when the view does.
    pub view: Memo<View>,
    /// Notes about parts of the opening link that were ignored.
    pub link_notes: RwSignal<Vec<String>>,
    /// The compute backend found at start-up.
    pub backend: RwSignal<Backend>,
    /// The compute facade, once the backend is found.
    pub compute: StoredValue<SharedCompute, LocalStorage>,
    /// Counts the links opened in place (a lesson step, an address edited by hand): the view
    /// and the lesson bar are built anew from the link each time.
    pub opened: RwSignal<u32>,
}

impl Shell {
    /// The page's state as the address bar gives it.
    pub fn from_address() -> Shell {
        let (state, notes) = address_state();
        let state = RwSignal::new(state);
        Shell {
            state,
            view: Memo::new(move |_| state.with(|s| s.view)),
            link_notes: RwSignal::new(notes),
            backend: RwSignal::new(Backend::Searching),
            compute: StoredValue::new_local(SharedCompute::default()),
            opened: RwSignal::new(0),
        }
    }

    /// Shows `view`, keeping everything else.
    pub fn show(self, view: View) {
        self.state.update(|s| s.view = view);
    }

    /// Opens `fragment` in place, as a link to it would open the page; the browser's Back
    /// returns to the state before.
    pub fn open(self, fragment: &str) {
        let _ = window().location().set_hash(fragment);
        self.reopen();
    }

    /// Builds the view and the lesson bar anew from the address as it is now.
    pub fn reopen(self) {
        let (mut state, notes) = address_state();
        // A teacher building a deck goes from state to state (a lesson's step, a link edited
        // by hand); the deck goes along until a link brings another.
        if state.deck.is_empty() {
            state.deck = self.state.with_untracked(|s| s.deck.clone());
        }
        self.link_notes.set(notes);
        self.state.set(state);
        self.opened.update(|n| *n += 1);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Reads the link in the address bar.
fn address_state() -> (PageState, Vec<String>) {
    let location = window().location();
    read_state(
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    )
}
