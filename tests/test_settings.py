"""Thresholds live in one settings object (cleaning/settings.py), nowhere else."""
import ast
import dataclasses
from pathlib import Path

import pytest

from cleaning.settings import SETTINGS

PACKAGE = Path(__file__).resolve().parent.parent / "cleaning"
# numbers that are not tunable: Linux syscall constants, slots of the repetition table's entries
NOT_SETTINGS = {("atomic.py", "_RENAME_EXCHANGE"), ("atomic.py", "_AT_FDCWD"),
                ("repetition.py", "_NEIGHBOUR_SLOTS"), ("repetition.py", "_ARTICLE_SLOTS")}


def _numeric(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
    if isinstance(node, ast.UnaryOp):
        return _numeric(node.operand)
    if isinstance(node, ast.BinOp):
        return _numeric(node.left) and _numeric(node.right)
    if isinstance(node, ast.Tuple):
        return bool(node.elts) and all(_numeric(e) for e in node.elts)
    return False


def test_no_module_defines_its_own_threshold():
    found = []
    for path in sorted(PACKAGE.glob("*.py")):
        if path.name == "settings.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            value = getattr(node, "value", None)
            for target in targets:
                if isinstance(target, ast.Name) and value is not None and _numeric(value) \
                        and (path.name, target.id) not in NOT_SETTINGS:
                    found.append(f"{path.name}:{node.lineno} {target.id}")
    assert not found, f"thresholds outside cleaning/settings.py: {found}"


def test_settings_are_frozen_and_every_value_documented_by_its_default():
    with pytest.raises(dataclasses.FrozenInstanceError):
        SETTINGS.chrome.caption_max_words = 99  # type: ignore[misc]
    source = (PACKAGE / "settings.py").read_text(encoding="utf-8")
    for group in dataclasses.fields(SETTINGS):
        for f in dataclasses.fields(getattr(SETTINGS, group.name)):
            assert f"    {f.name}:" in source, f.name
