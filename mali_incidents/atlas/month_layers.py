"""The GeoPackage layers the atlas writes beside the month's incidents: the regions its pages
are about (``atlas_regions``) and the neighbouring countries cut from QGIS's world map
(``atlas_countries``).

Both are written to a copy of the month's GeoPackage, read back, then moved over it: a
failed write leaves the month as the import left it, and a saved project keeps its layers.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..attribution import data_date, disclaimer, month_period, source_line
from ..compat import POLYGON_GEOMETRY, make_field
from ..country_names import CountryNamesError, country_names
from ..definitions import (
    ATLAS_BASE_SOURCE,
    COUNTRIES_LAYER,
    REGIONS_LAYER,
    WORLD_MAP_COUNTRIES_LAYER,
)
from ..layers import close_journal, copy_geopackage, feature_count
from ..outputs import OutputError, replacing, write_failed
from ..paths import world_map_path
from ..regions import Region, RegionsError, load_region_polygons, region_key, regions_of_month
from ..validate import fold_name
from .messages import AtlasError, tr
from .project_layers import open_incidents
from .settings import AtlasSettings
from .variables import REGION_COUNTRY_FIELD

# ~100 m: under half a millimetre on Bamako's city-scale map.
REGION_SIMPLIFY_DEGREES = 0.001


# Neighbouring countries are kept for this far around the atlas's country, as a share of its
# size: further than any map of it shows (the maps' margins are 3% and 8%, widened to fit
# the frame), so no map reaches a cut edge.
# The countries layer's name in the atlas's language (symbology/country_names.csv), which
# countries.qml prints; NULL keeps the world map's English NAME.
PRINTED_NAME_FIELD = "printed_name"
COUNTRIES_KEPT_AROUND = 0.25
# ~1 km: a fifth of a millimetre on the largest-scale map that shows a border (Sikasso's).
COUNTRY_SIMPLIFY_DEGREES = 0.01


def month_regions(
    incidents_gpkg,
    regions_path,
    region_field,
    country,
    settings,
    incidents_source=None,
    also_write=None,
):
    """The month's regions (from its admin1, framed by the polygons), the warnings about
    them and the sources line; the regions' polygons written beside the incidents (for a
    month of the team store, ``incidents_source``, in a GeoPackage of their own).

    ``country`` may be a list: each country's regions in its own order, the countries in
    the order given, each region knowing its country (``Region.country``).

    ``also_write(copy, regions)`` writes more layers into the same copy of the GeoPackage
    (the charts and the change map's cells), so one copy and one move serve them all.
    """
    countries = [country] if isinstance(country, str) else list(country)
    several = len(countries) > 1
    month_incidents = open_incidents(incidents_gpkg, incidents_source)
    regions, warnings = [], []
    all_polygons: dict = {}
    polygon_countries: dict[str, str] = {}  # several countries: which country a polygon is of
    try:
        for name in countries:
            polygons = load_region_polygons(regions_path, region_field, name)
            country_regions, country_warnings = regions_of_month(
                month_incidents, polygons, name, only_country=several
            )
            regions += country_regions
            warnings += country_warnings
            for key, value in polygons.polygons.items():
                all_polygons.setdefault(key, value)
                polygon_countries.setdefault(key, name)
    except RegionsError as error:
        raise AtlasError(str(error)) from error
    sources = sources_line(month_incidents, settings)
    # Writing a layer into a GeoPackage another connection has open breaks that connection
    # ("unable to open database file"): close it, write the regions, then open the layers.
    del month_incidents
    # Added to a copy of the month's GeoPackage, which replaces it once both are written
    # and read back: a failed write leaves the month as the import left it.
    incidents_gpkg = Path(incidents_gpkg)
    if incidents_source is not None:
        incidents_gpkg.parent.mkdir(parents=True, exist_ok=True)
    try:
        with replacing(incidents_gpkg) as partial:
            if incidents_gpkg.exists():
                copy_geopackage(incidents_gpkg, partial)
            else:  # an atlas of the team store: a GeoPackage of its own for the polygons
                _create_geopackage(partial)
            write_regions_layer(
                partial,
                regions,
                all_polygons,
                incidents_gpkg,
                polygon_countries if several else None,
            )
            write_countries_layer(
                partial, extent_of_regions(regions), incidents_gpkg, settings.language
            )
            if also_write is not None:
                also_write(partial, regions)
            close_journal(partial)
    except (OutputError, sqlite3.Error) as error:
        raise AtlasError(str(write_failed(incidents_gpkg, error))) from error
    regions_layer = QgsVectorLayer(
        f"{incidents_gpkg}|layername={REGIONS_LAYER}", tr("Regions"), "ogr"
    )
    if not regions_layer.isValid():
        raise AtlasError(
            tr("Cannot read {layer} back from {path}").format(
                layer=REGIONS_LAYER, path=incidents_gpkg
            )
        )
    return regions, warnings, sources, regions_layer


def _create_geopackage(path: Path) -> None:
    """An empty GeoPackage for the polygons of an atlas whose incidents are in the store."""
    from osgeo import ogr

    if path.is_file() and path.stat().st_size == 0:
        path.unlink()  # the name reserved for it (outputs.temporary_beside): GDAL makes it
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    if dataset is None:
        raise AtlasError(tr("Cannot write {path}").format(path=path))
    dataset = None  # closes the file before QGIS writes into it


def sources_line(incidents: QgsVectorLayer, settings: AtlasSettings) -> str:
    """ACLED, plus each source the settings name that the month's `source` column cites."""
    sources = [ATLAS_BASE_SOURCE]
    if "source" in incidents.fields().names():
        cited = " ".join(
            str(value)
            for value in incidents.uniqueValues(incidents.fields().indexOf("source"))
            if value
        ).casefold()
        sources += [name for name in settings.extra_sources if name.casefold() in cited]
    return ", ".join(dict.fromkeys(sources))


def extent_of_regions(regions: list[Region]) -> QgsRectangle:
    extent = QgsRectangle()
    for region in regions:
        extent.combineExtentWith(region.extent)
    return extent


def write_regions_layer(
    incidents_gpkg: Path,
    regions: list[Region],
    polygons: dict,
    shown_path: Path,
    polygon_countries: dict[str, str] | None = None,
) -> None:
    """The polygons the atlas draws, beside the incidents, so a saved project keeps them.

    With ``polygon_countries`` (an atlas of several countries) each polygon also gets its
    country: a chapter's maps draw only its own country's regions.
    """
    fields = QgsFields()
    fields.append(make_field("admin1", "string"))
    fields.append(make_field("region", "string"))
    fields.append(make_field("page", "int"))
    fields.append(make_field("incidents", "int"))
    fields.append(make_field("fatalities", "int"))
    if polygon_countries is not None:
        fields.append(make_field(REGION_COUNTRY_FIELD, "string"))
    memory = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", REGIONS_LAYER, "memory")
    memory.dataProvider().addAttributes(fields.toList())
    memory.updateFields()
    features = []
    drawn_keys = set()
    for page, region in enumerate(regions, start=1):
        if region.geometry is None:
            continue
        drawn_keys.add(region_key(region.admin1))
        attributes = [region.admin1, region.name, page, region.incidents, region.fatalities]
        if polygon_countries is not None:
            attributes.append(region.country)
        features.append(_region_feature(memory.fields(), region.geometry, attributes))
    # Polygons no page is about (a region the month does not name) still draw as context.
    for key, (name, geometry) in polygons.items():
        if key not in drawn_keys:
            attributes = [name, name, None, 0, 0]
            if polygon_countries is not None:
                attributes.append(polygon_countries.get(key, ""))
            features.append(_region_feature(memory.fields(), geometry, attributes))
    memory.dataProvider().addFeatures(features)

    write_gpkg_layer(memory, incidents_gpkg, REGIONS_LAYER, shown_path)


def write_countries_layer(
    incidents_gpkg: Path, country_extent: QgsRectangle, shown_path: Path, language: str = "en"
) -> None:
    """The neighbouring countries, cut from QGIS's world map and written beside the incidents.

    Cut to the part any map shows and simplified, they draw in a third of the time the whole
    world takes (the cover, the overview and every region's map draw them), and a saved
    project no longer depends on where QGIS is installed.
    """
    world = QgsVectorLayer(
        f"{world_map_path()}|layername={WORLD_MAP_COUNTRIES_LAYER}", "countries", "ogr"
    )
    if not world.isValid():
        raise AtlasError(
            tr("QGIS's world map cannot be read: {path}").format(path=world_map_path())
        )
    margin = COUNTRIES_KEPT_AROUND * max(country_extent.width(), country_extent.height())
    kept = country_extent.buffered(margin)
    cut_box = QgsGeometry.fromRect(kept)
    memory = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", COUNTRIES_LAYER, "memory")
    # The name the maps print (countries.qml): the world map's is English only.
    memory.dataProvider().addAttributes(
        [*world.fields().toList(), make_field(PRINTED_NAME_FIELD, "string")]
    )
    memory.updateFields()
    try:
        printed_names = country_names(language)
    except CountryNamesError as error:
        raise AtlasError(str(error)) from error
    iso3_index = world.fields().lookupField("ISO_A3")
    features = []
    for country in world.getFeatures(QgsFeatureRequest().setFilterRect(kept)):
        geometry = country.geometry()
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        # A cut along a border can leave lines or points beside the polygons: keep the area.
        geometry = _areas_of(geometry.intersection(cut_box))
        if geometry.isEmpty():
            continue
        simplified = geometry.simplify(COUNTRY_SIMPLIFY_DEGREES)
        if not simplified.isEmpty():
            geometry = simplified
        geometry.convertToMultiType()
        feature = QgsFeature(memory.fields())
        iso3 = str(country.attributes()[iso3_index]) if iso3_index >= 0 else ""
        feature.setAttributes([*country.attributes(), printed_names.get(iso3)])
        feature.setGeometry(geometry)
        features.append(feature)
    added, _ = memory.dataProvider().addFeatures(features)
    if not added:
        raise AtlasError(tr("The neighbouring countries could not be cut from QGIS's world map"))
    write_gpkg_layer(memory, incidents_gpkg, COUNTRIES_LAYER, shown_path)


def _areas_of(geometry: QgsGeometry) -> QgsGeometry:
    """The polygon parts of ``geometry`` (empty if it has none)."""
    if geometry.type() == POLYGON_GEOMETRY:
        return geometry
    parts = [part for part in geometry.asGeometryCollection() if part.type() == POLYGON_GEOMETRY]
    return QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()


def write_gpkg_layer(
    memory: QgsVectorLayer, incidents_gpkg: Path, table: str, shown_path: Path
) -> None:
    """``memory`` as layer ``table`` of ``incidents_gpkg`` (replacing it), read back: every
    feature. Messages name ``shown_path`` (the file the user knows, not the copy)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    # A few dozen polygons need no spatial index, and with one GDAL 3.6 works out the exact
    # extent of the index (hundreds of queries) each time a map asks for its features.
    options.layerOptions = ["SPATIAL_INDEX=NO"]
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        memory, str(incidents_gpkg), QgsProject.instance().transformContext(), options
    )
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise AtlasError(
            tr("Cannot write {layer} to {path}: {message}").format(
                layer=table, path=shown_path, message=message
            )
        )
    # Read with GDAL, not a QGIS layer: QGIS keeps its connections to a file open, and the
    # copy is about to be moved.
    if feature_count(incidents_gpkg, table) != memory.featureCount():
        raise AtlasError(
            tr("Cannot read {layer} back from {path}").format(layer=table, path=shown_path)
        )


def _region_feature(fields: QgsFields, geometry, attributes: list) -> QgsFeature:
    feature = QgsFeature(fields)
    # Boundary files carry survey detail (OCHA's: 12,000 vertices) that no page can show
    # but every region page would embed twice: on its map and in its locator.
    multi = geometry.simplify(REGION_SIMPLIFY_DEGREES)
    if multi.isEmpty():
        multi = type(geometry)(geometry)
    multi.convertToMultiType()
    feature.setGeometry(multi)
    feature.setAttributes(attributes)
    return feature


def attribution_text(
    incidents_gpkg: Path,
    month: str,
    regions_path: Path | None,
    settings: AtlasSettings,
    incidents_source: str | None = None,
    *,
    countries: tuple[str, ...],
) -> str:
    """The pages' footer: ACLED's citation, the month's period, the date of the data, the
    boundaries' source (attribution.py), then the disclaimer on a line of its own.

    ``countries`` (as ACLED names them) are the atlas's: QGIS's world map is said to predate
    Ménaka only in an atlas that has Mali, where the missing region shows."""
    incidents = open_incidents(incidents_gpkg, incidents_source)
    index = incidents.fields().lookupField("timestamp")
    latest = incidents.maximumValue(index) if index >= 0 else None
    del incidents
    try:
        latest = int(latest) if latest is not None else None
    except (TypeError, ValueError):
        latest = None
    if regions_path:
        boundaries = Path(regions_path).name
    elif any(fold_name(country) == fold_name("Mali") for country in countries):
        boundaries = tr("Natural Earth admin-1 (QGIS world map), which predates Ménaka")
    else:
        boundaries = tr("Natural Earth admin-1 (QGIS world map)")
    line = source_line(
        month_period(month, settings.language),
        data_date(settings.downloaded, latest),
        boundaries,
        settings.language,
    )
    return f"{line}\n{disclaimer()}"
