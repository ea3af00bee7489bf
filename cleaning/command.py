"""What the three commands share: a usage error is one line (`PROG: error: ...; see PROG --help`)."""

from __future__ import annotations

import argparse


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (`PROG: error: ...; see PROG --help`), exit 2."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {' '.join(message.split())} (see {self.prog} --help)\n")
