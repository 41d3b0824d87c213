"""pyside6-lupdate reads the source, not the running program: a text it cannot see is never
offered to translators and stays English in every language. These checks find the calls it
cannot read."""

from __future__ import annotations

import ast
from pathlib import Path

VIEWS = Path(__file__).resolve().parents[2] / "views"
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}


def _calls() -> list[tuple[Path, ast.Call, str]]:
    found = []
    for path in sorted(VIEWS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                found.append((path, node, name))
    return found


def test_a_marked_text_has_a_literal_context() -> None:
    """translate(CONTEXT, "…") with a variable context: lupdate files the text nowhere."""
    bad = [
        f"{path.relative_to(VIEWS.parent)}:{node.lineno}"
        for path, node, name in _calls()
        if name in MARKERS
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Constant)
        and not isinstance(node.args[0], ast.Constant)
    ]
    assert bad == [], "give these translate() calls a literal context: " + ", ".join(bad)


def test_no_formatted_string_is_passed_to_tr() -> None:
    """tr(f"…") or tr("…" % x): the translated text would never match the catalog."""
    bad = [
        f"{path.relative_to(VIEWS.parent)}:{node.lineno}"
        for path, node, name in _calls()
        if name in ("tr", "translate")
        and node.args
        and any(isinstance(a, (ast.JoinedStr, ast.BinOp)) for a in node.args[:2])
    ]
    assert bad == [], "format after translating, not before: " + ", ".join(bad)
