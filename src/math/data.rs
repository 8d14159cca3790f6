//! Seeded datasets for the Train view.
