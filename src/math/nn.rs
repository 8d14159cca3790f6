//! Small dense networks: layers, activations, losses, optimizers, training.
