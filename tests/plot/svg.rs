//! Reading back what a plot drew into its SVG string.

/// The (x, y) points of each polyline whose tag `keep` accepts, one list per polyline.
pub fn polylines(svg: &str, keep: impl Fn(&str) -> bool) -> Vec<Vec<(f64, f64)>> {
    svg.lines()
        .filter(|l| l.contains("<polyline") && keep(l))
        .map(|line| {
            let start = line.find("points=\"").unwrap() + 8;
            let end = start + line[start..].find('"').unwrap();
            line[start..end]
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect()
        })
        .collect()
}

/// Where each text of the picture is anchored, by its words.
pub fn text_anchors(svg: &str) -> Vec<(String, (f64, f64))> {
    let attr = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[start..start + tag[start..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    svg.split("<text")
        .skip(1)
        .map(|t| {
            let words = t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()]
                .trim()
                .to_string();
            (words, (attr(t, "x"), attr(t, "y")))
        })
        .collect()
}

/// An axis's tick labels as (value, pixel along the axis).
pub type Ticks = Vec<(f64, f64)>;

/// The axes' tick labels, (x, y): the x axis's are the numbers in the lowest row of text
/// (value, column), the y axis's the numbers in the leftmost column (value, row).
pub fn axis_labels(svg: &str) -> (Ticks, Ticks) {
    let numbers: Vec<(f64, (f64, f64))> = text_anchors(svg)
        .into_iter()
        .filter_map(|(words, at)| Some((words.parse().ok()?, at)))
        .collect();
    let lowest = numbers.iter().map(|n| n.1 .1).fold(f64::MIN, f64::max);
    let leftmost = numbers.iter().map(|n| n.1 .0).fold(f64::MAX, f64::min);
    let x = numbers
        .iter()
        .filter(|n| n.1 .1 == lowest)
        .map(|&(v, (px, _))| (v, px))
        .collect();
    let y = numbers
        .iter()
        .filter(|n| n.1 .0 == leftmost)
        .map(|&(v, (_, py))| (v, py))
        .collect();
    (x, y)
}

/// Where `value` falls on an axis whose tick labels are `labels` (value, pixel), the axis
/// reading `scale(value)` evenly (the identity, or log₁₀ for a logarithmic axis).
pub fn pixel_on(labels: &[(f64, f64)], value: f64, scale: impl Fn(f64) -> f64) -> f64 {
    let ((v0, p0), (v1, p1)) = (labels[0], labels[labels.len() - 1]);
    p0 + (scale(value) - scale(v0)) / (scale(v1) - scale(v0)) * (p1 - p0)
}

/// The centres of the circles drawn, as (x, y).
pub fn circles(svg: &str) -> Vec<(f64, f64)> {
    let attr = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[start..start + tag[start..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    svg.split("<circle")
        .skip(1)
        .map(|t| (attr(t, "cx"), attr(t, "cy")))
        .collect()
}
