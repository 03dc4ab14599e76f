"""The application icon's renderings, made from the one SVG (never edited by hand).

    python packaging/icons.py build   # SVG → hicolor PNGs (16…256) and the Windows .ico
    python packaging/icons.py check   # exit 1 if a rendering is missing or has the wrong size

Source: resources/icons/csbm-desktop.svg. Outputs, committed next to it so that a wheel, the
Linux bundle and the Windows installer all carry them without a build step:
resources/icons/hicolor/<N>x<N>/apps/csbm-desktop.png (the freedesktop icon-theme layout, copied
as is into ~/.local/share/icons/) and resources/icons/csbm-desktop.ico (Inno Setup, the .exe).
Rendering uses Qt's own SVG renderer offscreen, so no display and no extra tool is needed; the
.ico is assembled by Pillow (installed with reportlab) from renderings made at each size, not
from one image scaled down, so the small sizes stay crisp.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "csbm-desktop.svg"
ICO = ICONS / "csbm-desktop.ico"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / "csbm-desktop.png"


def _render(size: int, target: Path) -> None:
    """The SVG drawn at `size`×`size` pixels, saved as the PNG file `target`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(target)):
        raise SystemExit(f"could not write {target}")


def build() -> None:
    from PIL import Image

    for size in PNG_SIZES:
        _render(size, png_path(size))
        print(png_path(size).relative_to(ROOT))
    with tempfile.TemporaryDirectory() as scratch:
        frames = []
        for size in ICO_SIZES:
            path = png_path(size) if size in PNG_SIZES else Path(scratch) / f"{size}.png"
            if size not in PNG_SIZES:
                _render(size, path)
            with Image.open(path) as image:
                frames.append(image.convert("RGBA"))
    frames[-1].save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    print(ICO.relative_to(ROOT))


def check() -> int:
    from PIL import Image

    problems: list[str] = []
    for size in PNG_SIZES:
        path = png_path(size)
        if not path.is_file():
            problems.append(f"{path.relative_to(ROOT)}: missing")
            continue
        with Image.open(path) as image:
            if image.size != (size, size):
                problems.append(f"{path.relative_to(ROOT)}: {image.size}, expected {size}")
    if not ICO.is_file():
        problems.append(f"{ICO.relative_to(ROOT)}: missing")
    else:
        with Image.open(ICO) as ico:
            found = set(ico.info.get("sizes", set()))
        missing = {(s, s) for s in ICO_SIZES} - found
        if missing:
            problems.append(f"{ICO.relative_to(ROOT)}: lacks sizes {sorted(missing)}")
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print("run: python packaging/icons.py build", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "build":
        build()
    elif command == "check":
        raise SystemExit(check())
    else:
        raise SystemExit(f"usage: {sys.argv[0]} [build|check]")
