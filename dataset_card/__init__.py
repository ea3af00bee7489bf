"""The dataset card (README.md of a release): a template of ours filled from run statistics."""
