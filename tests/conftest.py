from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).with_name("golden")
SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))


def seed_bytes(seed_id: str) -> bytes:
    return (SEEDS / f"{seed_id}.txt").read_bytes()


def seed_lines(seed_id: str) -> list[str]:
    """The seed's lines as a reader numbers them (1-based list index 0 = line 1)."""
    return seed_bytes(seed_id).decode("utf-8").split("\n")


def golden(seed_id: str) -> dict:
    return json.loads((GOLDEN / f"{seed_id}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_release(tmp_path_factory) -> Path:
    """One release of the seeds, built through the public entry point."""
    from cleaning.release import build_release

    out = tmp_path_factory.mktemp("release") / "v1.0.0"
    build_release(SEEDS, out, "1.0.0")
    return out
