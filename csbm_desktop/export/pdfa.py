"""What makes the report's PDF archival (PDF/A-2b) and what it says about itself.

reportlab writes the pages, with every font embedded and nothing transparent; this adds, just
before the file is saved, what PDF/A-2 asks of the document as a whole:
- an XMP metadata stream declaring PDF/A-2 level B (pdfaid part 2, conformance B) and mirroring
  the document information (title, author, subject, keywords, creator tool, producer, dates)
  exactly, as PDF/A requires;
- an output intent with an sRGB ICC profile (resources/icc/sRGB.icc: the bytes of Pillow's
  `ImageCms.createProfile("sRGB")`), so that device RGB colours have a defined meaning;
- the document's own statements, in the information dictionary, under keys of ours: the
  signatures a final report must carry (`/CSBMRequiredSignatures`) and who the report names as
  its signatories (`/CSBMSignatory.<field>`). The first signature covers them, so verification
  can read them from what was signed.

Signing later appends incremental updates; pyHanko then rewrites this XMP and the information
dictionary together (producer and modification date), which keeps them equal (tests check it).
"""

from __future__ import annotations

import functools
from typing import Any
from xml.sax.saxutils import escape

from csbm_desktop.paths import data_dir

REQUIRED_KEY = "/CSBMRequiredSignatures"
SIGNATORY_KEY = "/CSBMSignatory."
ICC_FILE = "sRGB.icc"


@functools.cache
def srgb_profile() -> bytes:
    return (data_dir("resources") / "icc" / ICC_FILE).read_bytes()


def make_archival(canv: Any, statements: dict[str, str]) -> None:
    """Install the XMP metadata, the output intent and our statements on a reportlab canvas
    that is about to be saved. `statements`: key (without the slash) → text."""
    from reportlab.pdfbase import pdfdoc  # type: ignore[import-untyped]

    doc = canv._doc
    info = doc.info
    doc.info = _info_class()(info, statements)

    profile = pdfdoc.PDFStream(
        dictionary=pdfdoc.PDFDictionary({"N": 3}), content=srgb_profile(), filters=None
    )
    intent = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("OutputIntent"),
            "S": pdfdoc.PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": pdfdoc.PDFString("sRGB IEC61966-2.1"),
            "RegistryName": pdfdoc.PDFString("http://www.color.org"),
            "Info": pdfdoc.PDFString("sRGB IEC61966-2.1"),
            "DestOutputProfile": doc.Reference(profile),
        }
    )
    catalog = doc.Catalog
    catalog.Metadata = _xmp_stream(pdfdoc, lambda d: xmp_packet(d.info, d).encode())
    # PDFCatalog writes only the keys it lists; OutputIntents is not among them.
    catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = pdfdoc.PDFArray([intent])


def _xmp_stream(pdfdoc: Any, creator: Any) -> Any:
    # Uncompressed, as XMP readers that scan files for packets expect.
    stream = pdfdoc.XMP(creator=creator)
    stream.filters = None
    return stream


@functools.cache
def _info_class() -> type[Any]:
    from reportlab.pdfbase import pdfdoc

    class ArchivalInfo(pdfdoc.PDFInfo):  # type: ignore[misc]
        """reportlab's document information, without /Trapped (it has no XMP counterpart in
        PDF/A-2's predefined schemas) and with our statements."""

        def __init__(self, base: Any, statements: dict[str, str]) -> None:
            super().__init__()
            self.__dict__.update(base.__dict__)
            self.statements = statements

        def dates(self, document: Any) -> Any:
            return pdfdoc.PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)

        def format(self, document: Any) -> bytes:
            when = self.dates(document)
            entries: dict[str, Any] = {
                "Title": pdfdoc.PDFString(self.title),
                "Author": pdfdoc.PDFString(self.author),
                "Subject": pdfdoc.PDFString(self.subject),
                "Keywords": pdfdoc.PDFString(self.keywords),
                "Creator": pdfdoc.PDFString(self.creator),
                "Producer": pdfdoc.PDFString(self.producer),
                "CreationDate": when,
                "ModDate": when,
            }
            for key, text in self.statements.items():
                entries[key] = pdfdoc.PDFString(text)
            result: bytes = pdfdoc.PDFDictionary(entries).format(document)
            return result

    return ArchivalInfo


def _xmp_date(ts: Any) -> str:
    y, mo, d, h, mi, s = ts.YMDhms
    sign = "-" if ts.dhh < 0 or (ts.dhh == 0 and ts.dmm < 0) else "+"
    zone = f"{sign}{abs(ts.dhh):02d}:{abs(ts.dmm):02d}"
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{zone}"


def xmp_packet(info: Any, document: Any) -> str:
    """The XMP packet mirroring `info` (reportlab's document information)."""

    def alt(text: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'

    when = _xmp_date(document._timeStamp)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
        "<pdfaid:part>2</pdfaid:part>\n"
        "<pdfaid:conformance>B</pdfaid:conformance>\n"
        f"<dc:title>{alt(info.title)}</dc:title>\n"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>\n"
        f"<dc:description>{alt(info.subject)}</dc:description>\n"
        "<dc:format>application/pdf</dc:format>\n"
        f"<pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>\n"
        f"<pdf:Producer>{escape(info.producer)}</pdf:Producer>\n"
        f"<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>\n"
        f"<xmp:CreateDate>{when}</xmp:CreateDate>\n"
        f"<xmp:ModifyDate>{when}</xmp:ModifyDate>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
