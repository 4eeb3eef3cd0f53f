"""Command line: ``python -m mali_incidents import|atlas EXPORT [EXPORT…] --month YYYY-MM …``,
``download --country C --month YYYY-MM --out FILE.csv`` and ``import --from-acled …`` (ACLED's
API, with ``ACLED_EMAIL`` / ``ACLED_PASSWORD`` or ``--auth-id``).

One summary line on success (exit 0); bad input is one line on stderr (exit 2), no traceback.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from .acled import AcledInputError
from .acled_api import (
    DEFAULT_ACLED_URL,
    AcledClient,
    credentials_from_auth_config,
    credentials_from_environment,
    download_month,
)
from .country_titles import country_list, month_geopackage_name
from .definitions import DEFAULT_COUNTRY
from .importer import IMPORT_ERRORS, import_month, import_month_from_acled
from .store import StoreError, is_store_uri
from .trends import DEFAULT_HISTORY_MONTHS

USER_ERRORS = (*IMPORT_ERRORS, StoreError)
# --month for every month of the files (an import into the team store only).
EVERY_MONTH = "all"


def _atlas_errors() -> tuple[type[Exception], ...]:
    # The atlas needs QGIS; importing it only for the atlas keeps `import` light.
    from .atlas import AtlasError

    return (AtlasError,)


def history_months(text: str) -> int:
    try:
        months = int(text)
    except ValueError:
        months = -1
    if months < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of months (0 or more)")
    return months


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m mali_incidents",
        description="A month of ACLED exports as a styled incident layer and a printed atlas.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def add_selection_arguments(
        command: argparse.ArgumentParser, exports_optional: bool = False
    ) -> None:
        command.add_argument(
            "exports",
            nargs="*" if exports_optional else "+",
            type=Path,
            metavar="EXPORT",
            help="ACLED export files (CSV, XLSX, API JSON)",
        )
        command.add_argument("--month", required=True, help="the month to select, YYYY-MM")
        command.add_argument(
            "--country",
            action="append",
            metavar="COUNTRY",
            help=f"as ACLED names it; give it again for an atlas of several "
            f"(--country Mali --country Niger; default: {DEFAULT_COUNTRY})",
        )
        command.add_argument(
            "--history-months",
            type=history_months,
            default=DEFAULT_HISTORY_MONTHS,
            metavar="N",
            help="months before the month kept in its 'monthly' table, from the exports' other "
            "months and earlier months' GeoPackages in the same folder (one country only; "
            "default: %(default)s)",
        )

    def add_acled_arguments(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--acled-url",
            default=DEFAULT_ACLED_URL,
            metavar="URL",
            help="ACLED's API, or a mirror (default: %(default)s)",
        )
        command.add_argument(
            "--auth-id",
            metavar="ID",
            help="a QGIS authentication configuration (Basic: your ACLED e-mail and password) "
            "instead of ACLED_EMAIL / ACLED_PASSWORD",
        )

    importing = commands.add_parser(
        "import", help="write the month's GeoPackage, or upsert into a team store (PostGIS)"
    )
    add_selection_arguments(importing, exports_optional=True)
    importing.add_argument(
        "--out",
        required=True,
        metavar="FILE.gpkg|postgresql://…",
        help=f"a GeoPackage, or a PostGIS store's URI (there --month {EVERY_MONTH} is allowed)",
    )
    importing.add_argument(
        "--from-acled",
        action="store_true",
        help="download the month from ACLED's API instead of reading export files",
    )
    add_acled_arguments(importing)

    download = commands.add_parser(
        "download", help="write the month from ACLED's API as an export CSV"
    )
    download.add_argument("--month", required=True, help="the month, YYYY-MM")
    download.add_argument("--country", default=DEFAULT_COUNTRY, help="default: %(default)s")
    download.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
    add_acled_arguments(download)

    atlas = commands.add_parser("atlas", help="import the month and export its atlas as PDF")
    add_selection_arguments(atlas, exports_optional=True)
    atlas.add_argument(
        "--from",
        dest="store",
        metavar="postgresql://…",
        help="print the month from a team store (PostGIS) instead of export files",
    )
    atlas.add_argument("--regions", type=Path, metavar="FILE", help="region polygons")
    atlas.add_argument("--region-field", metavar="NAME", help="field holding region names")
    atlas.add_argument(
        "--reference",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="reference layers every map draws (rivers, towns, roads…), repeatable",
    )
    atlas.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    atlas.add_argument(
        "--project",
        type=Path,
        metavar="FILE.qgz",
        help="also save a QGIS project with the layers and layouts",
    )
    atlas.add_argument(
        "--overwrite",
        action="store_true",
        help="replace --project even if it is a project this plugin did not make",
    )
    atlas.add_argument("--credit", help="credit line (default: the plugin's setting)")
    atlas.add_argument("--contact", help="contact line (default: the plugin's setting)")
    atlas.add_argument("--language", choices=("en", "fr"), default="en", help="atlas texts")
    atlas.add_argument(
        "--empty-regions",
        choices=("pages", "summary"),
        default=None,
        help="regions without incidents: a map and a table each, or one summary page "
        "(default: the plugin's setting, else pages)",
    )
    atlas.add_argument(
        "--downloaded",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the day the data were downloaded, printed on every page (default: the latest "
        "update of the month's rows)",
    )

    history = commands.add_parser(
        "history", help="what the imports into a team store changed, newest first"
    )
    history.add_argument("--from", dest="store", required=True, metavar="postgresql://…")
    history.add_argument("--limit", type=int, default=20, help="default: %(default)s")
    return parser


def _iso_date(text: str) -> str:
    """A YYYY-MM-DD date for argparse (which turns the error into one line and exit 2)."""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date of the form YYYY-MM-DD"
        ) from error


def chosen_countries(arguments: argparse.Namespace) -> list[str]:
    """The --country values, each once, in the order given (Mali without one)."""
    return country_list(arguments.country)


def one_country(countries: list[str], what: str) -> str:
    """The one country of a command that takes one (the team store's import and atlas)."""
    if len(countries) > 1:
        raise StoreError(f"{what} takes one --country at a time ({', '.join(countries)} given)")
    return countries[0]


def run_import(arguments: argparse.Namespace) -> str:
    countries = chosen_countries(arguments)
    if arguments.from_acled:
        if arguments.exports:
            raise AcledInputError("give export files or --from-acled, not both")
        if len(countries) > 1:
            raise AcledInputError(
                "--from-acled downloads one country: download each with `download`, "
                "then import the files with --country given for each"
            )
        if is_store_uri(arguments.out):
            raise StoreError("--from-acled writes a GeoPackage: download, then import into a store")
        result, downloaded = import_month_from_acled(
            acled_client(arguments),
            arguments.month,
            Path(arguments.out),
            countries[0],
            history_months=arguments.history_months,
        )
        for warning in result.warnings:
            print(f"warning: {one_line(warning)}", file=sys.stderr)
        return f"{result.summary()} ({downloaded.changes()})"
    if not arguments.exports:
        raise AcledInputError("no export file given (or use --from-acled)")
    if is_store_uri(arguments.out):
        from .store import import_to_store

        month = None if arguments.month == EVERY_MONTH else arguments.month
        result = import_to_store(
            arguments.exports, arguments.out, month, one_country(countries, "a team store")
        )
        return result.summary()
    result = import_month(
        arguments.exports,
        arguments.month,
        Path(arguments.out),
        countries,
        history_months=arguments.history_months,
    )
    for warning in result.warnings:
        print(f"warning: {one_line(warning)}", file=sys.stderr)
    return " ".join(filter(None, (result.summary(), result.history_summary())))


def acled_client(arguments: argparse.Namespace) -> AcledClient:
    """The account from --auth-id (QGIS's authentication database) or the environment."""
    if arguments.auth_id:
        from .qgis_session import qgis_session

        with qgis_session():
            credentials = credentials_from_auth_config(arguments.auth_id)
    else:
        credentials = credentials_from_environment()
    return AcledClient(credentials, arguments.acled_url)


def run_download(arguments: argparse.Namespace) -> str:
    result = download_month(
        arguments.country, arguments.month, arguments.out, acled_client(arguments)
    )
    return f"{arguments.out}: {result.summary()}"


def run_atlas(arguments: argparse.Namespace) -> str:
    from .atlas import check_atlas_outputs
    from .qgis_session import qgis_session

    if arguments.store is not None:
        if arguments.exports:
            raise StoreError("give either export files or --from a store, not both")
        return run_atlas_from_store(arguments)
    if not arguments.exports:
        raise StoreError("no export file given (or --from postgresql://… for a team store)")
    inputs = [*arguments.exports, arguments.regions, *arguments.reference]
    # Before the import writes anything: neither output may replace an input.
    check_atlas_outputs(
        arguments.out, arguments.project, inputs, overwrite_project=arguments.overwrite
    )
    if arguments.project:
        # The project refers to the GeoPackage: it lives beside the project, as a user expects.
        gpkg_folder = arguments.project.resolve().parent
        keep_folder = None
    else:
        keep_folder = tempfile.TemporaryDirectory(prefix="mali_incidents_")
        gpkg_folder = Path(keep_folder.name)
    countries = chosen_countries(arguments)
    gpkg_path = gpkg_folder / month_geopackage_name(countries, arguments.month)
    try:
        imported = import_month(
            arguments.exports,
            arguments.month,
            gpkg_path,
            countries,
            history_months=arguments.history_months,
        )
        for warning in imported.warnings:
            print(f"warning: {one_line(warning)}", file=sys.stderr)
        with qgis_session():
            atlas = _make_atlas(arguments, gpkg_path, countries, inputs)
        for warning in atlas.warnings:
            print(f"warning: {one_line(warning)}", file=sys.stderr)
        return f"{imported.summary()} pages={atlas.pages}"
    finally:
        if keep_folder is not None:
            keep_folder.cleanup()


def one_line(text: object) -> str:
    """A message as one line: line breaks and other control characters from file names or
    values are shown escaped, never printed."""
    return "".join(
        char if char.isprintable() or char == " " else char.encode("unicode_escape").decode()
        for char in str(text)
    )


class GdalMessages:
    """GDAL's own messages, kept instead of printed: a failure is one line of ours (which
    names the file), and GDAL's last error is folded into it when ours does not say it."""

    def __init__(self):
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def __enter__(self) -> GdalMessages:
        from osgeo import gdal

        def keep(level, number, text) -> None:
            text = " ".join(str(text).split())
            if level >= gdal.CE_Failure:
                self.errors.append(text)
            elif level == gdal.CE_Warning and text not in self.warnings:
                self.warnings.append(text)

        self._keep = keep  # GDAL holds the handler: it must live as long as it is pushed
        gdal.PushErrorHandler(keep)
        return self

    def __exit__(self, *exc) -> None:
        from osgeo import gdal

        gdal.PopErrorHandler()

    def folded_into(self, message: str) -> str:
        last = self.errors[-1] if self.errors else ""
        return f"{message} (GDAL: {last})" if last and last not in message else message


def _gdal_errors_as_return_values() -> None:
    """Say that this program checks GDAL's return values rather than catching exceptions.

    GDAL 3.9+ (QGIS 3.44 on Debian sid) prints a FutureWarning on stderr at the first OGR call
    of a program that has not said which it wants (GDAL 4 will raise by default), which broke
    the command line's one-line errors there. The mode is global, so only the command line,
    whose process this is, sets it; inside QGIS it is QGIS's.
    """
    from osgeo import gdal, ogr, osr

    for module in (gdal, ogr, osr):
        module.DontUseExceptions()


def run_atlas_from_store(arguments: argparse.Namespace) -> str:
    """The month's atlas with its incidents read from the store (a PostGIS layer); the
    region and country polygons it draws go to a GeoPackage beside the project (or a
    temporary folder)."""
    from .atlas import AtlasError, check_atlas_outputs
    from .qgis_session import qgis_session
    from .store import month_counts, month_layer_uri, password_to_environment, read_store_history

    if not is_store_uri(arguments.store):
        raise StoreError(f"--from {arguments.store}: not a postgresql:// URI")
    # The store's month is one country's (an atlas of several: from export files).
    country = one_country(chosen_countries(arguments), "an atlas from a team store")
    inputs = [arguments.regions, *arguments.reference]
    check_atlas_outputs(
        arguments.out, arguments.project, inputs, overwrite_project=arguments.overwrite
    )
    incidents, fatalities = month_counts(arguments.store, arguments.month, country)
    if not incidents:
        raise StoreError(
            f"the store has no incident of {country} in {arguments.month}: import first"
        )
    # What changed, from the store's history of the country (parameterised queries).
    store_history = (
        read_store_history(arguments.store, arguments.month, country, arguments.history_months)
        if arguments.history_months
        else None
    )
    password_to_environment(arguments.store)
    if arguments.project:
        polygons_folder = arguments.project.resolve().parent
        keep_folder = None
    else:
        keep_folder = tempfile.TemporaryDirectory(prefix="mali_incidents_")
        polygons_folder = Path(keep_folder.name)
    polygons_gpkg = polygons_folder / f"atlas_{country.lower()}_{arguments.month}.gpkg"
    failure = ""
    try:
        with qgis_session():
            try:
                atlas = _make_atlas(
                    arguments,
                    polygons_gpkg,
                    country,
                    inputs,
                    incidents_source=month_layer_uri(arguments.store, arguments.month, country),
                    store_history=store_history,
                )
            except AtlasError as error:
                # Only the message leaves the session: the error's frames hold the store's
                # layer, and a PostGIS layer outliving QGIS crashes the process at exit.
                failure = str(error)
        if failure:
            raise AtlasError(failure)
        for warning in atlas.warnings:
            print(f"warning: {one_line(warning)}", file=sys.stderr)
        return f"incidents={incidents} fatalities={fatalities} pages={atlas.pages}"
    finally:
        if keep_folder is not None:
            keep_folder.cleanup()


def _make_atlas(arguments, gpkg_path: Path, country, inputs, **source):
    """``make_atlas`` with the command line's own options (boundaries, reference layers,
    project, settings), for an atlas of files or of the team store (``source``)."""
    from .atlas import make_atlas

    return make_atlas(
        gpkg_path,
        arguments.month,
        arguments.out,
        regions_path=arguments.regions,
        reference_paths=arguments.reference,
        region_field=arguments.region_field,
        project_path=arguments.project,
        settings=_atlas_settings(arguments),
        country=country,
        inputs=inputs,
        overwrite_project=arguments.overwrite,
        **source,
    )


def _atlas_settings(arguments: argparse.Namespace):
    from .atlas import AtlasSettings

    settings = AtlasSettings.from_qgis_settings()
    settings.credit = arguments.credit if arguments.credit is not None else settings.credit
    settings.contact = arguments.contact if arguments.contact is not None else settings.contact
    settings.language = arguments.language
    settings.downloaded = arguments.downloaded or settings.downloaded
    settings.empty_regions = arguments.empty_regions or settings.empty_regions
    return settings


def run_history(arguments: argparse.Namespace) -> str:
    from .store import import_history

    lines = []
    for row in import_history(arguments.store, arguments.limit):
        month = row["month"] or "every month"
        lines.append(
            f"import {row['import_id']} {row['imported_at']:%Y-%m-%d %H:%M} {row['imported_by']}"
            f" {row['source_files']} ({row['country']}, {month}): inserted={row['inserted']}"
            f" updated={row['updated']} unchanged={row['unchanged']} rejected={row['rejected']}"
        )
    return "\n".join(lines) or "no import yet"


def main(argv: list[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    _gdal_errors_as_return_values()
    run = {
        "import": run_import,
        "atlas": run_atlas,
        "download": run_download,
        "history": run_history,
    }[arguments.command]
    user_errors = USER_ERRORS + (_atlas_errors() if arguments.command == "atlas" else ())
    with GdalMessages() as gdal_messages:
        try:
            summary = run(arguments)
        except user_errors as error:
            print(f"error: {one_line(gdal_messages.folded_into(str(error)))}", file=sys.stderr)
            return 2
    for warning in gdal_messages.warnings:
        print(f"warning: GDAL: {one_line(warning)}", file=sys.stderr)
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
