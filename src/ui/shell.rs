//! The page shell: header with the views and the theme, the active view, the status line.
//! The state it shares with the views is in `page.rs`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::page::Shell;
use super::status::StatusLine;
use super::theme::{Theme, ThemePicker};
use super::views::ActiveView;
use crate::share::{write_state, View};

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let shell = Shell::from_address();
    provide_context(shell);
    super::status::detect_backend(shell);
    let qr_open = RwSignal::new(false);
    super::present::listen(qr_open);
    super::download::listen_for_saves();

    let theme = RwSignal::new(Theme::initial());
    Effect::new(move |_| theme.get().apply());

    // The address bar follows the page, so a copied link reopens exactly this state.
    let written = StoredValue::new(String::new());
    Effect::new(move |_| {
        let fragment = shell.state.with(write_state);
        written.set_value(fragment.clone());
        if let Ok(history) = window().history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fragment));
        }
        // "Copy link" says "Link copied" only while the state on screen is the one copied.
        super::write_text("copy-link", "Copy link");
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

    // Embedded (`embed=1`): no header; a link opens the same state as the whole page, in a
    // tab of its own (the path and the fragment: a query would bring `embed` back).
    let embedded = move || shell.state.with(|s| s.embed);
    let whole_page = move || {
        let mut state = shell.state.get();
        state.embed = false;
        let path = window().location().pathname().unwrap_or_default();
        format!("{path}{}", write_state(&state))
    };

    view! {
        <a class="embed-exit" hidden=move || !embedded() href=whole_page target="_blank" rel="noopener">
            "Open in Eigenplay ↗"
        </a>
        <header class="app-header" hidden=embedded>
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
                                on:click=move |_| shell.show(v)
                            >
                                {v.label()}
                            </button>
                        }
                    })
                    .collect_view()}
            </nav>
            <button
                id="copy-link"
                class="copy-link"
                on:click=move |_| {
                    if let Ok(href) = window().location().href() {
                        super::download::copy(&href);
                        super::write_text("copy-link", "Link copied");
                    }
                }
            >
                "Copy link"
            </button>
            <button
                class="copy-link"
                aria-expanded=move || qr_open.get().to_string()
                title="Q shows or hides it; Escape hides it"
                on:click=move |_| qr_open.update(|o| *o = !*o)
            >
                "QR code"
            </button>
            <button class="copy-link" on:click=|_| super::deck::show(true)>
                "Add to deck"
            </button>
            <button
                id="present"
                class="copy-link"
                title="P presents; F is fullscreen; while presenting, → and ← step, Space plays and S is a spotlight"
                on:click=|ev| {
                    super::present::toggle();
                    // Space would press the button again: the keys are the page's now.
                    event_target::<web_sys::HtmlElement>(&ev).blur().ok();
                }
            >
                "Present"
            </button>
            <ThemePicker theme=theme />
        </header>
        <LinkNotes />
        <super::qr::QrSheet open=qr_open />
        <super::deck::DeckSheet />
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
    let shell = crate::ui::provided::<Shell>();
    view! {
        <div class="notice" role="alert" hidden=move || shell.link_notes.with(Vec::is_empty)>
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
    }
}
