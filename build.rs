//! Writes each `shaders/*.wgsl` into `OUT_DIR` without its comments and indentation, for the
//! page to embed: the comments are for people reading `shaders/`, and every byte of the wasm
//! counts against the page's 450 KB (gzipped) budget. Tests still parse and validate the files as written,
//! and the native GPU tests run the stripped text the page runs.

use std::{env, fs, path::Path};

/// A WGSL line without its `//` comment (WGSL has no string literals, so `//` always starts
/// one) and without surrounding blanks.
fn code_of(line: &str) -> &str {
    line.split_once("//").map_or(line, |(code, _)| code).trim()
}

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=shaders");
    for entry in fs::read_dir("shaders").expect("shaders/ beside Cargo.toml") {
        let path = entry.expect("a readable entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("wgsl") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let source = fs::read_to_string(&path).expect("a readable shader");
        let code: Vec<&str> = source
            .lines()
            .map(code_of)
            .filter(|l| !l.is_empty())
            .collect();
        let name = path.file_name().expect("a file name");
        fs::write(Path::new(&out).join(name), code.join("\n") + "\n").expect("OUT_DIR is writable");
    }
}
