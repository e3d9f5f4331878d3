"""Benchmark clean builds of N generated posts: our site, the usual set-up, the floor.

    .venv/bin/python bench/run.py [--sizes 100 500 2000] [--rounds 5]

(a) ours   our site: `mkdocs build --strict` with our hooks and templates (.venv)
(b) usual  Material's blog plugin + mkdocs-rss-plugin: `mkdocs build --strict`
           (bench/.venv-usual, made from bench/usual-requirements.txt if missing)
(c) floor  bench/floor.py: PyYAML, one Python-Markdown instance, feedgen (.venv)

Per N the corpus is generated once (bench/generate.py); then the builds run
interleaved, a, b, c, a, b, c, …, each as a fresh process into an empty output
folder. Wall time, CPU time and peak RSS of each child (os.wait4) are measured.
See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from generate import generate

BENCH = Path(__file__).resolve().parent
USUAL_REQUIREMENTS = BENCH / "usual-requirements.txt"
USUAL_VENV = BENCH / ".venv-usual"
STDERR_TAIL = 30


class Measurement(NamedTuple):
    seconds: float
    """wall time"""
    peak_mb: float
    """peak resident memory of the process"""
    cpu: float
    """user + system CPU seconds: less disturbed than wall time by other load on the machine"""


@dataclass
class Setup:
    key: str
    label: str
    post_pages: str
    """Glob, inside the output folder, that matches exactly one file per post."""
    runs: dict[int, list[Measurement]] = field(default_factory=dict)
    first: dict[int, list[Measurement]] = field(default_factory=dict)
    """The uncounted warm-up round of each N, if any."""

    def seconds(self, n: int) -> float:
        return statistics.median(m.seconds for m in self.runs[n])

    def peak_mb(self, n: int) -> float:
        return max(m.peak_mb for m in self.runs[n])

    def cpu(self, n: int) -> float:
        return statistics.median(m.cpu for m in self.runs[n])

    def wall_range(self, n: int) -> str:
        return f"{min(m.seconds for m in self.runs[n]):.2f}-{max(m.seconds for m in self.runs[n]):.2f}"


class BuildFailed(Exception):
    pass


def usual_bin() -> Path:
    """bin/ of the usual set-up's virtualenv; created from the pinned requirements if missing or older."""
    marker = USUAL_VENV / ".installed"
    if marker.exists() and marker.stat().st_mtime >= USUAL_REQUIREMENTS.stat().st_mtime:
        return USUAL_VENV / "bin"
    print(f"Creating {USUAL_VENV.relative_to(BENCH.parent)} from {USUAL_REQUIREMENTS.name} …", file=sys.stderr)
    shutil.rmtree(USUAL_VENV, ignore_errors=True)
    python = USUAL_VENV / "bin" / "python"
    for command in ([sys.executable, "-m", "venv", str(USUAL_VENV)],
                    [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps",
                     "-r", str(USUAL_REQUIREMENTS)],
                    [str(python), "-m", "pip", "check"]):
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    marker.touch()
    return USUAL_VENV / "bin"


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    # Banners about MkDocs' successors (Material, and the properdocs package mkdocs-rss-plugin pulls in).
    env["NO_MKDOCS_2_WARNING"] = "1"
    env["DISABLE_MKDOCS_2_WARNING"] = "true"
    # Make exports PYTHONPATH=hooks; each build finds its own code. No preview: a normal build.
    for name in ("PYTHONPATH", "SITE_PREVIEW"):
        env.pop(name, None)
    return env


def measure(command: list[str], cwd: Path, env: dict[str, str]) -> Measurement:
    """Time and memory of one child process; BuildFailed with its stderr tail if it fails."""
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        # wait4 gives this child's own resource usage (getrusage(RUSAGE_CHILDREN) would be a running maximum).
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            stderr.seek(0)
            tail = stderr.read().decode("utf-8", "replace").splitlines()[-STDERR_TAIL:]
            raise BuildFailed(f"exit status {child.returncode}: {' '.join(command)}\n" + "\n".join(tail))
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak_bytes = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return Measurement(seconds, peak_bytes / 2**20, usage.ru_utime + usage.ru_stime)


def command(key: str, corpus, out: Path, usual: Path | None) -> tuple[list[str], Path]:
    """The command line of build `key` and the folder to run it in."""
    if key == "c":
        return [sys.executable, str(BENCH / "floor.py"), str(corpus.floor_config), str(corpus.posts), str(out)], corpus.ours
    mkdocs = Path(sys.executable).parent / "mkdocs" if key == "a" else usual / "mkdocs"
    project = corpus.ours if key == "a" else corpus.usual
    return [str(mkdocs), "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(out)], project


def bench_size(n: int, rounds: int, setups: list[Setup], work: Path, usual: Path | None, warm_up: bool = False) -> None:
    """`rounds` interleaved rounds of each setup at N; with `warm_up`, after one more that is not counted
    (it is in `Setup.first`): our first build draws every share card, the later ones find them."""
    shutil.rmtree(work / str(n), ignore_errors=True)
    corpus = generate(n, work / str(n))
    env = child_env()
    for setup in setups:
        setup.runs[n] = []
    for round_ in range(0 if warm_up else 1, rounds + 1):
        for setup in setups:
            out = work / str(n) / f"site-{setup.key}"
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(corpus.usual / ".cache", ignore_errors=True)
            try:
                measured = measure(*command(setup.key, corpus, out, usual), env)
            except BuildFailed as error:
                raise BuildFailed(f"build ({setup.key}) {setup.label} failed at N={n}, round {round_}, {error}") from None
            pages = len(list(out.glob(setup.post_pages)))
            if pages != n:
                raise BuildFailed(f"build ({setup.key}) at N={n} wrote {pages} post pages instead of {n} "
                                  f"({setup.post_pages} in {out})")
            (setup.runs[n] if round_ else setup.first.setdefault(n, [])).append(measured)
            print(f"N={n} round {round_ or 'warm-up'}/{rounds} ({setup.key}) {measured.seconds:7.2f} s "
                  f"(CPU {measured.cpu:6.2f} s) {measured.peak_mb:6.0f} MB", file=sys.stderr)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
        cpu = next(line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} cores ({cpu}), {platform.platform()}, Python {platform.python_version()}"


RATIOS = [("a", "c"), ("a", "b"), ("b", "c")]


def _table(groups: list[list[str]], rows: dict[int, list[list[str]]], width: int = 8) -> list[str]:
    """Columns in groups separated by |, one row per N."""
    def line(first: str, cells: list[list[str]]) -> str:
        return f"{first:>6} | " + " | ".join(" ".join(f"{c:>{width}}" for c in group) for group in cells if group)
    header = line("N", groups)
    return [header, "-" * len(header), *(line(str(n), cells) for n, cells in rows.items())]


def report(setups: list[Setup], sizes: list[int], rounds: int) -> str:
    base = min(sizes)
    by_key = {s.key: s for s in setups}
    ratios = [(x, y) for x, y in RATIOS if x in by_key and y in by_key]
    main_table = _table(
        [[f"{s.key} s" for s in setups], [f"{x}/{y}" for x, y in ratios],
         [f"{s.key} MB" for s in setups], [f"growth {s.key}" for s in setups]],
        {n: [[f"{s.seconds(n):.2f}" for s in setups],
             [f"{by_key[x].seconds(n) / by_key[y].seconds(n):.2f}" for x, y in ratios],
             [f"{s.peak_mb(n):.0f}" for s in setups],
             [f"{s.seconds(n) / s.seconds(base):.2f}" for s in setups]] for n in sizes},
    )
    detail_table = _table(
        [[f"{s.key} CPU s" for s in setups], [f"{s.key} wall range" for s in setups]],
        {n: [[f"{s.cpu(n):.2f}" for s in setups], [s.wall_range(n) for s in setups]] for n in sizes},
        width=12,
    )
    return "\n".join([
        f"Clean builds, median of {rounds} interleaved rounds; {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"Machine: {machine()}",
        *(f"  ({s.key}) {s.label}" for s in setups),
        "",
        *main_table,
        "",
        "s: median wall seconds per build; x/y: ratio of the medians; MB: highest peak RSS of the build",
        f"process over the rounds; growth: median at N / median at N={base}.",
        "",
        *detail_table,
        "",
        "CPU s: median user+system seconds of the build process (less disturbed by other load than wall",
        "time); wall range: fastest and slowest round.",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000], metavar="N")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--setups", nargs="+", choices="abc", default=list("abc"),
                        help="which builds to run (default: a b c)")
    parser.add_argument("--work", type=Path, help="folder for corpora and output (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--json", type=Path, help="also write every measurement to this JSON file")
    args = parser.parse_args(argv)
    if not (Path(sys.executable).parent / "mkdocs").exists():
        parser.error("run this with the project's .venv/bin/python (make bench sets it up)")
    sizes = sorted(set(args.sizes))

    setups = [
        Setup("a", "ours: our site, mkdocs build --strict with our hooks", "nieuws/[0-9]*/[0-9]*/*/index.html"),
        Setup("b", "usual: Material blog + mkdocs-rss-plugin, mkdocs build --strict",
              "blog/[0-9]*/[0-9]*/[0-9]*/*/index.html"),
        Setup("c", "floor: PyYAML + one Python-Markdown + feedgen (bench/floor.py)", "nieuws/[0-9]*/[0-9]*/*/index.html"),
    ]
    setups = [s for s in setups if s.key in args.setups]
    usual = usual_bin() if "b" in args.setups else None
    work = args.work or Path(tempfile.mkdtemp(prefix="lho-bench-"))
    started = time.perf_counter()
    try:
        for n in sizes:
            bench_size(n, args.rounds, setups, work, usual)
    except BuildFailed as error:
        print(f"\n{error}", file=sys.stderr)
        print(f"(corpus and output kept in {work})", file=sys.stderr)
        return 1
    if not args.keep and args.work is None:
        shutil.rmtree(work)
    print(report(setups, sizes, args.rounds))
    print(f"Total benchmark time: {(time.perf_counter() - started) / 60:.1f} min")
    if args.json:
        runs = {s.key: {"label": s.label, "runs": {n: [m._asdict() for m in ms] for n, ms in s.runs.items()}}
                for s in setups}
        args.json.write_text(json.dumps(runs, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
