"""The package's layers point one way and no modules import each other in a circle (issue 11).

ui → services and queries → store and documents → domain: nothing below ui imports Qt, the read layer
never calls a use case, the domain knows neither SQL nor Qt. Read from the sources' import statements
(module level, where a circle would break an import; a function's own imports are lazy on purpose).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "bqw_desktop"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(name: str, path: Path, *, top_level: bool) -> set[str]:
    """Every module ``name`` imports (``from a import b`` counts as ``a.b`` when b is a module)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in (tree.body if top_level else ast.walk(tree)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([node.module] if node.module else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def test_no_module_imports_itself_through_others():
    modules = _modules()
    graph = {name: {m for m in _imports(name, path, top_level=True) if m in modules and m != name}
             for name, path in modules.items()}
    circles = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                circles.append(path[path.index(target):] + [target])
            elif target not in state:
                visit(target, [*path, target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert circles == []


def test_layers_point_one_way():
    refused = {  # layer: what it may not import, anywhere in its modules
        "domain": ("PySide6", "sqlalchemy", "bqw_desktop.store", "bqw_desktop.services", "bqw_desktop.queries",
                   "bqw_desktop.documents", "bqw_desktop.ui"),
        "store": ("PySide6", "bqw_desktop.services", "bqw_desktop.queries", "bqw_desktop.ui"),
        "documents": ("PySide6", "sqlalchemy", "bqw_desktop.services", "bqw_desktop.queries", "bqw_desktop.ui"),
        "queries": ("PySide6", "bqw_desktop.services", "bqw_desktop.ui"),
        "services": ("PySide6", "bqw_desktop.ui"),
    }
    wrong = []
    for name, path in _modules().items():
        layer = name.split(".")[1] if "." in name else ""
        for imported in _imports(name, path, top_level=False):
            if any(imported == bad or imported.startswith(bad + ".") for bad in refused.get(layer, ())):
                wrong.append((name, imported))
    assert sorted(wrong) == []
