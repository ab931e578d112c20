"""Counting the transactions a piece of work opens on a store (SQLite): ``reads`` are the plain
``BEGIN`` of :meth:`Store.read`, ``writes`` the ``BEGIN IMMEDIATE`` of :meth:`Store.write`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from bqw_desktop.store.database import Store

_KINDS = {"BEGIN": "reads", "BEGIN IMMEDIATE": "writes"}


@contextmanager
def counted(store: Store) -> Iterator[Counter]:
    """Count, in the yielded ``Counter``, the transactions begun on ``store`` inside the block."""
    seen: Counter = Counter(reads=0, writes=0)

    def on_execute(_connection, _cursor, statement, *_rest) -> None:  # noqa: ANN001, ANN002
        if statement in _KINDS:
            seen[_KINDS[statement]] += 1

    event.listen(store.engine, "before_cursor_execute", on_execute)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", on_execute)


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """The SQL statements run on ``store`` inside the block, in order, as sent to SQLite (BEGIN and the
    like included)."""
    seen: list[str] = []

    def on_execute(_connection, _cursor, statement, *_rest) -> None:  # noqa: ANN001, ANN002
        seen.append(" ".join(statement.split()))

    event.listen(store.engine, "before_cursor_execute", on_execute)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", on_execute)
