//! The 8×8 handwritten digits: 1,797 images of ten classes, the UCI "Optical Recognition
//! of Handwritten Digits" set as scikit-learn ships it (CC BY 4.0). `scripts/gen_digits.py`
//! writes them to `data/digits.bin`, which the page fetches only when a person picks them;
//! this module reads those bytes, refusing anything that is not exactly that file.

use super::{one_hot, Dataset, Task};

/// Where the site serves the file, relative to the page.
pub const DIGITS_PATH: &str = "data/digits.bin";
/// Pixels on a side of an image.
pub const SIDE: usize = 8;
/// Pixels of an image, the network's inputs.
pub const PIXELS: usize = SIDE * SIDE;
/// The ten classes, 0 to 9.
pub const CLASSES: usize = 10;
/// The brightest a pixel is in the file (0 is blank).
pub const MAX_INK: u8 = 16;
/// Of each class's images, every fifth (its first, its sixth, ...) is held out to test on,
/// never trained on, so both parts hold every class in the same proportion.
pub const TEST_EVERY: usize = 5;
const MAGIC: &[u8] = b"digits88";
const RECORD: usize = PIXELS + 1;

/// The digits split in two: the network trains on `train` and is scored on `test`.
#[derive(Clone, Debug, PartialEq)]
pub struct Digits {
    /// The images trained on.
    pub train: Dataset,
    /// The images held out, about a fifth.
    pub test: Dataset,
}

/// Reads the file's bytes, or says in words why they are not the digits.
pub fn parse_digits(bytes: &[u8]) -> Result<Digits, String> {
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        return Err("the file is not the digits file (it may be an error page)".into());
    };
    let (count, records) = match rest {
        [lo, hi, records @ ..] => (u16::from_le_bytes([*lo, *hi]) as usize, records),
        _ => return Err("the file ends before it says how many images it holds".into()),
    };
    if count == 0 || records.len() != count * RECORD {
        return Err(format!(
            "the file should hold {count} images of {RECORD} bytes but has {} bytes of them: it is cut short or corrupt",
            records.len()
        ));
    }
    let (mut train, mut test) = (Part::default(), Part::default());
    let mut seen = [0usize; CLASSES];
    for (i, record) in records.chunks_exact(RECORD).enumerate() {
        let (pixels, label) = record.split_at(PIXELS);
        if let Some(p) = pixels.iter().find(|&&p| p > MAX_INK) {
            return Err(format!(
                "image {} has a pixel of {p}; pixels are 0 to {MAX_INK}",
                i + 1
            ));
        }
        let label = label[0] as usize;
        if label >= CLASSES {
            return Err(format!(
                "image {} is labelled {label}; labels are 0 to 9",
                i + 1
            ));
        }
        let part = if seen[label] % TEST_EVERY == 0 {
            &mut test
        } else {
            &mut train
        };
        seen[label] += 1;
        part.x
            .extend(pixels.iter().map(|&p| p as f64 / MAX_INK as f64));
        part.labels.push(label);
    }
    Ok(Digits {
        train: train.into_dataset("digits"),
        test: test.into_dataset("digits, test"),
    })
}

#[derive(Default)]
struct Part {
    x: Vec<f64>,
    labels: Vec<usize>,
}

impl Part {
    fn into_dataset(self, name: &str) -> Dataset {
        let y = one_hot(self.labels.into_iter(), CLASSES);
        let mut d = Dataset::new(name, self.x, PIXELS, y, Task::Multiclass(CLASSES));
        d.target_names = (0..CLASSES).map(|c| c.to_string()).collect();
        d
    }
}
