"""The `csbm` command: the same services as the GUI, without a screen.

Exit status: 0 success, 1 validation problems (errors) found, 2 bad usage or bad input. Errors are
one line on stderr in the chosen language; an unexpected failure is logged with its traceback to
the log file and reported in one line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csbm_desktop import __version__
from csbm_desktop.domain.errors import CsbmError
from csbm_desktop.domain.form import LANGUAGES
from csbm_desktop.formspec.loader import FormSpecError

if TYPE_CHECKING:
    from csbm_desktop.services.workspace import Workspace

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def _lang_default() -> str:
    for var in ("CSBM_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")[:2].lower()
        if value in LANGUAGES:
            return value
    return "en"


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"expected a four-digit year, not {text!r}")
    return int(text)


def _state(text: str) -> str:
    code = text.strip().upper()
    if not (len(code) == 3 and code.isalpha()):
        raise argparse.ArgumentTypeError(f"expected an ISO 3166 alpha-3 code, not {text!r}")
    return code


def _report_id(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a report number, not {text!r}")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    def common(parser: argparse.ArgumentParser, default: Any) -> None:
        # Accepted before or after the command; the sub-parsers' copies only override when given.
        parser.add_argument(
            "--db",
            type=Path,
            default=default(None),
            help="database file (default: $CSBM_DB, else the user data folder)",
        )
        parser.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=default(_lang_default()),
            help="language of messages and labels (default: from the environment)",
        )

    p = argparse.ArgumentParser(
        prog="csbm", description="Prepare the annual CSBM report to the OAS, offline."
    )
    p.add_argument("--version", action="version", version=f"csbm {__version__}")
    common(p, lambda value: value)
    shared = argparse.ArgumentParser(add_help=False)
    common(shared, lambda _value: argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add = sub.add_parser

    def add_parser(name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return _add(name, parents=[shared], **kwargs)

    sub.add_parser = add_parser  # type: ignore[method-assign]

    sub.add_parser("init", help="create or upgrade the database (safe to repeat)")

    d = sub.add_parser("demo", help="create a realistic sample report and print its id")
    d.add_argument("--size", choices=("small", "large"), default="small")
    d.add_argument("--state", type=_state, default="ARG")
    d.add_argument("--year", type=_year)

    lst = sub.add_parser("list", help="list the reports")
    lst.add_argument("--json", action="store_true")

    s = sub.add_parser("show", help="show one report")
    s.add_argument("id", type=_report_id)
    s.add_argument("--json", action="store_true")

    v = sub.add_parser("validate", help="check a report; exit 1 if it has errors")
    v.add_argument("id", type=_report_id)
    v.add_argument("--json", action="store_true")
    v.add_argument("--strict", action="store_true", help="warnings count as problems too")

    n = sub.add_parser("new", help="start a new report")
    n.add_argument("--state", type=_state, required=True)
    n.add_argument("--year", type=_year, help="reporting year (default: last year)")
    n.add_argument(
        "--copy-from", type=_report_id, metavar="ID", help="copy forward from an earlier report"
    )

    r = sub.add_parser("revisions", help="list a report's named revisions")
    r.add_argument("id", type=_report_id)

    sr = sub.add_parser("save-revision", help="save the working copy as a named revision")
    sr.add_argument("id", type=_report_id)
    sr.add_argument("-m", "--message", required=True)

    c = sub.add_parser("catalogue", help="the characteristics and measures of the current form")
    c.add_argument("--json", action="store_true")

    e = sub.add_parser("export-json", help="write a report, with attachments, to a JSON file")
    e.add_argument("id", type=_report_id)
    e.add_argument("out", type=Path)

    i = sub.add_parser("import-json", help="add a report from a JSON file (all or nothing)")
    i.add_argument("file", type=Path)
    return p


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _workspace(args: argparse.Namespace) -> Workspace:
    from csbm_desktop.paths import default_db_path
    from csbm_desktop.services.workspace import Workspace

    return Workspace(args.db or default_db_path())


# --- commands (each returns an exit status) ---


def cmd_init(ws: Workspace, args: argparse.Namespace) -> int:
    from csbm_desktop.storage.migrate import head_revision

    print(f"{ws.path}: schema {head_revision()}")
    if ws.db.backup_made:
        print(f"backup before upgrade: {ws.db.backup_made}")
    return EXIT_OK


def cmd_demo(ws: Workspace, args: argparse.Namespace) -> int:
    from csbm_desktop.services.demo import create_demo

    report = create_demo(ws, size=args.size, state=args.state, year=args.year)
    print(report.id)
    return EXIT_OK


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from csbm_desktop.domain import period
    from csbm_desktop.services.drafting import DraftingService

    rows = DraftingService(ws).list_reports()
    if args.json:
        _print_json(
            [
                {
                    **asdict(r),
                    "updated_at": r.updated_at.isoformat(),
                    "deadline": period.oas_deadline(r.year).isoformat(),
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print("no reports (create one with: csbm new --state ISO3, or csbm demo)")
    for r in rows:
        print(
            f"{r.id:>4}  {r.state}  {r.year}  {r.status:<18} {r.activity_count:>4} activities  "
            f"rev {r.revision:<3} {r.updated_at:%Y-%m-%d %H:%M} {r.updated_by}"
        )
    return EXIT_OK


def cmd_show(ws: Workspace, args: argparse.Namespace) -> int:
    from csbm_desktop.services.drafting import DraftingService
    from csbm_desktop.services.views import report_json

    service = DraftingService(ws)
    report = service.get(args.id)
    spec = service.form_of(report)
    data = report_json(report, spec)
    if args.json:
        _print_json(data)
        return EXIT_OK
    lang = args.lang
    state = spec.state(report.state)
    print(f"{spec.title.get(lang)}")
    print(
        f"#{report.id}  {state.name.get(lang) if state else report.state} ({report.state}), "
        f"{report.year}  [{report.status}]  {spec.id} {spec.version}  rev {report.revision}"
    )
    print(
        f"deadline {data['deadline']} ({data['days_to_deadline']} days), "
        f"complete {data['completeness']:.0%}"
    )
    for m in spec.measures:
        entry = report.measure(m.id)
        status = (
            spec.choice_list("measure_status").label(entry.status, lang)
            if entry.status
            else ("—" if not entry.nothing_to_report else "∅")
        )
        n = len(report.activities_of(m.id))
        print(f"  {m.number:>3}  {m.title.get(lang)[:60]:<60}  {status:<22} {n:>4}")
    for c in spec.characteristics:
        answered = sum(1 for q in c.questions if report.answers.get(q.id) not in (None, ""))
        print(
            f"  C{c.number}  {c.name.get(lang):<40} {len(report.activities_serving(c.number)):>4}"
            f" activities, {answered}/{len(c.questions)} answers"
        )
    return EXIT_OK


def cmd_validate(ws: Workspace, args: argparse.Namespace) -> int:
    from csbm_desktop.domain.messages import locate, render
    from csbm_desktop.services.drafting import DraftingService
    from csbm_desktop.services.views import problems_json

    service = DraftingService(ws)
    report = service.get(args.id)
    spec = service.form_of(report)
    problems = service.validate(args.id)
    if args.json:
        _print_json(problems_json(problems, report, spec, args.lang))
    else:
        for p in problems:
            print(
                f"{p.severity:<7} {locate(p.path, spec, args.lang, report)}: "
                f"{render(p.code, p.params, args.lang)}  [{p.code} {p.path}]"
            )
        errors = sum(p.severity == "error" for p in problems)
        print(f"{errors} errors, {len(problems) - errors} warnings")
    failing = problems if args.strict else [p for p in problems if p.severity == "error"]
    return EXIT_PROBLEMS if failing else EXIT_OK


def cmd_new(ws: Workspace, args: argparse.Namespace) -> int:
    from csbm_desktop.services.drafting import DraftingService

    report = DraftingService(ws).create(args.state, args.year, copy_from=args.copy_from)
    print(report.id)
    return EXIT_OK


def cmd_revisions(ws: Workspace, args: argparse.Namespace) -> int:
    from csbm_desktop.services.drafting import DraftingService

    for r in DraftingService(ws).revisions(args.id):
        print(
            f"{r.number:>3}  {r.created_at:%Y-%m-%d %H:%M}  {r.author:<16} "
            f"{r.content_sha256[:12]}  {r.message}"
        )
    return EXIT_OK


def cmd_save_revision(ws: Workspace, args: argparse.Namespace) -> int:
    from csbm_desktop.services.drafting import DraftingService

    info = DraftingService(ws).save_revision(args.id, args.message)
    print(info.number)
    return EXIT_OK


def cmd_export_json(ws: Workspace, args: argparse.Namespace) -> int:
    from csbm_desktop.services.documents import export_json

    export_json(ws, args.id, args.out)
    return EXIT_OK


def cmd_import_json(ws: Workspace, args: argparse.Namespace) -> int:
    from csbm_desktop.services.documents import import_json

    print(import_json(ws, args.file))
    return EXIT_OK


def cmd_catalogue(args: argparse.Namespace) -> int:
    from csbm_desktop.formspec import load_form
    from csbm_desktop.services.views import catalogue_json

    spec = load_form()
    if args.json:
        _print_json(catalogue_json(spec))
        return EXIT_OK
    lang = args.lang
    print(f"{spec.title.get(lang)} — {spec.id} {spec.version} ({spec.source.document})")
    for c in spec.characteristics:
        print(f"C{c.number}  {c.name.get(lang)}: {c.summary.get(lang)}")
    for m in spec.measures:
        print(f"{m.number:>3}  [{m.category}] {m.title.get(lang)}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "list": cmd_list,
    "show": cmd_show,
    "validate": cmd_validate,
    "new": cmd_new,
    "revisions": cmd_revisions,
    "save-revision": cmd_save_revision,
    "export-json": cmd_export_json,
    "import-json": cmd_import_json,
}


def _log_unexpected() -> Path | None:
    import logging
    import traceback

    try:
        from platformdirs import user_log_path

        log_dir = user_log_path("csbm-desktop", "csbm-desktop")
        log_dir.mkdir(parents=True, exist_ok=True)
        log = log_dir / "csbm.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {date.today()} csbm {__version__} {sys.argv!r}\n")
            fh.write(traceback.format_exc())
        return log
    except OSError:
        logging.getLogger(__name__).debug("could not write the log", exc_info=True)
        return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on bad usage, with argparse's message
    try:
        if args.command == "catalogue":
            return cmd_catalogue(args)
        ws = _workspace(args)
        try:
            return COMMANDS[args.command](ws, args)
        finally:
            ws.close()
    except CsbmError as exc:
        print(f"csbm: {exc.message(args.lang)}", file=sys.stderr)
        return EXIT_USAGE
    except FormSpecError as exc:
        print(f"csbm: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (e.g. `csbm show 1 | head`): not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("csbm: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        log = _log_unexpected()
        where = f" (details in {log})" if log else ""
        print(f"csbm: unexpected error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return EXIT_USAGE
