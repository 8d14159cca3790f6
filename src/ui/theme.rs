//! The colour theme: light, dark or projector, remembered across visits.

use leptos::prelude::*;

/// The page's look. Projector is large type and high contrast for the back of a classroom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on a light page.
    Light,
    /// Light text on a dark page.
    Dark,
    /// Large type, high contrast, dark page.
    Projector,
}

const STORAGE_KEY: &str = "eigenplay.theme";

impl Theme {
    /// Every theme, in the order the picker lists them.
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Projector];

    /// The value stored and set on `<html data-theme>`.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Projector => "projector",
        }
    }

    /// The name a person reads.
    pub fn label(self) -> &'static str {
        match self {
            Theme::Light => "Light",
            Theme::Dark => "Dark",
            Theme::Projector => "Projector",
        }
    }

    fn from_name(name: &str) -> Option<Theme> {
        crate::math::named(&Theme::ALL, Theme::name, name)
    }

    /// The remembered theme, else the system's preference.
    pub fn initial() -> Theme {
        let stored = window()
            .local_storage()
            .ok()
            .flatten()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|name| Theme::from_name(&name));
        let prefers_dark = window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
        stored.unwrap_or(if prefers_dark {
            Theme::Dark
        } else {
            Theme::Light
        })
    }

    /// Shows the theme and remembers it for the next visit.
    pub fn apply(self) {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-theme", self.name());
        }
        if let Ok(Some(storage)) = window().local_storage() {
            // Private windows may refuse storage; the theme still applies for this visit.
            let _ = storage.set_item(STORAGE_KEY, self.name());
        }
    }
}

/// The theme picker in the header.
#[component]
pub fn ThemePicker(theme: RwSignal<Theme>) -> impl IntoView {
    super::menu::menu(super::menu::Menu {
        class: "theme-picker",
        label: ("Theme".into(), ""),
        options: Theme::ALL
            .iter()
            .map(|t| (t.name().into(), t.label().into()))
            .collect(),
        current: std::sync::Arc::new(move || theme.get().name().into()),
        pick: std::sync::Arc::new(move |name| {
            if let Some(t) = Theme::from_name(&name) {
                theme.set(t);
            }
        }),
    })
}
