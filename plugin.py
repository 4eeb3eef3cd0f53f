"""GUI glue: the toolbar, the menu, the dialogs and the background tasks.

The work itself is done by ``mali_incidents`` (the same functions the command line and the
Processing algorithms call); here are only widgets, QgsTasks and the message bar.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeedback,
    QgsProject,
    QgsProxyProgressTask,
    QgsSettings,
    QgsTask,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsAuthConfigSelect,
    QgsCheckableComboBox,
    QgsFieldComboBox,
    QgsFileWidget,
    QgsMapLayerComboBox,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import (
    QAction,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .mali_incidents.acled import AcledInputError, months_in_exports
from .mali_incidents.acled_api import DEFAULT_ACLED_URL, credentials_from_auth_config
from .mali_incidents.compat import POLYGON_LAYER_FILTER
from .mali_incidents.country_titles import country_list, listed_countries, month_geopackage_name
from .mali_incidents.definitions import (
    DEFAULT_CHANGE_CELL_KM,
    DEFAULT_COUNTRY,
    LAYER_ROLE_PROPERTY,
    MENU_NAME,
    PLUGIN_NAME,
    REJECTS_TABLE,
    SETTINGS_CHANGE_CELL_KM,
    SETTINGS_HISTORY_MONTHS,
)
from .mali_incidents.i18n import LANGUAGES, SETTINGS_LANGUAGE, current_language, install_language
from .mali_incidents.paths import resources_path
from .mali_incidents.trends import DEFAULT_HISTORY_MONTHS

SETTINGS_PREFIX = "mali_incident_atlas/dialog/"
MONTH_PATTERN = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def tr(text: str) -> str:
    return QCoreApplication.translate("MaliIncidentAtlas", text)


class MaliIncidentAtlasPlugin:
    """Adds the "Incident Atlas (ACLED)" toolbar, menu and Processing provider; unload()
    removes them."""

    def __init__(self, iface):
        self.iface = iface
        self.toolbar = None
        self.actions: list[QAction] = []
        self.provider = None
        self.task = None  # the running import or export, kept alive while it runs

    # -- set-up ----------------------------------------------------------------------------

    def initProcessing(self) -> None:
        # QGIS calls this on its own (hasProcessingProvider=yes, and qgis_process), and
        # initGui calls it too: register once.
        if self.provider is not None:
            return
        from .mali_incidents.processing_provider import MaliIncidentsProvider

        self.provider = MaliIncidentsProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:
        install_language(current_language())  # menus, dialogs and atlas in the chosen one
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(tr(MENU_NAME))
        self.toolbar.setObjectName("MaliIncidentAtlasToolbar")
        icon = QIcon(str(resources_path("icon.svg")))
        load, export, settings, reset, defaults = self._action_texts()
        self._add_action(icon, load, self.load_incident_month)
        self._add_action(QIcon(str(resources_path("export.svg"))), export, self.export_atlas)
        self._add_action(icon, settings, self.edit_settings, toolbar=False)
        self._add_action(icon, reset, self.reset_layouts, toolbar=False)
        self._add_action(icon, defaults, self.save_defaults, toolbar=False)

    @staticmethod
    def _action_texts() -> list[str]:
        """The actions' texts in the current language, in the order initGui adds them."""
        return [
            tr("Load incident month…"),
            tr("Export atlas…"),
            tr("Atlas settings…"),
            tr("Reset layouts to the plugin's templates"),
            tr("Save layouts and styles as my defaults"),
        ]

    def _relabel(self, old_menu: str) -> None:
        """The menu, the toolbar and the actions in the language just chosen."""
        for action, text in zip(self.actions, self._action_texts()):
            self.iface.removePluginMenu(old_menu, action)
            action.setText(text)
            self.iface.addPluginToMenu(tr(MENU_NAME), action)
        if self.toolbar is not None:
            self.toolbar.setWindowTitle(tr(MENU_NAME))

    def _add_action(self, icon: QIcon, text: str, callback, toolbar: bool = True) -> QAction:
        action = QAction(icon, text, self.iface.mainWindow())
        action.triggered.connect(callback)
        if toolbar:
            self.toolbar.addAction(action)
        self.iface.addPluginToMenu(tr(MENU_NAME), action)
        self.actions.append(action)
        return action

    def unload(self) -> None:
        for action in self.actions:
            self.iface.removePluginMenu(tr(MENU_NAME), action)
            self.iface.removeToolBarIcon(action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        install_language("en")

    # -- messages --------------------------------------------------------------------------

    def tell(
        self,
        text: str,
        level=Qgis.MessageLevel.Info,
        duration: int = 8,
        widget: QWidget | None = None,
    ):
        bar = self.iface.messageBar()
        # The title in the menu's language: French messages under an English name mixed both.
        title = tr(PLUGIN_NAME)
        if widget is None:
            bar.pushMessage(title, text, level=level, duration=duration)
            return
        item = bar.createMessage(title, text)
        item.layout().addWidget(widget)
        bar.pushWidget(item, level, duration)

    # -- Load incident month… --------------------------------------------------------------

    def load_incident_month(self) -> None:
        dialog = LoadMonthDialog(self.iface.mainWindow())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        dialog.remember()
        if choice.get("store") and choice.get("source") != "acled" and not choice["exports"]:
            self.show_month(choice)  # a month already in the team store: nothing to import
            return
        self.start_import(choice)

    def start_import(self, choice: dict) -> QgsTask | None:
        credentials = None
        if choice.get("source") == "acled":
            if choice.get("store"):
                self.tell(
                    tr(
                        "A month from ACLED's API goes to its GeoPackage: import export files "
                        "into the incident store."
                    ),
                    Qgis.MessageLevel.Warning,
                )
                return None
            # On the main thread: QGIS may ask for its master password to unlock the account.
            try:
                credentials = credentials_from_auth_config(choice.get("auth_id") or "")
            except AcledInputError as error:
                self.tell(str(error), Qgis.MessageLevel.Critical, duration=0)
                return None
        store = None
        if choice.get("store"):
            from .mali_incidents.store import StoreError, saved_connection

            try:  # credentials from QGIS's authentication manager, on the main thread
                store = saved_connection(choice["store"])
            except StoreError as error:
                self.tell(str(error), Qgis.MessageLevel.Critical, duration=0)
                return None
        # The history's settings and sources are read here, on the main thread.
        choice.setdefault("history_months", history_months_setting())
        choice.setdefault("history_geopackages", project_geopackages())
        task = ImportMonthTask(
            choice, on_done=self.import_finished, credentials=credentials, store=store
        )
        self.task = task
        QgsApplication.taskManager().addTask(task)
        return task

    def show_month(self, choice: dict, store_layers: str | None = None):
        """The month's layers and report in the project: built, or re-pointed to the month.
        From a team store, its incident layers read the store (PostGIS, filtered)."""
        from .mali_incidents.atlas import AtlasError, refresh_layouts
        from .mali_incidents.store import (
            StoreError,
            month_layer_uri,
            read_store_history,
            saved_connection,
        )

        if choice.get("gpkg_path") is None:
            self.tell(
                tr("Choose the month's GeoPackage (it keeps the region polygons)."),
                Qgis.MessageLevel.Warning,
            )
            return None
        try:
            incidents_source = store_history = None
            if choice.get("store"):
                connection, layers_connection = saved_connection(choice["store"])
                store_layers = store_layers or layers_connection
                incidents_source = month_layer_uri(store_layers, choice["month"], choice["country"])
                # What changed, from the store's history of the country (issue 13).
                months = history_months_setting()
                if months:
                    store_history = read_store_history(
                        connection, choice["month"], choice["country"], months
                    )
            # The first month builds the layers and report; later months re-point them.
            shown = refresh_layouts(
                choice["gpkg_path"],
                choice["month"],
                QgsProject.instance(),
                regions_path=choice.get("regions_path"),
                region_field=choice.get("region_field"),
                country=choice["country"],
                incidents_source=incidents_source,
                store_history=store_history,
            )
        except (AtlasError, StoreError) as error:
            self.tell(str(error), Qgis.MessageLevel.Critical, duration=0)
            return None
        for warning in shown.warnings:
            self.tell(warning, Qgis.MessageLevel.Warning)
        if choice.get("store") and not choice["exports"]:
            self.tell(
                tr("{month} loaded from the incident store.").format(month=shown.month_label),
                Qgis.MessageLevel.Success,
            )
        return shown

    def import_finished(self, task: ImportMonthTask) -> None:
        self.task = None
        if task.error:
            self.tell(task.error, Qgis.MessageLevel.Critical, duration=0)
            return
        if task.result is None:  # cancelled: the project is as it was
            self.tell(tr("Import cancelled; nothing was changed."), Qgis.MessageLevel.Info)
            return
        result = task.result
        if task.store:
            shown = self.show_month(task.choice, task.store[1])
        else:  # the GeoPackage the import wrote (from files, or from ACLED's API)
            shown = self.show_month(
                {
                    **task.choice,
                    "gpkg_path": result.gpkg_path,
                    "month": result.month,
                    # Several countries: one report, a chapter each.
                    "country": list(result.countries) or result.country,
                }
            )
        if shown is None:
            return
        if task.store:
            self.tell(
                tr(
                    "{month}: {incidents} incidents in the store ({inserted} new, {updated} "
                    "updated, {unchanged} unchanged), {rejected} rows rejected."
                ).format(
                    month=shown.month_label,
                    incidents=result.incidents,
                    inserted=result.inserted,
                    updated=result.updated,
                    unchanged=result.unchanged,
                    rejected=result.rejected,
                ),
                Qgis.MessageLevel.Warning if result.rejected else Qgis.MessageLevel.Success,
                duration=0 if result.rejected else 8,
                widget=self._store_rejects_button(task.store[1], result),
            )
            return
        # The import's warnings (near misses of the country's name, sheets not read,
        # fatalities to check) come from the core, in the words the command line prints
        # (show_month has told the layouts' own).
        for warning in result.warnings:
            self.tell(warning, Qgis.MessageLevel.Warning)
        in_rejects_table = result.rejected + result.duplicates
        text = tr(
            "{month}: {incidents} incidents, {fatalities} fatalities, {rejected} rows rejected."
        ).format(
            month=shown.month_label,
            incidents=result.incidents,
            fatalities=result.fatalities,
            rejected=in_rejects_table,
        )
        if task.download is not None:
            text = f"{text} {acled_changes_text(task.download)}"
        if in_rejects_table:
            button = QPushButton(tr("Show rejected rows"))
            button.clicked.connect(lambda: self.show_rejects(result.gpkg_path))
            self.tell(text, Qgis.MessageLevel.Warning, duration=0, widget=button)
        else:
            self.tell(text, Qgis.MessageLevel.Success)

    def _store_rejects_button(self, store_layers: str, result) -> QPushButton | None:
        """A button opening the rejected rows of a store import (None without any)."""
        if not result.rejected:
            return None
        from .mali_incidents.store import rejects_layer_uri

        source = rejects_layer_uri(store_layers, result.import_id)
        button = QPushButton(tr("Show rejected rows"))
        button.clicked.connect(lambda: self.open_rejects(source, "postgres"))
        return button

    def open_rejects(self, source: str, provider: str) -> None:
        layer = QgsVectorLayer(source, tr("Rejected rows"), provider)
        if layer.isValid():
            QgsProject.instance().addMapLayer(layer)
            self.iface.showAttributeTable(layer)

    def show_rejects(self, gpkg_path: Path) -> None:
        layer = QgsVectorLayer(f"{gpkg_path}|layername={REJECTS_TABLE}", tr("Rejected rows"), "ogr")
        if layer.isValid():
            QgsProject.instance().addMapLayer(layer)
            self.iface.showAttributeTable(layer)

    # -- Export atlas… ---------------------------------------------------------------------

    def export_atlas(self) -> None:
        from .mali_incidents.atlas import month_report

        report = month_report(QgsProject.instance())
        if report is None:
            self.tell(
                tr("Load an incident month first: there is no atlas to export."),
                Qgis.MessageLevel.Warning,
            )
            return
        settings = QgsSettings()
        folder = settings.value(SETTINGS_PREFIX + "pdf_folder", str(Path.home()))
        suggested = str(Path(folder) / f"{report.name()}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self.iface.mainWindow(), tr("Export atlas"), suggested, tr("PDF (*.pdf)")
        )
        if not path:
            return
        settings.setValue(SETTINGS_PREFIX + "pdf_folder", str(Path(path).parent))
        self.export_report(report, Path(path))

    def export_report(self, report, pdf_path: Path) -> Path | None:
        """Export on the main thread (layouts render project layers, which live there) with
        a progress dialog (its Cancel stops between pages) and a proxy task in the task bar."""
        from .mali_incidents.export import ExportError, export_pdf
        from .mali_incidents.outputs import OutputError, check_output

        # The PDF must not replace a file the project's layers are read from.
        sources = [
            Path(layer.source().split("|")[0])
            for layer in QgsProject.instance().mapLayers().values()
        ]
        try:
            check_output(pdf_path, sources, "PDF", (".pdf",))
        except OutputError as error:
            self.tell(str(error), Qgis.MessageLevel.Critical, duration=0)
            return None
        task = QgsProxyProgressTask(tr("Exporting {name}").format(name=report.name()))
        QgsApplication.taskManager().addTask(task)
        # The export holds the main thread: without a dialog repainting, QGIS looked frozen
        # for the length of a big month's export (the task bar is not redrawn either).
        feedback = QgsFeedback()
        progress = QProgressDialog(
            tr("Exporting {name}…").format(name=report.name()),
            tr("Cancel"),
            0,
            100,
            self.iface.mainWindow(),
        )
        progress.setWindowTitle(tr("Export atlas"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)  # no edits mid-export
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(480)
        progress.canceled.connect(feedback.cancel)
        progress.show()  # at once: the first page may take a while

        def show_progress(percent: float) -> None:
            task.setProxyProgress(percent)
            progress.setValue(int(percent))
            QCoreApplication.processEvents()
            if progress.wasCanceled():  # Cancel, Escape or the window closed
                feedback.cancel()

        try:
            export_pdf(report, pdf_path, progress=show_progress, feedback=feedback)
        except ExportError as error:
            task.finalize(False)
            progress.close()
            if feedback.isCanceled():
                self.tell(
                    tr("Export cancelled; {path} is as it was.").format(path=pdf_path),
                    Qgis.MessageLevel.Info,
                )
            else:
                self.tell(str(error), Qgis.MessageLevel.Critical, duration=0)
            return None
        task.finalize(True)
        progress.close()
        button = QPushButton(tr("Open PDF"))
        button.clicked.connect(lambda: open_file(pdf_path))
        self.tell(
            tr("Atlas exported: {path}").format(path=pdf_path), Qgis.MessageLevel.Success, 0, button
        )
        return pdf_path

    # -- settings, reset, defaults ----------------------------------------------------------

    def edit_settings(self) -> None:
        dialog = AtlasSettingsDialog(self.iface.mainWindow())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            old_menu = tr(MENU_NAME)
            language = current_language()
            dialog.save()
            install_language(current_language())
            if current_language() != language:  # else the menus stayed in the old one
                self._relabel(old_menu)
            self.tell(tr("Settings saved: the next atlas uses them."), Qgis.MessageLevel.Success)

    def reset_layouts(self) -> None:
        from .mali_incidents.atlas import AtlasError, month_report, reset_layouts

        # Without an atlas there is nothing to lose: say so, rather than ask to lose edits.
        if month_report(QgsProject.instance()) is None:
            self.tell(
                tr("Load an incident month first: there are no atlas pages to reset."),
                Qgis.MessageLevel.Warning,
            )
            return
        answer = QMessageBox.question(
            self.iface.mainWindow(),
            tr("Reset layouts"),
            tr(
                "Rebuild the atlas pages from the plugin's templates? Your edits to the pages "
                "are lost (the layers keep their styles)."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            reset_layouts(QgsProject.instance())
        except AtlasError as error:
            self.tell(str(error), Qgis.MessageLevel.Warning)
            return
        self.tell(tr("Atlas pages rebuilt from the templates."), Qgis.MessageLevel.Success)

    def save_defaults(self) -> None:
        from .mali_incidents.atlas import AtlasError, save_as_defaults

        try:
            saved = save_as_defaults(QgsProject.instance())
        except AtlasError as error:
            self.tell(str(error), Qgis.MessageLevel.Warning)
            return
        self.tell(
            tr("Saved as your defaults for new projects: {folder}").format(folder=saved[0].parent),
            Qgis.MessageLevel.Success,
        )


class AtlasSettingsDialog(QDialog):
    """What the analyst sets once: credit, contact, sources worth crediting, language, the
    reference layers every map draws and what becomes of the regions without incidents."""

    def __init__(self, parent=None):
        super().__init__(parent)
        from .mali_incidents.atlas import AtlasSettings

        self.setWindowTitle(tr("Atlas settings"))
        current = AtlasSettings.from_qgis_settings()
        form = QFormLayout(self)
        self.credit = QLineEdit(current.credit)
        self.credit.setPlaceholderText(tr("Your organisation, printed in the atlas"))
        self.contact = QLineEdit(current.contact)
        self.contact.setPlaceholderText(tr("E-mail or phone, printed on the cover"))
        self.extra_sources = QLineEdit(", ".join(current.extra_sources))
        self.extra_sources.setToolTip(
            tr("Credited after ACLED when the month's source column cites them")
        )
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        form.addRow(tr("Credit"), self.credit)
        form.addRow(tr("Contact"), self.contact)
        form.addRow(tr("Other sources"), self.extra_sources)
        form.addRow(tr("Language"), self.language)
        # Files whose layers every map draws (rivers, towns, roads): the Reference group.
        self.reference_paths = QgsFileWidget()
        self.reference_paths.setStorageMode(QgsFileWidget.StorageMode.GetMultipleFiles)
        self.reference_paths.setFilter(
            tr("Vector files (*.gpkg *.shp *.geojson *.json *.kml *.fgb);;All files (*)")
        )
        self.reference_paths.setFilePath(" ".join(f'"{path}"' for path in current.reference_paths))
        self.reference_paths.setToolTip(
            tr("Rivers, towns, roads… drawn under the incidents on every map of the atlas")
        )
        self.empty_regions = QComboBox()
        self.empty_regions.addItem(tr("A map and a table each"), "pages")
        self.empty_regions.addItem(tr("One summary page"), "summary")
        self.empty_regions.setCurrentIndex(
            max(0, self.empty_regions.findData(current.empty_regions))
        )
        form.addRow(tr("Reference layers"), self.reference_paths)
        form.addRow(tr("Regions without incidents"), self.empty_regions)
        self.history_months = QSpinBox()
        self.history_months.setRange(0, 120)
        self.history_months.setValue(history_months_setting())
        self.history_months.setToolTip(
            tr("Months before the month its import keeps, from the exports and earlier months")
        )
        form.addRow(tr("History (months)"), self.history_months)
        self.change_cell_km = QDoubleSpinBox()
        self.change_cell_km.setRange(1.0, 500.0)
        self.change_cell_km.setSuffix(" km")
        self.change_cell_km.setValue(change_cell_km_setting())
        self.change_cell_km.setToolTip(
            tr("Width of the hexagons the change maps count incidents in")
        )
        form.addRow(tr("Change map hexagons"), self.change_cell_km)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # Room for the reference files' paths (the form alone left them a few characters).
        self.setMinimumWidth(max(640, self.minimumSizeHint().width()))

    def save(self) -> None:
        from .mali_incidents.definitions import (
            SETTINGS_CONTACT,
            SETTINGS_CREDIT,
            SETTINGS_EMPTY_REGIONS,
            SETTINGS_EXTRA_SOURCES,
            SETTINGS_REFERENCE_PATHS,
        )

        settings = QgsSettings()
        settings.setValue(SETTINGS_CREDIT, self.credit.text().strip())
        settings.setValue(SETTINGS_CONTACT, self.contact.text().strip())
        settings.setValue(SETTINGS_EXTRA_SOURCES, self.extra_sources.text().strip())
        settings.setValue(SETTINGS_LANGUAGE, self.language.currentData())
        settings.setValue(SETTINGS_HISTORY_MONTHS, self.history_months.value())
        settings.setValue(SETTINGS_CHANGE_CELL_KM, self.change_cell_km.value())
        settings.setValue(SETTINGS_EMPTY_REGIONS, self.empty_regions.currentData())
        settings.setValue(
            SETTINGS_REFERENCE_PATHS,
            [
                path
                for path in QgsFileWidget.splitFilePaths(self.reference_paths.filePath())
                if path.strip()
            ],
        )


class ImportMonthTask(QgsTask):
    """Runs ``import_month`` off the main thread: progress, cancel, and the canvas stays live."""

    def __init__(
        self, choice: dict, on_done, credentials=None, store: tuple[str, str] | None = None
    ):
        super().__init__(tr("Importing incidents of {month}").format(month=choice["month"]))
        self.choice = choice
        self.on_done = on_done
        self.credentials = credentials  # the ACLED account, in memory only
        # A team store: (libpq connection with its credentials, in memory only; QGIS's).
        self.store = store
        self.result = None
        self.download = None  # what ACLED's API changed, for a month from the API
        self.error = ""

    def run(self) -> bool:
        from .mali_incidents.importer import IMPORT_ERRORS, ImportCanceledError, import_month
        from .mali_incidents.store import StoreError, import_to_store

        try:
            if self.choice.get("source") == "acled":
                self.result, self.download = self.import_from_acled()
                return True
            if self.store is not None:
                self.result = import_to_store(
                    self.choice["exports"],
                    self.store[0],
                    self.choice["month"],
                    self.choice["country"],
                    progress=self.setProgress,
                )
                return True
            self.result = import_month(
                self.choice["exports"],
                self.choice["month"],
                self.choice["gpkg_path"],
                self.choice["country"],
                progress=self.setProgress,
                is_canceled=self.isCanceled,
                history_months=self.choice.get("history_months", DEFAULT_HISTORY_MONTHS),
                history_geopackages=self.choice.get("history_geopackages", ()),
            )
        except ImportCanceledError:
            return False
        except (*IMPORT_ERRORS, StoreError) as error:
            self.error = str(error)
            return False
        except Exception as error:  # a bug: say it in one sentence, the log has the rest
            self.error = tr("Import failed: {error}").format(error=error)
            QgsApplication.messageLog().logMessage(
                repr(error), PLUGIN_NAME, Qgis.MessageLevel.Critical
            )
            return False
        return True

    def import_from_acled(self):
        """Page by page through QGIS's network manager (QGIS's proxy settings apply); the
        progress bar moves with each page and cancelling stops between pages."""
        from .mali_incidents.acled_api import AcledClient, QgisTransport
        from .mali_incidents.importer import import_month_from_acled

        client = AcledClient(
            self.credentials, self.choice.get("acled_url") or DEFAULT_ACLED_URL, QgisTransport()
        )
        return import_month_from_acled(
            client,
            self.choice["month"],
            self.choice["gpkg_path"],
            self.choice["country"],
            progress=self.setProgress,
            is_canceled=self.isCanceled,
            page_limit=self.choice.get("page_limit"),  # ACLED's own (5000) unless set
            history_months=self.choice.get("history_months", DEFAULT_HISTORY_MONTHS),
        )

    def finished(self, succeeded: bool) -> None:
        self.on_done(self)


def acled_changes_text(download) -> str:
    """What ACLED changed in the month since the analyst last downloaded it."""
    if download.first_download:
        return tr("First download of {country} {month} from ACLED.").format(
            country=download.country, month=download.month
        )
    if download.added:
        return tr(
            "{added} events added, {revised} events revised, {deleted} deleted since your "
            "last download."
        ).format(added=download.added, revised=download.revised, deleted=download.deleted)
    return tr("{revised} events revised, {deleted} deleted since your last download.").format(
        revised=download.revised, deleted=download.deleted
    )


def recent_months(count: int = 24) -> list[str]:
    """This month and the ones before it, latest first (YYYY-MM): what ACLED's API can give."""
    today = datetime.date.today()
    index = today.year * 12 + today.month - 1
    return [f"{(index - back) // 12:04d}-{(index - back) % 12 + 1:02d}" for back in range(count)]


class LoadMonthDialog(QDialog):
    """Which exports, country and month, which region boundaries, and where the month goes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Load incident month"))
        self.settings = QgsSettings()
        form = QFormLayout()

        self.exports = QgsFileWidget()
        self.exports.setStorageMode(QgsFileWidget.StorageMode.GetMultipleFiles)
        self.exports.setFilter(tr("ACLED exports (*.csv *.xlsx *.json);;All files (*)"))
        self.exports.fileChanged.connect(self.refresh_months)
        self.source_files = QRadioButton(tr("ACLED export files"))
        self.source_acled = QRadioButton(tr("From ACLED (my account)"))
        # The account lives in QGIS's authentication database, never in the plugin's settings.
        self.auth_config = QgsAuthConfigSelect(self)
        self.auth_config.setToolTip(
            tr(
                "Your ACLED account: a QGIS authentication configuration of the Basic method, "
                "your e-mail as user name"
            )
        )
        self.auth_config.setConfigId(self._remembered("auth_id", ""))
        source_box = QGridLayout()
        source_box.addWidget(self.source_files, 0, 0)
        source_box.addWidget(self.exports, 0, 1)
        source_box.addWidget(self.source_acled, 1, 0)
        source_box.addWidget(self.auth_config, 1, 1)
        source_box.setColumnStretch(1, 1)
        for button in (self.source_files, self.source_acled):  # the whole text, never cut
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        # Radio buttons of one dialog are one group unless told otherwise: the source and the
        # boundaries are two choices.
        self.source_group = QButtonGroup(self)
        self.source_group.addButton(self.source_files)
        self.source_group.addButton(self.source_acled)
        form.addRow(tr("Source"), source_box)

        # One country, or several for one atlas (Mali, Burkina Faso and Niger: one theatre).
        remembered = [
            name for name in self._remembered("country", DEFAULT_COUNTRY).split(";") if name
        ]
        self.country = QgsCheckableComboBox()
        self.country.addItems(list(dict.fromkeys([*listed_countries(), *remembered])))
        self.country.setCheckedItems(remembered or [DEFAULT_COUNTRY])
        self.country.setToolTip(
            tr(
                "One country, or several for one atlas: a regional overview, then a chapter "
                "per country. A country missing here: add it to symbology/country_titles.csv"
            )
        )
        self.country.checkedItemsChanged.connect(self.refresh_months)
        form.addRow(tr("Countries"), self.country)

        self.month = QComboBox()
        self.month.setEditable(True)
        self.month.setToolTip(tr("YYYY-MM; the latest month in the files is proposed"))
        self.month.lineEdit().setPlaceholderText(tr("YYYY-MM"))
        form.addRow(tr("Month"), self.month)

        self.regions_default = QRadioButton(tr("Built-in (QGIS's admin-1 polygons)"))
        self.regions_project = QRadioButton(tr("A layer of the project"))
        self.regions_file = QRadioButton(tr("A file"))
        self.regions_layer = QgsMapLayerComboBox()
        self.regions_layer.setFilters(POLYGON_LAYER_FILTER)
        # The month's own layers are not region boundaries to choose from.
        self.regions_layer.setExceptedLayerList(
            [
                layer
                for layer in QgsProject.instance().mapLayers().values()
                if layer.customProperty(LAYER_ROLE_PROPERTY)
            ]
        )
        self.regions_layer.setAllowEmptyLayer(True)
        self.regions_layer.setLayer(None)
        self.regions_path = QgsFileWidget()
        self.regions_path.setFilter(tr("Vector files (*.gpkg *.shp *.geojson);;All files (*)"))
        self.region_field = QgsFieldComboBox()
        self.region_field.setAllowEmptyFieldName(True)
        self._regions_file_layer = None  # a file's fields, to pick the name field from
        self.regions_layer.layerChanged.connect(self.refresh_region_fields)
        self.regions_path.fileChanged.connect(self.refresh_region_fields)
        regions_box = QFormLayout()
        regions_box.addRow(self.regions_default)
        regions_box.addRow(self.regions_project, self.regions_layer)
        regions_box.addRow(self.regions_file, self.regions_path)
        regions_box.addRow(tr("Region name field"), self.region_field)
        form.addRow(tr("Region boundaries"), regions_box)
        self.regions_group = QButtonGroup(self)
        for button in (self.regions_default, self.regions_project, self.regions_file):
            self.regions_group.addButton(button)
            button.toggled.connect(self.refresh_region_fields)
        self.regions_path.setFilePath(self._remembered("regions_path", ""))
        {"project": self.regions_project, "file": self.regions_file}.get(
            self._remembered("regions_source", "default"), self.regions_default
        ).setChecked(True)

        self.gpkg_path = QgsFileWidget()
        self.gpkg_path.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.gpkg_path.setFilter(tr("GeoPackage (*.gpkg)"))
        self.gpkg_path.setFilePath(self._remembered("gpkg_path", ""))
        # Empty is a choice (beside the first export): the field says where that is.
        self.month.currentTextChanged.connect(self.refresh_gpkg_hint)
        self.exports.fileChanged.connect(self.refresh_gpkg_hint)
        self.country.checkedItemsChanged.connect(self.refresh_gpkg_hint)
        form.addRow(tr("Month GeoPackage"), self.gpkg_path)

        from .mali_incidents.store import saved_connections

        self.store = QComboBox()
        self.store.addItem(tr("None: the month's GeoPackage only"), "")
        for name in saved_connections():
            self.store.addItem(name, name)
        self.store.setToolTip(
            tr(
                "A saved PostGIS connection: imports go into this shared store and the month's "
                "layers read it; the GeoPackage then holds the region polygons. Without export "
                "files, the month is loaded from the store."
            )
        )
        remembered_store = self.store.findData(self._remembered("store", ""))
        self.store.setCurrentIndex(max(remembered_store, 0))
        form.addRow(tr("Incident store"), self.store)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Room for whole file paths, and never less than the widgets need (an explicit
        # minimum overrides the layout's).
        self.setMinimumWidth(max(640, self.minimumSizeHint().width()))
        self.exports.setFilePath(self._remembered("exports", ""))
        self.refresh_region_fields()
        (
            self.source_acled
            if self._remembered("source", "files") == "acled"
            else self.source_files
        ).setChecked(True)
        for button in (self.source_files, self.source_acled):
            button.toggled.connect(self.refresh_source)
        self.refresh_source()
        self.refresh_gpkg_hint()

    def default_gpkg_path(self) -> Path | None:
        """Where the month goes when no GeoPackage is chosen: beside the first export."""
        exports = [] if self.source_acled.isChecked() else self.export_paths()
        month = self.month.currentText().strip()
        if not exports:
            return None
        return exports[0].with_name(month_geopackage_name(self.countries(), month))

    def refresh_gpkg_hint(self, *_args) -> None:
        default = self.default_gpkg_path()
        self.gpkg_path.lineEdit().setPlaceholderText(
            tr("Beside the first export: {name}").format(name=default.name)
            if default is not None
            else tr("Beside the first export file")
        )

    def refresh_source(self, *_args) -> None:
        """Files or the API: only the chosen one is editable; the API offers recent months."""
        from_acled = self.source_acled.isChecked()
        self.exports.setEnabled(not from_acled)
        self.auth_config.setEnabled(from_acled)
        typed = self.month.currentText()
        if from_acled:
            self.month.clear()
            months = recent_months()
            self.month.addItems(months)
            # ACLED publishes a month during the next one: the last whole month is proposed.
            self.month.setCurrentIndex(months.index(typed) if typed in months else 1)
        else:
            self.refresh_months()
        self.refresh_gpkg_hint()

    def countries(self) -> list[str]:
        """The checked countries, in the list's order (Mali when none is)."""
        return country_list(self.country.checkedItems())

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet ("" when it can)."""
        # Caught here in words: the import itself failed on them with a Python error's text.
        if self.source_files.isChecked():
            exports = self.export_paths()
            if not exports and not self.store.currentData():
                return tr("Choose the month's ACLED export files.")
            missing = [path for path in exports if not path.is_file()]
            if missing:
                return tr("{path} is not a file.").format(path=missing[0])
        if not MONTH_PATTERN.fullmatch(self.month.currentText().strip()):
            return tr("Give the month as YYYY-MM, e.g. 2021-02.")
        if self.store.currentData() and len(self.countries()) > 1:
            return tr(
                "The incident store takes one country at a time: choose one, or choose no "
                "store for an atlas of several countries."
            )
        if self.source_acled.isChecked():
            if len(self.countries()) > 1:
                return tr(
                    "ACLED's API gives one country at a time: choose one, or export the "
                    "countries from ACLED and load the files."
                )
            if not self.auth_config.configId():
                return tr(
                    "Choose the authentication configuration holding your ACLED e-mail and "
                    "password."
                )
            if not self.gpkg_path.filePath().strip():
                return tr("Choose where the month's GeoPackage goes.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            QMessageBox.warning(self, tr("Load incident month"), problem)
            return
        super().accept()

    def refresh_region_fields(self, *_args) -> None:
        """Only the chosen kind of boundaries is editable; the name field lists its fields."""
        self.regions_layer.setEnabled(self.regions_project.isChecked())
        self.regions_path.setEnabled(self.regions_file.isChecked())
        layer = None
        if self.regions_project.isChecked():
            layer = self.regions_layer.currentLayer()
        elif self.regions_file.isChecked() and Path(self.regions_path.filePath()).is_file():
            self._regions_file_layer = QgsVectorLayer(
                self.regions_path.filePath(), "regions", "ogr"
            )
            layer = self._regions_file_layer if self._regions_file_layer.isValid() else None
        self.region_field.setLayer(layer)
        self.region_field.setEnabled(layer is not None)

    def _remembered(self, key: str, default: str) -> str:
        return str(self.settings.value(SETTINGS_PREFIX + key, default) or default)

    def export_paths(self) -> list[Path]:
        return [
            Path(path) for path in QgsFileWidget.splitFilePaths(self.exports.filePath()) if path
        ]

    def refresh_months(self, *_args) -> None:
        """Offer the months the files hold for the country, the latest first."""
        if self.source_acled.isChecked():  # the API's months stay offered
            return
        paths = [path for path in self.export_paths() if path.is_file()]
        typed = self.month.currentText()
        try:
            months = sorted(
                {
                    month
                    for country in (self.countries() if paths else [])
                    for month in months_in_exports(paths, country)
                }
            )
        except AcledInputError:
            months = []
        self.month.clear()
        self.month.addItems(list(reversed(months)))
        if typed and typed not in months and not months:
            self.month.setEditText(typed)

    def choice(self) -> dict:
        from_acled = self.source_acled.isChecked()
        exports = [] if from_acled else self.export_paths()
        countries = self.countries()
        month = self.month.currentText().strip()
        gpkg = self.gpkg_path.filePath().strip()
        if not gpkg and exports:
            gpkg = str(self.default_gpkg_path())
        regions_path = None
        region_field = self.region_field.currentField() or None
        if self.regions_project.isChecked() and self.regions_layer.currentLayer() is not None:
            regions_path = Path(self.regions_layer.currentLayer().source())  # with its layername
        elif self.regions_file.isChecked() and self.regions_path.filePath():
            regions_path = Path(self.regions_path.filePath())
        else:
            region_field = None
        return {
            "exports": exports,
            "country": countries if len(countries) > 1 else countries[0],
            "month": month,
            "gpkg_path": Path(gpkg) if gpkg else None,
            "regions_path": regions_path,
            "region_field": region_field,
            "store": self.store.currentData() or "",
            "source": "acled" if from_acled else "files",
            "auth_id": self.auth_config.configId() if from_acled else "",
            # A mirror's address may be set in QGIS's settings (Advanced settings editor).
            "acled_url": self._remembered("acled_url", DEFAULT_ACLED_URL),
        }

    def remember(self) -> None:
        source = (
            "project"
            if self.regions_project.isChecked()
            else "file"
            if self.regions_file.isChecked()
            else "default"
        )
        for key, value in (
            ("exports", self.exports.filePath()),
            ("source", "acled" if self.source_acled.isChecked() else "files"),
            ("auth_id", self.auth_config.configId()),  # the configuration's id, no secret
            ("country", ";".join(self.countries())),
            ("regions_source", source),
            ("regions_path", self.regions_path.filePath()),
            ("gpkg_path", self.gpkg_path.filePath()),
            ("store", self.store.currentData() or ""),
        ):
            self.settings.setValue(SETTINGS_PREFIX + key, value)


def history_months_setting() -> int:
    """The Atlas settings' history length (the command line's --history-months)."""
    value = QgsSettings().value(SETTINGS_HISTORY_MONTHS, DEFAULT_HISTORY_MONTHS)
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return DEFAULT_HISTORY_MONTHS


def change_cell_km_setting() -> float:
    value = QgsSettings().value(SETTINGS_CHANGE_CELL_KM, DEFAULT_CHANGE_CELL_KM)
    try:
        return max(1.0, float(value))
    except (TypeError, ValueError):
        return DEFAULT_CHANGE_CELL_KM


def project_geopackages() -> list[Path]:
    """The GeoPackages the project's layers read: earlier months among them are history."""
    paths = []
    for layer in QgsProject.instance().mapLayers().values():
        source = layer.source().split("|", 1)[0]
        if source.lower().endswith(".gpkg") and Path(source).is_file():
            paths.append(Path(source))
    return sorted(set(paths))


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
