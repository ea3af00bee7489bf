"""The cleaners on pages they were not written for: a small generated noisy corpus (articles written
for it, furniture phrased unlike the lexicons: tests/test_disjoint.py), both passes of the
pipeline, and the issue's targets. A regression in any cleaner shows up here as a figure."""

from __future__ import annotations

import pytest

from evaluation.corpus import NOISES, generate
from evaluation.score import TARGETS, evaluate, failures


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("noisy")
    generate(corpus, pages=150, seed=7)
    return evaluate(corpus)


def test_every_noise_is_in_the_corpus(result):
    assert set(result["encoding_intact"]) == set(NOISES)
    assert all(n >= 5 for n in result["encoding_pages"].values())
    assert result["lines"]["body"] > 500 and result["lines"]["chrome"] > 500 and result["lines"]["comment"] > 100


def test_targets_are_met(result):
    assert failures(result) == [], result["examples"]


def test_body_is_never_lost_to_a_layout_rule(result):
    assert result["figures"]["body kept"] >= TARGETS["body kept"]
    assert not {rule for rule in result["lost_body_by_rule"] if rule.startswith("chrome.")} - {"chrome.repeated"}


def test_encodings_are_named_and_site_keys_recorded(result):
    assert result["figures"]["encoding named right"] >= 0.97
    assert result["figures"]["site key right"] == 1.0


def test_the_repetition_signal_is_what_catches_unlisted_slogans(tmp_path):
    generate(tmp_path, pages=60, seed=3)
    with_rep, without = evaluate(tmp_path), evaluate(tmp_path, use_repetition=False)
    # without it, a slogan above the headline is taken for the headline
    assert with_rep["figures"]["titles exact"] > without["figures"]["titles exact"] + 0.3
    assert with_rep["figures"]["chrome removed"] >= without["figures"]["chrome removed"]
    assert with_rep["figures"]["body kept"] >= TARGETS["body kept"]
