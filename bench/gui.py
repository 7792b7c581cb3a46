"""The window measures, run as child processes (bench/gui_child.py) and judged here.

Every child gets the same environment: the offscreen platform, and Python's
bytecode cache on (in bench/cache/pycache, out of the source tree) even when
the shell turned it off, because a volunteer's installed vwdesk runs from
compiled modules too; a preferences and a log folder of its own (in
bench/cache/gui-home), so `vwdesk gui` neither reads nor writes the person's.
One warm-up child of each kind runs first, untimed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.gui_child import PREFIX
from bench.stats import Result, percentile, summary

ROOT = Path(__file__).resolve().parent.parent
MEMORY_TARGET_BYTES = 300e6  # issue #11: "under 300 MB" with the client list open


def _env(cache: Path, password: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache / "pycache")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["VWDESK_PASSWORD"] = password
    home = cache / "gui-home"
    env["XDG_CONFIG_HOME"] = str(home / "config")  # vwdesk's preferences.json
    env["VWDESK_LOG_DIR"] = str(home / "log")
    return env


def child(args: list[str], env: dict[str, str], timeout: float = 900) -> tuple[float, dict]:
    """(time.time() just before the start, the child's result)."""
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "bench.gui_child", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    for line in done.stdout.splitlines():
        if line.startswith(PREFIX):
            return start, json.loads(line[len(PREFIX) :])
    raise RuntimeError(f"bench.gui_child {args[0]} failed:\n{done.stdout}\n{done.stderr[-3000:]}")


def signin(db: Path, cache: Path, password: str, runs: int) -> list[Result]:
    """Start-up and sign-in against a bare PySide6 window, all from fresh processes.

    The bare window is timed from the process start to its first paint (python,
    PySide6, QApplication, the window): what any Qt window costs before it is
    seen. Its own construction-to-paint time is kept too, for reference.

    vwdesk runs as `vwdesk gui --db FILE` (bench/gui_child.py), in two kinds of
    child, alternating with the bare one: `loaded` submits the credentials once
    what the sign-in needs has loaded behind the dialog, as it has by the time a
    person has typed a user name and password (judged); `now` submits the moment
    the dialog paints, which no person does (reported: it shows the loading a
    sign-in would wait for, and the whole start to the main window without a
    person in it). Both give the start to the dialog.
    """
    env = _env(cache, password)
    now = ["signin", "--db", str(db), "--submit", "now"]
    loaded = ["signin", "--db", str(db), "--submit", "loaded"]
    child(["bare"], env)
    child(loaded, env)
    bare_made, bare, to_login, kdf = [], [], [], []
    span, span_now, to_main, preload, loaded_after = [], [], [], [], []
    for _ in range(runs):
        t0, r = child(["bare"], env)
        bare_made.append(r["shown_at"] - r["made_at"])
        bare.append(r["shown_at"] - t0)
        for args in (loaded, now):
            t0, r = child(args, env)
            to_login.append(r["login_shown_at"] - t0)
            kdf.append(r["kdf_seconds"])
            preload.append(r["preload_seconds"])
            took = r["shown_at"] - r["submit_at"] - r["kdf_seconds"]
            if args is loaded:
                span.append(took)
                loaded_after.append(r["loaded_at"] - r["login_shown_at"])
            else:
                span_now.append(took)
                to_main.append(r["shown_at"] - t0 - r["kdf_seconds"])
    b = summary(bare)
    floor = {
        "floor": b,
        "floor_what": "process start to a bare PySide6 QMainWindow's first paint, same run",
    }
    lg = summary(to_login)
    startup = Result(
        "startup",
        "process start to the sign-in dialog shown (`vwdesk gui`)",
        "s",
        "≤ 1.5x a bare PySide6 window shown",
        value=lg["median"],
        stats=lg,
        ratio=lg["median"] / b["median"],
        passed=lg["median"] / b["median"] <= 1.5,
        extra={"bare_window_made_to_shown": summary(bare_made)},
        **floor,
    )
    s = summary(span)
    result = Result(
        "signin",
        "sign-in to main window shown (key derivation excluded)",
        "s",
        "≤ 1.5x a bare PySide6 window shown",
        value=s["median"],
        stats=s,
        ratio=s["median"] / b["median"],
        passed=s["median"] / b["median"] <= 1.5,
        extra={"dialog_shown_to_loaded": summary(loaded_after)},
        notes=[
            "submitted once the sign-in's modules had loaded behind the dialog "
            f"({summary(loaded_after)['median']:.2f} s after it showed; typing a user name "
            "and password takes a person longer)"
        ],
        **floor,
    )
    n = summary(span_now)
    at_once = Result(
        "signin_at_once",
        "the same, submitted the moment the dialog shows (key derivation excluded)",
        "s",
        "reported (waits for the loading a person's typing hides)",
        value=n["median"],
        stats=n,
        ratio=n["median"] / b["median"],
        **floor,
    )
    m = summary(to_main)
    whole = Result(
        "start_to_main",
        "process start to main window shown, submitted at once (key derivation excluded)",
        "s",
        "reported",
        value=m["median"],
        stats=m,
        ratio=m["median"] / b["median"],
        **floor,
    )
    k = summary(kdf)
    derivation = Result(
        "kdf",
        "key derivation at sign-in (reported apart)",
        "s",
        "reported (the product calibrates it to about 0.5 s)",
        value=k["median"],
        stats=k,
        extra={"preload_seconds": summary(preload)},
        notes=["the bench file's slots are at the floor: Argon2id 64 MiB, one pass"],
    )
    return [startup, result, at_once, whole, derivation]


def client_list(
    db: Path, cache: Path, password: str, names: list[str], repeat: int
) -> list[Result]:
    env = _env(cache, password)
    typed: list[str] = []
    for _ in range(repeat):
        for name in names:
            typed += ["--type", name]
    _t0, r = child(["clients", "--db", str(db), *typed], env)
    ms = [k["ms"] for k in r["keystrokes"]]
    cpu = [k["cpu_ms"] for k in r["keystrokes"]]
    p95 = percentile(ms, 95)
    unpainted = sum(1 for k in r["keystrokes"] if not k["painted"])
    keystroke = Result(
        "keystroke",
        f"a keystroke in the Cliënten search at {r['clients']:,} clients (p95)",
        "ms",
        "p95 < 50 ms",
        value=p95,
        stats=summary(ms),
        passed=p95 < 50,
        extra={
            "p50": percentile(ms, 50),
            "cpu_p95_ms": percentile(cpu, 95),
            "cpu_p50_ms": percentile(cpu, 50),
            "keystrokes": len(ms),
            "typed": names,
            "slowest": sorted(r["keystrokes"], key=lambda k: -k["ms"])[:5],
            "list_load_seconds": r["list_load_seconds"],
        },
        notes=[f"{unpainted} keystrokes did not repaint the view"] if unpainted else [],
    )
    if cpu and percentile(cpu, 95) < 50 <= p95:
        keystroke.notes.append(
            f"on CPU the p95 is {percentile(cpu, 95):.1f} ms: the rest was waiting for a core "
            "(see the load average)"
        )
    peak = r["vm_hwm_mib"]
    # The target is 300 MB (decimal); the kernel counts KiB, the bench shows MiB.
    limit_mib = MEMORY_TARGET_BYTES / 2**20
    memory = Result(
        "memory",
        f"peak memory with the client list open ({r['clients']:,} clients)",
        "MiB",
        f"< {MEMORY_TARGET_BYTES / 1e6:.0f} MB (= {limit_mib:.1f} MiB)",
        value=peak,
        passed=peak < limit_mib,
        extra={
            "peak_mb": round(peak * 2**20 / 1e6, 1),
            "target_mib": round(limit_mib, 2),
            "vm_rss_mib_signed_in": r["vm_rss_mib_signed_in"],
            "source": "VmHWM, started again after sign-in"
            if r["peak_reset_after_sign_in"]
            else "VmHWM over the whole process",
            "vm_hwm_mib_at_sign_in": r["vm_hwm_mib_signed_in"],
            "vm_hwm_mib_list_loaded": r["vm_hwm_mib_list_open"],
            "vm_rss_mib_at_end": r["vm_rss_mib"],
        },
        notes=[
            f"peak {peak:.1f} MiB = {peak * 2**20 / 1e6:.1f} MB, against {limit_mib:.1f} MiB",
            f"signed in with the first tab loaded it held {r['vm_rss_mib_signed_in']:.0f} MiB; "
            f"the whole process peaked at {r['vm_hwm_mib_signed_in']:.0f} MiB during sign-in "
            "(Argon2id takes 64 MiB for a moment)",
        ],
    )
    return [keystroke, memory]


def packaged(runs: int) -> Result:
    """`dist/vwdesk/vwdesk-cli --version`, when the package has been built."""
    exe = next(
        (
            p
            for p in (ROOT / "dist" / "vwdesk" / n for n in ("vwdesk-cli", "vwdesk-cli.exe"))
            if p.exists()
        ),
        None,
    )
    result = Result("packaged", "packaged executable start-up (--version)", "s", "reported")
    if exe is None:
        result.notes.append("dist/vwdesk/ not built (make package): not measured")
        return result
    samples = []
    subprocess.run([str(exe), "--version"], capture_output=True, check=True)
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(exe), "--version"], capture_output=True, check=True)
        samples.append(time.perf_counter() - start)
    s = summary(samples)
    result.value, result.stats = s["median"], s
    result.extra["exe"] = str(exe.relative_to(ROOT))
    return result
