"""How fast `socialkit --help` starts, against `python -c "import click"` in the same run.

    python bench/bench_startup.py [--runs 30]

Runs both commands alternately (so background load hits both alike) and prints the medians and
their ratio. Heavy libraries (Pillow, Jinja2, trafilatura) must not be imported by --help.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    socialkit = shutil.which("socialkit")
    if socialkit is None:
        print("socialkit is not on PATH: install the project first", file=sys.stderr)
        return 1
    commands = {
        "socialkit --help": [socialkit, "--help"],
        "python -c 'import click'": [sys.executable, "-c", "import click"],
    }
    timings: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            started = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
            timings[name].append(time.perf_counter() - started)
    medians = {name: statistics.median(values) for name, values in timings.items()}
    for name, value in medians.items():
        print(f"{name:<28} median {value * 1000:6.1f} ms over {args.runs} runs")
    ratio = medians["socialkit --help"] / medians["python -c 'import click'"]
    print(f"ratio socialkit --help / import click: {ratio:.2f}")
    heavy = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, socialkit.cli; print(sorted(m for m in ('PIL', 'jinja2', 'trafilatura',"
            " 'lxml', 'emoji') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(f"heavy modules imported by the CLI module: {heavy}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
