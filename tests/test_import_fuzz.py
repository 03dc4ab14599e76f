"""Fuzzing the importers (JSON and workbook) with hostile and damaged files.

Whatever the file, an import either succeeds or raises a `CsbmError` whose code has words in
`messages`; it never raises anything else, never hangs, and when it refuses, the database is
byte-for-byte what it was (every table dumped and compared). Examples are derandomised, so a run
is repeatable, and few enough to keep the whole file near 30 s.
"""

from __future__ import annotations

import base64
import json
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csbm_desktop.domain.edits import SetActivityField, SetAnswer, SetMeasure
from csbm_desktop.domain.errors import CsbmError
from csbm_desktop.domain.messages import MESSAGES
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.export.xlsx import build_workbook, clean
from csbm_desktop.services.documents import export_document, import_json
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workbook_import import import_workbook
from csbm_desktop.services.workspace import Workspace
from tests.conftest import add_staff, db_content
from tests.test_export_xlsx import make_meta
from tests.workbook_files import entries, rezip, table_workbook

FUZZ = settings(
    max_examples=60,
    deadline=None,  # time is asserted per call instead: a shared machine makes deadlines flaky
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SECONDS = 10  # any one import, however hostile the file


@pytest.fixture
def source(workspace: Workspace, drafter: Actor) -> int:
    """A small report with an attachment and a revision: what the files are made from."""
    service = DraftingService(workspace, drafter)
    report = service.create("PAN", 2025)
    act = service.add_activity(
        report.id,
        "m04",
        {
            "title": "Ejercicio «Panamax» — notificación",
            "start_date": "2025-08-04",
            "end_date": "2025-08-15",
            "partner_states": ["COL", "CRI"],
            "actor_levels": ["military", "diplomatic"],
            "characteristics": [1, 4],
            "description": "Se notificó el ejercicio y se invitó a observadores.",
        },
    )
    service.add_attachment(report.id, act.uid, "nota.txt", b"nota verbal 12/2025")
    service.apply(
        report.id,
        [
            SetMeasure("m04", "implemented", note="véase anexo"),
            SetAnswer("c1_q1", "Sí, redujo tensiones."),
            SetActivityField(act.uid, "outcome", "Doce observadores."),
        ],
    )
    service.save_revision(report.id, "primera")
    return report.id


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Workspace]:
    """The database files are imported into (the same staff, as on the laptop they travel to)."""
    ws = Workspace(tmp_path / "target.sqlite3")
    add_staff(ws)
    yield ws
    ws.close()


def attempt(ws: Workspace, actor: Actor, call: Callable[[], Any]) -> CsbmError | None:
    """Run one import: a clear refusal that changed nothing, or a success (then undone, so the
    next example starts from the same database)."""
    before = db_content(ws.path)
    start = time.perf_counter()
    error: CsbmError | None = None
    try:
        result = call()
    except CsbmError as exc:  # anything else fails the test
        error = exc
    assert time.perf_counter() - start < SECONDS
    if error is not None:
        assert error.code in MESSAGES, error.code
        assert error.message("en") != error.code
        assert db_content(ws.path) == before
        return error
    report_id = result if isinstance(result, int) else result.report_id
    if report_id is not None:
        DraftingService(ws, actor).delete(report_id)
    return None


# --- JSON ---


@pytest.fixture
def exported(workspace: Workspace, source: int, drafter: Actor) -> dict[str, Any]:
    return export_document(workspace, drafter, source)


def write_json(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=True), encoding="utf-8")
    return path


def test_json_mutated_and_truncated_bytes(
    tmp_path: Path, target: Workspace, exported: dict[str, Any], drafter: Actor
) -> None:
    good = json.dumps(exported).encode()
    path = tmp_path / "fuzz.json"

    @FUZZ
    @given(
        cut=st.integers(0, len(good)),
        flips=st.lists(st.tuples(st.integers(0, len(good) - 1), st.integers(0, 255)), max_size=8),
        insert=st.binary(max_size=40),
    )
    def run(cut: int, flips: list[tuple[int, int]], insert: bytes) -> None:
        data = bytearray(good)
        for at, byte in flips:
            data[at] = byte
        path.write_bytes(bytes(data[:cut]) + insert + bytes(data[cut:]) if insert else data[:cut])
        attempt(target, drafter, lambda: import_json(target, drafter, path))

    run()


class Raw:
    """JSON text put into a document as it is (what `json.dumps` would refuse to write)."""

    def __init__(self, text: str) -> None:
        self.text = text


_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**63 - 2, max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(
        [
            "\ud800",
            "a\x00b",
            "2025-02-30",
            "0001-01-01T00:00:00+14:00",
            "2025-01-01T00:00:00",
            "9999-12-31T23:59:59-12:00",
            "ZZZ",
            "../../etc/passwd",
            "x" * 100_000,
        ]
    ),
    st.builds(Raw, st.sampled_from(["9" * 5000, "1e999999", "-0", "[" * 5000 + "]" * 5000])),
)
_values = st.recursive(
    _leaves,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            if k != "attachments" or not prefix:  # not into the base64 blobs
                out += _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += _paths(v, (*prefix, i))
    return out


def _dumps(doc: Any) -> str:
    raws: dict[str, str] = {}

    def swap(value: Any) -> Any:
        if isinstance(value, Raw):
            key = f"RAW-{len(raws)}-{uuid.uuid4()}"
            raws[key] = value.text
            return key
        if isinstance(value, dict):
            return {k: swap(v) for k, v in value.items()}
        if isinstance(value, list):
            return [swap(v) for v in value]
        return value

    text = json.dumps(swap(doc), ensure_ascii=True)
    for key, raw in raws.items():
        text = text.replace(json.dumps(key), raw)
    return text


def test_json_structure_mutations(
    tmp_path: Path, target: Workspace, exported: dict[str, Any], drafter: Actor
) -> None:
    paths = _paths(exported)
    path = tmp_path / "fuzz.json"

    @FUZZ
    @given(changes=st.lists(st.tuples(st.sampled_from(paths), _values), min_size=1, max_size=3))
    def run(changes: list[tuple[tuple[Any, ...], Any]]) -> None:
        doc = json.loads(json.dumps(exported))
        for where, value in changes:
            if not where:
                doc = value
                continue
            parent = doc
            try:
                for step in where[:-1]:
                    parent = parent[step]
                parent[where[-1]] = value
            except (KeyError, IndexError, TypeError):
                continue  # an earlier change removed the place
        path.write_text(_dumps(doc), encoding="utf-8")
        attempt(target, drafter, lambda: import_json(target, drafter, path))

    run()


# One database for all the cases of a test: a database per case would triple the file's time.
ENCODINGS: dict[str, tuple[Callable[[str], bytes], bool]] = {
    "utf8-bom": (lambda t: t.encode("utf-8-sig"), True),  # Notepad's UTF-8: accepted
    "utf16": (lambda t: t.encode("utf-16"), False),
    "utf16be": (lambda t: t.encode("utf-16-be"), False),
    "utf32": (lambda t: t.encode("utf-32"), False),
    "latin1": (lambda t: t.encode("latin-1", errors="replace"), False),
    "cp1252": (lambda t: t.encode("cp1252", errors="replace"), False),
    "bad-utf8": (lambda t: t.encode("utf-8")[:-3] + b"\xc3\x28" + t.encode("utf-8")[-3:], False),
    "cesu-surrogate": (
        lambda t: t.encode("utf-8").replace(b"\xc2\xab", b"\xed\xa0\x80"),
        False,
    ),
}


def test_json_wrong_encodings(
    tmp_path: Path, target: Workspace, exported: dict[str, Any], drafter: Actor
) -> None:
    text = json.dumps(exported, ensure_ascii=False)
    path = tmp_path / "enc.json"
    for name, (encode, accepted) in ENCODINGS.items():
        path.write_bytes(encode(text))
        error = attempt(target, drafter, lambda: import_json(target, drafter, path))
        if accepted:
            assert error is None, name
        else:
            assert error is not None, name
            assert error.code == "import.malformed", name


def test_json_deep_nesting(
    tmp_path: Path, target: Workspace, exported: dict[str, Any], drafter: Actor
) -> None:
    """Nesting a report never has, at the top, in a value, in a revision, among the files:
    refused whether the JSON parser, the depth check or pydantic notices first."""
    path = tmp_path / "deep.json"
    for where in ("top", "header", "snapshot", "attachments"):
        for depth in (65, 900, 990, 1000, 100_000):
            doc = json.loads(json.dumps(exported))
            holder = {
                "top": doc,
                "header": doc["report"]["header"],
                "snapshot": doc["revisions"][0]["snapshot"]["report"]["header"],
                "attachments": doc["attachments"],
            }[where]
            holder["deep"] = "PLACEHOLDER"
            text = json.dumps(doc).replace('"PLACEHOLDER"', "[" * depth + "{}" + "]" * depth)
            path.write_text(text, encoding="utf-8")
            error = attempt(target, drafter, lambda: import_json(target, drafter, path))
            assert error is not None, (where, depth)


def test_json_huge_and_odd_fields(
    tmp_path: Path, target: Workspace, exported: dict[str, Any], drafter: Actor
) -> None:
    cases: list[Callable[[dict[str, Any]], None]] = [
        lambda d: d["report"].update(state="A" * 2_000_000),
        lambda d: d["report"].update(year=10**30),
        lambda d: d["report"].update(created_at="2025-01-01T00:00:00"),  # no time zone
        lambda d: d["report"].update(updated_at="0001-01-01T00:00:00+14:00"),
        lambda d: d["report"]["header"].update(poc_name="\ud800"),
        lambda d: d["attachments"].update({"0" * 64: base64.b64encode(b"x" * 10).decode()}),
        lambda d: d["revisions"][0].update(created_at="2025-01-01T00:00:00"),
        lambda d: d["report"]["activities"][0]["values"].update(title="t" * 5_000_000),
    ]
    path = tmp_path / "odd.json"
    for change in cases:
        doc = json.loads(json.dumps(exported))
        change(doc)
        write_json(path, doc)
        error = attempt(target, drafter, lambda: import_json(target, drafter, path))
        if error is not None:
            assert len(error.message("en")) < 2000


def test_json_activity_ids_taken_by_another_report(
    tmp_path: Path, workspace: Workspace, exported: dict[str, Any], drafter: Actor
) -> None:
    """Found by fuzzing: a file with a new report id but an activity id this database already
    uses failed inside SQLite ("UNIQUE constraint failed"); it is now refused by name."""
    doc = json.loads(json.dumps(exported))
    doc["report"]["uid"] = str(uuid.uuid4())
    doc["revisions"] = []
    error = attempt(
        workspace,
        drafter,
        lambda: import_json(workspace, drafter, write_json(tmp_path / "a.json", doc)),
    )
    assert error is not None
    assert error.code == "activity.exists"


# --- workbooks ---


@pytest.fixture
def own_workbook(tmp_path: Path, workspace: Workspace, source: int, drafter: Actor) -> bytes:
    service = DraftingService(workspace, drafter)
    report = service.get(source)
    out = tmp_path / "own.xlsx"
    build_workbook(report, service.form_of(report), "es", make_meta(report), out)
    return out.read_bytes()


def test_workbook_mutated_and_truncated_bytes(
    tmp_path: Path, target: Workspace, own_workbook: bytes, drafter: Actor
) -> None:
    path = tmp_path / "fuzz.xlsx"

    @FUZZ
    @given(
        cut=st.none() | st.integers(0, len(own_workbook)),
        flips=st.lists(
            st.tuples(st.integers(0, len(own_workbook) - 1), st.integers(0, 255)), max_size=6
        ),
    )
    def run(cut: int | None, flips: list[tuple[int, int]]) -> None:
        data = bytearray(own_workbook)
        for at, byte in flips:
            data[at] = byte
        path.write_bytes(bytes(data[:cut]))
        attempt(target, drafter, lambda: import_workbook(target, drafter, path))

    run()


# Pieces of XML that break parsers, coordinates and types in interesting ways.
_XML_TRICKS = [
    "<",
    "&",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "&undefined;",
    "]]>",
    "<![CDATA[x]]>",
    '<c r="A1048577">',
    '<c r="XFE1"><v>1</v></c>',
    '<row r="-5">',
    '<row r="99999999999">',
    '<row r="0">',
    "</sheetData>",
    '<c r="B2" t="e"><v>#REF!</v></c>',
    '<c r="B2" t="d"><v>9999-99-99</v></c>',
    '<c r="B2" t="n"><v>1e308</v></c>',
    '<c r="B2" t="n"><v>NaN</v></c>',
    '<c r="B2" s="99999"><v>45000</v></c>',
    '<c r="B2" t="s"><v>999999</v></c>',
    '<c r="B2" t="b"><v>2</v></c>',
    "<f>1/0</f>",
    '<?xml version="1.0"?>',
    '<dimension ref="A1:XFD1048576"/>',
    '<sheet name="x" sheetId="99" r:id="rId99"/>',
    '<Override PartName="/../../x" ContentType="x"/>',
    '<Relationship Id="rId1" Target="../../../../etc/passwd" Type="x"/>',
    "\x00",
    "\u2028",
    "😀" * 10,
]


def test_workbook_xml_part_mutations(
    tmp_path: Path, target: Workspace, own_workbook: bytes, drafter: Actor
) -> None:
    """Mutations inside a part (re-zipped, so the checksums hold): the parsers' own ground."""
    parts = sorted(n for n in entries(own_workbook) if n.endswith((".xml", ".rels")))
    path = tmp_path / "fuzz.xlsx"

    @FUZZ
    @given(
        part=st.sampled_from(parts),
        at=st.floats(0, 1),
        cut=st.integers(0, 300),
        trick=st.sampled_from(_XML_TRICKS),
    )
    def run(part: str, at: float, cut: int, trick: str) -> None:
        xml = entries(own_workbook)[part].decode("utf-8")
        i = int(at * len(xml))
        mutated = xml[:i] + trick + xml[i + cut :]
        path.write_bytes(rezip(own_workbook, replace={part: mutated.encode("utf-8")}))
        attempt(target, drafter, lambda: import_workbook(target, drafter, path))

    run()


_cells = st.one_of(
    st.none(),
    st.text(max_size=20).map(clean),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
    st.sampled_from(
        ["5", "m05", "Perú", "PE", "1, 3", "✓", "x", "31/12/2025", "2025-13-01", "#N/A", "=1+1"]
    ),
)


def test_workbook_random_tables(tmp_path: Path, target: Workspace, drafter: Actor) -> None:
    heads = [
        "Medida",
        "Título",
        "Fecha de inicio",
        "Fecha de fin",
        "Estados participantes",
        "Características",
        "Nivel de los actores",
        "3. Estabilidad de los compromisos",
    ]

    @FUZZ
    @given(rows=st.lists(st.lists(_cells, min_size=len(heads), max_size=len(heads)), max_size=5))
    def run(rows: list[list[object]]) -> None:
        path = table_workbook(tmp_path / "table.xlsx", [heads, *rows])
        attempt(
            target,
            drafter,
            lambda: import_workbook(target, drafter, path, state="PAN", year=2025),
        )

    run()
