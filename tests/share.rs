//! The share link: reading fields from the query and the fragment, and writing them back.

#[path = "common/repo.rs"]
mod repo;

use eigenplay::share::{Link, View, FIELDS};

#[test]
fn the_fragment_wins_over_the_query() {
    let mut link = Link::read("?view=train&op=det", "#view=gpu");
    assert_eq!(link.view(), View::Gpu);
    assert_eq!(link.get("op"), Some("det"));
    assert!(link.ignored.is_empty());
}

#[test]
fn matrices_and_vectors_read_as_written() {
    let link = Link::read("", "#view=lab&A=1,2;3,4&B=5,6;7,8&b=8;13&op=matmul");
    assert_eq!(link.get("A"), Some("1,2;3,4"));
    assert_eq!(link.get("B"), Some("5,6;7,8"));
    assert_eq!(link.get("b"), Some("8;13"));
}

#[test]
fn a_written_link_reads_back_the_same() {
    let mut link = Link::default();
    link.set("view", "lab");
    link.set("A", "1,-2.5e-3;3,4");
    link.set("op", "matmul");
    let fragment = link.to_fragment();
    // Matrices stay readable: no %-escapes for , ; . - e
    assert_eq!(fragment, "#view=lab&A=1,-2.5e-3;3,4&op=matmul");
    assert_eq!(Link::read("", &fragment), link);
}

#[test]
fn setting_a_field_twice_keeps_one_value_in_place() {
    let mut link = Link::read("", "#view=lab&op=det");
    link.set("view", "train");
    assert_eq!(link.to_fragment(), "#view=train&op=det");
}

#[test]
fn unknown_fields_and_views_are_named_not_obeyed() {
    let mut link = Link::read("?colour=red", "#view=moon");
    assert_eq!(link.view(), View::Lab);
    assert_eq!(link.ignored.len(), 2);
    assert!(link.ignored[0].contains("colour"));
    assert!(link.ignored[1].contains("moon"));
}

#[test]
fn hostile_and_huge_values_are_clipped_in_messages() {
    let long = "x".repeat(10_000);
    let mut link = Link::read("", &format!("#view={long}"));
    assert_eq!(link.view(), View::Lab);
    assert!(link.ignored[0].chars().count() < 200);
}

#[test]
fn percent_escapes_decode_and_broken_ones_stay_literal() {
    let link = Link::read("", "#A=1%2C2%3B3%2C4&k=5%ZZ&b=7%");
    assert_eq!(link.get("A"), Some("1,2;3,4"));
    assert_eq!(link.get("k"), Some("5%ZZ"));
    assert_eq!(link.get("b"), Some("7%"));
}

#[test]
fn every_view_round_trips_by_name() {
    for view in View::ALL {
        assert_eq!(View::from_name(view.name()), Some(view));
    }
    assert!(FIELDS.contains(&"view"));
}

#[test]
fn the_readme_documents_every_field() {
    let readme =
        std::fs::read_to_string(repo::repo_file("README.md")).expect("README.md beside Cargo.toml");
    // The first cell of each table row names its fields: `| `A`, `B`, `C` | lab | ... |`.
    let documented: Vec<&str> = readme
        .lines()
        .filter_map(|l| l.strip_prefix("| "))
        .filter_map(|l| l.split(" | ").next())
        .flat_map(|cell| cell.split(", "))
        .map(|name| name.trim_matches('`'))
        .collect();
    for field in FIELDS.iter().chain(&["A", "B", "C"]) {
        assert!(
            documented.contains(field),
            "the README's table of link fields has no row for `{field}`"
        );
    }
}
