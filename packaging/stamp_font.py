"""Make resources/fonts/DejaVuSans-Stamp.ttf: DejaVu Sans cut down to what a signature stamp needs.

Each signature stamp embeds its font. The whole of DejaVu Sans (760 kB) had to be subset with
fontTools at every signature, which doubled the signing time; this keeps Latin (U+0020-024F:
every letter of the OAS languages and of names written in them), general punctuation
(U+2000-206F: dashes, quotes), the euro and trade mark signs, and drops the layout tables the
stamp does not use. Run it again only if the font in resources/fonts changes:

    .venv/bin/python packaging/stamp_font.py
"""

from __future__ import annotations

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
KEEP = [*range(0x20, 0x250), *range(0x2000, 0x2070), 0x20AC, 0x2122]


def main() -> None:
    options = subset.Options()
    options.name_IDs = ["*"]  # keep the copyright and licence notices
    options.notdef_outline = True
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "FFTM"]
    font = TTFont(FONTS / "DejaVuSans.ttf")
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=KEEP)
    subsetter.subset(font)
    font.save(FONTS / "DejaVuSans-Stamp.ttf")


if __name__ == "__main__":
    main()
