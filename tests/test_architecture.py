"""The shape DESIGN.md and the README promise: rooms by stage, no import circles, the PDF sealed in one room."""
from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

#: The installed package's folders: import name prefix -> folder in the repository.
PACKAGES = {"minutebook.extract": "extract", "minutebook.models": "models", "minutebook.query": "query",
            "minutebook.batch": "batch", "minutebook": "minutebook"}
PDF_LIBRARIES = ("pypdfium2", "pdfplumber", "pdfminer")


def _modules() -> dict[str, Path]:
    found = {}
    for prefix, folder in PACKAGES.items():
        for path in (ROOT / folder).rglob("*.py"):
            parts = list(path.relative_to(ROOT / folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join([prefix, *parts])] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Every module of ours this one imports, wherever the import stands (lazy imports count too)."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                full = f"{target}.{alias.name}"
                out.add(full if full in modules else target)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    # importing a.b.c runs the __init__ of a.b first: a package facade that re-exports is part of the graph
    found = {m for m in out if m in modules}
    for m in list(found):
        parts = m.split(".")
        found.update(".".join(parts[:i]) for i in range(2, len(parts)) if ".".join(parts[:i]) in modules)
    return {m for m in found if m != name and not name.startswith(m + ".")}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_circles():
    graph = _graph()
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_the_cycle_finder_finds_a_circle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_only_the_pdf_room_touches_pdf_libraries_and_tesseract():
    offenders = []
    for name, path in _modules().items():
        if name.startswith("minutebook.extract.pdf"):
            continue
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            if any(n.split(".")[0] in PDF_LIBRARIES for n in names):
                offenders.append(f"{name} imports {names}")
        if "tesseract" in path.read_text().lower().replace("tesseract_path", "").replace("tesseract-ocr", ""):
            text = path.read_text()
            if "subprocess" in text and "tesseract" in text:
                offenders.append(f"{name} runs tesseract")
    assert not offenders, offenders


def test_the_extract_root_holds_the_pipeline_and_its_rooms():
    root = ROOT / "extract"
    modules = sorted(p.name for p in root.glob("*.py"))
    rooms = sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "__init__.py").exists())
    assert len(modules) <= 6, modules
    assert {"pdf", "pages", "structure", "resolutions", "clauses", "reports", "trackers"} <= set(rooms)


def test_every_room_is_an_installed_package():
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    for folder in (ROOT / "extract").rglob("__init__.py"):
        parts = folder.parent.relative_to(ROOT).parts
        assert ".".join(("minutebook", *parts)) in listed, parts
