#!/usr/bin/env python3
"""Write the review page (review.html) of a finished release: see `--help`."""

import sys

from dataset_card.review import main

if __name__ == "__main__":
    sys.exit(main())
