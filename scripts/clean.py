#!/usr/bin/env python3
"""Clean a folder of raw Arabic news pages into a release: see `--help`."""

import sys

from cleaning.cli import main

if __name__ == "__main__":
    sys.exit(main())
