"""Evidence that the cleaners generalize: a noisy-corpus generator with ground truth, and a scorer."""
