//! One labelled menu for every menu of the page (the data set, the loss, a layer's
//! activation, the theme, the norm, the race's size): a copy of a menu's view code per menu
//! would count against the size budget, one function taking its options as data does not.

use leptos::prelude::*;
use std::sync::Arc;

/// What a menu shows and does.
pub struct Menu {
    /// The class of the `<label>` around it.
    pub class: &'static str,
    /// Its name, and the class of the `<span>` that shows it (`sr-only` to name it unseen).
    pub label: (String, &'static str),
    /// (value, text) for each option, in order.
    pub options: Vec<(String, String)>,
    /// The value chosen now.
    pub current: Arc<dyn Fn() -> String + Send + Sync>,
    /// Applies a value the person picks.
    pub pick: Arc<dyn Fn(String) + Send + Sync>,
}

/// The menu as a `<label>` holding its name and a `<select>`.
pub fn menu(m: Menu) -> impl IntoView {
    let Menu {
        class,
        label: (label, label_class),
        options,
        current,
        pick,
    } = m;
    view! {
        <label class=class>
            <span class=label_class>{label}</span>
            <select
                on:change=move |ev| pick(event_target_value(&ev))
                prop:value=move || current()
            >
                {options
                    .into_iter()
                    .map(|(value, text)| view! { <option value=value>{text}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}
