//! A small seeded random number generator, so every run and every link replays exactly.
