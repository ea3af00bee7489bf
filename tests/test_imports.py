"""The shape of the code: no import cycles among our modules, every imported library declared,
and cleaning a folder needs none of the heavy libraries (mlcroissant, Ray, pandas, datasets)."""

from __future__ import annotations

import ast
import importlib.metadata
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("cleaning", "dataset_card")


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def imports_of(name: str, path: Path) -> set[str]:
    """Every module an import statement in the file names, at any depth (lazy imports too),
    as absolute names."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            out.add(module)
            out.update(f"{module}.{alias.name}" for alias in node.names)  # `from . import x`
    return out


def graph() -> dict[str, set[str]]:
    ours = modules()
    return {name: {m for m in imports_of(name, path) if m in ours and m != name}
            for name, path in ours.items()}


def test_no_import_cycles_among_our_modules():
    edges = graph()
    # A package's __init__ importing nothing of ours keeps packages out of the picture.
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                cycles.append(stack[stack.index(target):] + [target])
            elif target not in state:
                visit(target, stack + [target])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_the_cycle_check_finds_a_cycle(tmp_path, monkeypatch):
    """The check itself works: two modules importing each other are reported."""
    fake = {"cleaning.a": tmp_path / "a.py", "cleaning.b": tmp_path / "b.py"}
    fake["cleaning.a"].write_text("from . import b\n")
    fake["cleaning.b"].write_text("def f():\n    from .a import g\n")
    monkeypatch.setattr(sys.modules[__name__], "modules", lambda: fake)
    with pytest.raises(AssertionError, match="cleaning.a -> cleaning.b -> cleaning.a"):
        test_no_import_cycles_among_our_modules()


# The cleaning steps and what they read are another part of issue 13's work; this checks the rest.
def test_no_module_is_over_400_lines():
    """Small parts, each with one job: no module of ours over 400 lines, cleaning steps included."""
    long = {name: n for name, path in modules().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400}
    assert not long, long


def _declared(extra: str | None = None) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] + (project["optional-dependencies"][extra] if extra else [])
    names = set()
    for spec in specs:
        name = spec.split(";")[0]
        for stop in "<>=![ ~":
            name = name.split(stop)[0]
        names.add(name.strip().lower().replace("_", "-"))
    return names


def test_every_imported_library_is_declared():
    """Each third-party library a module of ours imports is a dependency in pyproject.toml
    (Ray only in the `ray` extra, for `engine_ray.py`)."""
    distributions = importlib.metadata.packages_distributions()
    runtime, with_ray = _declared(), _declared("ray")
    missing = []
    for name, path in modules().items():
        for module in imports_of(name, path):
            top = module.split(".")[0]
            if not top or top in sys.stdlib_module_names or top in PACKAGES or top == "__future__":
                continue
            dists = {d.lower().replace("_", "-") for d in distributions.get(top, [top])}
            declared = with_ray if name == "cleaning.engine_ray" else runtime
            if not dists & declared:
                missing.append(f"{name} imports {top} ({', '.join(sorted(dists))})")
    assert not missing, sorted(set(missing))


# Runs the command on the seeds with the heavy libraries made unimportable, as in a lean install
# (`make dataset` installs none of them); then says which of them were imported anyway.
WRAPPER = """
import importlib.abc, sys
HEAVY = {"mlcroissant", "ray", "pandas", "datasets"}
class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in HEAVY:
            raise ImportError(f"{name}: not installed (test)")
sys.meta_path.insert(0, Refuse())
from cleaning.cli import main
code = main(sys.argv[1:])
print("imported:", sorted(m for m in HEAVY if m in sys.modules), file=sys.stderr)
sys.exit(code)
"""


def test_cleaning_a_folder_needs_neither_mlcroissant_nor_ray_nor_pandas(tmp_path):
    """pyarrow looks for pandas when it converts Python rows (and uses it if installed), so the
    check is that a run never needs them: with all four unimportable, the seeds' release is
    built, byte for byte as in a full install."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "PYTHONPATH": str(ROOT)}
    lean, full = tmp_path / "lean" / "v1.0.0", tmp_path / "full" / "v1.0.0"
    args = ["--input", str(SEEDS), "--workers", "2", "--quiet", "--output"]
    done = subprocess.run([sys.executable, "-c", WRAPPER, *args, str(lean)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "imported: []" in done.stderr
    done = subprocess.run([sys.executable, "-m", "cleaning.cli", *args, str(full)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    files = sorted(p.relative_to(lean).as_posix() for p in lean.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(full).as_posix() for p in full.rglob("*") if p.is_file())
    assert all((lean / f).read_bytes() == (full / f).read_bytes() for f in files)
