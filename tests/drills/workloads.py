"""What the drills' other processes do: import manifests, pack item sets, inspect as a station.

Run as ``python -m tests.drills.workloads zygote WORKLOAD STORE_URL ARGS...`` (a process that imports
everything once, prepares, then forks one child per ``fork`` line on stdin and reports its exit — so a
drill can kill twenty workers without paying Python's start-up twenty times), or as ``python -m
tests.drills.workloads WORKLOAD STORE_URL ARGS...`` (one worker: prints ``ready``, waits for a line on
stdin, works). Workers print one line per step, flushed: what the drill compares with the store.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import time
import traceback
from pathlib import Path

from sqlalchemy import select

from bqw_desktop.domain.errors import DomainError, TransitionRefused
from bqw_desktop.domain.lifecycle import ItemSetStatus
from bqw_desktop.services import inspection, manifests, shipping
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store.database import Store
from bqw_desktop.store.models import ItemSet


def say(*words: object) -> None:
    """One line on stdout in one write: print() makes a write per word when stdout writes through
    (PYTHONUNBUFFERED), so a worker killed mid-line left "pack IS0…" and the zygote's "exit" line
    was glued to it (the drill then waited for an "exit" line for ever)."""
    sys.stdout.flush()
    os.write(sys.stdout.fileno(), (" ".join(map(str, words)) + "\n").encode())


# --- (a) manifest imports: prepare parses the files once, the worker stores them in turn -----------


def prepare_import(receipt: str, *files: str) -> dict:
    return {"receipt": int(receipt), "previews": [(Path(f).name, manifests.preview_file(f)) for f in files]}


def import_loop(store: Store, state: dict, seconds: float = 1e9) -> None:
    """Store the prepared manifests in turn into one receipt; ``store N LINES`` / ``stored N LINES``."""
    actor = Actor("导入员", "IMPORT", Role.ADMINISTRATOR)
    say("ready")
    end, n = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        source, preview = state["previews"][n % len(state["previews"])]
        say("store", n, len(preview.lines))
        manifests.store_preview(store, actor, state["receipt"], preview, source)
        say("stored", n, len(preview.lines))
        n += 1


# --- (b) pack scans: the passed item sets not packed yet, one after the other ------------------------


def prepare_pack(shipment: str) -> dict:
    return {"shipment": shipment}


def pack_loop(store: Store, state: dict) -> None:
    """Pack every passed item set into the shipment; ``pack CODE`` before, ``packed CODE`` after."""
    actor = Actor("打包员", "PACK", Role.ADMINISTRATOR)
    with store.read() as session:
        codes = list(session.scalars(select(ItemSet.code).where(ItemSet.status == ItemSetStatus.PASSED.value)
                                     .order_by(ItemSet.id)))
    say("ready")
    for code in codes:
        say("pack", code)
        shipping.pack(store, actor, state["shipment"], code)
        say("packed", code)


# --- (c) a station passing item sets for a while -------------------------------------------------------


def station(store: Store, name: str, seconds: str, *codes: str) -> None:
    """Pass ``codes`` in order for ``seconds``, from the start again when through them (a scan is fast
    enough now to pass the whole drive before the time is up; each later scan is refused inside its own
    write transaction, so it still meets the importer at the write lock); prints one JSON line: counts,
    latencies, error texts."""
    actor = Actor(f"质检员{name}", name, Role.ADMINISTRATOR)
    say("ready")
    sys.stdin.readline()
    begin = time.monotonic()
    passed, refused, errors, latencies = [], 0, [], {"passed": [], "refused": []}
    for code in itertools.cycle(codes):
        if time.monotonic() >= begin + float(seconds):
            break
        start = time.perf_counter()
        try:
            inspection.inspect(store, actor, code, True)
            passed.append(code)
            kind = "passed"
        except TransitionRefused as refusal:  # another station passed it first: the expected refusal
            if "already been inspected" not in str(refusal):
                errors.append(f"{code}: {refusal}")
            refused += 1
            kind = "refused"
        except Exception as error:  # noqa: BLE001 - a busy store, a bug: what the drill counts
            errors.append(f"{code}: {type(error).__name__}: {error}")
            kind = "refused"
        latencies[kind].append(time.perf_counter() - start)
    say(json.dumps({"station": name, "passed": passed, "refused": refused, "errors": errors,
                    "latencies": latencies, "seconds": time.monotonic() - begin}))


def importer(store: Store, receipt: str, seconds: str, *files: str) -> None:
    """Import ``files`` in turn for ``seconds`` (parsing each time, as a person does); one JSON line."""
    actor = Actor("导入员", "IMPORT", Role.ADMINISTRATOR)
    say("ready")
    sys.stdin.readline()
    end = time.monotonic() + float(seconds)
    imported, errors, n = 0, [], 0
    while time.monotonic() < end:
        try:
            manifests.import_manifest(store, actor, int(receipt), files[n % len(files)])
            imported += 1
        except Exception as error:  # noqa: BLE001
            errors.append(f"{type(error).__name__}: {error}" if not isinstance(error, DomainError) else str(error))
        n += 1
    say(json.dumps({"station": "import", "imported": imported, "errors": errors}))


# --- the zygote ----------------------------------------------------------------------------------------

FORKED = {"import": (prepare_import, import_loop), "pack": (prepare_pack, pack_loop)}
SINGLE = {"station": station, "importer": importer}


def zygote(workload: str, url: str, *args: str) -> None:
    """Prepare once; per ``fork`` line on stdin fork a worker, say ``child PID``, wait, say ``exit PID SIGNAL``."""
    prepare, work = FORKED[workload]
    state = prepare(*args)
    say("zygote ready")
    for command in sys.stdin:
        if command.strip() != "fork":
            break
        pid = os.fork()
        if pid == 0:  # the worker: its own engine and connections, nothing inherited but parsed data
            code = 1
            try:
                work(Store(url), state)
                code = 0
            except BaseException:  # noqa: BLE001 - said on stderr, and in the exit status
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                os._exit(code)
        say("child", pid)
        _, status = os.waitpid(pid, 0)
        say("exit", pid, os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0)


if __name__ == "__main__":
    if sys.argv[1] == "zygote":
        zygote(*sys.argv[2:])
    else:
        SINGLE[sys.argv[1]](Store(sys.argv[2]), *sys.argv[3:])
