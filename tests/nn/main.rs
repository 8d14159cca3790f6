//! Integration tests of the networks, training, datasets and teaching computations.

mod lesson;
