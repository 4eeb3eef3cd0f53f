"""Processing provider "Incident Atlas (ACLED)": the same functions as the command line and
the toolbar, usable in the graphical modeler, in batch mode and headless with ``qgis_process``.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProcessingProvider,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .acled_api import DEFAULT_ACLED_URL
from .compat import (
    PROCESSING_FILE,
    PROCESSING_INTEGER,
    PROCESSING_NO_THREADING,
    PROCESSING_VECTOR_POLYGON,
)
from .country_titles import country_list, month_geopackage_name
from .definitions import DEFAULT_COUNTRY, MENU_NAME
from .importer import IMPORT_ERRORS, ImportCanceledError, import_month
from .paths import resources_path
from .trends import DEFAULT_HISTORY_MONTHS

PROVIDER_ID = "mali_incidents"


def tr(text: str) -> str:
    return QCoreApplication.translate("Processing", text)


class MaliIncidentsProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr(MENU_NAME)

    def icon(self) -> QIcon:
        return QIcon(str(resources_path("icon.svg")))

    def loadAlgorithms(self) -> None:
        for algorithm in (
            ImportIncidentMonth(),
            BuildIncidentAtlasLayouts(),
            ExportIncidentAtlasPdf(),
        ):
            self.addAlgorithm(algorithm)


class _Algorithm(QgsProcessingAlgorithm):
    def createInstance(self):
        return type(self)()

    def group(self) -> str:
        return tr("Incident atlas")

    def groupId(self) -> str:
        return "incident_atlas"

    def icon(self) -> QIcon:
        return QIcon(str(resources_path("icon.svg")))

    def add_selection_parameters(self, exports_optional: bool = False) -> None:
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                "EXPORTS",
                tr("ACLED export files (CSV, XLSX, API JSON)"),
                PROCESSING_FILE,
                optional=exports_optional,
            )
        )
        self.addParameter(QgsProcessingParameterString("MONTH", tr("Month (YYYY-MM)")))
        self.addParameter(
            QgsProcessingParameterString(
                "COUNTRY", tr("Country (several: separated by ;)"), defaultValue=DEFAULT_COUNTRY
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "HISTORY_MONTHS",
                tr("History: months before the month (from the exports and earlier months)"),
                PROCESSING_INTEGER,
                defaultValue=DEFAULT_HISTORY_MONTHS,
                minValue=0,
            )
        )

    def history_months(self, parameters, context) -> int:
        return max(0, self.parameterAsInt(parameters, "HISTORY_MONTHS", context))

    def selection(self, parameters, context) -> tuple[list[Path], str, str | list[str]]:
        exports = [Path(path) for path in self.parameterAsFileList(parameters, "EXPORTS", context)]
        month = self.parameterAsString(parameters, "MONTH", context).strip()
        return exports, month, countries_of(self.parameterAsString(parameters, "COUNTRY", context))


class ImportIncidentMonth(_Algorithm):
    def name(self) -> str:
        return "import_incident_month"

    def displayName(self) -> str:
        return tr("Import incident month")

    def shortHelpString(self) -> str:
        return tr(
            "Reads ACLED exports, keeps one country and month, rejects unusable rows with "
            "the reason (rows in = loaded + rejected), classifies incidents by type and actor "
            "group, and writes a styled GeoPackage (layers incidents and rejects)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_selection_parameters(exports_optional=True)
        self.addParameter(
            QgsProcessingParameterBoolean(
                "FROM_ACLED",
                tr("Download the month from ACLED's API (my account) instead of files"),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterAuthConfig(
                "ACLED_AUTH",
                tr("ACLED account (authentication configuration, Basic method)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "ACLED_URL", tr("ACLED's API address"), defaultValue=DEFAULT_ACLED_URL
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT", tr("Month GeoPackage"), tr("GeoPackage (*.gpkg)")
            )
        )
        for name, description in (
            ("INCIDENTS", tr("Incidents loaded")),
            ("FATALITIES", tr("Fatalities")),
            ("REJECTED", tr("Rows rejected")),
            ("DUPLICATES", tr("Duplicates dropped")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def processAlgorithm(self, parameters, context, feedback):
        exports, month, country = self.selection(parameters, context)
        gpkg = Path(self.parameterAsFileOutput(parameters, "OUTPUT", context))
        try:
            if self.parameterAsBoolean(parameters, "FROM_ACLED", context):
                result = self.import_from_acled(parameters, context, feedback, month, gpkg, country)
            else:
                result = import_month(
                    exports,
                    month,
                    gpkg,
                    country,
                    progress=feedback.setProgress,
                    is_canceled=feedback.isCanceled,
                    history_months=self.history_months(parameters, context),
                )
        except ImportCanceledError:
            return {}
        except IMPORT_ERRORS as error:
            raise QgsProcessingException(str(error)) from None
        feedback.pushInfo(result.summary())
        for warning in result.warnings:
            feedback.pushWarning(warning)
        return {
            "OUTPUT": str(gpkg),
            "INCIDENTS": result.incidents,
            "FATALITIES": result.fatalities,
            "REJECTED": result.rejected,
            "DUPLICATES": result.duplicates,
        }

    def import_from_acled(self, parameters, context, feedback, month, gpkg, country):
        """Through QGIS's network manager (its proxy settings apply), as the toolbar does."""
        from .acled_api import AcledClient, QgisTransport, credentials_from_auth_config
        from .importer import import_month_from_acled

        if not isinstance(country, str):
            raise QgsProcessingException(
                tr(
                    "ACLED's API gives one country at a time: choose one, or export the "
                    "countries from ACLED and load the files."
                )
            )
        credentials = credentials_from_auth_config(
            self.parameterAsString(parameters, "ACLED_AUTH", context)
        )
        address = self.parameterAsString(parameters, "ACLED_URL", context).strip()
        client = AcledClient(credentials, address or DEFAULT_ACLED_URL, QgisTransport())
        result, downloaded = import_month_from_acled(
            client,
            month,
            gpkg,
            country,
            progress=feedback.setProgress,
            is_canceled=feedback.isCanceled,
            history_months=self.history_months(parameters, context),
        )
        feedback.pushInfo(downloaded.summary())
        return result


class BuildIncidentAtlasLayouts(_Algorithm):
    def name(self) -> str:
        return "build_incident_atlas_layouts"

    def displayName(self) -> str:
        return tr("Build incident atlas layouts")

    def shortHelpString(self) -> str:
        return tr(
            "Builds the month's atlas (cover, overview, a map and a table per region) from an "
            "imported month GeoPackage, adds its layers and report to the current project's "
            "layout manager, and saves the project file when one is given."
        )

    def flags(self):
        # It adds layers and layouts to the project: run it on the main thread.
        return super().flags() | PROCESSING_NO_THREADING

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFile(
                "INCIDENTS", tr("Month GeoPackage (from Import incident month)"), extension="gpkg"
            )
        )
        self.addParameter(QgsProcessingParameterString("MONTH", tr("Month (YYYY-MM)")))
        self.addParameter(
            QgsProcessingParameterString(
                "COUNTRY", tr("Country (several: separated by ;)"), defaultValue=DEFAULT_COUNTRY
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "REGIONS",
                tr("Region polygons (default: QGIS's own admin-1 polygons)"),
                [PROCESSING_VECTOR_POLYGON],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "REGION_FIELD",
                tr("Region name field"),
                parentLayerParameterName="REGIONS",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "PROJECT", tr("Save the project as"), tr("QGIS project (*.qgz)"), optional=True
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        from .atlas import AtlasError, refresh_layouts, save_project

        gpkg = Path(self.parameterAsFile(parameters, "INCIDENTS", context))
        month = self.parameterAsString(parameters, "MONTH", context).strip()
        country = countries_of(self.parameterAsString(parameters, "COUNTRY", context))
        regions = self.parameterAsVectorLayer(parameters, "REGIONS", context)
        region_field = self.parameterAsString(parameters, "REGION_FIELD", context) or None
        project_path = self.parameterAsFileOutput(parameters, "PROJECT", context)
        project = context.project()
        try:
            # As the toolbar does: a project that has the atlas gets it re-pointed at this
            # month (the analyst's edits kept), one without gets it built.
            built = refresh_layouts(
                gpkg,
                month,
                project,
                regions_path=Path(regions.source()) if regions else None,
                region_field=region_field,
                country=country,
            )
            for warning in built.warnings:
                feedback.pushWarning(warning)
            if project_path:
                save_project(project, Path(project_path))
        except AtlasError as error:
            raise QgsProcessingException(str(error)) from None
        feedback.pushInfo(tr("Report '{name}' added").format(name=built.report.name()))
        return {"REPORT": built.report.name(), "PROJECT": project_path or ""}


class ExportIncidentAtlasPdf(_Algorithm):
    def name(self) -> str:
        return "export_incident_atlas_pdf"

    def displayName(self) -> str:
        return tr("Export incident atlas to PDF")

    def shortHelpString(self) -> str:
        return tr(
            "Imports the month and exports its whole atlas as one PDF (text kept as text). "
            "With a project file, the layers and the report are saved too, ready to edit."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_selection_parameters()
        self.addParameter(
            QgsProcessingParameterFile(
                "REGIONS", tr("Region polygons file (optional)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString("REGION_FIELD", tr("Region name field"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "LANGUAGE", tr("Language"), options=["English", "Français"], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination("OUTPUT", tr("Atlas PDF"), tr("PDF (*.pdf)"))
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "PROJECT", tr("Also save a project"), tr("QGIS project (*.qgz)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "OVERWRITE_PROJECT",
                tr("Replace the project file even if this plugin did not make it"),
                defaultValue=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def processAlgorithm(self, parameters, context, feedback):
        import tempfile

        from .atlas import AtlasError, AtlasSettings, check_atlas_outputs, make_atlas

        exports, month, country = self.selection(parameters, context)
        pdf_path = Path(self.parameterAsFileOutput(parameters, "OUTPUT", context))
        project_path = self.parameterAsFileOutput(parameters, "PROJECT", context)
        regions = self.parameterAsFile(parameters, "REGIONS", context)
        settings = AtlasSettings.from_qgis_settings()
        settings.language = ("en", "fr")[self.parameterAsEnum(parameters, "LANGUAGE", context)]
        try:
            # Before the import writes anything: neither output may replace an input.
            check_atlas_outputs(
                pdf_path,
                Path(project_path) if project_path else None,
                [*exports, Path(regions) if regions else None],
                overwrite_project=self.parameterAsBool(parameters, "OVERWRITE_PROJECT", context),
            )
        except AtlasError as error:
            raise QgsProcessingException(str(error)) from None
        with tempfile.TemporaryDirectory(prefix="mali_incidents_") as scratch:
            folder = Path(project_path).parent if project_path else Path(scratch)
            gpkg = folder / month_geopackage_name(country_list(country), month)
            try:
                imported = import_month(
                    exports,
                    month,
                    gpkg,
                    country,
                    progress=lambda percent: feedback.setProgress(percent * 0.2),
                    is_canceled=feedback.isCanceled,
                    history_months=self.history_months(parameters, context),
                )
                feedback.pushInfo(imported.summary())
                for warning in imported.warnings:
                    feedback.pushWarning(warning)
                atlas = make_atlas(
                    gpkg,
                    month,
                    pdf_path,
                    regions_path=Path(regions) if regions else None,
                    region_field=self.parameterAsString(parameters, "REGION_FIELD", context)
                    or None,
                    project_path=Path(project_path) if project_path else None,
                    settings=settings,
                    country=country,
                    progress=lambda percent: feedback.setProgress(20 + percent * 0.8),
                    inputs=exports,
                    overwrite_project=self.parameterAsBool(
                        parameters, "OVERWRITE_PROJECT", context
                    ),
                )
            except ImportCanceledError:
                return {}
            except (*IMPORT_ERRORS, AtlasError) as error:
                raise QgsProcessingException(str(error)) from None
        for warning in atlas.warnings:
            feedback.pushWarning(warning)
        feedback.pushInfo(f"pages={atlas.pages}")
        return {"OUTPUT": str(pdf_path), "PAGES": atlas.pages}


def countries_of(text: str) -> str | list[str]:
    """The COUNTRY parameter: one country, or several separated by ";" (one atlas for the
    central Sahel: "Mali; Burkina Faso; Niger"). ACLED's names hold commas, never ";"."""
    countries = country_list(text.split(";"))
    return countries[0] if len(countries) == 1 else countries
