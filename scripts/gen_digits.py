"""Writes data/digits.bin, the 8x8 handwritten digits the Train view fetches on demand.

The images are the UCI "Optical Recognition of Handwritten Digits" test set as
scikit-learn ships it (1,797 images of 8x8 pixels, each pixel 0..16, ten classes),
licensed CC BY 4.0 (E. Alpaydin and C. Kaynak, https://doi.org/10.24432/C50P49).

Run it with scikit-learn installed (pip install scikit-learn); the committed file is
what it writes, byte for byte, so the build needs neither Python nor scikit-learn.

Format, read by src/math/data/digits.rs:
  8 bytes   b"digits88"
  2 bytes   the number of images N, little-endian
  N x 65    each image: its 64 pixels row by row (0..16), then its label (0..9)
"""

import pathlib
import struct

import numpy as np
from sklearn.datasets import load_digits

MAGIC = b"digits88"


def main() -> None:
    digits = load_digits()
    pixels = digits.data.astype(np.uint8)
    labels = digits.target.astype(np.uint8)
    assert pixels.shape == (1797, 64) and pixels.max() <= 16 and labels.max() <= 9
    assert np.array_equal(pixels, digits.data), "pixels are whole numbers"
    records = np.concatenate([pixels, labels[:, None]], axis=1)
    out = pathlib.Path(__file__).resolve().parent.parent / "data" / "digits.bin"
    out.write_bytes(MAGIC + struct.pack("<H", len(records)) + records.tobytes())
    print(f"wrote {out} ({out.stat().st_size} bytes, {len(records)} images)")


if __name__ == "__main__":
    main()
