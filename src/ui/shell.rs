//! The page shell: header with the views and the theme, the active view, the status line.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::status::{Backend, StatusLine};
use super::theme::{Theme, ThemePicker};
use super::views::ActiveView;
use crate::share::{Link, View};

/// State every view can reach through context.
#[derive(Clone, Copy)]
pub struct Shell {
    /// The view on screen.
    pub view: RwSignal<View>,
    /// Notes about parts of the opening link that were ignored.
    pub link_notes: RwSignal<Vec<String>>,
    /// The state of every view as link fields; the address bar follows it.
    pub link: RwSignal<Link>,
    /// The compute backend found at start-up.
    pub backend: RwSignal<Backend>,
    /// Counts the links opened in place (a lesson step, an address edited by hand): the view
    /// and the lesson bar are built anew from the link each time.
    pub opened: RwSignal<u32>,
}

impl Shell {
    /// Opens `fragment` in place, as a link to it would open the page; the browser's Back
    /// returns to the state before.
    pub fn open(self, fragment: &str) {
        let _ = window().location().set_hash(fragment);
        self.reopen();
    }

    /// Builds the view and the lesson bar anew from the address as it is now.
    fn reopen(self) {
        let mut link = opening_link();
        self.link_notes.set(std::mem::take(&mut link.ignored));
        self.view.set(link.view());
        self.link.set(link);
        self.opened.update(|n| *n += 1);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Reads the link in the address bar.
fn opening_link() -> Link {
    let location = window().location();
    Link::read(
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    )
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let mut link = opening_link();
    let shell = Shell {
        view: RwSignal::new(link.view()),
        link_notes: RwSignal::new(std::mem::take(&mut link.ignored)),
        link: RwSignal::new(link),
        backend: RwSignal::new(Backend::Searching),
        opened: RwSignal::new(0),
    };
    provide_context(shell);
    super::status::detect_backend(shell.backend);

    let theme = RwSignal::new(Theme::initial());
    Effect::new(move |_| theme.get().apply());

    // The address bar follows the page, so a copied link reopens exactly this state.
    Effect::new(move |_| {
        let view = shell.view.get();
        shell.link.update(|l| l.set("view", view.name()));
    });
    let written = StoredValue::new(String::new());
    Effect::new(move |_| {
        let fragment = shell.link.with(Link::to_fragment);
        written.set_value(fragment.clone());
        if let Ok(history) = window().history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fragment));
        }
    });

    // A new fragment (a lesson's Next, a link edited by hand) opens its state in place: no
    // reload, so nothing flashes and the compute backend is not looked for again.
    let on_hash = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        let hash = window().location().hash().unwrap_or_default();
        if hash != written.get_value() {
            shell.reopen();
        }
    });
    let _ =
        window().add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_hash.forget();

    view! {
        <header class="app-header">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true">"[λ]"</span>
                <span class="brand-name">"Eigenplay"</span>
            </div>
            <nav class="views" aria-label="Views">
                {View::ALL
                    .into_iter()
                    .map(|v| {
                        view! {
                            <button
                                class="view-tab"
                                aria-current=move || (shell.view.get() == v).then_some("page")
                                on:click=move |_| shell.view.set(v)
                            >
                                {v.label()}
                            </button>
                        }
                    })
                    .collect_view()}
            </nav>
            <ThemePicker theme=theme />
        </header>
        <LinkNotes />
        <main id="main" class="app-main">
            {move || {
                shell.opened.track();
                view! { <super::lessons::LessonBar /> }
            }}
            <ActiveView />
        </main>
        <StatusLine />
    }
}

/// Says, in words, what part of the opening link was ignored; dismissible.
#[component]
fn LinkNotes() -> impl IntoView {
    let shell = expect_context::<Shell>();
    view! {
        <Show when=move || !shell.link_notes.get().is_empty()>
            <div class="notice" role="alert">
                <p>"Part of this link was not understood, so defaults were used:"</p>
                <ul>
                    {move || {
                        shell
                            .link_notes
                            .get()
                            .into_iter()
                            .map(|n| view! { <li>{n}</li> })
                            .collect_view()
                    }}
                </ul>
                <button on:click=move |_| shell.link_notes.set(Vec::new())>"Dismiss"</button>
            </div>
        </Show>
    }
}
