"""The window measures, run as child processes (bench/gui_child.py) and judged here.

Every child gets the same environment: the offscreen platform, and Python's
bytecode cache on (in bench/cache/pycache, out of the source tree) even when
the shell turned it off, because a volunteer's installed vwdesk runs from
compiled modules too. One warm-up child of each kind runs first, untimed.
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
    """Sign-in to main window, and the whole start to it, against a bare PySide6 window.

    The bare window is timed from the process start to its first paint (python,
    PySide6, QApplication, the window): what any Qt window costs before it is
    seen. Its own construction-to-paint time is kept too, for reference.
    """
    env = _env(cache, password)
    child(["bare"], env)
    child(["signin", "--db", str(db)], env)
    bare_made, bare, span, to_login, to_main, kdf = [], [], [], [], [], []
    for _ in range(runs):
        t0, r = child(["bare"], env)
        bare_made.append(r["shown_at"] - r["made_at"])
        bare.append(r["shown_at"] - t0)
        t0, r = child(["signin", "--db", str(db)], env)
        span.append(r["shown_at"] - r["submit_at"] - r["kdf_seconds"])
        to_login.append(r["login_shown_at"] - t0)
        to_main.append(r["shown_at"] - t0 - r["kdf_seconds"])
        kdf.append(r["kdf_seconds"])
    s, b = summary(span), summary(bare)
    result = Result(
        "signin",
        "sign-in to main window shown (key derivation excluded)",
        "s",
        "≤ 1.5x a bare PySide6 window shown",
        value=s["median"],
        stats=s,
        floor=b,
        floor_what="process start to a bare PySide6 QMainWindow's first paint, same run",
        ratio=s["median"] / b["median"],
        passed=s["median"] / b["median"] <= 1.5,
        extra={"bare_window_made_to_shown": summary(bare_made)},
    )
    m = summary(to_main)
    startup = Result(
        "startup",
        "process start to main window shown, signed in (key derivation excluded)",
        "s",
        "≤ 1.5x a bare PySide6 window shown",
        value=m["median"],
        stats=m,
        floor=b,
        floor_what="process start to a bare PySide6 QMainWindow's first paint, same run",
        ratio=m["median"] / b["median"],
        passed=m["median"] / b["median"] <= 1.5,
        extra={"process_start_to_login_shown": summary(to_login)},
        notes=[
            "the same target read as a cold start: the login dialog alone takes "
            f"{summary(to_login)['median']:.2f} s from the process start"
        ],
    )
    k = summary(kdf)
    derivation = Result(
        "kdf",
        "key derivation at sign-in (reported apart)",
        "s",
        "reported (the product calibrates it to about 0.5 s)",
        value=k["median"],
        stats=k,
        notes=["the bench file's slots are at the floor: Argon2id 64 MiB, one pass"],
    )
    return [result, startup, derivation]


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
