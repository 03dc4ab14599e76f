"""Entry script of the frozen `csbm` executable (PyInstaller needs a file, not a console-script
entry point)."""

from csbm_desktop.cli import main

raise SystemExit(main())
