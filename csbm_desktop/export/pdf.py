"""The report as a PDF, rendered from the form: what the ministry prints, signs and sends.

One generic renderer reads `FormSpec` (section titles, field labels, choice lists, state names), so
a field added to `forms/` appears in the PDF with no change here; `pdf_texts` words the rest.

Speed, because a large report runs to 500 pages and reportlab is pure Python here (its optional C
accelerator is not installed):
- ONE layout pass. Every heading is written by us, so the table of contents is known before layout
  and takes its final height at once; the numbers known only at the end (the contents' page
  numbers, "page X of Y") are form XObjects that the canvas defines just before it saves. A
  second pass (`multiBuild`) would double the time for nothing.
- The report's own texts are plain text, not markup: small flowables (`Heading`, `Lines`, `Grid`,
  `Contents`) break and draw them directly instead of parsing each into a platypus Paragraph and
  laying tables out cell by cell. platypus still paginates, links and outlines everything;
  Paragraph and Table remain for the few composed pieces (cover, signatures). The contents are
  ours rather than platypus' TableOfContents, which needs the second pass and draws each page
  number before its entry's text (so text extraction reads them shifted).
- Our font objects get a memoised string width, and lines whose characters already have a code
  in the font subset are encoded with one str.translate: the same bytes reportlab writes,
  without its per-character Python loops (its optional C accelerator is not installed).

reportlab is imported lazily: importing this module costs nothing until a PDF is built.
"""

from __future__ import annotations

import contextlib
import re
import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import Any, NamedTuple
from xml.sax.saxutils import escape

from csbm_desktop.domain.form import FieldSpec, FormSpec
from csbm_desktop.domain.provenance import categories_note, provenance_text
from csbm_desktop.domain.render import names as coded_names
from csbm_desktop.domain.report import Activity, AttachmentInfo, FieldValue, Report
from csbm_desktop.export.meta import ExportMeta
from csbm_desktop.export.pdf_texts import label, status_label
from csbm_desktop.export.pdfa import REQUIRED_KEY, SIGNATORY_KEY, make_archival
from csbm_desktop.files import replacing
from csbm_desktop.paths import data_dir

# Names of the signature boxes, as the signing module names its PAdES fields.
PREPARER = "Preparer"
AUTHORISING_OFFICER = "AuthorisingOfficer"

FONT = "CSBM-DejaVuSans"
FONT_BOLD = "CSBM-DejaVuSans-Bold"
FONT_ITALIC = "CSBM-DejaVuSans-Oblique"
_FONT_FILES = (
    (FONT, "DejaVuSans.ttf"),
    (FONT_BOLD, "DejaVuSans-Bold.ttf"),
    (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
)

MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM  # A4
MARGIN_X = 20 * MM
MARGIN_TOP = 24 * MM
MARGIN_BOTTOM = 20 * MM
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
HEADER_Y = PAGE_HEIGHT - 12 * MM  # baseline of the running header
FOOTER_Y = 10 * MM
SIGNATURE_BOX = (230.0, 90.0)  # width, height in points

Box = tuple[float, float, float, float]
RGB = tuple[float, float, float]


@dataclass(frozen=True)
class PdfLayout:
    """Where things landed, for the signing module to place its stamps."""

    pages: int
    signature_page: int  # 0-based index of the signature page
    # Signer (PREPARER, AUTHORISING_OFFICER) -> (x1, y1, x2, y2) in PDF points on that page, origin
    # bottom left; empty when built with signature_fields=False.
    boxes: dict[str, Box] = field(default_factory=dict)


def build_pdf(
    report: Report,
    spec: FormSpec,
    lang: str,
    meta: ExportMeta,
    out: Path,
    *,
    signature_fields: bool = True,
) -> PdfLayout:
    """Write the report as a PDF to `out` (atomically) and say where the signature boxes are.

    With `signature_fields=False` the signature page has lines to sign on paper instead of
    boxes for digital signature stamps, and the layout lists no boxes.
    """
    _register_fonts()
    builder = _Builder(report, spec, lang, meta, signature_fields)
    with replacing(out) as part:
        return builder.build(part)


# --- text styles and line breaking (no reportlab needed) ----------------------------------------

INK: RGB = (0.10, 0.10, 0.12)
MUTED: RGB = (0.35, 0.35, 0.38)
ACCENT: RGB = (0.10, 0.25, 0.45)


@dataclass(frozen=True)
class TextStyle:
    font: str
    size: float
    leading: float
    color: RGB = INK
    space_before: float = 0.0  # for headings
    space_after: float = 0.0


BODY = TextStyle(FONT, 9.5, 13)
SUMMARY = TextStyle(FONT_ITALIC, 9.5, 13)
EXPLANATION = TextStyle(FONT, 8.5, 11.5, MUTED)
LABEL = TextStyle(FONT_BOLD, 8, 11, MUTED)
QUESTION = TextStyle(FONT_BOLD, 9, 12)
EMPTY = TextStyle(FONT_ITALIC, 9, 12, MUTED)
CELL = TextStyle(FONT, 8.5, 11)
CELL_LINK = TextStyle(FONT, 8.5, 11, ACCENT)
CELL_LABEL = TextStyle(FONT_BOLD, 8, 11, MUTED)
CELL_HEAD = TextStyle(FONT_BOLD, 8, 10.5)
CELL_NOTE = TextStyle(FONT, 7.5, 9.5, MUTED)
CELL_NOTE_ITALIC = TextStyle(FONT_ITALIC, 7.5, 9.5, MUTED)
HASH = TextStyle(FONT, 7, 10)
H1 = TextStyle(FONT_BOLD, 15, 19, ACCENT, space_before=4, space_after=8)
H2 = TextStyle(FONT_BOLD, 12, 15, ACCENT, space_before=14, space_after=5)
H3 = TextStyle(FONT_BOLD, 10, 13, INK, space_before=12, space_after=4)
TOC_STYLES = (TextStyle(FONT_BOLD, 10, 14), TextStyle(FONT, 9, 12.5))  # by level
TOC_INDENT, TOC_GAP, TOC_NUMBER_WIDTH = 14.0, 6.0, 32.0

PARAGRAPH_GAP = 5.0  # between paragraphs of one text
LONG_VALUE = 1200  # characters: a short field's value longer than this is laid out as text
CAPTION_GAP = 7.0  # above a caption (label, question) inside a block

# Font name -> width of a string in 1/1000 em (memoised); filled when the fonts are registered.
_UNITS: dict[str, Callable[[str], float]] = {}


def break_lines(text: str, style: TextStyle, width: float) -> list[str]:
    """Greedy line breaking at spaces (not at no-break spaces); "\\n" forces a break; a word
    wider than the line is cut."""
    units = _UNITS[style.font]
    limit = width * 1000.0 / style.size
    if len(text) < 80 and "\n" not in text and units(text) <= limit:
        return [text]  # most cells and headings: one line, and often seen before
    space = units(" ")
    out: list[str] = []
    for raw in text.split("\n"):
        words = [w for w in raw.split(" ") if w]
        line: list[str] = []
        used = 0.0
        for word in words:
            w = units(word)
            if w > limit:
                if line:
                    out.append(" ".join(line))
                pieces = _cut(word, units, limit)
                out += pieces[:-1]
                line, used = [pieces[-1]], units(pieces[-1])
            elif line and used + space + w > limit:
                out.append(" ".join(line))
                line, used = [word], w
            else:
                used += w + space if line else w
                line.append(word)
        out.append(" ".join(line))
    return out


def _cut(word: str, units: Callable[[str], float], limit: float) -> list[str]:
    pieces: list[str] = []
    start, used = 0, 0.0
    for i, c in enumerate(word):
        w = units(c)
        if used + w > limit and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += w
    pieces.append(word[start:])
    return pieces


class Line(NamedTuple):
    text: str
    style: TextStyle
    gap: float  # extra space above the line
    keep: bool  # keep with the line that follows (captions)


class Piece(NamedTuple):
    """A run of text in one style, as handed to `Lines`."""

    text: str
    style: TextStyle
    gap: float = 0.0
    keep: bool = False


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n\s*\n")


def clean(text: str) -> str:
    """User text made safe to draw: newlines normalised, control characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def paragraphs_of(text: str) -> list[str]:
    """A long text's paragraphs (split on blank lines), cleaned."""
    return [p.strip() for p in _BLANK_LINES.split(clean(text)) if p.strip()]


def markup(text: str) -> str:
    """Plain text as platypus Paragraph markup: &, < and > escaped, line breaks kept."""
    return escape(clean(text)).replace("\n", "<br/>")


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def _dates(activity: Activity) -> str:
    start, end = activity.text("start_date"), activity.text("end_date")
    return f"{start} – {end}" if start and end and end != start else start or end


# --- fonts --------------------------------------------------------------------------------------

_font_lock = threading.Lock()


def _register_fonts() -> None:
    with _font_lock:
        if _UNITS:
            return
        from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
        from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

        folder = data_dir("resources") / "fonts"
        units: dict[str, Callable[[str], float]] = {}
        for name, filename in _FONT_FILES:
            font = TTFont(name, str(folder / filename), shapable=False)
            units[name] = _speed_up(font)
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
        )
        _UNITS.update(units)


def _speed_up(font: Any) -> Callable[[str], float]:
    """Give one of OUR font objects a memoised string width; returns it in 1/1000 em.

    Same numbers as reportlab's (the sum of glyph advances), without its per-character Python
    loop on every call (its optional C accelerator is what normally does that): line breaking
    measures every word, and words repeat.
    """
    widths: dict[int, float] = font.face.charWidths
    default: float = font.face.defaultWidth
    get = widths.get
    memo: dict[str, float] = {}

    def units(text: str) -> float:
        w = memo.get(text)
        if w is None:
            w = float(sum([get(ord(c), default) for c in text]))
            if len(memo) < 500_000:
                memo[text] = w
        return w

    def string_width(text: str | bytes, size: float, encoding: str | None = "utf8") -> float:
        if isinstance(text, bytes):
            text = text.decode(encoding or "utf8")
        return 0.001 * size * units(text)

    font.stringWidth = string_width
    return units


# A byte of a PDF string as its literal: octal escapes outside printable ASCII, a backslash
# before ( ) and \ (what reportlab's escapePDF writes).
_PDF_BYTE = [
    f"\\{n:03o}" if n < 32 or n >= 127 else "\\" + chr(n) if chr(n) in "()\\" else chr(n)
    for n in range(256)
]


class _SubsetEncoder:
    """Text to the PDF string literal of one font's subset 0, in a document.

    reportlab gives each character a code in a subset as it first meets it (TTFont.splitString)
    and never changes it; text made only of characters already coded in subset 0 is then a
    single `str.translate`. Anything else returns None, for reportlab's own path.
    """

    def __init__(self, state: Any) -> None:
        self.assignments: dict[int, int] = state.assignments
        self.count = -1
        self.table: dict[int, str] = {}
        self.known: frozenset[str] = frozenset()

    def encode(self, text: str) -> str | None:
        if len(self.assignments) != self.count:
            codes = {c: n for c, n in self.assignments.items() if n < 256}
            self.table = {c: _PDF_BYTE[n] for c, n in codes.items()}
            self.known = frozenset(map(chr, codes))
            self.count = len(self.assignments)
        return text.translate(self.table) if self.known.issuperset(text) else None


@cache
def _paragraph_styles() -> dict[str, Any]:
    """Styles for the few platypus Paragraphs (cover, contents title, signatures); made once."""
    from reportlab.lib.colors import Color  # type: ignore[import-untyped]
    from reportlab.lib.enums import TA_CENTER  # type: ignore[import-untyped]
    from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]

    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13, textColor=Color(*INK))
    muted, accent = Color(*MUTED), Color(*ACCENT)

    def s(name: str, **kw: Any) -> Any:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": s("body", spaceAfter=4),
        "cell": s("cell", fontSize=8.5, leading=11),
        "cell_label": s("cell_label", fontName=FONT_BOLD, fontSize=8, leading=11, textColor=muted),
        "cover_marking": s(
            "cover_marking", fontName=FONT_BOLD, fontSize=15, leading=19, alignment=TA_CENTER
        ),
        "cover_title": s(
            "cover_title", fontName=FONT_BOLD, fontSize=19, leading=25, textColor=accent
        ),
        "cover_state": s(
            "cover_state", fontName=FONT_BOLD, fontSize=26, leading=32, spaceBefore=18
        ),
        "cover_period": s("cover_period", fontSize=13, leading=18, textColor=muted, spaceBefore=4),
        # The contents' title has its own style: it is no heading and must not list itself.
        "toc_title": s(
            "toc_title",
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            spaceAfter=10,
            textColor=accent,
        ),
        "sig_role": s(
            "sig_role", fontName=FONT_BOLD, fontSize=11, leading=15, textColor=accent, spaceAfter=4
        ),
    }


# --- the builder --------------------------------------------------------------------------------


@dataclass
class HeadingInfo:
    level: int  # outline level
    text: str
    key: str  # named destination
    closed: bool = False


@dataclass
class Cell:
    pieces: Sequence[tuple[str, TextStyle]]
    link: str | None = None  # named destination the cell links to
    right: bool = False  # right-aligned (numbers)


Row = Sequence[Cell]


class _Builder:
    def __init__(
        self, report: Report, spec: FormSpec, lang: str, meta: ExportMeta, signature_fields: bool
    ) -> None:
        self.report, self.spec, self.lang, self.meta = report, spec, lang, meta
        self.signature_fields = signature_fields
        self.pst = _paragraph_styles()
        self.rl = _kit()
        state = spec.state(report.state)
        self.state_name = state.name.get(lang) if state else report.state
        self.marking = self._marking()
        self.toc_entries: list[tuple[int, str, str]] = []  # level, text, key
        self.page_of_key: dict[str, int] = {}
        self.pages = 0
        self.signature_page = 0
        self.boxes: dict[str, Box] = {}
        self._keys = 0
        self.activity_keys = {a.uid: f"a{i}" for i, a in enumerate(report.activities)}

    # -- words
    def t(self, key: str, **params: object) -> str:
        return label(key, self.lang, **params)

    def _marking(self) -> str:
        code = self.report.header.get("marking")
        code = code if isinstance(code, str) and code else "restricted"
        with contextlib.suppress(KeyError):
            return self.spec.choice_list("marking").label(code, self.lang)
        return code

    def value_text(self, f: FieldSpec, value: FieldValue, activity: Activity | None = None) -> str:
        """Any field's value as plain text in the document's language ("" when empty)."""
        lang, spec = self.lang, self.spec
        if f.type == "attachments":
            files = activity.attachments if activity else ()
            return "; ".join(f"{a.filename} ({_size(a.size)})" for a in files)
        if value is None or value in ("", []):
            return ""
        if isinstance(value, bool):
            return self.t("yes" if value else "no")
        worded = coded_names(spec, f.type, f.choices, value, lang)
        if worded is not None:
            return (", " if f.type in ("state", "states") else "; ").join(worded)
        if isinstance(value, list):
            return ", ".join(clean(str(v)) for v in value)
        return clean(str(value))

    # -- flowables
    def heading(
        self,
        text: str,
        style: TextStyle,
        level: int,
        *,
        key: str | None = None,
        toc: bool = True,
        closed: bool = False,
    ) -> Any:
        if key is None:
            self._keys += 1
            key = f"h{self._keys}"
        text = clean(text)
        if toc:
            self.toc_entries.append((level, text, key))
        return self.rl.Heading(text, style, HeadingInfo(level, text, key, closed))

    def text_pieces(
        self, text: str, style: TextStyle = BODY, gap: float = PARAGRAPH_GAP
    ) -> list[Piece]:
        """A long text as pieces, one per paragraph; an em dash when empty."""
        paras = paragraphs_of(text)
        if not paras:
            return [Piece("—", EMPTY, gap)]
        return [Piece(p, style, gap if i == 0 else PARAGRAPH_GAP) for i, p in enumerate(paras)]

    def lines(self, pieces: Sequence[Piece], space_after: float = 4.0) -> Any:
        return self.rl.Lines(list(pieces), space_after=space_after)

    def grid(
        self,
        widths: Sequence[float],
        rows: Sequence[Row],
        *,
        header: Row | None = None,
        caption: Piece | None = None,
    ) -> Any:
        return self.rl.Grid(list(widths), list(rows), header=header, caption=caption)

    def fields_block(
        self, fields: Iterable[FieldSpec], values: dict[str, FieldValue], activity: Activity | None
    ) -> list[Any]:
        """Short fields as a label/value grid, long texts as captioned paragraphs."""
        out: list[Any] = []
        rows: list[Row] = []
        widths = (CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.7)

        def flush() -> None:
            if rows:
                out.append(self.grid(widths, list(rows)))
                rows.clear()

        for f in fields:
            text = self.value_text(f, values.get(f.id), activity)
            name = f.label.get(self.lang)
            # Long texts, and any value too long for a table row (a grid row does not split).
            if f.type == "longtext" or len(text) > LONG_VALUE:
                flush()
                caption = Piece(name, LABEL, CAPTION_GAP, keep=True)
                out.append(self.lines([caption, *self.text_pieces(text, gap=2)]))
            else:
                rows.append([Cell([(name, CELL_LABEL)]), Cell([(text or "—", CELL)])])
        flush()
        return out

    def para(self, text_markup: str, style: str) -> Any:
        return self.rl.Paragraph(text_markup, self.pst[style])

    # -- the document
    def story(self) -> list[Any]:
        story: list[Any] = []
        story += self.cover()
        story += self.contents()
        story += self.header_sections()
        story += self.characteristics()
        story += self.measures()
        story += self.activities()
        story += self.attachments()
        story += self.signatures()
        # Every heading is written now: the contents are complete (their pages come later).
        self.toc.set_entries(self.toc_entries)
        return story

    def cover(self) -> list[Any]:
        rl, r, spec, meta = self.rl, self.report, self.spec, self.meta
        banner = rl.Table(
            [[self.para(markup(self.marking.upper()), "cover_marking")]],
            colWidths=[CONTENT_WIDTH],
            style=rl.TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Helvetica, not embedded
                    ("BOX", (0, 0), (-1, -1), 1.5, rl.dark_rule),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            ),
        )
        start, end = r.header.get("period_start"), r.header.get("period_end")
        period = f"{start} – {end}" if start and end else str(r.year)
        revision = str(meta.revision) if meta.revision else self.t("working_copy")
        catalogue = self.t(
            "catalogue_value", document=spec.source.document, approved=spec.source.approved
        )
        generated = self.t(
            "generated_value",
            at=meta.generated_at.strftime("%Y-%m-%d %H:%M UTC"),
            by=meta.generated_by,
            version=meta.app_version,
        )
        rows = [
            ("form", markup(self.t("form_version", form=spec.id, version=spec.version))),
            ("catalogue", markup(catalogue)),
            ("status", markup(status_label(meta.status, self.lang))),
            ("revision", markup(revision)),
            ("document_id", markup(meta.document_id)),
            ("sha256", f'<font size="8">{markup(meta.content_sha256)}</font>'),  # on one line
            ("distribution", f"<b>{markup(self.marking)}</b>"),
            ("generated", markup(generated)),
        ]
        cells = [
            [self.para(markup(self.t(k)), "cell_label"), self.para(v, "cell")] for k, v in rows
        ]
        table = rl.Table(
            cells,
            colWidths=[CONTENT_WIDTH * 0.28, CONTENT_WIDTH * 0.72],
            style=rl.TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Helvetica, not embedded
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, rl.rule),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, rl.dark_rule),
                ]
            ),
        )
        key = "cover"
        title = self.para(f'<a name="{key}"/>{markup(spec.title.get(self.lang))}', "cover_title")
        title.csbm_heading = HeadingInfo(0, self.t("cover"), key)
        return [
            banner,
            rl.Spacer(1, 36),
            title,
            self.para(markup(self.state_name), "cover_state"),
            self.para(f"{markup(self.t('period'))}: {markup(period)}", "cover_period"),
            rl.Spacer(1, 48),
            table,
            rl.PageBreak(),
        ]

    def contents(self) -> list[Any]:
        key = "contents"
        title = self.para(f'<a name="{key}"/>{markup(self.t("contents"))}', "toc_title")
        title.csbm_heading = HeadingInfo(0, self.t("contents"), key)
        self.toc = self.rl.Contents()
        return [title, self.toc, self.rl.PageBreak()]

    def header_sections(self) -> list[Any]:
        values: dict[str, FieldValue] = dict(self.report.header)
        values.setdefault("state", self.report.state)  # a system field kept on the report itself
        out: list[Any] = []
        for i, section in enumerate(self.spec.header):
            if i:
                out.append(self.rl.Spacer(1, 10))
            out.append(self.heading(section.title.get(self.lang), H1, 0))
            out += self.fields_block(section.fields, values, None)
        return out

    def characteristics(self) -> list[Any]:
        rl, lang, r = self.rl, self.lang, self.report
        out: list[Any] = [rl.PageBreak(), self.heading(self.t("characteristics"), H1, 0)]
        for ch in self.spec.characteristics:
            out.append(rl.CondPageBreak(50 * MM))
            out.append(self.heading(f"{ch.number}. {ch.name.get(lang)}", H2, 1))
            pieces = [
                Piece(ch.summary.get(lang), SUMMARY),
                Piece(ch.explanation.get(lang), EXPLANATION, PARAGRAPH_GAP),
                Piece(self.t("guiding_questions"), LABEL, 9, keep=True),
            ]
            for i, q in enumerate(ch.questions, 1):
                question = f"{ch.number}.{i}  {q.label.get(lang)}"
                pieces.append(Piece(question, QUESTION, CAPTION_GAP, keep=True))
                text = self.value_text(q, r.answers.get(q.id))
                if not text:
                    pieces.append(Piece(self.t("not_answered"), EMPTY, 2))
                elif q.type == "longtext":
                    pieces += self.text_pieces(text, gap=2)
                else:
                    pieces.append(Piece(clean(text), BODY, 2))
            out.append(self.lines(pieces, space_after=8))
            serving = r.activities_serving(ch.number)
            caption = Piece(self.t("serving", count=len(serving)), LABEL, 0, keep=True)
            if serving:
                out.append(self.activity_list(serving, caption))
            else:
                out.append(self.lines([caption, Piece(self.t("no_serving"), EMPTY, 2)]))
        return out

    def title_of(self, activity: Activity) -> str:
        return clean(activity.text("title")) or self.t("untitled")

    def measure_number(self, measure_id: str) -> str:
        return self.spec.measure(measure_id).number if self.spec.has_measure(measure_id) else "?"

    def activity_list(self, activities: Sequence[Activity], caption: Piece) -> Any:
        header = [Cell([(self.t(k), CELL_HEAD)]) for k in ("col_title", "col_number", "col_dates")]
        rows: list[Row] = [
            [
                Cell([(self.title_of(a), CELL_LINK)], self.activity_keys[a.uid]),
                Cell([(self.measure_number(a.measure_id), CELL)]),
                Cell([(_dates(a), CELL)]),
            ]
            for a in activities
        ]
        widths = (CONTENT_WIDTH - 52 - 118, 52, 118)
        return self.grid(widths, rows, header=header, caption=caption)

    def measures(self) -> list[Any]:
        rl, lang, r, spec = self.rl, self.lang, self.report, self.spec
        out: list[Any] = [rl.PageBreak(), self.heading(self.t("measures"), H1, 0)]
        out.append(self.lines([Piece(categories_note(lang), EMPTY)]))
        header = [
            Cell([(self.t(k), CELL_HEAD)], right=k == "col_activities")
            for k in ("col_number", "col_measure", "col_status", "col_activities")
        ]
        statuses = spec.choice_list("measure_status")
        rows: list[Row] = []
        for m in spec.measures:
            entry = r.measure(m.id)
            if entry.nothing_to_report:
                status = self.t("nothing_to_report")
            elif entry.status:
                status = statuses.label(entry.status, lang)
            else:
                status = "—"
            # Official numbers (or the source) beside the title: the form's number is only its own.
            title = [
                (m.title.get(lang), CELL),
                (provenance_text(m, lang), CELL_NOTE),
                (spec.category(m.category).title.get(lang), CELL_NOTE),
            ]
            if entry.note:  # the narrative's opening; the whole of it heads the measure's group
                opening = (paragraphs_of(entry.note) or [""])[0]
                short = opening if len(opening) <= 200 else opening[:199].rstrip() + "…"
                title.append((clean(short), CELL_NOTE_ITALIC))
            rows.append(
                [
                    Cell([(m.number, CELL)]),
                    Cell(title),
                    Cell([(status, CELL)]),
                    Cell([(str(len(r.activities_of(m.id))), CELL)], right=True),
                ]
            )
        # The number column is as wide as the longest word of its heading ("formulaire"): a
        # cell breaks a word that does not fit, and "N° du / form / ulaire" is not French.
        from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

        longest = max(
            stringWidth(w, CELL_HEAD.font, CELL_HEAD.size) for w in self.t("col_number").split()
        )
        first = max(34.0, longest + 2 * PAD_X + 1)
        widths = (first, CONTENT_WIDTH - first - 120 - 62, 120, 62)
        out.append(self.grid(widths, rows, header=header))
        return out

    def activities(self) -> list[Any]:
        rl, lang, r, spec = self.rl, self.lang, self.report, self.spec
        out: list[Any] = [rl.PageBreak(), self.heading(self.t("activities"), H1, 0)]
        # A measure's narrative (several paragraphs) opens its group, even with no activity.
        narratives = {e.measure_id: e.note for e in r.measures if e.note.strip()}
        if not r.activities and not narratives:
            out.append(self.lines([Piece(self.t("no_activities"), EMPTY)]))
            return out
        groups: dict[str, list[Activity]] = {}
        for a in r.activities:
            groups.setdefault(a.measure_id, []).append(a)
        order = [m.id for m in spec.measures if m.id in groups or m.id in narratives]
        order += [mid for mid in groups if not spec.has_measure(mid)]
        for mid in order:
            # The title heads each activity; some sections belong to some measures only.
            fields = [f for f in spec.activity_fields_for(mid) if f.id != "title"]
            if spec.has_measure(mid):
                m = spec.measure(mid)
                number, title = m.number, m.title.get(lang)
            else:
                number, title = mid, mid
            out.append(rl.CondPageBreak(50 * MM))
            heading = f"{self.t('measure_n', number=number)} · {title}"
            out.append(self.heading(heading, H2, 1, closed=True))
            if spec.has_measure(mid):
                out.append(self.lines([Piece(provenance_text(spec.measure(mid), lang), EMPTY)]))
            if mid in narratives:
                out.append(self.lines(self.text_pieces(narratives[mid])))
            for i, a in enumerate(groups.get(mid, []), 1):
                name = f"{number}.{i}  {self.title_of(a)}"
                out.append(self.heading(name, H3, 2, key=self.activity_keys[a.uid], toc=False))
                out += self.fields_block(fields, a.values, a)
        return out

    def attachments(self) -> list[Any]:
        rl, r = self.rl, self.report
        out: list[Any] = [rl.CondPageBreak(70 * MM), self.heading(self.t("attachments"), H1, 0)]
        found: list[tuple[Activity, AttachmentInfo]] = [
            (a, f) for a in r.activities for f in a.attachments
        ]
        if not found:
            out.append(self.lines([Piece(self.t("no_attachments"), EMPTY)]))
            return out
        header = [
            Cell([(self.t(k), CELL_HEAD)], right=k == "col_size")
            for k in ("col_file", "col_size", "col_sha256")
        ]
        rows: list[Row] = [
            [
                Cell(
                    [(clean(f.filename), CELL), (self.title_of(a), CELL_NOTE)],
                    self.activity_keys[a.uid],
                ),
                Cell([(_size(f.size), CELL)], right=True),
                Cell([(f.sha256, HASH)]),
            ]
            for a, f in found
        ]
        # Each hash on one line: the column is as wide as the widest hash.
        hash_width = max(_UNITS[HASH.font](f.sha256) for _a, f in found) * HASH.size / 1000
        hash_width = hash_width + 2 * PAD_X + 2
        widths = (CONTENT_WIDTH - 58 - hash_width, 58, hash_width)
        out.append(self.grid(widths, rows, header=header))
        return out

    def signatures(self) -> list[Any]:
        rl, h = self.rl, self.report.header

        def text(field_id: str) -> str:
            value = h.get(field_id)
            return value if isinstance(value, str) else ""

        out: list[Any] = [
            rl.PageBreak(),
            self.heading(self.t("signatures"), H1, 0, key="signatures"),
            self.para(markup(self.t("signatures_note")), "body"),
            rl.Spacer(1, 12),
        ]
        signers = (
            (PREPARER, "prepared_by", "preparer_name", "preparer_position", ""),
            (
                AUTHORISING_OFFICER,
                "authorised_by",
                "authorising_officer_name",
                "authorising_officer_position",
                "authorisation_date",
            ),
        )
        for signer, role, name_id, position_id, date_id in signers:
            info: list[Any] = [self.para(markup(self.t(role)), "sig_role")]
            for k, v in (
                (self.t("name"), text(name_id)),
                (self.t("position"), text(position_id)),
                (self.t("date"), text(date_id) if date_id else ""),
            ):
                info.append(self.para(f"<b>{markup(k)}:</b> {markup(v or '—')}", "body"))
            box = rl.SignatureBox(self, signer, self.t("signature"), self.signature_fields)
            row = rl.Table(
                [[info, box]],
                colWidths=[CONTENT_WIDTH - SIGNATURE_BOX[0] - 10, SIGNATURE_BOX[0] + 10],
                style=rl.TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 10),
                        ("LINEABOVE", (0, 0), (-1, 0), 0.8, rl.dark_rule),
                    ]
                ),
            )
            out += [rl.KeepTogether([row]), rl.Spacer(1, 28)]
        return out

    def statements(self) -> dict[str, str]:
        """What the document says about its signatures, read back by verification: the
        required fields (the form's policy) and the people the report names to sign."""
        h = self.report.header
        named = {
            PREPARER: h.get("preparer_name"),
            AUTHORISING_OFFICER: h.get("authorising_officer_name"),
        }
        out = {REQUIRED_KEY[1:]: " ".join(self.spec.required_signatures)}
        for field_name, person in named.items():
            if isinstance(person, str) and person.strip():
                out[SIGNATORY_KEY[1:] + field_name] = person.strip()
        return out

    # -- layout callbacks
    def after_flowable(self, canv: Any, flowable: Any) -> None:
        info: HeadingInfo | None = getattr(flowable, "csbm_heading", None)
        if info is not None:
            canv.addOutlineEntry(info.text, info.key, info.level, info.closed)
            self.page_of_key[info.key] = canv.getPageNumber()

    def on_page(self, canv: Any, doc: Any) -> None:
        page = canv.getPageNumber()
        self.pages = max(self.pages, page)
        # The same furniture on every page, drawn first so the content covers the watermark;
        # then "page X of Y", whose Y only finish() knows.
        canv.doForm("Furniture")
        canv.doForm(f"PN{page}")

    def furniture(self, canv: Any) -> None:
        """Watermark, running header and footer: one form XObject that every page shows."""
        canv.beginForm("Furniture")
        if not self.meta.is_final:
            # Opaque light grey under the content: no transparency (PDF/A).
            word = self.t("draft")
            diagonal = (PAGE_WIDTH**2 + PAGE_HEIGHT**2) ** 0.5
            size = min(110.0, 0.6 * diagonal / (_UNITS[FONT_BOLD](word) / 1000))
            canv.saveState()
            canv.setFillColorRGB(0.91, 0.91, 0.91)
            canv.setFont(FONT_BOLD, size)
            canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canv.rotate(54.7)  # along the page's diagonal
            canv.drawCentredString(0, -size * 0.35, word)
            canv.restoreState()
        top, bottom = HEADER_Y, FOOTER_Y
        canv.setFillColorRGB(*MUTED)
        canv.setFont(FONT, 7.5)
        canv.drawString(MARGIN_X, top, f"{self.state_name} · {self.report.year}")
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, top, self.meta.document_id)
        canv.drawString(MARGIN_X, bottom, f"{self.spec.id} {self.spec.version}")
        canv.setFont(FONT_BOLD, 7.5)
        canv.setFillColorRGB(*INK)
        canv.drawCentredString(PAGE_WIDTH / 2, top, self.marking.upper())
        canv.drawCentredString(PAGE_WIDTH / 2, bottom, self.marking.upper())
        canv.setStrokeColorRGB(0.75, 0.75, 0.78)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, top - 2.5 * MM, PAGE_WIDTH - MARGIN_X, top - 2.5 * MM)
        canv.line(MARGIN_X, bottom + 4 * MM, PAGE_WIDTH - MARGIN_X, bottom + 4 * MM)
        canv.endForm()

    def finish(self, canv: Any) -> None:
        """Before saving: define the forms the pages use, now that the page count is known;
        make the file archival (PDF/A-2b) and state the signatures it needs."""
        self.furniture(canv)
        make_archival(canv, self.statements())
        total = self.pages
        for page in range(1, total + 1):
            canv.beginForm(f"PN{page}")
            canv.setFillColorRGB(*MUTED)
            canv.setFont(FONT, 7.5)
            text = self.t("page_of", page=page, pages=total)
            canv.drawRightString(PAGE_WIDTH - MARGIN_X, FOOTER_Y, text)
            canv.endForm()
        for level, _text, key in self.toc_entries:
            style = TOC_STYLES[min(level, 1)]
            canv.beginForm(f"TP{key}", lowerx=-60, lowery=-3, upperx=0, uppery=style.leading)
            canv.setFillColorRGB(*INK)
            canv.setFont(style.font, style.size)
            canv.drawRightString(0, 0, str(self.page_of_key.get(key, "")))
            canv.endForm()

    def build(self, path: Path) -> PdfLayout:
        rl, r, meta, spec = self.rl, self.report, self.meta, self.spec
        story = self.story()
        form_title = spec.title.get(self.lang)
        doc = rl.BaseDocTemplate(
            str(path),
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{form_title} — {self.state_name} {r.year}",
            author=meta.generated_by,
            subject=f"{form_title} ({spec.id} {spec.version})",
            keywords=["CSBM", "OAS", r.state, str(r.year), meta.document_id, meta.content_sha256],
            creator=f"CSBM Desktop {meta.app_version}",
            lang=self.lang,
            initialFontName=FONT,  # else every page names Helvetica, a font we do not embed
            initialFontSize=9.5,
            pageCompression=1,
            displayDocTitle=1,
        )
        frame = rl.Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([rl.PageTemplate("page", [frame], onPage=self.on_page)])
        doc.afterFlowable = lambda flowable: self.after_flowable(doc.canv, flowable)
        with rl.plain_streams():
            doc.build(story, canvasmaker=rl.canvas_maker(self.finish))
        sig_page = self.signature_page or self.page_of_key.get("signatures", self.pages)
        return PdfLayout(self.pages, sig_page - 1, dict(self.boxes))


# --- reportlab classes, made on first use -------------------------------------------------------

PAD_X, PAD_TOP, PAD_BOTTOM = 4.0, 2.5, 3.5
BASELINE = 0.78  # first baseline below the top of a line, as a share of the leading
HEAD_FILL, RULE, DARK_RULE = "0.9 0.92 0.95", "0.75 0.75 0.78", "0.25 0.25 0.3"  # RGB operands
PRINTABLE = 4  # annotation flag "print", which PDF/A asks of every link


def _how_many_fit(heights: Iterable[float], room: float) -> int:
    """How many of these stacked items fit, from the first, in `room` points (what a
    flowable keeps on this page when it splits)."""
    used, k = 0.0, 0
    for h in heights:
        used += h
        if used > room + 1e-6:
            break
        k += 1
    return k


class LaidLines:
    """Lines laid out once, with their running height: `tops[i]` is the height of the lines
    before line i (gaps included), so any run of lines is measured in constant time."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.tops = [0.0, *accumulate(line.gap + line.style.leading for line in lines)]

    def fitting(self, start: int, stop: int, top: float, room: float) -> int:
        """How many lines from `start` (not past `stop`) fit in `room` points, when the run
        starts at height `top` (what a flowable keeps on this page when it splits)."""
        end = bisect_right(self.tops, top + room + 1e-6, start, stop + 1) - 1
        return max(end - start, 0)


def _num(v: float) -> str:
    """A coordinate for the content stream (what reportlab's fp_str gives, to 0.001 pt)."""
    text = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


class _Kit:
    """reportlab's names plus our few subclasses; built once, on the first PDF."""

    Paragraph: Any
    Table: Any
    TableStyle: Any
    Spacer: Any
    PageBreak: Any
    CondPageBreak: Any
    KeepTogether: Any
    BaseDocTemplate: Any
    PageTemplate: Any
    Frame: Any
    Contents: Any
    Heading: Any
    Lines: Any
    Grid: Any
    SignatureBox: Any
    canvas_maker: Callable[[Callable[[Any], None]], Callable[..., Any]]
    plain_streams: Callable[[], contextlib.AbstractContextManager[None]]
    rule: Any
    dark_rule: Any


@cache
def _kit() -> _Kit:
    from reportlab import rl_config  # type: ignore[import-untyped]
    from reportlab.lib.colors import Color
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
    from reportlab.pdfgen.textobject import PDFTextObject  # type: ignore[import-untyped]
    from reportlab.platypus import (  # type: ignore[import-untyped]
        BaseDocTemplate,
        CondPageBreak,
        Flowable,
        Frame,
        KeepTogether,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    _register_fonts()  # the kit holds our font objects
    kit = _Kit()
    kit.Paragraph, kit.Table, kit.TableStyle, kit.Spacer = Paragraph, Table, TableStyle, Spacer
    kit.PageBreak, kit.CondPageBreak, kit.KeepTogether = PageBreak, CondPageBreak, KeepTogether
    kit.BaseDocTemplate, kit.PageTemplate, kit.Frame = BaseDocTemplate, PageTemplate, Frame
    kit.rule = Color(0.75, 0.75, 0.78)
    kit.dark_rule = Color(0.25, 0.25, 0.3)

    fonts = {name: getFont(name) for name, _file in _FONT_FILES}

    class FastText(PDFTextObject):  # type: ignore[misc]
        """A text object for our plain lines: reportlab's operators, fewer steps per line.

        Style changes and line moves are written directly (reportlab's number formatting is a
        pure-Python loop per number); a line whose glyphs are all in the current font subset is
        one `Tj`; anything else goes through reportlab's own `textLine`.
        """

        def __init__(self, canv: Any) -> None:
            super().__init__(canv)
            self._style: TextStyle | None = None
            self._encoder: _SubsetEncoder | None = None

        def use(self, style: TextStyle) -> None:
            font = fonts[style.font]
            self._fontname, self._fontsize, self._leading = style.font, style.size, style.leading
            # The operators for a style, per document (the subset's name is the document's).
            ops = self._canvas.style_ops.get(style)
            if ops is None:
                r, g, b = style.color
                ops = (
                    f"{font.getSubsetInternalName(0, self._doc)} {_num(style.size)} Tf "
                    f"{_num(style.leading)} TL {_num(r)} {_num(g)} {_num(b)} rg"
                )
                self._canvas.style_ops[style] = ops
            self._code.append(ops)
            self._curSubset = 0
            self._style = style
            encoder = self._canvas.encoders.get(style.font)
            if encoder is None:
                encoder = _SubsetEncoder(font.state[self._doc])  # made by the name lookup
                self._canvas.encoders[style.font] = encoder
            self._encoder = encoder

        def at(self, x: float, baseline: float) -> None:
            self._code.append(f"1 0 0 1 {_num(x)} {_num(baseline)} Tm")

        def line(self, text: str) -> None:
            encoder = self._encoder
            literal = encoder.encode(text) if encoder and self._curSubset == 0 else None
            if literal is not None:
                self._code.append(f"({literal}) Tj T*")
            else:  # new characters, other subsets: reportlab's way (which codes them)
                self.textLine(text)

        def draw_lines(
            self, x: float, top: float, lines: Iterable[Line], *, right: bool = False
        ) -> float:
            """Draw lines from `top` down, starting at x (ending there if `right`); returns the
            y below the last. Consecutive lines of one style move with T*."""
            y = top
            expected: float | None = None
            for text, style, gap, _keep in lines:
                y -= gap
                if style is not self._style:
                    self.use(style)
                    expected = None
                baseline = y - BASELINE * style.leading
                if right:
                    self.at(x - _UNITS[style.font](text) * style.size / 1000, baseline)
                elif expected is None or abs(expected - baseline) > 0.005:
                    self.at(x, baseline)
                self.line(text)
                expected = baseline - style.leading
                y -= style.leading
            return y

    class Contents(Flowable):  # type: ignore[misc]
        """The table of contents: entries known before layout, page numbers drawn from forms
        that `finish` defines once layout is over. Each entry links to its section."""

        def __init__(self, laid: list[tuple[int, str, list[Line], float]] | None = None) -> None:
            super().__init__()
            self.entries: list[tuple[int, str, str]] = []
            self._laid = laid or []
            self._for_width = -1.0 if laid is None else None

        def set_entries(self, entries: list[tuple[int, str, str]]) -> None:
            self.entries = list(entries)

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            if self._for_width is not None and avail_width != self._for_width:
                self._laid = []
                for i, (level, text, key) in enumerate(self.entries):
                    style, indent = TOC_STYLES[min(level, 1)], TOC_INDENT * min(level, 1)
                    width = avail_width - indent - TOC_NUMBER_WIDTH - 12
                    lines = [Line(t, style, 0, False) for t in break_lines(text, style, width)]
                    gap = TOC_GAP if level == 0 and i else 0.0
                    self._laid.append((level, key, lines, gap + len(lines) * style.leading))
                self._for_width = avail_width
            self.width = avail_width
            self.height = sum(h for *_rest, h in self._laid)
            return self.width, self.height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            self.wrap(avail_width, avail_height)
            k = _how_many_fit((h for *_rest, h in self._laid), avail_height)
            if k >= len(self._laid):
                return [self]
            if k == 0:
                return []
            first, rest = Contents(self._laid[:k]), Contents(self._laid[k:])
            first.width = rest.width = self.width
            return [first, rest]

        def draw(self) -> None:
            # Per entry: its text, the dot leader, then the page number (a form, so outside
            # the text object): the content stream reads in order.
            canv, width = self.canv, self.width
            y = self.height
            dot = " . "
            for level, key, lines, h in self._laid:
                top = y - (h - sum(line.style.leading for line in lines))
                indent = TOC_INDENT * min(level, 1)
                tx = FastText(canv)
                bottom = tx.draw_lines(indent, top, lines)
                style = lines[-1].style
                baseline = bottom + style.leading - BASELINE * style.leading
                units = _UNITS[style.font]
                end = indent + units(lines[-1].text) * style.size / 1000 + 4
                dot_width = units(dot) * style.size / 1000
                count = int((width - TOC_NUMBER_WIDTH - end) / dot_width)
                if count > 0:
                    tx.use(TextStyle(style.font, style.size, style.leading, MUTED))
                    x = width - TOC_NUMBER_WIDTH - count * dot_width
                    tx.at(x, baseline)
                    tx.line(dot * count)
                canv.drawText(tx)
                canv.saveState()
                canv.translate(width, baseline)
                canv.doForm(f"TP{key}")
                canv.restoreState()
                canv.linkRect("", key, (indent, bottom, width, top), relative=1, F=PRINTABLE)
                y -= h

    class Heading(Flowable):  # type: ignore[misc]
        """A heading: a named destination, an outline entry (via afterFlowable), kept with next."""

        def __init__(self, text: str, style: TextStyle, info: HeadingInfo) -> None:
            super().__init__()
            self.text, self.style_, self.csbm_heading = text, style, info
            self.keepWithNext = 1
            self.spaceBefore, self.spaceAfter = style.space_before, style.space_after
            self._lines: list[Line] = []
            self._for_width = -1.0

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            if avail_width != self._for_width:
                st = self.style_
                self._lines = [
                    Line(t, st, 0, False) for t in break_lines(self.text, st, avail_width)
                ]
                self._for_width = avail_width
                self.width = avail_width
                self.height = len(self._lines) * self.style_.leading
            return self.width, self.height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            return []

        def draw(self) -> None:
            canv = self.canv
            canv.bookmarkHorizontal(self.csbm_heading.key, 0, self.height + self.spaceBefore)
            tx = FastText(canv)
            tx.draw_lines(0, self.height, self._lines)
            canv.drawText(tx)

    class Lines(Flowable):  # type: ignore[misc]
        """Plain text in a few styles, broken into lines; splits between any two lines.

        The parts a split makes share one `LaidLines` and keep only where they start and stop:
        copying and re-measuring the rest of the text at every page break made a long text's
        export quadratic (19 s for 5 MB of text in one field)."""

        def __init__(
            self,
            pieces: list[Piece] | None = None,
            laid: LaidLines | None = None,
            space_after: float = 4.0,
            *,
            start: int = 0,
            stop: int | None = None,
            continued: bool = False,
        ) -> None:
            super().__init__()
            self.pieces = pieces or []
            self.spaceAfter = space_after
            self._laid = laid or LaidLines([])
            self._start = start
            self._stop = len(self._laid.lines) if stop is None else stop
            # A part after a page break: its first line loses the gap above it.
            self._continued = continued
            self._for_width = -1.0 if laid is None else None

        def _lay(self, width: float) -> None:
            lines: list[Line] = []
            for text, style, gap, keep in self.pieces:
                for i, t in enumerate(break_lines(text, style, width)):
                    lines.append(Line(t, style, gap if i == 0 else 0.0, keep))
            self._laid = LaidLines(lines)
            self._start, self._stop = 0, len(lines)
            self._for_width = width

        def _top(self) -> float:
            """Where this part starts in its LaidLines' running height."""
            laid, start = self._laid, self._start
            skipped = laid.lines[start].gap if self._continued and start < self._stop else 0.0
            return laid.tops[start] + skipped

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            if self._for_width is not None and avail_width != self._for_width:
                self._lay(avail_width)
            self.width = avail_width
            self.height = self._laid.tops[self._stop] - self._top()
            return self.width, self.height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            self.wrap(avail_width, avail_height)
            laid, start, stop = self._laid, self._start, self._stop
            k = laid.fitting(start, stop, self._top(), avail_height)
            if k >= stop - start:
                return [self]
            lines = laid.lines
            while k > 0 and lines[start + k - 1].keep:  # no caption alone at the foot of a page
                k -= 1
            if stop - start - k == 1 and k > 2:  # no single line alone at the top of the next
                k -= 1
            if k < 2:
                return []
            first = Lines(
                laid=laid, space_after=0, start=start, stop=start + k, continued=self._continued
            )
            second = Lines(
                laid=laid, space_after=self.spaceAfter, start=start + k, stop=stop, continued=True
            )
            return [first, second]

        def draw(self) -> None:
            lines = self._laid.lines[self._start : self._stop]
            if self._continued and lines:
                lines[0] = lines[0]._replace(gap=0.0)
            canv = self.canv
            tx = FastText(canv)
            tx.draw_lines(0, self.height, lines)
            canv.drawText(tx)

    class Grid(Flowable):  # type: ignore[misc]
        """A table of plain-text cells: fixed column widths, a header repeated after each page
        break, an optional caption above it, clickable cells."""

        def __init__(
            self,
            widths: list[float],
            rows: list[Row],
            header: Row | None = None,
            caption: Piece | None = None,
            laid: list[tuple[Row, list[list[Line]], float]] | None = None,
        ) -> None:
            super().__init__()
            self.widths, self.rows, self.header, self.caption = widths, rows, header, caption
            self.spaceAfter = 6
            self.width = sum(widths)
            self._laid = laid if laid is not None else [self._lay(r) for r in rows]
            self._head = self._lay(header) if header else None
            self._cap: list[Line] = []
            if caption:
                text, style, _gap, _keep = caption
                self._cap = [Line(t, style, 0, True) for t in break_lines(text, style, self.width)]
            self._cap_height = sum(line.style.leading for line in self._cap) + (2 if caption else 0)
            self.height = (
                self._cap_height
                + (self._head[2] if self._head else 0)
                + sum(h for _r, _c, h in self._laid)
            )

        def _lay(self, row: Row) -> tuple[Row, list[list[Line]], float]:
            cells: list[list[Line]] = []
            tallest = 0.0
            for cell, w in zip(row, self.widths, strict=False):
                lines = [
                    Line(t, style, 0, False)
                    for text, style in cell.pieces
                    for t in break_lines(text, style, w - 2 * PAD_X)
                ]
                cells.append(lines)
                tallest = max(tallest, sum(line.style.leading for line in lines))
            return row, cells, tallest + PAD_TOP + PAD_BOTTOM

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            room = avail_height - self._cap_height - (self._head[2] if self._head else 0)
            k = _how_many_fit((h for _row, _cells, h in self._laid), room)
            if k >= len(self._laid):
                return [self]
            if k == 0:
                return []
            first = Grid(self.widths, [], self.header, self.caption, self._laid[:k])
            rest = Grid(self.widths, [], self.header, None, self._laid[k:])
            return [first, rest]

        def draw(self) -> None:
            canv = self.canv
            y = self.height
            placed: list[tuple[float, float, Row, list[list[Line]], float]] = []
            if self._cap:
                y = y - self._cap_height
            if self._head:
                placed.append((y, y - self._head[2], *self._head))
                y -= self._head[2]
            for row, cells, h in self._laid:
                placed.append((y, y - h, row, cells, h))
                y -= h
            # Shading and rules first (raw operators: a rule per row adds up over 500 pages),
            # then all the text in one text object.
            edge = _num(self.width)
            ops = []
            if self._head:
                top, bottom = placed[0][0], placed[0][1]
                ops.append(f"{HEAD_FILL} rg 0 {_num(bottom)} {edge} {_num(top - bottom)} re f")
            ops.append(f"{RULE} RG 0.25 w")
            ops += [f"0 {_num(bottom)} m {edge} {_num(bottom)} l" for _t, bottom, *_rest in placed]
            ops.append("S")
            if self._head:
                ops.append(
                    f"{DARK_RULE} RG 0.8 w 0 {_num(placed[0][1])} m {edge} {_num(placed[0][1])} l S"
                )
            canv._code.append(" ".join(ops))  # the canvas's content stream
            tx = FastText(canv)
            if self._cap:
                tx.draw_lines(0, self.height, self._cap)
            for top, bottom, row, cells, _h in placed:
                x = 0.0
                for cell, lines, w in zip(row, cells, self.widths, strict=False):
                    if cell.right:
                        tx.draw_lines(x + w - PAD_X, top - PAD_TOP, lines, right=True)
                    else:
                        tx.draw_lines(x + PAD_X, top - PAD_TOP, lines)
                    if cell.link:
                        canv.linkRect(
                            "", cell.link, (x, bottom, x + w, top), relative=1, F=PRINTABLE
                        )
                    x += w
            canv.drawText(tx)

    class SignatureBox(Flowable):  # type: ignore[misc]
        """An empty frame where a signature stamp goes; records where it landed."""

        def __init__(self, builder: _Builder, name: str, caption: str, record: bool) -> None:
            super().__init__()
            self.builder, self.name, self.caption, self.record = builder, name, caption, record
            self.width, self.height = SIGNATURE_BOX[0], SIGNATURE_BOX[1] + 12

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            canv = self.canv
            w, h = SIGNATURE_BOX
            canv.saveState()
            canv.setFont(FONT, 7)
            canv.setFillColorRGB(*MUTED)
            canv.drawString(0, 2, self.caption)
            canv.setStrokeColorRGB(0.25, 0.25, 0.3)
            canv.setLineWidth(0.6)
            if self.record:
                canv.setDash(2, 2)
                canv.rect(0, 12, w, h, stroke=1, fill=0)
                x1, y1 = canv.absolutePosition(0, 12)
                x2, y2 = canv.absolutePosition(w, 12 + h)
                self.builder.boxes[self.name] = (x1, y1, x2, y2)
            else:  # a paper copy: a line to sign on
                canv.line(0, 12, w, 12)
            canv.restoreState()
            self.builder.signature_page = canv.getPageNumber()

    class FinishingCanvas(Canvas):  # type: ignore[misc]
        finisher: Callable[[Any], None] | None = None

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.style_ops: dict[TextStyle, str] = {}  # FastText's caches, per document
            self.encoders: dict[str, _SubsetEncoder] = {}

        def save(self) -> None:
            if self.finisher is not None:
                self.finisher(self)
            super().save()

    def canvas_maker(finisher: Callable[[Any], None]) -> Callable[..., Any]:
        def make(*args: Any, **kwargs: Any) -> Any:
            canv = FinishingCanvas(*args, **kwargs)
            canv.finisher = finisher
            return canv

        return make

    @contextlib.contextmanager
    def plain_streams() -> Iterator[None]:
        # Compressed streams without an ASCII85 layer on top: smaller, and reportlab's pure
        # Python ASCII85 encoder is otherwise a tenth of the build time.
        with _a85_lock:
            saved = rl_config.useA85
            rl_config.useA85 = 0
            try:
                yield
            finally:
                rl_config.useA85 = saved

    kit.Contents, kit.Heading, kit.Lines, kit.Grid = Contents, Heading, Lines, Grid
    kit.SignatureBox = SignatureBox
    kit.canvas_maker, kit.plain_streams = canvas_maker, plain_streams
    return kit


# rl_config is process-wide: one build at a time changes it.
_a85_lock = threading.Lock()
