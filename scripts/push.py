#!/usr/bin/env python3
"""Publish a release folder to the Hugging Face Hub as one tagged commit: see `--help`."""

import sys

from cleaning.hub import main

if __name__ == "__main__":
    sys.exit(main())
