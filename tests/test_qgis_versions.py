"""What must hold on every QGIS the plugin supports (make test-matrix runs this on 3.22, 3.40
and 3.44): QGIS started from its own installation, clean exits on bad input, nothing
deprecated called from our files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


def _python(code: str, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh Python (a fresh QGIS), the clone importable, from ``cwd``."""
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("QGIS_PREFIX_PATH", None)
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=timeout,
    )


def test_qgis_starts_from_its_installation_whatever_the_working_directory(tmp_path):
    """The prefix is the installation holding the qgis package, not a guess from the folder
    the command runs in (where, without /proc, QGIS looked for its world map)."""
    done = _python(
        "from qgis.core import QgsApplication\n"
        "from mali_incidents.qgis_session import qgis_prefix, start_qgis, stop_qgis\n"
        "from mali_incidents.paths import world_map_path\n"
        "application = start_qgis()\n"
        "print(QgsApplication.prefixPath())\n"
        "print(qgis_prefix())\n"
        "print(world_map_path())\n"
        "print(QgsApplication.applicationFilePath())\n"
        "stop_qgis(application)\n",
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    prefix, found_prefix, world_map, program = done.stdout.splitlines()[-4:]
    assert Path(prefix) == Path(found_prefix)
    assert not Path(prefix).is_relative_to(tmp_path)
    assert Path(world_map).is_file()
    assert Path(world_map).is_relative_to(Path(prefix))
    assert Path(program).is_absolute()
    assert "Application path not initialized" not in done.stderr


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--regions", "missing_regions.gpkg"], "Region file not found"),
        (["--regions", "{shared}/data/mali_admin1_ocha.gpkg", "--region-field", "nope"], "nope"),
        (["--regions", "{shared}/data/README.md"], "Cannot open the region file"),
        (["--country", "Narnia"], "no incident of Narnia"),
        (["--month", "2030-01"], "no incident of Mali in 2030-01"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_no_crash(
    run_cli, sample_month, shared_dir, tmp_path, arguments, message
):
    """Errors raised while QGIS runs, and before it starts: one line, status 2, no segfault
    after the line (3.40 crashed there: the error's frames held QGIS objects past exit)."""
    arguments = [argument.format(shared=shared_dir) for argument in arguments]
    month = [] if "--month" in arguments else ["--month", "2021-02"]
    done = run_cli(
        "atlas", sample_month, *month, "--out", tmp_path / "atlas.pdf", *arguments, timeout=300
    )
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ") and message in lines[0]
    assert not (tmp_path / "atlas.pdf").exists()


def test_the_sample_atlas_calls_nothing_deprecated(sample_month, tmp_path):
    """No DeprecationWarning from our own files while the package is imported and the sample
    atlas is built, exported and saved as a project (QGIS 3.40 and 3.44 warn on calls that
    QGIS 4 removes). The whole suite also fails on one: pyproject.toml's filterwarnings."""
    done = _python(
        "import importlib, pkgutil, sys, warnings\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    import mali_incidents\n"
        "    for module in pkgutil.iter_modules(mali_incidents.__path__):\n"
        "        importlib.import_module(f'mali_incidents.{module.name}')\n"
        "    from mali_incidents.__main__ import main\n"
        f"    status = main(['atlas', {str(sample_month)!r}, '--month', '2021-02',\n"
        f"                   '--out', {str(tmp_path / 'atlas.pdf')!r},\n"
        f"                   '--project', {str(tmp_path / 'atlas.qgz')!r}])\n"
        "ours = [f'{w.filename}:{w.lineno}: {w.message}' for w in caught\n"
        "        if issubclass(w.category, DeprecationWarning)\n"
        f"        and w.filename.startswith({str(REPO_ROOT)!r})]\n"
        "print('DEPRECATED:' + '|'.join(ours))\n"
        "sys.exit(status)\n",
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    deprecated = done.stdout.split("DEPRECATED:")[-1].strip()
    assert deprecated == "", deprecated.replace("|", "\n")
    assert (tmp_path / "atlas.pdf").is_file()
