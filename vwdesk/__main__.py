"""`python -m vwdesk`: the same as the `vwdesk` command (the window by default)."""

from vwdesk.cli import main

raise SystemExit(main())
