"""How fast and how big is the atlas? Sample month and a synthetic 2,000-incident month.

Measured in one run, on this machine:

- the sample atlas end to end through the command line (QGIS start and import included);
- per month: the PDF export with text as text (the atlas's setting) and, as the baseline,
  the same report exported with QGIS 3.22's default text-as-outlines; pages, seconds per
  page and PDF size of each;
- where ``perf`` works, the CPU instructions of the sample's two exports, a check of the timed
  ratio that a busy shared machine does not move.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/atlas_bench.py [--incidents 2000]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_MONTH = REPO_ROOT / "resources" / "sample" / "acled_mali_2021-02.csv"
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Where the synthetic month's incidents fall: several hundred in Mopti, as in a bad month.
SYNTHETIC_REGION_WEIGHTS = {
    "Mopti": 0.40,
    "Gao": 0.14,
    "Segou": 0.12,
    "Tombouctou": 0.10,
    "Menaka": 0.10,
    "Kidal": 0.05,
    "Sikasso": 0.05,
    "Bamako": 0.04,
}


def write_synthetic_month(csv_path: Path, incidents: int = 2000, seed: int = 4) -> Path:
    """An ACLED export of ``incidents`` February 2021 incidents built from the sample's rows.

    Each row copies a real sample row of its region (place, coordinates, actors) with its own
    id, day, fatalities and a note that starts with a unique tag ``[S0001]``, so a test can
    count every row in the PDF's text.
    """
    rng = random.Random(seed)
    with SAMPLE_MONTH.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = reader.fieldnames
        sample_rows = list(reader)
    by_region: dict[str, list[dict]] = {}
    for row in sample_rows:
        by_region.setdefault(row["admin1"], []).append(row)
    regions = list(SYNTHETIC_REGION_WEIGHTS)
    weights = list(SYNTHETIC_REGION_WEIGHTS.values())
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for number in range(1, incidents + 1):
            region = rng.choices(regions, weights)[0]
            row = dict(rng.choice(by_region[region]))
            day = date(2021, 2, rng.randint(1, 28))
            row["event_id_cnty"] = f"SYN{number:05d}"
            row["event_date"] = day.isoformat()
            row["fatalities"] = str(rng.choice([0, 0, 0, 1, 2, 3, 5, 12]))
            row["notes"] = f"[{synthetic_tag(number)}] {row['notes']}"
            row["timestamp"] = str(1614556800 + number)
            writer.writerow(row)
    return csv_path


def synthetic_tag(number: int) -> str:
    return f"S{number:04d}"


def _pdf_pages(pdf_path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
    )


def _cli_sample_run(work: Path) -> float:
    """Seconds for `python -m mali_incidents atlas` on the sample, QGIS start included."""
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mali_incidents",
            "atlas",
            str(SAMPLE_MONTH),
            "--month",
            "2021-02",
            "--out",
            str(work / "cli_sample.pdf"),
        ],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def _measure_month(label: str, export_csv: Path, work: Path, repeats: int) -> list[dict]:
    """Build and export the month's report in both text modes, ``repeats`` times each,
    alternating, keeping each mode's fastest run (the machine is shared)."""
    from mali_incidents.importer import import_month

    gpkg = work / f"{label}.gpkg"
    import_month([export_csv], "2021-02", gpkg)
    best: dict[bool, dict] = {}
    export_cpus: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(repeats):
        for text_as_outlines in (False, True):
            run = _build_and_export(label, gpkg, work, text_as_outlines)
            export_cpus[text_as_outlines].append(run["export_cpu"])
            kept = best.get(text_as_outlines)
            if kept is None or run["build_cpu"] + run["export_cpu"] < (
                kept["build_cpu"] + kept["export_cpu"]
            ):
                best[text_as_outlines] = run
    # The median of the runs too: the best of them flatters a mode that had one lucky run.
    for text_as_outlines in (False, True):
        best[text_as_outlines]["median_export_cpu"] = statistics.median(
            export_cpus[text_as_outlines]
        )
    return [best[False], best[True]]


def _build_and_export(label: str, gpkg: Path, work: Path, text_as_outlines: bool) -> dict:
    from qgis.core import QgsProject

    from mali_incidents.atlas import AtlasSettings, build_layouts
    from mali_incidents.export import export_pdf

    project = QgsProject()
    started, cpu_started = time.perf_counter(), time.process_time()
    built = build_layouts(gpkg, "2021-02", project, settings=AtlasSettings(credit="Bench"))
    built_at, cpu_built_at = time.perf_counter(), time.process_time()
    pdf = work / f"{label}_{'outlines' if text_as_outlines else 'text'}.pdf"
    export_pdf(built.report, pdf, text_as_outlines=text_as_outlines)
    finished, cpu_finished = time.perf_counter(), time.process_time()
    pages = _pdf_pages(pdf)
    project.layoutManager().clear()
    project.clear()
    return {
        "month": label,
        "text": "outlines (QGIS default)" if text_as_outlines else "text (atlas)",
        "pages": pages,
        "build_s": built_at - started,
        "export_s": finished - built_at,
        "s_per_page": (finished - started) / pages,
        # CPU seconds of this process (all its threads): what the work costs, without the
        # time spent waiting for a core that other programs hold.
        "build_cpu": cpu_built_at - cpu_started,
        "export_cpu": cpu_finished - cpu_built_at,
        "cpu_per_page": (cpu_finished - cpu_started) / pages,
        "pdf_mb": pdf.stat().st_size / 1e6,
    }


def _instructions_run(gpkg: Path, work: Path, step: str) -> None:
    """One child process's work for ``_sample_instructions``: build the sample's report and,
    unless ``step`` is "build", export it as text or as outlines."""
    from qgis.core import QgsProject

    from mali_incidents.atlas import AtlasSettings, build_layouts
    from mali_incidents.export import export_pdf
    from mali_incidents.qgis_session import start_qgis

    start_qgis()
    project = QgsProject()
    built = build_layouts(gpkg, "2021-02", project, settings=AtlasSettings(credit="Bench"))
    if step != "build":
        export_pdf(built.report, work / f"{step}.pdf", text_as_outlines=step == "outlines")
    os._exit(0)  # what QGIS does on exit is not the export's work


def _sample_instructions(work: Path) -> dict[str, float] | str:
    """CPU instructions of the sample's export as text and as outlines (``perf stat``).

    Timings on a shared machine move by ±10 % from run to run; instruction counts repeat to
    a tenth of a percent, so they check the timed ratio. Without a usable ``perf``, why not.
    """
    from mali_incidents.importer import import_month

    gpkg = work / "instructions.gpkg"
    import_month([SAMPLE_MONTH], "2021-02", gpkg)
    counts = {}
    for step in ("build", "text", "outlines"):
        command = ["perf", "stat", "-x,", "-e", "instructions:u", sys.executable, __file__]
        command += ["--instructions-of", step, "--work", str(work)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, cwd=REPO_ROOT)
        except OSError as error:
            return f"perf cannot run ({error})"
        # One line per CPU kind on hybrid processors (cpu_core, cpu_atom): their sum.
        values = [
            line.split(",")[0]
            for line in done.stderr.splitlines()
            if "instructions" in line and line.split(",")[0].isdigit()
        ]
        if done.returncode != 0 or not values:
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            return f"perf stat gave no instruction count ({last})"
        counts[step] = sum(int(value) for value in values)
    return {step: (counts[step] - counts["build"]) / 1e9 for step in ("text", "outlines")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=2000)
    parser.add_argument("--instructions-of", choices=["build", "text", "outlines"])
    parser.add_argument("--work", type=Path)
    arguments = parser.parse_args()
    if arguments.instructions_of and arguments.work is None:
        parser.error("--instructions-of needs --work")
    if arguments.instructions_of:
        _instructions_run(
            arguments.work / "instructions.gpkg", arguments.work, arguments.instructions_of
        )
    from qgis.core import Qgis

    from mali_incidents.qgis_session import start_qgis, stop_qgis

    with tempfile.TemporaryDirectory(prefix="atlas_bench_") as folder:
        work = Path(folder)
        cli_seconds = _cli_sample_run(work)
        cli_pages = _pdf_pages(work / "cli_sample.pdf")
        cli_mb = (work / "cli_sample.pdf").stat().st_size / 1e6

        application = start_qgis()
        synthetic = write_synthetic_month(work / "synthetic_2021-02.csv", arguments.incidents)
        rows = _measure_month("sample", SAMPLE_MONTH, work, repeats=5)
        rows += _measure_month(f"synthetic {arguments.incidents}", synthetic, work, repeats=1)

        print(
            f"QGIS {Qgis.version()}, CPU cores: {os.cpu_count()}, "
            f"load average {os.getloadavg()[0]:.1f} at the end"
        )
        print(
            f"sample atlas, command line end to end (QGIS start + import + PDF): "
            f"{cli_seconds:.1f} s, {cli_pages} pages, {cli_mb:.2f} MB"
        )
        header = f"{'month':<16} {'text':<24} {'pages':>5} {'build s':>8} {'export s':>9} "
        header += f"{'s/page':>7} {'build cpu':>9} {'export cpu':>10} {'cpu/page':>8} {'PDF MB':>7}"
        print(header)
        for row in rows:
            print(
                f"{row['month']:<16} {row['text']:<24} {row['pages']:>5} {row['build_s']:>8.2f} "
                f"{row['export_s']:>9.2f} {row['s_per_page']:>7.3f} {row['build_cpu']:>9.2f} "
                f"{row['export_cpu']:>10.2f} {row['cpu_per_page']:>8.3f} {row['pdf_mb']:>7.2f}"
            )
        for month in dict.fromkeys(row["month"] for row in rows):
            text, outlines = (row for row in rows if row["month"] == month)
            export_speedup = outlines["export_s"] / text["export_s"]
            cpu_speedup = outlines["export_cpu"] / text["export_cpu"]
            # The build (templates, tables, styles) is the same work in both modes.
            with_build = (outlines["build_s"] + outlines["export_s"]) / (
                text["build_s"] + text["export_s"]
            )
            size = outlines["pdf_mb"] / text["pdf_mb"]
            median_speedup = outlines["median_export_cpu"] / text["median_export_cpu"]
            print(
                f"{month}: exported with text as text, {export_speedup:.1f}x faster than the "
                f"outlines baseline ({with_build:.1f}x counting the build, the same in both), "
                f"{cpu_speedup:.1f}x in CPU seconds (median of the runs: {median_speedup:.2f}x), "
                f"and {size:.1f}x smaller"
            )
        sample_text, sample_outlines = rows[0], rows[1]
        synthetic_text = rows[2]
        targets = [
            ("sample end to end under 10 s", cli_seconds < 10),
            ("sample PDF under 3 MB", cli_mb < 3),
            # Judged in CPU seconds: on a shared machine (load above the core count) the
            # clock also counts the time spent waiting for a core.
            (
                "sample export at least 3x faster than the baseline (CPU seconds)",
                sample_outlines["export_cpu"] / sample_text["export_cpu"] >= 3,
            ),
            (
                "sample PDF at least 10x smaller than the baseline",
                sample_outlines["pdf_mb"] / sample_text["pdf_mb"] >= 10,
            ),
            (
                f"{arguments.incidents:,} incidents at most 0.08 s a page (CPU seconds)",
                synthetic_text["cpu_per_page"] <= 0.08,
            ),
        ]
        instructions = _sample_instructions(work)
        if isinstance(instructions, str):
            print(f"sample export, CPU instructions: not counted: {instructions}")
        else:
            print(
                f"sample export, CPU instructions (perf stat): text {instructions['text']:.2f} G, "
                f"outlines {instructions['outlines']:.2f} G, "
                f"{instructions['outlines'] / instructions['text']:.2f}x"
            )
        for target, met in targets:
            print(f"target {'met   ' if met else 'MISSED'} {target}")
        stop_qgis(application)
    return 0


if __name__ == "__main__":
    sys.exit(main())
