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
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csbm_desktop import __version__
from csbm_desktop.domain.errors import BadInput, CsbmError, Refused
from csbm_desktop.domain.form import LANGUAGES
from csbm_desktop.domain.workflow import ROLES
from csbm_desktop.formspec.loader import FormSpecError
from csbm_desktop.reading import read_regular

if TYPE_CHECKING:
    from csbm_desktop.domain.workflow import Actor
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


def _signing_options(parser: argparse.ArgumentParser, one: bool = False) -> None:
    parser.add_argument(
        "--sign-p12",
        type=Path,
        action="store" if one else "append",
        default=None if one else [],
        metavar="FILE",
        help="sign with this PKCS#12 key"
        + ("" if one else " (repeat: preparer, then authorising officer)"),
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        action="store" if one else "append",
        default=None if one else [],
        metavar="FILE",
        help="the passphrase" + ("" if one else ", one per --sign-p12, in the same order"),
    )
    parser.add_argument(
        "--sign-pkcs11",
        type=Path,
        metavar="LIB",
        help="sign with a key on a PKCS#11 token (smart card)",
    )
    parser.add_argument("--token-label")
    parser.add_argument("--key-label")
    parser.add_argument("--pin-file", type=Path, metavar="FILE")


def _trust_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CA.pem",
        help="a certificate authority to trust (repeatable)",
    )


def _column_mapping(text: str) -> tuple[str, str]:
    heading, sep, key = text.rpartition("=")  # a heading may hold "=", a field id never does
    if not sep or not heading.strip() or not key.strip():
        raise argparse.ArgumentTypeError(f"expected HEADING=FIELD, not {text!r}")
    return heading.strip(), key.strip()


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
            "--user",
            default=default(os.environ.get("CSBM_USER")),
            metavar="NAME",
            help="act as this user (default: $CSBM_USER)",
        )
        parser.add_argument(
            "--password-file",
            type=Path,
            default=default(None),
            metavar="FILE",
            help="read the password from this file's first line (default: ask)",
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

    ix = sub.add_parser(
        "import-xlsx",
        help="add a report from a workbook: our own export, or a table of activities "
        "(all or nothing; see docs/xlsx-import.md)",
    )
    ix.add_argument("file", type=Path)
    ix.add_argument("--state", type=_state, help="whose report a table is (default: the sheet's)")
    ix.add_argument("--year", type=_year, help="the year a table covers (default: from the sheet)")
    ix.add_argument(
        "--map",
        type=_column_mapping,
        action="append",
        default=[],
        metavar="HEADING=FIELD",
        help='read the column HEADING as FIELD (repeatable), e.g. "Evento=title"; FIELD is '
        "measure, measure_title, an activity field id, c1 to c7, activity_id or ignore",
    )
    ix.add_argument("--dry-run", action="store_true", help="check the file, store nothing")
    ix.add_argument(
        "--json",
        action="store_true",
        help="print the outcome and every problem (sheet, row, column, code, message) as JSON",
    )

    forms = sub.add_parser("form", help="versions of the reporting form (docs/form-file.md)")
    form_sub = forms.add_subparsers(dest="form_command", required=True, metavar="ACTION")
    fi = form_sub.add_parser(
        "install", parents=[shared], help="install a new form version from a file (administrators)"
    )
    fi.add_argument("file", type=Path)
    form_sub.add_parser("list", parents=[shared], help="the form versions this database can use")
    fe = form_sub.add_parser(
        "export", parents=[shared], help="write the current form as a form file, to start a new one"
    )
    fe.add_argument("out", type=Path)

    users = sub.add_parser("user", help="local accounts (administrators)")
    user_sub = users.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    ua = user_sub.add_parser(
        "add", parents=[shared], help="add an account (the first one needs no sign-in)"
    )
    ua.add_argument("name")
    ua.add_argument(
        "--role", action="append", required=True, choices=ROLES, help="repeat for several roles"
    )
    ua.add_argument("--display-name", default="")
    ua.add_argument(
        "--new-password-file",
        type=Path,
        metavar="FILE",
        help="the new account's password (default: ask)",
    )
    user_sub.add_parser("list", parents=[shared], help="the accounts and their roles")
    for verb in ("disable", "enable"):
        ud = user_sub.add_parser(verb, parents=[shared], help=f"{verb} an account")
        ud.add_argument("name")

    for name, helptext in (
        ("submit", "send a draft for review (saves a revision)"),
        ("request-changes", "send a report under review back to the drafter"),
        ("resume", "take a report with requested changes back to draft"),
        ("approve", "approve a report under review"),
        ("finalize", "lock an approved report as final"),
    ):
        w = sub.add_parser(name, help=helptext)
        w.add_argument("id", type=_report_id)
        w.add_argument("-m", "--message", default="", help="a note for the trail")
    rv = sub.add_parser("revert", help="take an approved or final report back to draft")
    rv.add_argument("id", type=_report_id)
    rv.add_argument("--reason", required=True)
    tr = sub.add_parser("transmit", help="record that a final report was transmitted")
    tr.add_argument("id", type=_report_id)
    tr.add_argument("--channel", required=True, choices=("pouch", "email", "portal", "other"))
    tr.add_argument("--reference", default="")
    tr.add_argument(
        "--date", default="", metavar="YYYY-MM-DD", help="when it was sent (default: today)"
    )
    rx = sub.add_parser(
        "relax-separation", help="let an editor of this report approve it (administrators)"
    )
    rx.add_argument("id", type=_report_id)
    rx.add_argument("--reason", required=True)

    cm = sub.add_parser("comment", help="comment on a field, optionally suggesting a value")
    cm.add_argument("id", type=_report_id)
    cm.add_argument(
        "--field",
        required=True,
        metavar="PATH",
        help="e.g. header.poc_email, answers.c1_q1, activities.<uid>.title",
    )
    cm.add_argument("--text", default="")
    cm.add_argument(
        "--suggest", metavar="VALUE", help="a new value (JSON, e.g. '[\"CHL\"]', or plain text)"
    )
    cm.add_argument("--reply-to", metavar="COMMENT_ID")
    cl = sub.add_parser("comments", help="a report's comments")
    cl.add_argument("id", type=_report_id)
    cl.add_argument("--json", action="store_true")
    cl.add_argument("--open", action="store_true", help="only open threads")
    rs = sub.add_parser("resolve", help="resolve (or --reopen) a comment thread")
    rs.add_argument("id", type=_report_id)
    rs.add_argument("comment_id")
    rs.add_argument("--reopen", action="store_true")
    for verb in ("accept", "reject"):
        ar = sub.add_parser(verb, help=f"{verb} a suggested value (drafters)")
        ar.add_argument("id", type=_report_id)
        ar.add_argument("comment_id")

    ex = sub.add_parser("export", help="the PDF, the workbook and the transmission package")
    ex.add_argument("id", type=_report_id)
    ex.add_argument("--pdf", type=Path, metavar="OUT")
    ex.add_argument("--xlsx", type=Path, metavar="OUT")
    ex.add_argument("--package", type=Path, metavar="OUT")
    ex.add_argument("--force", action="store_true", help="replace files that exist already")
    ex.add_argument(
        "--same-signer-reason",
        default="",
        metavar="TEXT",
        help="why one certificate signs for both the preparer and the officer (audited)",
    )
    ex.add_argument(
        "--include-sensitive",
        action="store_true",
        help="keep sensitive answers in the export of a report marked public (cleared ones)",
    )
    _signing_options(ex)
    ex.add_argument(
        "--crl",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a certificate revocation list to embed, with the chain, for long-term validation "
        "(PAdES B-LT; repeatable; needs --trust)",
    )
    _trust_option(ex)
    ex.add_argument(
        "--tsa", metavar="URL", help="the ministry's RFC 3161 time-stamp authority (PAdES B-T)"
    )
    vf = sub.add_parser("verify", help="check the signatures of a PDF, a package or a workbook")
    vf.add_argument("file", type=Path)
    _trust_option(vf)
    vf.add_argument(
        "--crl",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a certificate revocation list to check the signers against (repeatable)",
    )

    bundles = sub.add_parser("bundle", help="review bundles (.csbmx) between laptops")
    bundle_sub = bundles.add_subparsers(dest="bundle_command", required=True, metavar="ACTION")
    be = bundle_sub.add_parser(
        "export",
        parents=[shared],
        help="a report for review (drafters) or its comments to send back (reviewers)",
    )
    be.add_argument("id", type=_report_id)
    be.add_argument("out", type=Path)
    be.add_argument(
        "--comments",
        action="store_true",
        help="the comments bundle (default: the review bundle, with the report)",
    )
    _signing_options(be, one=True)
    be.add_argument(
        "--encrypt-to",
        type=Path,
        action="append",
        default=[],
        metavar="CERT",
        help="encrypt the bundle to this recipient's certificate, PEM or DER (repeatable)",
    )
    be.add_argument(
        "--unencrypted-reason",
        default="",
        metavar="TEXT",
        help="why a restricted report leaves unencrypted (required then; audited)",
    )
    bi = bundle_sub.add_parser("import", parents=[shared], help="bring a bundle in")
    bi.add_argument("file", type=Path)
    _trust_option(bi)
    bi.add_argument(
        "--decrypt-p12",
        type=Path,
        metavar="KEY.p12",
        help="your key (PKCS#12), to open a bundle encrypted to you",
    )
    bi.add_argument("--passphrase-file", type=Path, metavar="FILE", help="its passphrase")

    settings = sub.add_parser("settings", help="installation settings (administrators)")
    settings_sub = settings.add_subparsers(dest="settings_command", required=True, metavar="ACTION")
    settings_sub.add_parser("show", parents=[shared], help="the settings and their values")
    st = settings_sub.add_parser("set", parents=[shared], help="change a setting (audited)")
    st.add_argument("key", choices=sorted(SETTINGS))
    st.add_argument("value")

    sub.add_parser("check", help="verify the database file and the audit trail; exit 1 if not")
    au = sub.add_parser("audit", help="the audit trail (administrators)")
    au.add_argument("--json", action="store_true")
    au.add_argument("--report", type=_report_id)
    au.add_argument("--limit", type=int, default=100)

    bk = sub.add_parser("backup", help="a consistent copy of the database, even while in use")
    bk.add_argument("out", type=Path, help="the backup file (or a folder to put it in)")
    bk.add_argument("--force", action="store_true", help="replace OUT if it exists")
    bl = sub.add_parser("backups", help="the automatic backups kept next to the database")
    bl.add_argument(
        "--keep", type=int, metavar="N", help="keep the newest N of each kind (administrators)"
    )
    rs_db = sub.add_parser(
        "restore",
        help="replace the database with a checked backup (administrators; keeps a safety copy)",
    )
    rs_db.add_argument("file", type=Path)
    rs_db.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return p


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _workspace(args: argparse.Namespace) -> Workspace:
    from csbm_desktop.paths import default_db_path
    from csbm_desktop.services.workspace import Workspace

    # `check` only reads: it must work on a read-only file system and leave the file as it was.
    return Workspace(args.db or default_db_path(), read_only=args.command == "check")


def read_password(path: Path | None, prompt: str) -> str:
    """From a file (first line), else typed at a terminal; never from the command line."""
    if path is not None:
        try:  # a regular file only: a pipe here would wait for ever
            lines = read_regular(path, 64 * 1024).decode("utf-8").splitlines()
        except UnicodeDecodeError as exc:
            raise BadInput("file.unreadable", path=path, reason=exc.reason) from None
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise BadInput("auth.no_password")
    import getpass

    return getpass.getpass(prompt)


class Context:
    """One command's database and, when it acts as someone, the signed-in user."""

    def __init__(self, ws: Workspace, args: argparse.Namespace) -> None:
        self.ws, self.args = ws, args

    @cached_property
    def actor(self) -> Actor:
        from csbm_desktop.services.accounts import AccountService

        if not self.args.user:
            raise Refused("auth.required")
        password = read_password(self.args.password_file, f"Password for {self.args.user}: ")
        return AccountService(self.ws).authenticate(self.args.user, password)


# --- commands (each returns an exit status) ---


def cmd_init(ctx: Context) -> int:
    ws, _args = ctx.ws, ctx.args
    from csbm_desktop.storage.migrate import head_revision

    print(f"{ws.path}: schema {head_revision()}")
    if ws.db.backup_made:
        print(f"backup before upgrade: {ws.db.backup_made}")
    return EXIT_OK


def cmd_demo(ctx: Context) -> int:
    ws, args = ctx.ws, ctx.args
    from csbm_desktop.services.demo import create_demo

    report = create_demo(ws, ctx.actor, size=args.size, state=args.state, year=args.year)
    print(report.id)
    return EXIT_OK


def cmd_list(ctx: Context) -> int:
    ws, args = ctx.ws, ctx.args
    from dataclasses import asdict

    from csbm_desktop.domain import period
    from csbm_desktop.services.drafting import DraftingService

    rows = DraftingService(ws, ctx.actor).list_reports()
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


def cmd_show(ctx: Context) -> int:
    ws, args = ctx.ws, ctx.args
    from csbm_desktop.services.drafting import DraftingService
    from csbm_desktop.services.views import report_json

    service = DraftingService(ws, ctx.actor)
    report = service.get(args.id)
    spec = service.form_of(report)
    data = report_json(report, spec)
    if args.json:
        _print_json(data)
        return EXIT_OK
    from csbm_desktop.domain.messages import status_word

    lang = args.lang
    state = spec.state(report.state)
    print(f"{spec.title.get(lang)}")
    print(
        f"#{report.id}  {state.name.get(lang) if state else report.state} ({report.state}), "
        f"{report.year}  [{status_word(report.status, lang)}]  {spec.id} {spec.version}  "
        f"rev {report.revision}"
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


def cmd_validate(ctx: Context) -> int:
    ws, args = ctx.ws, ctx.args
    from csbm_desktop.domain.messages import locate, render
    from csbm_desktop.services.drafting import DraftingService
    from csbm_desktop.services.views import problems_json

    service = DraftingService(ws, ctx.actor)
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


def cmd_new(ctx: Context) -> int:
    ws, args = ctx.ws, ctx.args
    from csbm_desktop.services.drafting import DraftingService

    service = DraftingService(ws, ctx.actor)
    report = service.create(args.state, args.year, copy_from=args.copy_from)
    if args.copy_from is not None:  # what the current form version had no place for
        for item in service.not_carried(args.copy_from):
            print(f"not carried: {item}", file=sys.stderr)
    print(report.id)
    return EXIT_OK


def cmd_revisions(ctx: Context) -> int:
    ws, args = ctx.ws, ctx.args
    from csbm_desktop.services.drafting import DraftingService

    for r in DraftingService(ws, ctx.actor).revisions(args.id):
        print(
            f"{r.number:>3}  {r.created_at:%Y-%m-%d %H:%M}  {r.author:<16} "
            f"{r.content_sha256[:12]}  {r.message}"
        )
    return EXIT_OK


def cmd_save_revision(ctx: Context) -> int:
    ws, args = ctx.ws, ctx.args
    from csbm_desktop.services.drafting import DraftingService

    info = DraftingService(ws, ctx.actor).save_revision(args.id, args.message)
    print(info.number)
    return EXIT_OK


def cmd_export_json(ctx: Context) -> int:
    ws, args = ctx.ws, ctx.args
    from csbm_desktop.services.documents import export_json

    export_json(ws, ctx.actor, args.id, args.out)
    return EXIT_OK


def cmd_import_json(ctx: Context) -> int:
    ws, args = ctx.ws, ctx.args
    from csbm_desktop.services.documents import import_json

    print(import_json(ws, ctx.actor, args.file))
    return EXIT_OK


def cmd_import_xlsx(ctx: Context) -> int:
    ws, args = ctx.ws, ctx.args
    from csbm_desktop.domain.import_problems import ImportRefused, RowProblem
    from csbm_desktop.services.workbook_import import import_workbook

    def show(problems: Sequence[RowProblem], out: Any) -> None:
        for p in problems:
            print(f"{p.severity:<7} {p.where()}: {p.message(args.lang)}  [{p.code}]", file=out)

    def as_json(problems: Sequence[RowProblem]) -> list[dict[str, Any]]:
        return [
            {
                "severity": p.severity,
                "sheet": p.sheet,
                "row": p.row or None,
                "column": p.column or None,
                "code": p.code,
                "params": p.params,
                "message": p.message(args.lang),
            }
            for p in problems
        ]

    try:
        result = import_workbook(
            ws,
            ctx.actor,
            args.file,
            state=args.state,
            year=args.year,
            mapping=dict(args.map),
            dry_run=args.dry_run,
        )
    except ImportRefused as exc:
        if args.json:
            _print_json({"imported": False, "report_id": None, "problems": as_json(exc.problems)})
        else:
            show(exc.problems, sys.stdout)  # the list to work through is this command's output
        print(f"csbm: {exc.message(args.lang)}", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.json:
        _print_json(
            {
                "imported": result.report_id is not None,
                "report_id": result.report_id,
                "activities": len(result.report.activities),
                "problems": as_json(result.problems),
            }
        )
        return EXIT_OK
    show(result.problems, sys.stderr)  # warnings: stdout stays the new report's id alone
    if result.report_id is None:
        print(f"dry run: {len(result.report.activities)} activities read, nothing stored")
    else:
        print(result.report_id)
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
    from csbm_desktop.domain.provenance import categories_note, form_number_label, provenance_text

    print(f"{form_number_label(lang)} · [category] · {categories_note(lang)}")
    for m in spec.measures:
        print(f"{m.number:>3}  [{m.category}] {m.title.get(lang)} — {provenance_text(m, lang)}")
    return EXIT_OK


def cmd_form_install(ctx: Context) -> int:
    from csbm_desktop.services.forms import FormRefused, install_form

    try:
        done = install_form(ctx.ws, ctx.actor, ctx.args.file)
    except FormRefused as exc:
        print(f"csbm: {exc.message(ctx.args.lang)}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    replaces = f", replaces {done.replaces}" if done.replaces else ""
    print(f"installed {done.form_id} {done.version} ({done.measures} measures{replaces})")
    return EXIT_OK


def cmd_form_list(ctx: Context) -> int:
    ws = ctx.ws
    current = ws.current_version()
    shipped = set(ws.forms.versions())
    for form_id, version in sorted({*shipped, *ws.installed_forms()}):
        where = "shipped" if (form_id, version) in shipped else "installed"
        mark = "  (current)" if version == current else ""
        print(f"{form_id}  {version:<12} {where}{mark}")
    return EXIT_OK


def cmd_form_export(ctx: Context) -> int:
    from csbm_desktop.formspec.form_file import form_file_text
    from csbm_desktop.paths import forms_dir

    ctx.args.out.write_text(form_file_text(forms_dir() / "oas-csbm"), encoding="utf-8")
    print(ctx.args.out)
    return EXIT_OK


def cmd_user_add(ctx: Context) -> int:
    from csbm_desktop.services.accounts import AccountService

    accounts = AccountService(ctx.ws)
    by = ctx.actor if accounts.has_users() else None
    password = read_password(ctx.args.new_password_file, f"Password for {ctx.args.name}: ")
    info = accounts.add_user(by, ctx.args.name, password, ctx.args.role, ctx.args.display_name)
    print(f"{info.name}: {', '.join(sorted(info.roles))}")
    return EXIT_OK


def cmd_user_list(ctx: Context) -> int:
    from csbm_desktop.services.accounts import AccountService

    ctx.actor  # noqa: B018 - signing in is what this line does
    for u in AccountService(ctx.ws).users():
        state = " (disabled)" if u.disabled else ""
        print(f"{u.name:<20} {', '.join(sorted(u.roles)):<50}{state}")
    return EXIT_OK


def cmd_user_disable(ctx: Context) -> int:
    from csbm_desktop.services.accounts import AccountService

    AccountService(ctx.ws).disable(ctx.actor, ctx.args.name)
    return EXIT_OK


def cmd_user_enable(ctx: Context) -> int:
    from csbm_desktop.services.accounts import AccountService

    AccountService(ctx.ws).enable(ctx.actor, ctx.args.name)
    return EXIT_OK


def _transition(ctx: Context, action: str, reason: str = "", **details: str) -> int:
    from csbm_desktop.services.review import ReviewService

    status = ReviewService(ctx.ws, ctx.actor).transition(ctx.args.id, action, reason, **details)
    print(status)
    return EXIT_OK


def cmd_workflow(ctx: Context) -> int:
    action = ctx.args.command.replace("-", "_")
    return _transition(ctx, action, ctx.args.message)


def cmd_revert(ctx: Context) -> int:
    return _transition(ctx, "revert", ctx.args.reason)


def cmd_transmit(ctx: Context) -> int:
    return _transition(
        ctx,
        "transmit",
        "",
        channel=ctx.args.channel,
        reference=ctx.args.reference,
        sent_on=ctx.args.date,
    )


def cmd_relax(ctx: Context) -> int:
    from csbm_desktop.services.review import ReviewService

    ReviewService(ctx.ws, ctx.actor).relax_separation(ctx.args.id, ctx.args.reason)
    return EXIT_OK


def _parse_value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text  # plain text is a text value


def cmd_comment(ctx: Context) -> int:
    from csbm_desktop.services.review import ReviewService

    args = ctx.args
    suggest = args.suggest is not None
    info = ReviewService(ctx.ws, ctx.actor).comment(
        args.id,
        args.field,
        args.text,
        suggest=suggest,
        suggestion=_parse_value(args.suggest) if suggest else None,
        reply_to=args.reply_to,
    )
    print(info.uid)
    return EXIT_OK


def cmd_comments(ctx: Context) -> int:
    from dataclasses import asdict

    from csbm_desktop.services.review import ReviewService

    items = ReviewService(ctx.ws, ctx.actor).comments(ctx.args.id)
    if ctx.args.open:
        open_threads = {c.uid for c in items if c.parent_uid is None and c.status == "open"}
        items = [c for c in items if (c.parent_uid or c.uid) in open_threads]
    if ctx.args.json:
        _print_json(
            [
                {
                    **asdict(c),
                    "created_at": c.created_at.isoformat(),
                    "resolved_at": c.resolved_at.isoformat() if c.resolved_at else None,
                }
                for c in items
            ]
        )
        return EXIT_OK
    for c in items:
        indent = "    " if c.parent_uid else ""
        suggestion = (
            f"  → {json.dumps(c.suggestion, ensure_ascii=False)} [{c.suggestion_state}]"
            if c.has_suggestion
            else ""
        )
        # Where a comment from a bundle came from, and what about it is only the bundle's word.
        origin = (
            f"  [from a bundle signed by {c.signed_by}]"
            if c.signed_by
            else "  [from an unsigned bundle]"
            if c.imported
            else ""
        )
        stranger = "" if c.author_known else " (no such user here)"
        pending = (
            f"  [resolved by {c.pending_resolved_by} per the bundle: not yet confirmed here]"
            if c.pending_resolved_by
            else ""
        )
        print(
            f"{indent}{c.uid}  {c.status:<8} {c.anchor}  rev {c.revision}  {c.author}{stranger}: "
            f"{c.text}{suggestion}{origin}{pending}"
        )
    return EXIT_OK


def cmd_resolve(ctx: Context) -> int:
    from csbm_desktop.services.review import ReviewService

    ReviewService(ctx.ws, ctx.actor).resolve(ctx.args.id, ctx.args.comment_id, ctx.args.reopen)
    return EXIT_OK


def cmd_decide(ctx: Context) -> int:
    from csbm_desktop.services.review import ReviewService

    ReviewService(ctx.ws, ctx.actor).decide_suggestion(
        ctx.args.id, ctx.args.comment_id, accept=ctx.args.command == "accept"
    )
    return EXIT_OK


def _read_secret(path: Path | None, prompt: str) -> str:
    return read_password(path, prompt)


def _signers(args: argparse.Namespace) -> list[tuple[Any, str]]:
    """The keys named on the command line, with their secrets (read from files or asked)."""
    from csbm_desktop.export.signing import SignerSpec

    signers: list[tuple[Any, str]] = []
    p12s = (
        args.sign_p12 if isinstance(args.sign_p12, list) else [args.sign_p12] * bool(args.sign_p12)
    )
    secrets = (
        args.passphrase_file if isinstance(args.passphrase_file, list) else [args.passphrase_file]
    )
    for i, p12 in enumerate(p12s):
        secret_file = secrets[i] if i < len(secrets) else None
        signers.append(
            (
                SignerSpec(kind="p12", p12_path=p12),
                _read_secret(secret_file, f"Passphrase for {p12.name}: "),
            )
        )
    if args.sign_pkcs11:
        if not (args.token_label and args.key_label):
            raise BadInput(
                "value.invalid",
                path="--sign-pkcs11",
                reason="--token-label and --key-label are needed too",
            )
        signers.append(
            (
                SignerSpec(
                    kind="pkcs11",
                    lib=args.sign_pkcs11,
                    token_label=args.token_label,
                    key_label=args.key_label,
                ),
                _read_secret(args.pin_file, f"PIN for {args.token_label}: "),
            )
        )
    return signers


def cmd_bundle_export(ctx: Context) -> int:
    from csbm_desktop.export import signing
    from csbm_desktop.services import bundles

    args = ctx.args
    chosen = _signers(args)
    if len(chosen) > 1:
        raise BadInput("value.invalid", path="--sign-p12", reason="a bundle has one signer")
    signer = signing.open_signer(*chosen[0]) if chosen else None
    try:
        export = bundles.export_comments_bundle if args.comments else bundles.export_review_bundle
        sending = bundles.Sending(tuple(args.encrypt_to), args.unencrypted_reason)
        result = export(ctx.ws, ctx.actor, args.id, args.out, signer, sending=sending)
    finally:
        if signer is not None:
            signing.close_signer(signer)
    signed = f", signed by {result.signed_by}" if result.signed_by else ", unsigned"
    sealed = f", encrypted to {', '.join(result.encrypted_to)}" if result.encrypted_to else ""
    print(
        f"{result.path}: {result.kind} bundle of revision {result.revision}, "
        f"{result.comments} comments{signed}{sealed}"
    )
    return EXIT_OK


def cmd_bundle_import(ctx: Context) -> int:
    from csbm_desktop.services import bundles

    args = ctx.args
    key = None
    if args.decrypt_p12 is not None:
        from csbm_desktop.export.envelope import recipient_key_from_p12

        secret = _read_secret(args.passphrase_file, f"Passphrase for {args.decrypt_p12.name}: ")
        key = recipient_key_from_p12(args.decrypt_p12, secret)
    result = bundles.import_bundle(ctx.ws, ctx.actor, args.file, args.trust, key)
    sig = result.signature
    if sig is None:
        print("unsigned bundle")
    else:
        trust = "trusted" if sig.trusted else "not checked against a trusted authority"
        print(f"signed by {sig.signer} ({trust}; certificate SHA-256 {sig.fingerprint_sha256})")
    if not result.changed:
        print(f"report {result.report_id}: already up to date, nothing changed")
        return EXIT_OK
    what = "new report" if result.report_created else "report"
    print(
        f"{what} {result.report_id}: {result.new_revisions} new revisions, "
        f"{result.new_comments} new comments, {result.updated_comments} updated"
    )
    if result.new_comments:
        source = f"signed by {sig.signer}" if sig else "unsigned"
        print(f"  comments are marked as from a bundle {source}: authors are the bundle's word")
    if result.unknown_authors:
        print(f"  authors with no account here: {', '.join(result.unknown_authors)}")
    if result.pending_resolutions:
        print(
            f"  {result.pending_resolutions} resolutions claimed by the bundle wait for a "
            "reviewer here to confirm them (csbm resolve)"
        )
    for stale in result.stale:
        print(f"  comment {stale.uid} on {stale.anchor} was made on revision {stale.revision}")
        for change in stale.changes:
            print(f"    changed since: {change.path}: {change.old!r} → {change.new!r}")
    return EXIT_OK


# The settings an administrator may change from the command line: key → what the value means.
SETTINGS = {
    "bundles.require_signed": "true: refuse every unsigned review bundle; false: allow them",
    "session.idle_minutes": "minutes idle before the session locks (1 to 240)",
}


def cmd_settings_show(ctx: Context) -> int:
    from csbm_desktop.services.accounts import AccountService

    ctx.actor  # noqa: B018 - signing in is what this line does
    accounts = AccountService(ctx.ws)
    values = {
        "bundles.require_signed": str(accounts.require_signed_bundles()).lower(),
        "session.idle_minutes": str(accounts.idle_minutes()),
    }
    for key, value in values.items():
        print(f"{key:<24} {value:<6} {SETTINGS[key]}")
    return EXIT_OK


def cmd_settings_set(ctx: Context) -> int:
    from csbm_desktop.services.accounts import AccountService

    accounts = AccountService(ctx.ws)
    key, value = ctx.args.key, ctx.args.value.strip().lower()
    if key == "bundles.require_signed":
        if value not in ("true", "false"):
            raise BadInput("value.invalid", path=key, reason="true or false")
        accounts.set_require_signed_bundles(ctx.actor, value == "true")
    else:
        if not value.isdigit():
            raise BadInput("value.invalid", path=key, reason="1 to 240 minutes")
        accounts.set_idle_minutes(ctx.actor, int(value))
    print(f"{key} = {value}")
    return EXIT_OK


def cmd_export(ctx: Context) -> int:
    from csbm_desktop.services.exports import ExportRequest, ExportService

    args = ctx.args
    signers = _signers(args)
    request = ExportRequest(
        lang=args.lang,
        pdf=args.pdf,
        xlsx=args.xlsx,
        package=args.package,
        signers=signers,
        same_signer_reason=args.same_signer_reason,
        overwrite=args.force,
        crls=args.crl,
        trust=args.trust,
        tsa_url=args.tsa,
        include_sensitive=args.include_sensitive,
    )
    result = ExportService(ctx.ws, ctx.actor).export(args.id, request)
    for warning in result.warnings:
        print(f"csbm: {warning}", file=sys.stderr)
    for path in result.files:
        print(path)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    """No database needed: a file received from elsewhere is checked on its own."""
    from csbm_desktop.services.exports import verify_file

    verdict = verify_file(args.file, args.trust, args.lang, args.crl)
    for line in verdict.lines:
        print(line)
    print(verdict.summary(args.lang))
    return EXIT_OK if verdict.ok else EXIT_PROBLEMS


def cmd_check(ctx: Context) -> int:
    from csbm_desktop.domain.messages import render
    from csbm_desktop.services.integrity import check_database

    result = check_database(ctx.ws)
    for line in result.sqlite:
        print(f"sqlite: {line}")
    for brk in result.chain:
        print(f"audit trail: event {brk.event_id} {brk.reason}")
    for rev in result.revisions:
        print(f"revision content changed: {rev}")
    lang = ctx.args.lang
    for finding in result.findings:
        print(finding.message(lang))
    if result.ok:
        print(render("check.ok", {"events": str(result.events)}, lang))
    for note in result.notes:
        print(note.message(lang))
    if result.ok:
        return EXIT_OK
    print(
        f"FAILED: first broken audit event: {result.first_broken_event}"
        if result.chain
        else render("check.failed", {}, lang),
        file=sys.stderr,
    )
    return EXIT_PROBLEMS


def cmd_audit(ctx: Context) -> int:
    from csbm_desktop.services.audit_trail import AuditTrailService

    report_id = ctx.args.report
    events = AuditTrailService(ctx.ws, ctx.actor).events(report_id=report_id, limit=ctx.args.limit)
    if ctx.args.json:
        _print_json(
            [
                {
                    "id": e.id,
                    "at": e.at.isoformat(),
                    "actor": e.actor,
                    "action": e.action,
                    "report": e.report_uid,
                    "details": e.details,
                }
                for e in events
            ]
        )
        return EXIT_OK
    for e in events:
        details = json.dumps(e.details, ensure_ascii=False)
        print(f"{e.id:>6}  {e.at:%Y-%m-%d %H:%M:%S}  {e.actor:<16} {e.action:<20} {details}")
    return EXIT_OK


def cmd_backup(ctx: Context) -> int:
    from csbm_desktop.services.backups import backup

    result = backup(ctx.ws, ctx.actor, ctx.args.out, overwrite=ctx.args.force)
    print(result.path)
    print(f"sha256 {result.sha256}")
    return EXIT_OK


def cmd_backups(ctx: Context) -> int:
    from csbm_desktop.services.backups import keep_count, list_backups, set_keep_count

    if ctx.args.keep is not None:
        set_keep_count(ctx.ws, ctx.actor, ctx.args.keep)
    ctx.actor  # noqa: B018 - signing in is what this line does
    for b in list_backups(ctx.ws):
        print(f"{b.made_at.astimezone():%Y-%m-%d %H:%M:%S}  {b.kind:<16} {b.size:>12,}  {b.path}")
    print(f"keeping the newest {keep_count(ctx.ws)} of each kind")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Run before any Workspace is open (the file is replaced), and even when the database
    cannot be opened at all: then nobody can be signed in, and the service allows it."""
    from contextlib import suppress

    from csbm_desktop.domain.errors import StoreError
    from csbm_desktop.paths import default_db_path
    from csbm_desktop.services.accounts import AccountService
    from csbm_desktop.services.backups import check_backup, restore
    from csbm_desktop.services.workspace import Workspace

    db = args.db or default_db_path()
    summary = check_backup(args.file)  # a bad backup is refused before anyone is asked anything
    actor, ws = None, None
    # Who is asked to sign in: the database's accounts, if it opens (opening would create it).
    with suppress(StoreError):
        ws = Workspace(db) if db.exists() else None
    if ws is not None:
        try:
            if AccountService(ws).has_users():
                actor = Context(ws, args).actor
        finally:
            ws.close()
    last = f"{summary.last_event_at.astimezone():%Y-%m-%d %H:%M}" if summary.last_event_at else "—"
    print(
        f"{summary.path}: sound; {summary.reports} reports, {summary.events} audit events "
        f"(the last on {last}); sha256 {summary.sha256}"
    )
    if not args.yes:
        if not sys.stdin.isatty():
            raise BadInput("restore.confirm")
        answer = input(
            f"Replace {db} with this backup? A copy of the current database is kept. [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes"):
            print("csbm: nothing restored", file=sys.stderr)
            return EXIT_USAGE
    result = restore(db, args.file, actor)
    print(f"restored {db} from {result.summary.path}")
    if result.safety_copy is not None:
        print(f"the database as it was: {result.safety_copy}")
    print("sign in again: the accounts are those of the backup")
    return EXIT_OK


COMMANDS: dict[str, Callable[[Context], int]] = {
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
    "import-xlsx": cmd_import_xlsx,
    "form install": cmd_form_install,
    "form list": cmd_form_list,
    "form export": cmd_form_export,
    "user add": cmd_user_add,
    "user list": cmd_user_list,
    "user disable": cmd_user_disable,
    "user enable": cmd_user_enable,
    "submit": cmd_workflow,
    "request-changes": cmd_workflow,
    "resume": cmd_workflow,
    "approve": cmd_workflow,
    "finalize": cmd_workflow,
    "revert": cmd_revert,
    "transmit": cmd_transmit,
    "relax-separation": cmd_relax,
    "comment": cmd_comment,
    "comments": cmd_comments,
    "resolve": cmd_resolve,
    "accept": cmd_decide,
    "reject": cmd_decide,
    "check": cmd_check,
    "export": cmd_export,
    "audit": cmd_audit,
    "backup": cmd_backup,
    "backups": cmd_backups,
    "bundle export": cmd_bundle_export,
    "bundle import": cmd_bundle_import,
    "settings show": cmd_settings_show,
    "settings set": cmd_settings_set,
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
        if args.command == "verify":
            return cmd_verify(args)
        if args.command == "restore":
            return cmd_restore(args)
        ws = _workspace(args)
        try:
            sub_command = getattr(args, f"{args.command}_command", None)
            command = f"{args.command} {sub_command}" if sub_command else args.command
            return COMMANDS[command](Context(ws, args))
        finally:
            ws.close()
    except CsbmError as exc:
        print(f"csbm: {exc.message(args.lang)}", file=sys.stderr)
        if args.command == "check" and exc.code == "store.damaged":
            return EXIT_PROBLEMS  # what `check` is for: a finding, not a usage error
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
