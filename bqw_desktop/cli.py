"""Command line: ``bqw-desktop`` opens the window; sub-commands work headless over the same services.

Usage::

    bqw-desktop [--db PATH] [--lang zh_CN|en] [--station NAME] [--operator NAME]
    bqw-desktop [--db PATH] demo [--walkthrough]
    bqw-desktop [--db PATH] status [--json]
    bqw-desktop [--db PATH] labels (--carton ID | --all | ID...) -o FILE.pdf [--reason TEXT]
    bqw-desktop [--db PATH] packing-slip SHIPMENT_ID -o FILE.pdf
    bqw-desktop [--db PATH] inspection-report -o FILE.pdf
    bqw-desktop [--db PATH] labels ... [--template T] [--profile NAME] [--dpi 203|300|600]
    bqw-desktop [--db PATH] import-manifest FILE --receipt RECEIPT [--check]
    bqw-desktop [--db PATH] acknowledgement RECEIPT -o FILE.pdf
    bqw-desktop [--db PATH] calibration [--template T | --profile NAME] [--dpi N] -o FILE.pdf
    bqw-desktop [--db PATH] plan [--confirm]
    bqw-desktop [--db PATH] handover-manifest COURIER [--pickup ID] -o FILE.pdf
    bqw-desktop [--db PATH] package-labels SHIPMENT_ID -o FILE.pdf
    bqw-desktop [--db PATH] backup -o FILE
    bqw-desktop [--db PATH] restore FILE
    bqw-desktop [--db PATH] audit verify
    bqw-desktop [--db PATH] audit export -o FILE.csv
    bqw-desktop [--db PATH] [--operator NAME] users add NAME --role ROLE | users list | users deactivate NAME | users reactivate NAME | users pin NAME
    bqw-desktop [--db PATH] --operator NAME badges [NAME...] -o FILE.pdf
    bqw-desktop [--db PATH] wishes [--json]
    bqw-desktop [--db PATH] --operator NAME claim WISH --claimer NAME [--organisation NAME]

Commands that change the store act as ``--operator NAME``, an active account; coordinators, administrators
and auditors give their PIN in ``BQW_PIN`` or at the prompt (a new account's PIN: ``BQW_NEW_PIN`` or a
prompt). On a store with no administrator yet, ``demo`` loads the drive and ``users add NAME --role
administrator`` creates the administrator without ``--operator``.

The store is ``--db PATH`` (SQLite file), else ``BQW_DATABASE_URL`` (any SQLAlchemy URL), else the
default file in the user data folder. Exit status: 0 done, 1 nothing to do / refused labels / a broken audit
trail, 2 refused input or the person's problem (a locked store, a full disk, a read-only folder, a file that
cannot be read: one line saying what to do), 70 (``EX_SOFTWARE``) a bug: its trace, then "internal error".
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import getpass
import io
import json
import logging
import os
import sys
import traceback
from pathlib import Path

from sqlalchemy.engine import make_url

from .domain import roles
from .domain.errors import QT_TRANSLATE_NOOP, DomainError, InvalidValue
from .domain.roles import Permission, Role
from .services.context import Actor
from .store.database import (Store, StoreUnavailable, check_file_soon, database_url, missing_store_file, open_store,
                             sqlite_files)
from .store.errors import user_error

log = logging.getLogger(__name__)
# the person reads one line per problem: log records (retries, the disk full) are shown only where logging
# is set up (the window, a developer), not by Python's last-resort handler
logging.getLogger("bqw_desktop").addHandler(logging.NullHandler())
EXIT_BUG = 70  # sysexits.h EX_SOFTWARE: an internal error, to report (not the person's to fix)


def _receipt(text: str) -> int:
    """argparse's type for a receipt: ``R00012`` as the window shows it, or the bare ``12``."""
    from .domain.receiving import parse_receipt_number

    try:
        return parse_receipt_number(text)
    except InvalidValue as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bqw-desktop", description="BQW Desktop: warehouse and logistics for the 百千万 drive.")
    parser.add_argument("--db", metavar="PATH", help="SQLite database file (overrides BQW_DATABASE_URL)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="user-interface language (default: zh_CN, or the last choice)")
    parser.add_argument("--station", help="name of this work station, printed on documents (default: the name the "
                                          "window was given at its first start, else 命令行)")
    parser.add_argument("--operator", metavar="NAME",
                        help="the account acting (must exist and be active; `users list`); needed by every command "
                             "that changes the store. Coordinators, administrators and auditors give their PIN "
                             "in BQW_PIN or at the prompt")
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
    labels.add_argument("--template", choices=_Templates(), metavar="TEMPLATE",
                        help="label template and size, one of %(choices)s (default item_60x40; with --profile, "
                             "the profile's)")
    labels.add_argument("--profile", metavar="NAME", help="a saved printer profile (dpi, offsets, A4 sheet)")
    labels.add_argument("--dpi", type=int, choices=(203, 300, 600), help="printer resolution (default 203)")
    labels.add_argument("--reason", metavar="TEXT",
                        help="why labels printed before are printed again (a reprint is refused without it)")

    slip = commands.add_parser("packing-slip", help="a shipment's A4 packing slip as a PDF")
    slip.add_argument("shipment", metavar="SHIPMENT_ID")
    slip.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    report = commands.add_parser("inspection-report", help="the auditor's A4 inspection report (质检报告) as a PDF")
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    sheet = commands.add_parser("command-sheet", help="the A4 sheet of command barcodes (合格, 不合格 …) for stations")
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    manifest = commands.add_parser("import-manifest", help="import a receipt's manifest from CSV or XLSX (all-or-nothing)")
    manifest.add_argument("file", metavar="FILE")
    manifest.add_argument("--receipt", required=True, type=_receipt, metavar="RECEIPT",
                          help="receipt number as shown, e.g. R00012 (or 12)")
    manifest.add_argument("--check", action="store_true", help="only check and list bad rows; store nothing")

    ack = commands.add_parser("acknowledgement", help="a receipt's donation acknowledgement (捐赠接收确认单) as a PDF")
    ack.add_argument("receipt", type=_receipt, metavar="RECEIPT", help="receipt number as shown, e.g. R00012 (or 12)")
    ack.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    calibration = commands.add_parser("calibration", help="a label calibration page for setting x/y offsets")
    calibration.add_argument("--template", choices=_Templates(), metavar="TEMPLATE", default="item_60x40",
                             help="one of %(choices)s (default %(default)s)")
    calibration.add_argument("--profile", metavar="NAME")
    calibration.add_argument("--dpi", type=int, choices=(203, 300, 600), default=203)
    calibration.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    plan = commands.add_parser("plan", help="propose shipments covering the destinations' open needs from passed stock")
    plan.add_argument("--confirm", action="store_true", help="create the proposed planned shipments and allocations")
    handover = commands.add_parser("handover-manifest", help="a courier pickup's handover manifest (交接单) as a PDF")
    handover.add_argument("courier", metavar="COURIER", help="courier code, e.g. LP1")
    handover.add_argument("--pickup", metavar="ID", help="pickup code, e.g. JJ000001 (default: the latest)")
    handover.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    package_labels = commands.add_parser("package-labels", help="a shipment's package labels (100×150 mm) as a PDF")
    package_labels.add_argument("shipment", metavar="SHIPMENT_ID")
    package_labels.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    backup = commands.add_parser("backup", help="a consistent copy of the SQLite store, taken while it is in use")
    backup.add_argument("-o", "--output", required=True, metavar="FILE")
    restore = commands.add_parser(
        "restore", help="replace the store's content by a backup (checked first; the current store is backed up)")
    restore.add_argument("file", metavar="FILE")

    users = commands.add_parser("users", help="accounts (人员): list (anyone: the names --operator takes); "
                                              "add, deactivate, reactivate, pin (administrators)")
    users_commands = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users_commands.add_parser("add", help="add an account; its PIN from BQW_NEW_PIN or a prompt (needed "
                                                "for every role but volunteer). On a store with no "
                                                "administrator, the first account added is the administrator")
    add.add_argument("name", metavar="NAME", help="display name, printed on documents (e.g. 王芳)")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    users_commands.add_parser("list", help="every account: name, role, badge, active")
    deactivate = users_commands.add_parser("deactivate", help="an account can no longer sign in (its records stay)")
    deactivate.add_argument("name", metavar="NAME")
    reactivate = users_commands.add_parser("reactivate", help="a deactivated account can sign in again")
    reactivate.add_argument("name", metavar="NAME")
    pin = users_commands.add_parser("pin", help="give an account a new PIN (from BQW_NEW_PIN or a prompt)")
    pin.add_argument("name", metavar="NAME")

    badges = commands.add_parser("badges", help="badges (工牌) to sign in by scanning, as an A4 PDF; administrators")
    badges.add_argument("names", nargs="*", metavar="NAME", help="whose badges (default: every active account)")
    badges.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    audit = commands.add_parser("audit", help="the audit trail (操作日志): verify its hash chain, export it")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_commands.add_parser("verify", help="walk the hash chain; report the first edited, deleted or inserted "
                                             "event (exit 1)")
    export = audit_commands.add_parser("export", help="every event with its hashes as CSV (UTF-8 with BOM, for Excel)")
    export.add_argument("-o", "--output", required=True, metavar="FILE.csv")

    wishes = commands.add_parser("wishes", help="micro-wishes (微心愿): how many are in each state")
    wishes.add_argument("--json", action="store_true", help="print JSON")
    claim = commands.add_parser("claim", help="record that a claimer claims (认领) a wish")
    claim.add_argument("wish", metavar="WISH", help="the wish's code (WS…), as on its card")
    claim.add_argument("--claimer", required=True, metavar="NAME", help="who claims it (a recorded claimer)")
    claim.add_argument("--organisation", metavar="NAME",
                       help="the claimer's organisation (needed when two organisations have a claimer of that name)")
    return parser


class _Templates:
    """The label templates' names, as ``--template``'s choices: the documents (reportlab) are imported
    only when the option is given or the help shown, not for every command."""

    def __iter__(self):  # noqa: ANN204
        from .documents.labels import LabelTemplate

        return iter([template.value for template in LabelTemplate])

    def __contains__(self, name: object) -> bool:
        return name in list(self)


def _label_profile(store, args):  # noqa: ANN001, ANN202
    """The profile the label options ask for; ``None`` when none is given (the default 60×40 mm, 203 dpi)."""
    from .documents.labels import LabelProfile, LabelTemplate
    from .services import labelling

    if args.profile:
        profile = labelling.profile_named(store, args.profile)
        if args.template:
            profile = LabelProfile.for_template(LabelTemplate(args.template), profile.dpi, offset_x_mm=profile.offset_x_mm,
                                                offset_y_mm=profile.offset_y_mm, sheet=profile.sheet)
        return profile
    if args.template or args.dpi:
        return LabelProfile.for_template(LabelTemplate(args.template or "item_60x40"), args.dpi or 203)
    return None


CLI_STATION = "命令行"  # a station that was never named: never the host name on a document


def _station(args: argparse.Namespace) -> str:
    return args.station or CLI_STATION


def _pin(variable: str, prompt: str) -> str:
    """A PIN from the environment ``variable``, else typed at a prompt (not echoed).

    :raises InvalidValue: neither (no terminal to ask at).
    """
    if os.environ.get(variable):
        return os.environ[variable]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise InvalidValue(QT_TRANSLATE_NOOP("domain", "Give the PIN in {variable}: there is no terminal to ask at."),
                       variable=variable)


def _actor(store: Store, args: argparse.Namespace) -> Actor:
    """The account named by ``--operator``, signed in at this station (its PIN asked when its role needs one).

    :raises InvalidValue: no ``--operator`` (or a refused sign-in).
    """
    from .services import people

    if people.needs_administrator(store):
        raise InvalidValue(QT_TRANSLATE_NOOP(
            "domain", "This store has no administrator yet: create one with `users add NAME --role administrator`, "
                      "without --operator."))
    if not args.operator:
        raise InvalidValue(QT_TRANSLATE_NOOP(
            "domain", "This command changes the store: give --operator NAME, an active account (`users list`)."))
    try:
        return people.sign_in(store, _station(args), name=args.operator, record=False)
    except people.PinNeeded:
        return people.sign_in(store, _station(args), name=args.operator, pin=_pin("BQW_PIN", f"PIN of {args.operator}: "),
                              record=False)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.db == "":
        parser.error("--db needs a file name")
    env_url = os.environ.get("BQW_DATABASE_URL") or None
    url = database_url(args.db, env_url)
    default_location = args.db is None and env_url is None
    if args.command is None:
        check_file_soon(url)  # while Qt and the window's modules are imported
        from .ui.app import run  # Qt is imported only for the window

        return run(url, args.station, args.lang, create_folder=default_location, ask_to_create=not default_location)
    if args.db and args.command not in ("demo", "command-sheet", "restore") and not Path(args.db).expanduser().exists():
        # a mistyped path must not look like an empty warehouse
        folder = Path(args.db).expanduser().parent
        if not folder.is_dir():  # demo would not make it either: a mistyped folder is refused, not created
            print(f"bqw-desktop: there is no store at {args.db}, nor its folder {folder}: check the path",
                  file=sys.stderr)
        else:
            print(f"bqw-desktop: there is no store at {args.db}: check the path "
                  f"(`bqw-desktop --db {args.db} demo` creates one with the drive)", file=sys.stderr)
        return 2
    missing = missing_store_file(url)
    if env_url and not args.db and missing and args.command not in ("demo", "command-sheet", "restore"):
        # nor a mistyped BQW_DATABASE_URL
        print(f"bqw-desktop: there is no store at {missing} (BQW_DATABASE_URL): check the URL "
              f"(`bqw-desktop demo` creates one there with the drive)", file=sys.stderr)
        return 2
    if args.command == "backup" and missing:
        print(f"bqw-desktop: there is no store at {missing}: nothing to back up", file=sys.stderr)
        return 2
    args.default_location = default_location
    output = getattr(args, "output", None)
    # PDFs are written whole to args.pdf, then renamed: a failure leaves an older file as it was
    args.pdf = f"{output}.part" if output is not None else None
    try:
        for path in (output, getattr(args, "file", None)):
            _not_a_store_file(path, url)
        if output is not None:
            _check_output(output)
        if args.command == "restore":  # the store may be damaged: restore opens it only if it is sound
            return _restore(url, args)
        store = open_store(url, create_folder=default_location)
        if output is None:
            return _COMMANDS[args.command](store, args)
        # "wrote … to FILE" is said once FILE is in place: held back until the rename has succeeded
        said = io.StringIO()
        with contextlib.redirect_stdout(said):
            status = _COMMANDS[args.command](store, args)
        if os.path.exists(args.pdf):
            os.replace(args.pdf, output)
        sys.stdout.write(said.getvalue())
        return status
    except (DomainError, StoreUnavailable) as error:
        print(f"bqw-desktop: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `status | head`: the reader has gone, nothing to say
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the closed pipe until exit
        return 1
    except OSError as error:  # a file named on the command line
        if output is not None and error.filename in (None, output, args.pdf):
            print(f"bqw-desktop: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        else:
            print(f"bqw-desktop: cannot read {error.filename}: {error.strerror or error}", file=sys.stderr)
        return 2
    except Exception as error:  # the last line of defence: the person's problem in one line, a bug with its trace
        known = user_error(error, make_url(url).database or url)
        if known is None:
            traceback.print_exc()
            print(f"bqw-desktop: internal error (a bug, not your doing): {type(error).__name__}: {error}. "
                  "Please report it with the lines above.", file=sys.stderr)
            return EXIT_BUG
        log.debug("the store failed", exc_info=True)  # shown only when logging is set up
        print(f"bqw-desktop: {known}", file=sys.stderr)
        return 2
    finally:
        if args.pdf is not None and os.path.exists(args.pdf):
            os.remove(args.pdf)


def _not_a_store_file(path: str | None, url: str) -> None:
    """Refuse ``path`` when it is the SQLite store or one of its -wal/-shm/-journal files: writing a PDF over
    it would destroy the warehouse, and even reading it would drop this process's locks on it (TRAPS.md).

    :raises OSError: ``EEXIST``, naming the file.
    """
    database = make_url(url).database if url.startswith("sqlite") else None
    if path and database and Path(path).expanduser().resolve() in sqlite_files(Path(database).resolve()):
        raise OSError(errno.EEXIST, "this is the warehouse's database file: choose another file", path)


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
    from .services import drive, people

    loaded, walked = drive.progress(store)
    actor = None  # nothing to do needs no one named (README's set-up command runs again on every start)
    if not loaded or (args.walkthrough and not walked):
        if not args.operator and people.needs_administrator(store):
            actor = Actor(people.DRIVE_LOADER, _station(args), Role.ADMINISTRATOR)
        else:
            actor = _actor(store, args)
    result = drive.load_drive(store, actor) if actor is not None else None
    if result is not None and result.loaded:
        print(f"loaded the 2021 drive: {result.cartons} cartons, {result.item_sets} item sets")
    else:
        print("the store already holds cartons: nothing loaded")
    if args.walkthrough:
        if actor is not None and drive.walkthrough(store, actor):
            print("walkthrough done: item sets inspected, shipments packed and handed over")
        else:
            print("a walkthrough ran already, or the store holds shipments: walkthrough skipped")
    return 0


def _status(store, args) -> int:  # noqa: ANN001
    from .queries.status import status_report

    report = status_report(store)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"cartons: {report['cartons']}  item sets: {report['item_sets']}")
    for stage, count in report["stages"].items():
        print(f"  {stage:<10} {count:>7}")
    for s in report["shipments"]:
        to_pick = f", {s['allocated']} to pick" if s["allocated"] else ""
        print(f"{s['id']}  {s['status']:<12} {s['courier']}  {s['destination']}  {s['item_sets']} item sets{to_pick}")
    return 0


def _labels(store, args) -> int:  # noqa: ANN001
    from .services import labelling

    actor = _actor(store, args)  # prints are recorded: who prints them, asked first
    if args.carton:
        labels = labelling.labels_for_carton(store, args.carton)
    elif args.all:  # read from the store as they are written: no list of 189,600 labels (issue 11)
        codes, labels = labelling.labels_for_all_item_sets(store)
    elif args.ids:
        labels = labelling.labels_for_codes(store, args.ids)
    else:
        print("bqw-desktop labels: give --carton ID, --all or IDs", file=sys.stderr)
        return 2
    if not args.all:
        codes = [label.code for label in labels]
    if not codes:
        print("bqw-desktop labels: the store holds no item sets: nothing to print", file=sys.stderr)
        return 1

    profile = _label_profile(store, args)
    try:
        labelling.check_print(store, codes, args.reason)  # a reprint without a reason: nothing is written
        result = labelling.write_labels(labels, args.pdf, profile) if profile else labelling.write_labels(labels, args.pdf)
        refused = {value for value, _ in result.refused}
        # recorded once written (to the .part file); refused if another station printed them meanwhile
        labelling.record_printed(store, actor, [c for c in codes if c not in refused], args.reason)
    except labelling.ReprintNeedsReason as error:
        if os.path.exists(args.pdf):
            os.remove(args.pdf)  # labels whose print is not recorded are not handed out
        print(f"bqw-desktop labels: {error} Nothing written: give the reason with --reason TEXT.", file=sys.stderr)
        return 2
    print(f"wrote {result.pages} label(s) to {args.output}")
    for value, reason in result.refused:
        print(f"refused {value}: {reason}", file=sys.stderr)
    return 1 if result.refused else 0


def _packing_slip(store, args) -> int:  # noqa: ANN001
    from .services import shipping_documents

    data = shipping_documents.write_packing_slip(store, args.shipment, args.pdf)
    print(f"wrote the packing slip of {data.shipment_code} ({len(data.lines)} item sets) to {args.output}")
    return 0


def _inspection_report(store, args) -> int:  # noqa: ANN001
    from .services import inspection_report

    pages = inspection_report.write_inspection_report(store, args.pdf)
    figures = inspection_report.summary(store)
    print(f"wrote the inspection report ({pages} page(s)): {figures.inspected} of {figures.item_sets} item sets "
          f"inspected, {figures.passed} passed, {figures.failed} failed, to {args.output}")
    return 0


def _command_sheet(_store, args) -> int:  # noqa: ANN001
    from .documents.command_sheet import render_command_sheet

    render_command_sheet(args.pdf)
    print(f"wrote the command sheet to {args.output}")
    return 0


def _import_manifest(store, args) -> int:  # noqa: ANN001
    from .services import manifests

    preview = manifests.preview_file(args.file)
    for error in preview.errors:
        print(f"{args.file}: {error}", file=sys.stderr)
    if preview.errors:
        print(f"bqw-desktop: nothing imported: {len(preview.errors)} bad row(s)", file=sys.stderr)
        return 2
    if args.check:
        print(f"{args.file}: {len(preview.lines)} line(s), {preview.item_sets} item set(s), no bad rows ({preview.encoding})")
        return 0
    result = manifests.store_preview(store, _actor(store, args), args.receipt, preview, Path(args.file).name)
    from .domain.receiving import receipt_number

    print(f"imported {result.lines} line(s), {result.item_sets} item set(s) expected, into receipt "
          f"{receipt_number(args.receipt)}")
    return 0


def _acknowledgement(store, args) -> int:  # noqa: ANN001
    from .services import receiving

    data = receiving.write_acknowledgement(store, _actor(store, args), args.receipt, args.pdf)
    print(f"wrote the acknowledgement {data.receipt_number} for {data.donor_name} "
          f"({sum(c.item_sets for c in data.counts)} item sets) to {args.output}")
    return 0


def _calibration(store, args) -> int:  # noqa: ANN001
    from .documents.labels import LabelProfile, LabelTemplate, render_calibration
    from .services import labelling

    if args.profile:
        profile = labelling.profile_named(store, args.profile)
    else:
        profile = LabelProfile.for_template(LabelTemplate(args.template), args.dpi)
    render_calibration(args.pdf, profile)
    print(f"wrote a calibration page for {profile.width_mm:g}×{profile.height_mm:g} mm at {profile.dpi} dpi to {args.output}")
    return 0


def _plan(store, args) -> int:  # noqa: ANN001
    from .services import planning

    actor = _actor(store, args) if args.confirm else None  # who confirms: asked before the proposal is shown
    if actor is not None:
        roles.check(actor.role, Permission.PLAN)
    proposal = planning.propose(store)
    for line in proposal.lines:
        size = line.size or "any size"
        print(f"{line.destination_code} {line.destination_name}  {line.courier_code}  {line.category.value} {size}: "
              f"{len(line.item_set_codes)} of {line.needed}" + (f" (short {line.shortfall})" if line.shortfall else ""))
    loads = ", ".join(f"{code} {n}" for code, n in planning.proposal_summary(proposal))
    print(f"proposal: {proposal.item_sets} item sets in {len(proposal.shipments())} shipments; per courier: {loads or '-'}")
    if not proposal.item_sets:
        print("nothing to plan: no open need has passed, unallocated stock")
        return 1
    if args.confirm:
        done = planning.confirm(store, actor, proposal)
        print(f"planned {len(done.shipment_codes)} shipments, {done.item_sets} item sets allocated: "
              f"{' '.join(done.shipment_codes)}")
    return 0


def _handover_manifest(store, args) -> int:  # noqa: ANN001
    from .services import shipping_documents

    data = shipping_documents.write_handover_manifest(store, args.courier, args.pdf, args.pickup)
    print(f"wrote the handover manifest of {data.pickup_code} ({len(data.shipments)} shipments, {data.packages} "
          f"packages) to {args.output}")
    return 0


def _package_labels(store, args) -> int:  # noqa: ANN001
    from .services import shipping_documents

    labels = shipping_documents.write_package_labels(store, args.shipment, args.pdf)
    print(f"wrote {len(labels)} package label(s) of {labels[0].shipment_code} to {args.output}")
    return 0


def _backup(store, args) -> int:  # noqa: ANN001
    from .store import backup

    if Path(args.output).resolve() in {p.resolve() for p in sqlite_files(backup.sqlite_file(store))}:
        raise OSError(errno.EEXIST, "that is the store itself", args.output)
    try:
        backup.write_copy(store, Path(args.output), check=True)
    except OSError as error:  # the copy's folder or file: named as given
        raise OSError(error.errno, error.strerror, args.output) from error
    print(f"backed up {store.sqlite_path} to {args.output} (integrity checked)")
    return 0


def _restore(url: str, args: argparse.Namespace) -> int:
    from .store import backup
    from .store.database import Store

    probe = Store(url)  # no connection: only to read the file name from the URL
    path = backup.sqlite_file(probe)
    probe.dispose()
    if args.default_location:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        moved = backup.restore(path, Path(args.file))
    except OSError as error:  # e.g. a folder that cannot be written: the store is as it was
        print(f"bqw-desktop: cannot write {error.filename or path}: {error.strerror or error}", file=sys.stderr)
        return 2
    open_store(url).dispose()  # brings an older backup's schema up to date
    print(f"restored {path} from {args.file}" + (f"; the damaged store was moved to {moved}" if moved else ""))
    return 0


def _users(store, args) -> int:  # noqa: ANN001
    from .services import people

    if args.users_command == "list":
        for person in people.list_people(store):
            state = "" if person.active else "  (inactive)"
            print(f"{person.badge}  {person.role.value:<13} {'PIN' if person.has_pin else '-':<3}  {person.name}{state}")
        return 0
    named = " ".join(args.name.split())  # compared as the service compares names (spaces, letter case)
    if args.users_command == "add" and named.lower() in {p.name.lower() for p in people.list_people(store)}:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "There is already an account named “{name}”."),
                           name=named)  # said before a new PIN is asked for
    if args.users_command == "add" and not args.operator and people.needs_administrator(store):
        if args.role != Role.ADMINISTRATOR.value:
            raise InvalidValue(QT_TRANSLATE_NOOP(
                "domain", "This store has no administrator yet: the first account added is the administrator."))
        people.create_first_administrator(store, _station(args), args.name, _new_pin())
        print(f"added the administrator {args.name.strip()}")
        return 0
    actor = _actor(store, args)
    if args.users_command == "add":
        role = Role(args.role)
        person = people.add_person(store, actor, args.name, role, _new_pin() if roles.needs_pin(role) else None)
        print(f"added {person.name} ({person.role.value}), badge {person.badge}")
    elif args.users_command == "deactivate":
        person = people.deactivate(store, actor, args.name)
        print(f"deactivated {person.name}: they can no longer sign in")
    elif args.users_command == "reactivate":
        person = people.reactivate(store, actor, args.name)
        print(f"reactivated {person.name}: they can sign in again")
    else:
        person = people.set_pin(store, actor, args.name, _new_pin())
        print(f"set a new PIN for {person.name}")
    return 0


def _new_pin() -> str:
    """The new account's PIN: BQW_NEW_PIN, else typed twice at a prompt."""
    pin = _pin("BQW_NEW_PIN", "new PIN (4 to 8 digits): ")
    if not os.environ.get("BQW_NEW_PIN") and getpass.getpass("the same PIN again: ") != pin:
        raise InvalidValue(QT_TRANSLATE_NOOP("domain", "The two PINs differ: nothing was changed."))
    return pin


def _badges(store, args) -> int:  # noqa: ANN001
    from .services import people

    printed = people.write_badges(store, _actor(store, args), args.pdf, args.names)
    print(f"wrote {len(printed)} badge(s) to {args.output}")
    return 0


def _audit(store, args) -> int:  # noqa: ANN001
    from .services import audit

    if args.audit_command == "export":
        count = audit.export_csv(store, Path(args.pdf))
        print(f"wrote {count} event(s) of the audit trail to {args.output}")
        return 0
    result = audit.verify(store)
    if result.broken is not None:
        print(f"bqw-desktop audit: {result.broken}", file=sys.stderr)
        print(f"intact up to event {result.head_id}: {result.count} event(s), hash {result.head_hash}")
        return 1
    print(f"audit trail intact: {result.count} event(s), the last {result.head_id} with hash {result.head_hash}")
    return 0


def _wishes(store, args) -> int:  # noqa: ANN001
    from .queries.wishes import counts_by_status

    counts = counts_by_status(store)
    if args.json:
        print(json.dumps({status.value: count for status, count in counts.items()}, indent=2))
        return 0
    print(f"wishes: {sum(counts.values())}")
    for status, count in counts.items():
        print(f"  {status.value:<14} {count:>7}")
    return 0


def _claim(store, args) -> int:  # noqa: ANN001
    from .services import wishes

    wish = wishes.claim(store, _actor(store, args), args.wish, args.claimer, args.organisation)
    print(f"{wish.code} claimed by {wish.claimer} ({wish.organisation}): {wish.text}")
    return 0


_COMMANDS = {"plan": _plan, "handover-manifest": _handover_manifest, "package-labels": _package_labels,
             "demo": _demo, "status": _status, "labels": _labels, "packing-slip": _packing_slip,
             "inspection-report": _inspection_report, "command-sheet": _command_sheet,
             "import-manifest": _import_manifest, "acknowledgement": _acknowledgement, "calibration": _calibration,
             "backup": _backup, "audit": _audit, "users": _users, "badges": _badges, "wishes": _wishes,
             "claim": _claim}

if __name__ == "__main__":
    sys.exit(main())
