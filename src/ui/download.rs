//! Text made in the page, offered as a download (no server involved) or put on the clipboard.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `text` as a file download, made in the page (no server involved).
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    save_url(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Offers what `url` holds as a file called `name`.
fn save_url(name: &str, url: &str) {
    if let Ok(a) = document().create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(url);
            a.set_download(name);
            a.click();
        }
    }
}

/// "SVG" and "PNG" beside a chart: they save the first chart (`.plot svg`) of the section or
/// figure they are in, as `name.svg` or `name.png`, in the theme on screen. One listener on
/// the page serves them all ([`listen_for_saves`]), so the buttons carry no handler (a
/// handler on each was 54 bytes more).
#[component]
pub fn SaveChart(name: &'static str, what: &'static str) -> impl IntoView {
    view! {
        <div class="save-chart" data-name=name>
            <button class="small" data-save="svg" aria-label=format!("Download the {what} as SVG")>"SVG"</button>
            <button class="small" data-save="png" aria-label=format!("Download the {what} as PNG")>"PNG"</button>
        </div>
    }
}

/// Serves every [`SaveChart`] on the page, for as long as the page lives.
pub fn listen_for_saves() {
    let clicks = window_event_listener(leptos::ev::click, |ev| {
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-save]").ok().flatten());
        if let Some(button) = button {
            save_chart(&button);
        }
    });
    std::mem::forget(clicks);
}

fn save_chart(button: &web_sys::Element) -> Option<()> {
    let png = button.get_attribute("data-save")? == "png";
    let name = button.parent_element()?.get_attribute("data-name")?;
    let svg = button
        .closest("section, figure")
        .ok()??
        .query_selector(".plot svg")
        .ok()??;
    let root = document().document_element()?;
    let style = window().get_computed_style(&root).ok()??;
    let colour = |variable: &str| {
        let value = style.get_property_value(variable).unwrap_or_default();
        value.trim().to_string()
    };
    let text = crate::plot::standalone_svg(&svg.outer_html(), &colour, &colour("--bg"));
    if !png {
        download(&format!("{name}.svg"), "image/svg+xml", &text);
        return Some(());
    }
    // The PNG: the file's SVG drawn on a canvas at twice its size on screen. A data URL,
    // which the page's Content-Security-Policy lets an image load.
    let size = svg.get_bounding_client_rect();
    let (width, height) = (size.width() * 2.0, size.height() * 2.0);
    let image = web_sys::HtmlImageElement::new().ok()?;
    let loaded = image.clone();
    let on_load = wasm_bindgen::closure::Closure::once_into_js(move || {
        let canvas = document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        let Some(canvas) = canvas else { return };
        canvas.set_width(width as u32);
        canvas.set_height(height as u32);
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
        if let Some(context) = context {
            let _ = context
                .draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, width, height);
            if let Ok(url) = canvas.to_data_url() {
                save_url(&format!("{name}.png"), &url);
            }
        }
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    let encoded = percent_encoding::utf8_percent_encode(&text, percent_encoding::NON_ALPHANUMERIC);
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    Some(())
}

/// Puts `text` on the clipboard.
pub fn copy(text: &str) {
    let _ = window().navigator().clipboard().write_text(text);
}
