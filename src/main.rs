//! Mounts the app; everything else lives in the library.

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
fn main() {
    eigenplay::ui::mount();
}

#[cfg(not(all(target_arch = "wasm32", feature = "ui")))]
fn main() {
    eprintln!("Eigenplay is a web app: build it with `./scripts/serve` and open the page.");
}
