"""`vwdesk selftest`: check this installation end to end; exit 0 only when all of it works.

Meant for the packaged build (`vwdesk-cli selftest`, run by CI after `make
package`) and for a helpdesk on a laptop where something is off. One line per
step on stdout; the steps are in vwdesk/services/selftest.py, the window step
in vwdesk/ui/selftest_window.py.
"""

from __future__ import annotations

import sys
import time
import traceback


def register(sub) -> None:
    p = sub.add_parser(
        "selftest",
        help="check this installation: demo file, integrity, report, window (about 10 s)",
        description=(
            "Create the demo file in a temporary folder, check it, write and check the 2017 "
            "report, open the window offscreen and close it, then remove the folder. "
            "Exit status 0 only when every step passed."
        ),
    )
    p.add_argument("--no-window", action="store_true", help="skip the window step (no Qt needed)")
    p.set_defaults(func=run)


def run(args) -> int:
    from vwdesk import __version__
    from vwdesk.services.selftest import SelfTest, StepResult

    window = None
    if not args.no_window:

        def window(path, user, password) -> str:
            from vwdesk.ui.selftest_window import check_main_window  # Qt only for this step

            return check_main_window(path, user, password)

    build = "packaged" if getattr(sys, "frozen", False) else "from source"
    print(f"vwdesk {__version__} selftest ({build}, Python {sys.version.split()[0]})", flush=True)
    start = time.perf_counter()

    def report(result: StepResult) -> None:
        timing = f" ({result.seconds:.1f} s)" if result.status != "skipped" else ""
        print(f"{result.status:<7} {result.name:<10} {result.detail}{timing}", flush=True)
        if result.error is not None and args.debug:
            traceback.print_exception(result.error, file=sys.stderr)

    passed = SelfTest(window).run(report)
    seconds = time.perf_counter() - start
    print(f"selftest {'passed' if passed else 'FAILED'} in {seconds:.1f} s", flush=True)
    return 0 if passed else 1
