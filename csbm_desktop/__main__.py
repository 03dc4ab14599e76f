from csbm_desktop.cli import main

raise SystemExit(main())
