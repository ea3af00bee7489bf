"""What a cleaning step may receive besides the document, and how it says it needs it.

A step is a pure function Document -> Document. A step that needs more than the page declares it
with `@needs(...)`, and the pipeline passes exactly those keyword arguments from the page's
context; no step is called by its name, and a step that asks for something the pipeline does not
provide fails at import, not on some page.

Context keys:
  boilerplate  fingerprints of the lines the page's site prints on many of its pages
               (`repetition.py`, found by the first pass of a run); empty with one pass.
"""

from __future__ import annotations

from typing import Any, Callable

CONTEXT_KEYS = frozenset({"boilerplate"})


def needs(*names: str) -> Callable:
    unknown = set(names) - CONTEXT_KEYS
    if unknown:
        raise ValueError(f"a cleaning step needs {sorted(unknown)}, which no page context provides")

    def mark(step: Callable) -> Callable:
        step.needs = frozenset(names)
        return step

    return mark


def apply(step: Callable, doc: Any, context: dict[str, Any]) -> Any:
    """Run one step on the document with the context it declared it needs."""
    return step(doc, **{name: context[name] for name in getattr(step, "needs", ())})
