#![cfg(not(target_arch = "wasm32"))]
//! Every `shaders/*.wgsl` parses and validates with naga, without a GPU.

use std::fs;

#[path = "common/repo.rs"]
mod repo;
use repo::repo_file;

#[test]
fn every_shader_parses_and_validates() {
    let dir = repo_file("shaders");
    let mut checked = Vec::new();
    for entry in fs::read_dir(&dir).expect("shaders/ exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("wgsl") {
            continue;
        }
        let source = fs::read_to_string(&path).expect("readable shader");
        let name = path.display();
        let module = naga::front::wgsl::parse_str(&source)
            .unwrap_or_else(|e| panic!("{name} does not parse:\n{}", e.emit_to_string(&source)));
        naga::valid::Validator::new(
            naga::valid::ValidationFlags::all(),
            naga::valid::Capabilities::empty(),
        )
        .validate(&module)
        .unwrap_or_else(|e| panic!("{name} does not validate:\n{}", e.emit_to_string(&source)));
        assert!(
            module.entry_points.iter().any(|ep| ep.name == "main"),
            "{name} has no `main` entry point"
        );
        checked.push(path);
    }
    assert!(
        checked.len() >= 8,
        "expected the matmul and training kernels in {}",
        dir.display()
    );
}

/// Every kernel the code embeds, by file name, with the text it embeds.
fn kernels() -> Vec<(&'static str, &'static str)> {
    use eigenplay::gpu::{MatmulKernel, TrainKernel};
    let matmul = MatmulKernel::ALL.map(|k| (k.file_name(), k.source()));
    let train = TrainKernel::ALL.map(|k| (k.file_name(), k.source()));
    matmul.into_iter().chain(train).collect()
}

#[test]
fn every_kernel_the_code_uses_is_a_file() {
    for (name, _) in kernels() {
        let path = repo_file("shaders").join(name);
        assert!(path.is_file(), "{} is missing", path.display());
    }
}

#[test]
fn every_shader_states_its_bindings() {
    let dir = repo_file("shaders");
    for entry in fs::read_dir(&dir).expect("shaders/ exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("wgsl") {
            continue;
        }
        let source = fs::read_to_string(&path).expect("readable shader");
        let header: String = source.lines().take_while(|l| l.starts_with("//")).collect();
        assert!(
            header.contains("Bindings"),
            "{} does not state its bindings",
            path.display()
        );
        assert!(
            header.contains("One invocation") || header.contains("one invocation"),
            "{} does not state what one invocation computes",
            path.display()
        );
    }
}

#[test]
fn the_embedded_kernels_are_the_files_without_comments() {
    for (name, embedded) in kernels() {
        let file = fs::read_to_string(repo_file("shaders").join(name)).unwrap();
        assert!(!embedded.contains("//"), "{name} keeps a comment");
        assert!(embedded.len() < file.len() * 3 / 4, "the comments are gone");
        let tokens = |s: &str| -> Vec<String> {
            s.lines()
                .map(|l| l.split_once("//").map_or(l, |(code, _)| code))
                .flat_map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                .collect()
        };
        assert_eq!(tokens(embedded), tokens(&file), "the same code as {name}");
        let module = naga::front::wgsl::parse_str(embedded).expect("the embedded text parses");
        naga::valid::Validator::new(
            naga::valid::ValidationFlags::all(),
            naga::valid::Capabilities::empty(),
        )
        .validate(&module)
        .expect("the embedded text validates");
    }
}
