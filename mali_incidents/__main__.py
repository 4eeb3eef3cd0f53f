"""Command line: ``python -m mali_incidents import|atlas EXPORT [EXPORT…] --month YYYY-MM …``,
``download --country C --month YYYY-MM --out FILE.csv`` and ``import --from-acled …`` (ACLED's
API, with ``ACLED_EMAIL`` / ``ACLED_PASSWORD`` or ``--auth-id``).

One summary line on success (exit 0); bad input is one line on stderr (exit 2), no traceback.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from .acled import AcledInputError
from .acled_api import (
    DEFAULT_ACLED_URL,
    AcledClient,
    credentials_from_auth_config,
    credentials_from_environment,
    download_month,
)
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
        command.add_argument("--country", default=DEFAULT_COUNTRY, help="default: %(default)s")
        command.add_argument(
            "--history-months",
            type=history_months,
            default=DEFAULT_HISTORY_MONTHS,
            metavar="N",
            help="months before the month kept in its 'monthly' table, from the exports' other "
            "months and earlier months' GeoPackages in the same folder (default: %(default)s)",
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

    history = commands.add_parser(
        "history", help="what the imports into a team store changed, newest first"
    )
    history.add_argument("--from", dest="store", required=True, metavar="postgresql://…")
    history.add_argument("--limit", type=int, default=20, help="default: %(default)s")
    return parser


def run_import(arguments: argparse.Namespace) -> str:
    if arguments.from_acled:
        if arguments.exports:
            raise AcledInputError("give export files or --from-acled, not both")
        if is_store_uri(arguments.out):
            raise StoreError("--from-acled writes a GeoPackage: download, then import into a store")
        result, downloaded = import_month_from_acled(
            acled_client(arguments),
            arguments.month,
            Path(arguments.out),
            arguments.country,
            history_months=arguments.history_months,
        )
        return f"{result.summary()} ({downloaded.changes()})"
    if not arguments.exports:
        raise AcledInputError("no export file given (or use --from-acled)")
    if is_store_uri(arguments.out):
        from .store import import_to_store

        month = None if arguments.month == EVERY_MONTH else arguments.month
        result = import_to_store(arguments.exports, arguments.out, month, arguments.country)
        return result.summary()
    result = import_month(
        arguments.exports,
        arguments.month,
        Path(arguments.out),
        arguments.country,
        history_months=arguments.history_months,
    )
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
    from .atlas import AtlasSettings, check_atlas_outputs, make_atlas
    from .qgis_session import qgis_session

    if arguments.store is not None:
        if arguments.exports:
            raise StoreError("give either export files or --from a store, not both")
        return run_atlas_from_store(arguments)
    if not arguments.exports:
        raise StoreError("no export file given (or --from postgresql://… for a team store)")
    inputs = [*arguments.exports, arguments.regions]
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
    gpkg_path = gpkg_folder / f"incidents_{arguments.country.lower()}_{arguments.month}.gpkg"
    try:
        imported = import_month(
            arguments.exports,
            arguments.month,
            gpkg_path,
            arguments.country,
            history_months=arguments.history_months,
        )
        with qgis_session():
            settings = AtlasSettings.from_qgis_settings()
            settings.credit = arguments.credit if arguments.credit is not None else settings.credit
            settings.contact = (
                arguments.contact if arguments.contact is not None else settings.contact
            )
            settings.language = arguments.language
            atlas = make_atlas(
                gpkg_path,
                arguments.month,
                arguments.out,
                regions_path=arguments.regions,
                region_field=arguments.region_field,
                project_path=arguments.project,
                settings=settings,
                country=arguments.country,
                inputs=inputs,
                overwrite_project=arguments.overwrite,
            )
        for warning in atlas.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        return f"{imported.summary()} pages={atlas.pages}"
    finally:
        if keep_folder is not None:
            keep_folder.cleanup()


def run_atlas_from_store(arguments: argparse.Namespace) -> str:
    """The month's atlas with its incidents read from the store (a PostGIS layer); the
    region and country polygons it draws go to a GeoPackage beside the project (or a
    temporary folder)."""
    from .atlas import AtlasError, check_atlas_outputs, make_atlas
    from .qgis_session import qgis_session
    from .store import month_counts, month_layer_uri, password_to_environment

    if not is_store_uri(arguments.store):
        raise StoreError(f"--from {arguments.store}: not a postgresql:// URI")
    inputs = [arguments.regions]
    check_atlas_outputs(
        arguments.out, arguments.project, inputs, overwrite_project=arguments.overwrite
    )
    incidents, fatalities = month_counts(arguments.store, arguments.month, arguments.country)
    if not incidents:
        raise StoreError(
            f"the store has no incident of {arguments.country} in {arguments.month}: import first"
        )
    password_to_environment(arguments.store)
    if arguments.project:
        polygons_folder = arguments.project.resolve().parent
        keep_folder = None
    else:
        keep_folder = tempfile.TemporaryDirectory(prefix="mali_incidents_")
        polygons_folder = Path(keep_folder.name)
    polygons_gpkg = polygons_folder / f"atlas_{arguments.country.lower()}_{arguments.month}.gpkg"
    failure = ""
    try:
        with qgis_session():
            try:
                atlas = make_atlas(
                    polygons_gpkg,
                    arguments.month,
                    arguments.out,
                    regions_path=arguments.regions,
                    region_field=arguments.region_field,
                    project_path=arguments.project,
                    settings=_atlas_settings(arguments),
                    country=arguments.country,
                    incidents_source=month_layer_uri(
                        arguments.store, arguments.month, arguments.country
                    ),
                    inputs=inputs,
                    overwrite_project=arguments.overwrite,
                )
            except AtlasError as error:
                # Only the message leaves the session: the error's frames hold the store's
                # layer, and a PostGIS layer outliving QGIS crashes the process at exit.
                failure = str(error)
        if failure:
            raise AtlasError(failure)
        for warning in atlas.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        return f"incidents={incidents} fatalities={fatalities} pages={atlas.pages}"
    finally:
        if keep_folder is not None:
            keep_folder.cleanup()


def _atlas_settings(arguments: argparse.Namespace):
    from .atlas import AtlasSettings

    settings = AtlasSettings.from_qgis_settings()
    settings.credit = arguments.credit if arguments.credit is not None else settings.credit
    settings.contact = arguments.contact if arguments.contact is not None else settings.contact
    settings.language = arguments.language
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
    run = {
        "import": run_import,
        "atlas": run_atlas,
        "download": run_download,
        "history": run_history,
    }[arguments.command]
    user_errors = USER_ERRORS + (_atlas_errors() if arguments.command == "atlas" else ())
    try:
        print(run(arguments))
    except user_errors as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
