//! The markup the page only displays: the classifier's confusion matrix, image grids, draw
//! pad and a drawn digit's forward pass; exact fractions; the GPU race's table.

use eigenplay::math::nn::{Activation, Mlp, NetSpec};
use eigenplay::plot::exact::cells_table;
use eigenplay::plot::markup::{
    confusion_table, forward_pass, heatmap_svg, image_grid, ink_svg, neuron_maps, pad_svg,
    subscript, unit_images, weight_readout,
};
use eigenplay::plot::race::{race_table, RaceRow};
use eigenplay::plot::tables::matrix_table;

#[test]
fn a_confusion_table_marks_the_diagonal_right_and_the_rest_that_happened_wrong() {
    let names: Vec<String> = ["cat", "dog", "<b>"].map(String::from).into();
    let html = confusion_table(&[5, 1, 0, 0, 4, 0, 2, 0, 3], &names);
    assert!(html.contains(r#"<table class="confusion" aria-label="Confusion matrix">"#));
    assert!(
        html.starts_with(r#"<div class="grid-scroll" tabindex="0""#)
            && html.ends_with("</table></div>")
    );
    assert_eq!(html.matches(r#"<td class="hit">"#).count(), 3);
    assert_eq!(
        html.matches(r#"<td class="miss">"#).count(),
        2,
        "1 and 2 off the diagonal"
    );
    assert_eq!(html.matches("<td>0</td>").count(), 4);
    assert!(html.contains(
        r#"<tr><th scope="row">dog</th><td>0</td><td class="hit">4</td><td>0</td></tr>"#
    ));
    assert!(
        html.contains("&lt;b&gt;") && !html.contains("<b>"),
        "names are escaped"
    );
}

#[test]
fn an_image_grid_captions_each_image_and_marks_the_wrong_ones() {
    let svg = ink_svg(&[0.0, 1.0, 0.5, 0.0], 2, 48);
    assert!(svg.starts_with("<svg") && !svg.contains("style="));
    // One path per shade: the two blank pixels share theirs.
    assert_eq!(svg.matches("<path").count(), 3, "{svg}");
    assert!(
        svg.contains(r##"<path fill="#FFFFFF" d="M0 0h1v1h-1zM1 1h1v1h-1z"/>"##),
        "paper: {svg}"
    );
    assert!(
        svg.contains(r##"<path fill="#080808" d="M1 0h1v1h-1z"/>"##),
        "ink: {svg}"
    );
    assert!(svg.contains(r#"viewBox="0 0 2 2""#) && svg.contains(r#"width="48""#));
    let cells = vec![
        (svg.clone(), "7".to_string(), false),
        (svg, "3, is 8".to_string(), true),
    ];
    let html = image_grid("Test digits", &cells);
    assert!(html.starts_with(r#"<ul class="digit-grid" aria-label="Test digits">"#));
    assert_eq!(html.matches("<li").count(), 2);
    assert_eq!(html.matches(r#"<li class="wrong">"#).count(), 1);
    assert!(html.contains("<span>3, is 8</span>"));
}

#[test]
fn each_unit_is_drawn_from_its_own_row() {
    let mut w = vec![0.0; 3 * 4];
    w[4] = 1.0; // unit 2, first pixel
    w[5] = -0.5; // and its second, half as large and negative
    let cells = unit_images(&w, 2, 2);
    assert_eq!(cells.len(), 2, "at most two");
    assert_eq!(cells[1].1, "unit 2");
    assert!(
        cells[0]
            .0
            .contains(r##"fill="#EA580C" fill-opacity="0.08""##),
        "unit 1 is all zeros"
    );
    assert!(
        cells[1]
            .0
            .contains(r##"<path fill="#EA580C" fill-opacity="1.00" d="M0 0h1v1h-1z"/>"##),
        "{}",
        cells[1].0
    );
    assert!(
        cells[1]
            .0
            .contains(r##"<path fill="#2563EB" fill-opacity="0.54" d="M1 0h1v1h-1z"/>"##),
        "{}",
        cells[1].0
    );
}

#[test]
fn the_pad_outlines_the_keyboards_cell_only_when_asked() {
    let ink = vec![0.0; 64];
    let plain = pad_svg(&ink, 8, None);
    let with = pad_svg(&ink, 8, Some(9));
    assert_eq!(plain.matches("<path").count(), 1, "blank: one shade");
    assert_eq!(plain.matches("<rect").count(), 1, "the frame");
    assert_eq!(with.matches("<rect").count(), 2);
    assert!(
        with.contains(r##"<rect x="1" y="1" width="1" height="1" fill="none" stroke="#030303""##),
        "cell (1, 1): {with}"
    );
}

#[test]
fn a_forward_pass_names_every_product_and_activation_and_reads_the_class() {
    let spec = NetSpec::new(4)
        .dense(3, Activation::Relu)
        .dense(2, Activation::Softmax);
    let model = Mlp::new(&spec, 1);
    let x = [1.0, 0.0, 0.5, 0.25];
    let trace = model.trace(&x);
    let html = forward_pass(&trace, &[Activation::Relu, Activation::Softmax]);
    assert!(html.contains("W₁·x + b₁") && html.contains("relu → a₁"));
    assert!(html.contains("W₂·a₁ + b₂") && html.contains("softmax → a₂"));
    let p = model.predict(&x, 1);
    let best = usize::from(p[1] > p[0]);
    assert!(
        html.contains(&format!("The network reads a {best} (")),
        "{html}"
    );
    assert_eq!(html.matches(r#"<span class="nums">"#).count(), 4);
    assert_eq!(subscript(12), "₁₂");
}

#[test]
fn the_summary_table_lists_every_layer_and_the_total_as_keras_does() {
    let spec = NetSpec::new(5)
        .dense(64, Activation::Relu)
        .dense(32, Activation::Relu)
        .dense(1, Activation::Sigmoid);
    let html = eigenplay::plot::markup::summary_table(&Mlp::new(&spec, 1).summary());
    assert!(html.starts_with(r#"<table class="summary" aria-label="Model summary">"#));
    assert_eq!(html.matches("<tr>").count(), 4, "a head and three layers");
    assert!(html.contains(
        r#"<td>dense_1 (Dense)</td><td>(None, 32)</td><td class="n">2,080</td><td>relu</td>"#
    ));
    assert!(html
        .ends_with(r#"<p class="total" aria-label="Result total params">Total params: 2,497</p>"#));
}

#[test]
fn a_heatmap_draws_every_entry_once_by_sign_and_size() {
    // 3 × 4, from −6 to 5: twelve cells in one path per shade, row 1 at the top.
    let w: Vec<f64> = (0..12).map(|i| i as f64 - 6.0).collect();
    let svg = heatmap_svg(&w, (3, 4), (120, 90));
    assert!(svg.contains(r#"viewBox="0 0 4 3""#) && svg.contains(r#"width="120" height="90""#));
    assert!(!svg.contains("style="));
    let cells: usize = svg
        .split(" d=\"")
        .skip(1)
        .map(|d| d.split('"').next().unwrap().matches('M').count())
        .sum();
    assert_eq!(cells, 12);
    // −6, the largest, is full blue at (0, 0); 0 is the faintest orange at (2, 1).
    assert!(
        svg.contains(r##"<path fill="#2563EB" fill-opacity="1.00" d="M0 0h1v1h-1z"/>"##),
        "{svg}"
    );
    assert!(
        svg.contains(r##"fill="#EA580C" fill-opacity="0.08" d="M2 1h1v1h-1z"/>"##),
        "{svg}"
    );
    // Under the pointer, the range of the values; a map of no finite value says none.
    assert!(svg.contains("<title>values from -6 to 5</title>"), "{svg}");
    let blank = heatmap_svg(&[f64::NAN; 4], (2, 2), (20, 20));
    assert!(!blank.contains("<title>"), "{blank}");
}

#[test]
fn the_test_digits_put_the_wrong_ones_first_and_count_them() {
    use eigenplay::math::data::{Dataset, Task};
    let x: Vec<f64> = (0..4).flat_map(|i| vec![i as f64 / 4.0; 64]).collect();
    let test = Dataset::new("t", x, 64, vec![0.0; 4], Task::Regression);
    let html = eigenplay::plot::markup::test_digits(&test, &[1, 2, 9, 3], &[1, 5, 9, 7], 3);
    assert!(html.starts_with(r#"<p aria-label="Result test digits wrong">2 of 4 held-out digits read wrong; they come first, marked red.</p>"#));
    let captions: Vec<&str> = html
        .split("<span>")
        .skip(1)
        .map(|c| c.split('<').next().unwrap())
        .collect();
    assert_eq!(
        captions,
        ["2, is 5", "3, is 7", "1"],
        "wrong first, at most three"
    );
    assert_eq!(html.matches(r#"<li class="wrong">"#).count(), 2);
    let none = eigenplay::plot::markup::test_digits(&test, &[0; 4], &[0; 4], 40);
    assert!(none.contains("0 of 4 held-out digits read wrong.</p>"));
}

#[test]
fn exact_cells_keep_each_fraction_with_its_decimal() {
    let cells = vec![
        vec!["1/3".to_string(), "2".into()],
        vec!["-5/4".into(), "<x>".into()],
    ];
    let html = cells_table(&cells, "Exact step 2");
    assert!(
        html.contains(r#"<table class="matrix-out exact" aria-label="Exact step 2">"#),
        "{html}"
    );
    assert_eq!(html.matches("<tr>").count(), 2);
    assert_eq!(html.matches("<td>").count(), 4);
    assert!(
        html.contains(
            r#"<span class="fraction">1/3</span><span class="decimal">≈ 0.333333</span>"#
        ),
        "{html}"
    );
    assert!(
        html.contains(r#"<span class="fraction">-5/4</span><span class="decimal">≈ -1.25</span>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<span class="fraction">2</span></td>"#),
        "a whole number needs no decimal"
    );
    assert!(html.contains("&lt;x&gt;"), "text is escaped");
}

#[test]
fn the_race_table_ticks_only_an_answer_the_gpu_computed_and_that_agrees() {
    let row = |n, gpu_ms, gpu_error, failure: Option<&str>| RaceRow {
        n,
        cpu_ms: 2.0,
        gpu_ms,
        gpu_error,
        gpu_failure: failure.map(String::from),
    };
    let rows = [
        row(64, Some(1.0), Some(3e-6), None),
        row(128, Some(4.0), Some(0.01), None),
        row(256, None, None, Some("the device was lost")),
        row(512, None, None, None),
    ];
    let html = race_table(&rows);
    let cells: Vec<&str> = html.split("<tr>").skip(2).collect();
    assert_eq!(cells.len(), 4);
    assert!(
        cells[0].contains(r#"<td class="good">✓ relative error 3.0e-6</td>"#),
        "{}",
        cells[0]
    );
    assert!(
        cells[0].contains("<td>2.00×</td>"),
        "CPU 2 ms over GPU 1 ms"
    );
    assert!(
        cells[1].contains(r#"<td class="bad">✗ relative error 1.0e-2</td>"#),
        "{}",
        cells[1]
    );
    assert!(cells[2].contains("✗ not computed: the device was lost") && !cells[2].contains('✓'));
    assert!(
        !cells[2].contains("bar-gpu"),
        "no GPU bar without a GPU time"
    );
    assert!(!cells[3].contains('✓') && !cells[3].contains('✗'));
    // 512³·2 flops in the CPU's 2 ms is the best rate: its bar is full, 64 on the GPU's 1 ms
    // is 0.4% of it.
    assert!(
        cells[3].contains(r#"class="bar-cpu" x="0" y="0" height="5" width="100.0""#),
        "{}",
        cells[3]
    );
    assert!(
        cells[0].contains(r#"class="bar-gpu" x="0" y="7" height="5" width="0.4""#),
        "{}",
        cells[0]
    );
}

#[test]
fn neuron_maps_draw_each_hidden_unit_over_the_plane_top_row_first() {
    // A 2 × 2 grid, one layer of two units: unit 1 is positive only at the bottom-left
    // point (cell 0, the grid's first row being the bottom), unit 2 everywhere negative.
    let hidden = vec![vec![1.0, -1.0, 0.0, -1.0, 0.0, -1.0, 0.0, -1.0]];
    let html = neuron_maps(&hidden, 2, &[Activation::Tanh, Activation::Sigmoid]);
    assert!(html.starts_with("<h3>What each neuron sees</h3>"));
    assert!(html.contains("<p>Layer 1 (tanh)</p>"), "{html}");
    assert_eq!(html.matches("<li>").count(), 2);
    assert!(html.contains(r#"aria-label="Layer 1 neurons""#));
    // Bottom-left is drawn at row 1 (the lower row), column 0.
    assert!(
        html.contains(r##"<path fill="#EA580C" fill-opacity="1.00" d="M0 1h1v1h-1z"/>"##),
        "{html}"
    );
    assert_eq!(html.matches(r##"<path fill="#2563EB" fill-opacity="1.00" d="M0 0h1v1h-1zM1 0h1v1h-1zM0 1h1v1h-1zM1 1h1v1h-1z"/>"##).count(), 1, "{html}");
    // Wide layers show their first 16 units and say so; no hidden layer, nothing.
    let wide = vec![vec![0.5; 4 * 20]];
    let html = neuron_maps(&wide, 2, &[Activation::Relu]);
    assert_eq!(html.matches("<li>").count(), 16);
    assert!(html.contains("the first 16 of 20"));
    assert_eq!(neuron_maps(&[], 2, &[Activation::Sigmoid]), "");
}

#[test]
fn an_elimination_step_marks_its_pivot_and_the_augmented_bar() {
    let m = eigenplay::math::matrix::Matrix::from_row_slice(2, 3, &[2.0, 1.0, 8.0, 0.0, 2.5, 9.0]);
    let html = matrix_table(&m, "Elimination <1>", Some((1, 1)), Some(2));
    assert!(html.starts_with(
        r#"<div class="grid-scroll"><table class="matrix-out" aria-label="Elimination &lt;1&gt;"><tbody>"#
    ));
    assert!(
        html.contains(r#"<tr><td>0</td><td class="pivot">2.5</td><td class="bar">9</td></tr>"#),
        "{html}"
    );
    assert_eq!(
        html.matches(r#"class="bar""#).count(),
        2,
        "the bar runs down every row"
    );
    let both = matrix_table(&m, "x", Some((0, 2)), Some(2));
    assert!(both.contains(r#"<td class="pivot bar">8</td>"#), "{both}");
    assert!(!matrix_table(&m, "x", None, None).contains("class=\"p"));
}

#[test]
fn a_heatmap_reads_one_weight_or_the_block_a_cell_covers() {
    assert_eq!(
        weight_readout(0, (2, 1), 1, (8, 2), -0.25),
        "W1[3, 2] = -0.25"
    );
    // 64×64 in 2×2 blocks: cell (0, 31) covers rows 1–2, columns 63–64.
    assert_eq!(
        weight_readout(1, (0, 31), 2, (64, 64), 0.5),
        "W2 rows 1–2, columns 63–64: mean 0.5"
    );
    // The last block of a side that the blocks do not divide is cut short.
    assert_eq!(
        weight_readout(2, (32, 0), 3, (97, 10), 1.0),
        "W3 row 97, columns 1–3: mean 1"
    );
}
