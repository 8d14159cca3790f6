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
