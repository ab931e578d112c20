"""The audit trail an auditor can verify (issue 10): every write path chains its events, and edited,
deleted or inserted rows are found; ``audit verify`` / ``audit export`` on the command line."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import text

from bqw_desktop.cli import main
from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.domain.trail import GENESIS, Fault, canonical, link
from bqw_desktop.services import audit, drive, labelling, receiving
from bqw_desktop.services.context import now
from bqw_desktop.store.database import Store, open_store


def raw(store: Store, sql: str, *params) -> None:
    """Change the file behind the program's back, as someone with an SQLite tool would."""
    connection = sqlite3.connect(store.sqlite_path)
    with connection:
        connection.execute(sql, params)
    connection.close()


def event_count(store: Store) -> int:
    with store.read() as session:
        return session.execute(text("SELECT count(*) FROM event")).scalar()


def work(store, actor) -> None:  # noqa: ANN001
    drive.walkthrough(store, actor, inspect_count=60)
    labelling.record_printed(store, actor, ["IS000001L", "IS000002J", "IS000003H"])


@pytest.fixture
def worked_store(drive_store, drive_store_after):
    """The drive with its walkthrough: events written by every path (ORM-era record, the pack scan,
    bulk label prints)."""
    drive_store_after(work)
    return drive_store


def test_a_store_never_touched_verifies(worked_store):
    result = audit.verify(worked_store)
    assert result.intact and result.count == event_count(worked_store) > 100
    assert result.head_id == result.count and len(result.head_hash) == 64


def test_an_empty_store_verifies(store):
    assert audit.verify(store) == audit.Verification(0, 0, GENESIS, None)


def test_an_edited_event_is_found(worked_store):
    raw(worked_store, "UPDATE event SET after = 'quarantined' WHERE id = 40")
    broken = audit.verify(worked_store).broken
    assert (broken.event_id, broken.fault) == (40, Fault.EDITED)
    assert "event 40 (" in str(broken) and broken.at.endswith("+00:00")


def test_an_edited_time_or_hash_is_found(worked_store):
    raw(worked_store, "UPDATE event SET at = '2021-01-01 00:00:00.000000' WHERE id = 7")
    assert audit.verify(worked_store).broken.event_id == 7
    raw(worked_store, "UPDATE event SET hash = ? WHERE id = 3", "f" * 64)
    assert audit.verify(worked_store).broken.event_id == 3


def test_a_deleted_event_is_found(worked_store):
    raw(worked_store, "DELETE FROM event WHERE id = 50")
    result = audit.verify(worked_store)
    assert (result.broken.event_id, result.broken.fault, result.count, result.head_id) == (51, Fault.DELETED, 49, 49)


def test_an_inserted_event_is_found(worked_store):
    last = event_count(worked_store)
    raw(worked_store, "INSERT INTO event (at, actor, station, action, entity_kind, entity_code, before, after, "
                      "prev_hash, hash) SELECT '2021-09-01 01:00:00.000000', 'x', 'S', 'inspect', 'item_set', "
                      "'IS000009L', 'received', 'passed', hash, ? FROM event ORDER BY id DESC LIMIT 1", "e" * 64)
    broken = audit.verify(worked_store).broken
    assert (broken.event_id, broken.fault) == (last + 1, Fault.EDITED)


def test_unusual_text_is_rendered_by_sqlite_as_the_domain_does(store, actor, monkeypatch):
    """The fast walk lets SQLite render the canonical text; for ordinary and awkward values alike it must
    be the domain's text (no fall-back to the exact one); a NUL, which SQLite's json_array cuts, verifies
    through the fall-back."""
    values = ["", "a \"quoted\" \\ back", "line\nbreak\ttab\r\x08\x0c", "\x01\x1f\x7f", "中文 😀 \u2028", "0", None]
    with store.write() as session:
        audit.append(session, [dict(at=now(), actor=v or "甲", station="S", action="x", entity_kind="k",
                                    entity_code="c", before=v, after=v, detail=v) for v in values])
    monkeypatch.setattr(audit, "_exact", lambda *_: pytest.fail("the SQL text differed from the domain's"))
    assert audit.verify(store).intact
    monkeypatch.undo()
    receiving.create_donor(store, actor, "甲\x00乙", DonorKind.INDIVIDUAL)
    assert audit.verify(store).intact


def test_events_of_one_transaction_and_of_a_rolled_back_savepoint_chain(store, actor):
    with store.write() as session:
        audit.record(session, actor, "one", "k", "1")
        savepoint = session.begin_nested()
        audit.record(session, actor, "gone", "k", "2")
        savepoint.rollback()
        audit.record(session, actor, "two", "k", "3")
        audit.append(session, [dict(at=now(), actor="a", station="S", action="bulk", entity_kind="k",
                                    entity_code=str(n), before=None, after=None, detail=None) for n in range(5)])
    with pytest.raises(RuntimeError), store.write() as session:
        audit.record(session, actor, "rolled back", "k", "4")
        raise RuntimeError
    audit_result = audit.verify(store)
    assert audit_result.intact and audit_result.count == 7


def test_an_upgraded_store_verifies(tmp_path, actor):
    store = Store(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    command.upgrade(store._alembic_config(), "0006")  # the revision before the chain
    drive.load_drive(store, actor)
    with store.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO event (at, actor, station, action, entity_kind, entity_code, before, after, detail) VALUES "
            "('2021-09-01 01:00:00', '张三', 'S', 'inspect', 'item_set', 'IS000001L', 'received', 'passed', NULL), "
            "('2021-09-02 02:30:00.250000', '李四', 'S', 'note', 'item_set', 'IS000001L', NULL, NULL, '多行\n说明')"))
    store.upgrade()
    assert store.current_revision() == store.head_revision()
    result = audit.verify(store)
    assert result.intact and result.count == 3
    receiving.create_donor(store, actor, "升级后", DonorKind.INDIVIDUAL)
    assert audit.verify(store).count == 4
    raw(store, "UPDATE event SET actor = '王五' WHERE id = 2")
    assert audit.verify(store).broken.event_id == 2
    store.dispose()


_WRITER = """
import sys
from bqw_desktop.domain.receiving import DonorKind
from bqw_desktop.services import labelling, receiving
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store.database import open_store
store = open_store(sys.argv[1])
actor = Actor(sys.argv[2], sys.argv[2], Role.ADMINISTRATOR)
for n in range(25):
    receiving.create_donor(store, actor, f"{sys.argv[2]}-{n}", DonorKind.INDIVIDUAL)
    labelling.record_printed(store, actor, [f"{sys.argv[2]}{n}A", f"{sys.argv[2]}{n}B"])
store.dispose()
"""


def test_two_stations_writing_at_once_keep_one_chain(store, actor):
    receiving.create_donor(store, actor, "first", DonorKind.INDIVIDUAL)
    url = f"sqlite:///{store.sqlite_path}"
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, url, name], stderr=subprocess.PIPE, text=True)
               for name in ("甲站", "乙站")]
    for writer in writers:
        assert writer.wait(timeout=120) == 0, writer.stderr.read()
    result = audit.verify(store)
    assert result.intact and result.count == 1 + 2 * 25 * 3
    with store.read() as session:
        stations = session.execute(text("SELECT station FROM event ORDER BY id")).scalars().all()
    assert any(a != b for a, b in zip(stations[1:], stations[2:]))  # interleaved, most likely; chained either way


# --- the command line ---------------------------------------------------------------------------


def test_audit_verify_on_the_command_line(worked_store, capsys):
    db = str(worked_store.sqlite_path)
    assert main(["--db", db, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("audit trail intact: ") and f"{event_count(worked_store)} event(s)" in out
    assert len(out.strip().splitlines()) == 1
    raw(worked_store, "DELETE FROM event WHERE id = 20")
    assert main(["--db", db, "audit", "verify"]) == 1
    out, err = capsys.readouterr()
    assert "event 21 (" in err and "deleted" in err and "intact up to event 19" in out


def test_audit_export_writes_every_event_with_its_hashes_for_excel(worked_store, tmp_path, capsys):
    db, target = str(worked_store.sqlite_path), tmp_path / "trail.csv"
    assert main(["--db", db, "audit", "export", "-o", str(target)]) == 0
    assert f"wrote {event_count(worked_store)} event(s)" in capsys.readouterr().out
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel shows the Chinese
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0] == list(audit.CSV_COLUMNS) and len(rows) == event_count(worked_store) + 1
    assert rows[1][2] == "测试员" and rows[1][-2] == GENESIS and rows[2][-2] == rows[1][-1]
    assert rows[1][1].endswith("+00:00") and "T" in rows[1][1]
    assert main(["--db", db, "audit", "export", "-o", db]) == 2  # never over the store itself
    assert "database file" in capsys.readouterr().err
    assert audit.verify(open_store(f"sqlite:///{db}")).intact


_FORMULAS = ['=HYPERLINK("http://evil","点")', "@SUM(1)", "+1", "-1+2", "\tx", "\r=1", "'=1"]


def test_the_export_keeps_formulas_from_running_and_the_chain_recomputes(store, actor, tmp_path):
    """A cell starting with = + - @ tab CR (or ') gets a leading ', which Excel does not run; removed,
    the file gives back every hash (domain.trail) — the auditor's own check."""
    receiving.create_donor(store, actor, _FORMULAS[0], DonorKind.INDIVIDUAL)
    with store.write() as session:
        audit.append(session, [dict(at=now(), actor=v, station="S", action="x", entity_kind="k", entity_code=v,
                                    before="=" + v, after=None, detail=f"{v} 说明") for v in _FORMULAS])
    target = tmp_path / "trail.csv"
    assert audit.export_csv(store, target) == 1 + len(_FORMULAS)
    with open(target, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))[1:]
    assert rows[0][2:9] == ["测试员", "TEST-1", "create_donor", "donor", "'" + _FORMULAS[0], "", "individual"]
    for row, value in zip(rows[1:], _FORMULAS):
        assert row[2] == row[6] == "'" + value and row[7] == "'=" + value and row[9] == f"'{value} 说明"
    previous = GENESIS
    for row in rows:
        fields = [cell[1:] if cell.startswith("'") else cell or None for cell in row[2:10]]
        assert row[11] == link(previous, canonical(int(row[0]), datetime.fromisoformat(row[1]), *fields))
        assert row[10] == previous
        previous = row[11]


# --- a long chain, walked in parts by worker processes -----------------------------------------------


@pytest.fixture
def parted(store, monkeypatch):
    """A store of 100 events, verified in parts of 20 ids by worker processes (as from _POOL_FROM on)."""
    with store.write() as session:
        audit.append(session, [dict(at=now(), actor="甲", station="S", action="x", entity_kind="k",
                                    entity_code=f"C{n}", before=None, after=None, detail=f"第{n}件" if n % 2 else None)
                               for n in range(1, 101)])
    monkeypatch.setattr(audit, "_PART", 20)
    monkeypatch.setattr(audit, "_POOL_FROM", 1)
    return store


def outcome(store: Store) -> tuple:
    result = audit.verify(store)
    return result.count, result.head_id, result.broken and (result.broken.event_id, result.broken.fault)


def test_parts_walked_apart_give_the_single_walks_result(parted, monkeypatch):
    in_parts = audit.verify(parted)
    raw(parted, "UPDATE event SET after = 'x' WHERE id = 41")  # the first event of the third part
    raw(parted, "UPDATE event SET after = 'x' WHERE id = 95")  # and one in the last part: two broken parts
    assert outcome(parted) == (40, 40, (41, Fault.EDITED))
    monkeypatch.setattr(audit, "_POOL_FROM", 10**9)  # in one stream
    assert outcome(parted) == (40, 40, (41, Fault.EDITED))
    raw(parted, "UPDATE event SET after = NULL WHERE id IN (41, 95)")
    assert audit.verify(parted) == in_parts and in_parts.intact and (in_parts.count, in_parts.head_id) == (100, 100)


@pytest.mark.parametrize(("sql", "expected"), [
    ("UPDATE event SET detail = 'x' WHERE id = 40", (39, 39, (40, Fault.EDITED))),  # the last of a part
    ("UPDATE event SET hash = prev_hash WHERE id = 81", (80, 80, (81, Fault.EDITED))),  # the first of the last
    ("DELETE FROM event WHERE id = 40", (39, 39, (41, Fault.DELETED))),  # the part after it finds it
    ("DELETE FROM event WHERE id IN (39, 40)", (38, 38, (41, Fault.DELETED))),  # the two the next part starts from
    ("UPDATE event SET prev_hash = (SELECT prev_hash FROM event WHERE id = 60) WHERE id = 61",
     (60, 60, (61, Fault.EDITED))),  # a changed prev_hash no longer gives the event's hash
])
def test_a_break_at_a_part_boundary_is_the_first_break_with_its_id(parted, sql, expected):
    raw(parted, sql)
    raw(parted, "DELETE FROM event WHERE id = 99")  # a later break in a later part does not hide it
    assert outcome(parted) == expected


def test_an_unusual_text_in_a_later_part_is_no_break(parted):
    """A NUL in a field, which SQLite's json_array cuts: the worker's walk finds the part broken, the
    walk again here with the exact text does not."""
    with parted.write() as session:
        audit.append(session, [dict(at=now(), actor="甲\x00乙", station="S", action="x", entity_kind="k",
                                    entity_code="C", before=None, after=None, detail=None)])
    assert outcome(parted) == (101, 101, None)


def test_events_appended_during_the_walk_are_left_for_the_next(parted, actor, monkeypatch):
    """The chain is walked up to the newest event when verify began: a station appending meanwhile (here
    once the workers start) causes no break, and the next verification includes its events."""
    class AppendingPool(audit.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs) -> None:
            if event_count(parted) == 100:
                with parted.write() as session:
                    audit.record(session, actor, "meanwhile", "k", "X")
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(audit, "ProcessPoolExecutor", AppendingPool)
    assert outcome(parted) == (100, 100, None)
    assert outcome(parted) == (101, 101, None)
