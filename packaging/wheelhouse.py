"""An offline wheelhouse: every wheel that `pip install csbm-desktop` needs, in one folder.

    python packaging/wheelhouse.py                       # this platform → dist/wheelhouse
    python packaging/wheelhouse.py --platform win_amd64  # Windows 64-bit, this Python (3.11)
    python packaging/wheelhouse.py --dest DIR --python-version 3.12 --platform win_amd64
    python packaging/wheelhouse.py --platform win_amd64 --extra package  # + PyInstaller, to
                                                         # build the bundle on an offline PC

On the air-gapped machine (same platform and Python version as the wheelhouse):

    python -m venv csbm && csbm/bin/pip install --no-index --find-links WHEELHOUSE csbm-desktop
    (Windows: csbm\\Scripts\\pip ...)

Needs the network (PyPI) once, here. Steps: compile the interface catalogues (the wheel carries
resources/, .qm included); build the project wheel; `pip download` its dependencies as wheels only
(`--only-binary=:all:`: nothing may need compiling on the target); then close the set over the
*target's* environment markers, because pip evaluates `; platform_system == "Windows"` against
the machine it runs on, so a Windows wheelhouse made on Linux would otherwise lack, for example,
tzlocal's `tzdata`. Finally `pip install --dry-run --no-index` resolves the project from the folder
alone, and SHA256SUMS is written for checking the copy after the transfer.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
PROJECT = "csbm-desktop"

# The marker environment of each target platform (PEP 508 names). "native" is this interpreter.
_TARGETS: dict[str, dict[str, str]] = {
    "win_amd64": {
        "os_name": "nt",
        "sys_platform": "win32",
        "platform_system": "Windows",
        "platform_machine": "AMD64",
    },
    "manylinux_2_34_x86_64": {
        "os_name": "posix",
        "sys_platform": "linux",
        "platform_system": "Linux",
        "platform_machine": "x86_64",
    },
}


@dataclass(frozen=True)
class Target:
    platform: str | None  # None: this machine, pip's own defaults
    python_version: str  # "3.11"

    def pip_args(self) -> list[str]:
        if self.platform is None:
            return []
        return [
            "--platform",
            self.platform,
            "--python-version",
            self.python_version,
            "--implementation",
            "cp",
        ]

    def markers(self) -> dict[str, str]:
        from packaging.markers import default_environment

        env = {key: str(value) for key, value in default_environment().items()}
        if self.platform is None:
            return env
        env.update(_TARGETS[self.platform])
        env.update(
            python_version=self.python_version,
            python_full_version=f"{self.python_version}.0",
            implementation_name="cpython",
            platform_python_implementation="CPython",
        )
        return env


def _pip(*args: str) -> None:
    command = [sys.executable, "-m", "pip", *args]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def _metadata(wheel: Path) -> list[str]:
    """The Requires-Dist lines of a wheel."""
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        message = Parser().parsestr(zf.read(name).decode("utf-8"))
    return message.get_all("Requires-Dist") or []


def _wheels(dest: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for wheel in sorted(dest.glob("*.whl")):
        name, _version, _build, _tags = parse_wheel_filename(wheel.name)
        found[str(name)] = wheel
    return found


def missing_requirements(
    dest: Path, target: Target, extras: frozenset[str] = frozenset()
) -> list[Requirement]:
    """Requirements that apply on the target but have no wheel in `dest`, or a wrong version.

    Walks from the project wheel, honouring extras (``pyHanko[pkcs11]``) and the target's
    markers; a requirement whose wheel is present is checked against its version specifier.
    """
    wheels = _wheels(dest)
    env = target.markers()
    missing: list[Requirement] = []
    seen: set[tuple[str, frozenset[str]]] = set()
    queue: list[tuple[str, frozenset[str]]] = [(str(canonicalize_name(PROJECT)), extras)]
    while queue:
        name, extras = queue.pop()
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        wheel = wheels.get(name)
        if wheel is None:
            continue
        for line in _metadata(wheel):
            req = Requirement(line)
            if req.marker is not None and not _applies(req.marker, env, extras):
                continue
            dep = str(canonicalize_name(req.name))
            dep_wheel = wheels.get(dep)
            if dep_wheel is None:
                missing.append(req)
                continue
            version = parse_wheel_filename(dep_wheel.name)[1]
            if req.specifier and not req.specifier.contains(version, prereleases=True):
                missing.append(req)
                continue
            queue.append((dep, frozenset(req.extras)))
    return missing


def _applies(marker: Marker, env: dict[str, str], extras: frozenset[str]) -> bool:
    return any(marker.evaluate({**env, "extra": extra}) for extra in (extras or {""}))


def _with_extras(name: str, extras: frozenset[str]) -> str:
    return f"{name}[{','.join(sorted(extras))}]" if extras else name


def build(dest: Path, target: Target, extras: frozenset[str] = frozenset()) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "build"], check=True
    )
    for old in dest.glob("csbm_desktop-*.whl"):
        old.unlink()
    # The project itself is pure Python: one wheel fits every platform.
    _pip("wheel", "--quiet", "--no-deps", "--wheel-dir", str(dest), str(ROOT))
    project = next(dest.glob("csbm_desktop-*.whl"))
    download = [
        "download",
        "--quiet",
        "--dest",
        str(dest),
        "--only-binary=:all:",
        *target.pip_args(),
    ]
    wanted = _with_extras(str(project), extras)
    _pip(*download, wanted)
    added: list[str] = []
    for _round in range(5):
        missing = missing_requirements(dest, target, extras)
        if not missing:
            break
        names = [str(req) for req in missing]
        print("needed on the target but not resolved here:", ", ".join(names), flush=True)
        # Markers stripped: pip would evaluate them against this machine again.
        for req in missing:
            req.marker = None
            added.append(str(req))
        _pip(*download, wanted, *added)
    else:
        left = missing_requirements(dest, target, extras)
        raise SystemExit(f"still missing after five rounds: {left}")
    return sorted(dest.glob("*.whl"))


def verify(dest: Path, target: Target, extras: frozenset[str] = frozenset()) -> None:
    """Resolve the project from the folder alone, as the offline machine will."""
    env = {k: v for k, v in os.environ.items() if k not in {"PIP_FIND_LINKS", "PIP_INDEX_URL"}}
    env["PIP_CONFIG_FILE"] = os.devnull  # no site or user pip.conf: only the wheelhouse counts
    with tempfile.TemporaryDirectory() as scratch:
        command = [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--quiet",
            "--no-index",
            "--find-links",
            str(dest),
            "--only-binary=:all:",
            "--ignore-installed",
            *target.pip_args(),
            "--target",
            scratch,
            _with_extras(PROJECT, extras),
        ]
        print("+", " ".join(command), flush=True)
        subprocess.run(command, check=True, env=env)


def write_checksums(dest: Path) -> Path:
    lines = [
        f"{hashlib.sha256(wheel.read_bytes()).hexdigest()}  {wheel.name}\n"
        for wheel in sorted(dest.glob("*.whl"))
    ]
    sums = dest / "SHA256SUMS"
    sums.write_text("".join(lines), encoding="utf-8")
    return sums


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dest", type=Path, default=ROOT / "dist" / "wheelhouse")
    parser.add_argument(
        "--platform",
        choices=("native", *_TARGETS),
        default="native",
        help="the target machine's platform (default: this one)",
    )
    parser.add_argument(
        "--python-version",
        default=f"{sys.version_info.major}.{sys.version_info.minor}",
        help="the target's Python, major.minor (default: this one's)",
    )
    parser.add_argument(
        "--extra",
        action="append",
        default=[],
        metavar="NAME",
        help="also an optional-dependency group of the project (repeatable), e.g. package",
    )
    args = parser.parse_args(argv)
    platform = None if args.platform == "native" else args.platform
    if platform is None and args.python_version != f"{sys.version_info[0]}.{sys.version_info[1]}":
        parser.error("--python-version other than this interpreter's needs --platform")
    target = Target(platform, args.python_version)
    dest = args.dest.resolve()
    extras = frozenset(args.extra)
    wheels = build(dest, target, extras)
    verify(dest, target, extras)
    sums = write_checksums(dest)
    size = sum(w.stat().st_size for w in wheels) / 2**20
    print(f"{dest}: {len(wheels)} wheels, {size:.0f} MiB; checksums in {sums.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
