"""Command line: ``bqw-desktop`` opens the window; sub-commands work headless over the same services.

Usage::

    bqw-desktop [--db PATH] [--lang zh_CN|en] [--station NAME] [--operator NAME]
    bqw-desktop [--db PATH] demo [--walkthrough]
    bqw-desktop [--db PATH] status [--json]
    bqw-desktop [--db PATH] labels (--carton ID | --all | ID...) -o FILE.pdf
    bqw-desktop [--db PATH] packing-slip SHIPMENT_ID -o FILE.pdf
    bqw-desktop [--db PATH] inspection-report -o FILE.pdf

The store is ``--db PATH`` (SQLite file), else ``BQW_DATABASE_URL`` (any SQLAlchemy URL), else the
default file in the user data folder. Exit status: 0 done, 1 nothing to do / refused labels, 2 refused input.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from pathlib import Path

from .domain.errors import DomainError
from .documents.command_sheet import render_command_sheet
from .services import drive, inspection_report, overview, printing
from .services.context import Actor, default_actor
from .store.database import StoreUnavailable, database_url, open_store


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bqw-desktop", description="BQW Desktop: warehouse and logistics for the 百千万 drive.")
    parser.add_argument("--db", metavar="PATH", help="SQLite database file (overrides BQW_DATABASE_URL)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="user-interface language (default: zh_CN, or the last choice)")
    parser.add_argument("--station", help="name of this work station (default: host name)")
    parser.add_argument("--operator", help="name of the person at this station (default: login name)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="load the 2021 drive (28 cartons, 1,896 item sets) into the store")
    demo.add_argument("--walkthrough", action="store_true",
                      help="then inspect, pack and hand over part of it, so every view shows real work")

    status = commands.add_parser("status", help="counts per stage and the shipments")
    status.add_argument("--json", action="store_true", help="print JSON")

    labels = commands.add_parser("labels", help="item-set and carton labels as a PDF (60×40 mm, Code 128)")
    which = labels.add_mutually_exclusive_group(required=True)
    which.add_argument("--carton", metavar="ID", help="the carton's label and all its item sets' labels")
    which.add_argument("--all", action="store_true", help="every item set")
    which.add_argument("ids", nargs="*", default=[], metavar="ID", help="item-set or carton IDs")
    labels.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    slip = commands.add_parser("packing-slip", help="a shipment's A4 packing slip as a PDF")
    slip.add_argument("shipment", metavar="SHIPMENT_ID")
    slip.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    report = commands.add_parser("inspection-report", help="the auditor's A4 inspection report (质检报告) as a PDF")
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    sheet = commands.add_parser("command-sheet", help="the A4 sheet of command barcodes (合格, 不合格 …) for stations")
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    return parser


def _actor(args: argparse.Namespace) -> Actor:
    base = default_actor()
    return Actor(args.operator or base.operator, args.station or base.station)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.db == "":
        parser.error("--db needs a file name")
    env_url = os.environ.get("BQW_DATABASE_URL") or None
    url = database_url(args.db, env_url)
    default_location = args.db is None and env_url is None
    if args.command is None:
        from .ui.app import run  # Qt is imported only for the window

        return run(url, _actor(args), args.lang, create_folder=default_location)
    try:
        output = getattr(args, "output", None)
        if output is not None:
            _check_output(output)
        store = open_store(url, create_folder=default_location)
        return _COMMANDS[args.command](store, args)
    except (DomainError, StoreUnavailable) as error:
        print(f"bqw-desktop: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"bqw-desktop: cannot write {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return 2


def _check_output(path: str) -> None:
    """Refuse an output file that cannot be written before any work is done.

    :raises OSError: empty name, a folder, or a folder that does not exist.
    """
    target = Path(path)
    if not path or target.is_dir():
        raise OSError(errno.EISDIR, "give a file name, not a folder", path)
    if not target.resolve().parent.is_dir():
        raise OSError(errno.ENOENT, "the folder does not exist", path)


def _demo(store, args) -> int:  # noqa: ANN001
    actor = _actor(args)
    result = drive.load_drive(store, actor)
    if result.loaded:
        print(f"loaded the 2021 drive: {result.cartons} cartons, {result.item_sets} item sets")
    else:
        print("the store already holds cartons: nothing loaded")
    if args.walkthrough:
        if drive.walkthrough(store, actor):
            print("walkthrough done: item sets inspected, shipments packed and handed over")
        else:
            print("the store already holds shipments: walkthrough skipped")
    return 0


def _status(store, args) -> int:  # noqa: ANN001
    report = overview.status_report(store)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"cartons: {report['cartons']}  item sets: {report['item_sets']}")
    for stage, count in report["stages"].items():
        print(f"  {stage:<10} {count:>7}")
    for s in report["shipments"]:
        print(f"{s['id']}  {s['status']:<12} {s['courier']}  {s['destination']}  {s['item_sets']} item sets")
    return 0


def _labels(store, args) -> int:  # noqa: ANN001
    if args.carton:
        labels = printing.labels_for_carton(store, args.carton)
    elif args.all:
        labels = printing.labels_for_all_item_sets(store)
    elif args.ids:
        labels = printing.labels_for_codes(store, args.ids)
    else:
        print("bqw-desktop labels: give --carton ID, --all or IDs", file=sys.stderr)
        return 2
    if not labels:
        print("bqw-desktop labels: the store holds no item sets: nothing to print", file=sys.stderr)
        return 1
    result = printing.write_labels(labels, args.output)
    print(f"wrote {result.pages} label(s) to {args.output}")
    for value, reason in result.refused:
        print(f"refused {value}: {reason}", file=sys.stderr)
    return 1 if result.refused else 0


def _packing_slip(store, args) -> int:  # noqa: ANN001
    data = printing.write_packing_slip(store, args.shipment, args.output)
    print(f"wrote the packing slip of {data.shipment_code} ({len(data.lines)} item sets) to {args.output}")
    return 0


def _inspection_report(store, args) -> int:  # noqa: ANN001
    pages = inspection_report.write_inspection_report(store, args.output)
    figures = inspection_report.summary(store)
    print(f"wrote the inspection report ({pages} page(s)): {figures.inspected} of {figures.item_sets} item sets "
          f"inspected, {figures.passed} passed, {figures.failed} failed, to {args.output}")
    return 0


def _command_sheet(_store, args) -> int:  # noqa: ANN001
    render_command_sheet(args.output)
    print(f"wrote the command sheet to {args.output}")
    return 0


_COMMANDS = {"demo": _demo, "status": _status, "labels": _labels, "packing-slip": _packing_slip,
             "inspection-report": _inspection_report, "command-sheet": _command_sheet}

if __name__ == "__main__":
    sys.exit(main())
