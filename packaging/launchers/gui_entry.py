"""Entry script of the frozen `csbm-desktop` executable (PyInstaller needs a file, not a
console-script entry point)."""

from csbm_desktop.app import main

raise SystemExit(main())
