"""Region polygons for the atlas: the analyst's boundary file or QGIS's own world map.

The regions of the report, their tables and their numbers come from the incidents' ``admin1``
(ACLED's names); polygons only draw and frame them. Names are matched across accents, case
and known aliases, so "Timbuktu", "TOMBOUCTOU" and "Tombouctou" are the same region.
"""

from __future__ import annotations

import functools
import math
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from .compat import POLYGON_GEOMETRY
from .definitions import (
    DEFAULT_COUNTRY,
    REGION_FIELD_CANDIDATES,
    WORLD_MAP_REGIONS_LAYER,
)
from .paths import world_map_country, world_map_path
from .region_names import (
    RegionsError,
    boundary_parts,
    printed_name_in_any_country,
    printed_region_name,
    region_order,
    region_sort_key,
    regions_always_printed,
    spellings_of_every_country,
)
from .validate import fold_name

# The atlas asks this module for printed names and the report's order; the tables behind
# them are read by region_names.py (symbology/countries/<Country>/regions.csv).
__all__ = [
    "Region",
    "RegionPolygons",
    "RegionsError",
    "country_filter",
    "country_iso3",
    "display_name",
    "load_region_polygons",
    "printed_region_name",
    "region_key",
    "region_order",
    "regional_crs_for",
    "regions_of_month",
    "utm_crs_for",
    "wgs84",
]


def wgs84() -> QgsCoordinateReferenceSystem:
    """EPSG:4326, made when asked: a CRS made at import, before QGIS has started, is read
    without QGIS's CRS database and outlives QGIS's exit."""
    return QgsCoordinateReferenceSystem("EPSG:4326")


def tr(message: str) -> str:
    return QCoreApplication.translate("Regions", message)


def region_key(name: str) -> str:
    """The name reduced for matching: no accents, no case, single spaces, the other spellings
    of the countries' region tables resolved (Timbuktu -> tombouctou)."""
    key = fold_name(name)
    return spellings_of_every_country().get(key, key)


def display_name(name: str, country: str | None = None) -> str:
    """How a region is printed: with its accents (Ménaka, Tillabéri) when ``country``'s table
    lists it; without a country, by the first table that does (Mali's first)."""
    if country is None:
        return printed_name_in_any_country(name)
    return printed_region_name(country, name)


@dataclass
class Region:
    """One region of the report: how ACLED names it, how it is printed, what frames its map."""

    admin1: str
    name: str
    incidents: int = 0
    fatalities: int = 0
    geometry: QgsGeometry | None = None  # EPSG:4326; None when no polygon matched
    extent: QgsRectangle = field(default_factory=QgsRectangle)  # EPSG:4326, what the map frames
    framed_by: str = "polygon"  # "polygon", "incidents" or "country"
    # Every spelling of the region in the data (two exports may differ): the table lists all.
    spellings: set[str] = field(default_factory=set)
    # In an atlas of several countries, the region's (as ACLED names it); else empty.
    country: str = ""


@dataclass
class RegionPolygons:
    """Polygons by region key, in EPSG:4326, and where they came from."""

    polygons: dict[str, tuple[str, QgsGeometry]]
    source: str
    is_world_map: bool = False


def load_region_polygons(
    regions_path: Path | None = None,
    region_field: str | None = None,
    country: str = DEFAULT_COUNTRY,
) -> RegionPolygons:
    """Region polygons from the analyst's file, or else from QGIS's world_map.gpkg.

    Any polygon layer QGIS can open will do; its name field is ``region_field`` or the first
    of the usual ones (admin1, ADM1_FR, ADM1_EN, name …). Several features of one region
    (islands, cercles) are merged.
    """
    if regions_path is None:
        return _world_map_polygons(country)
    # A file, or an OGR source of one layer of it ("regions.gpkg|layername=admin1").
    path = str(regions_path)
    if not Path(path.split("|")[0]).exists():
        raise RegionsError(tr("Region file not found: {path}").format(path=path))
    layer = QgsVectorLayer(path, "regions", "ogr")
    if not layer.isValid():
        raise RegionsError(tr("Cannot open the region file {path}").format(path=path))
    if layer.geometryType() != POLYGON_GEOMETRY:
        raise RegionsError(tr("The region file {path} has no polygons").format(path=path))
    field_names = layer.fields().names()
    if region_field:
        if region_field not in field_names:
            raise RegionsError(
                tr("The region file {path} has no field {field} (it has: {fields})").format(
                    path=path, field=region_field, fields=", ".join(field_names)
                )
            )
        name_field = region_field
    else:
        lowered = {name.lower(): name for name in field_names}
        name_field = next(
            (lowered[c.lower()] for c in REGION_FIELD_CANDIDATES if c.lower() in lowered), None
        )
        if name_field is None:
            raise RegionsError(
                tr(
                    "Which field of {path} names the regions? Give it with --region-field "
                    "(fields: {fields})"
                ).format(path=path, fields=", ".join(field_names))
            )
    return RegionPolygons(_polygons_by_key(layer, name_field), path)


def _world_map_polygons(country: str) -> RegionPolygons:
    path = world_map_path()
    if not path.exists():
        raise RegionsError(
            tr(
                "QGIS's world map is missing ({path}); give region polygons (Region "
                "boundaries, or --regions)"
            ).format(path=path)
        )
    iso3 = country_iso3(country)
    layer = QgsVectorLayer(f"{path}|layername={WORLD_MAP_REGIONS_LAYER}", "regions", "ogr")
    layer.setSubsetString(
        f"{QgsExpression.quotedColumnRef('adm0_a3')} = {QgsExpression.quotedValue(iso3)}"
    )
    polygons = _polygons_by_key(layer, "name", boundary_parts(country))
    if not polygons:
        raise RegionsError(
            tr(
                "QGIS's world map has no regions for {country}; give them (Region "
                "boundaries, or --regions)"
            ).format(country=country)
        )
    return RegionPolygons(polygons, f"{path.name} ({WORLD_MAP_REGIONS_LAYER})", is_world_map=True)


def country_iso3(country: str) -> str:
    """ISO 3166 alpha-3 code of a country named as ACLED names it (Mali -> MLI)."""
    found = world_map_country(country)
    if found is None:
        raise RegionsError(tr("Unknown country: {country}").format(country=country))
    return found[0]


def _polygons_by_key(
    layer: QgsVectorLayer, name_field: str, parts: dict[str, str] | None = None
) -> dict[str, tuple[str, QgsGeometry]]:
    """The layer's polygons by region key; the polygons of one region's names (and of the
    ``parts`` its country's table gives it: region_names.boundary_parts) merged."""
    parts = parts or {}
    to_wgs84 = QgsCoordinateTransform(layer.crs(), wgs84(), QgsProject.instance())
    merged: dict[str, tuple[str, list[QgsGeometry]]] = {}
    for feature in layer.getFeatures():
        name = feature[name_field]
        geometry = feature.geometry()
        if not name or geometry is None or geometry.isEmpty():
            continue
        geometry = QgsGeometry(geometry)
        geometry.transform(to_wgs84)
        key = parts.get(fold_name(name)) or region_key(name)
        merged.setdefault(key, (str(name), []))[1].append(geometry)
    return {
        key: (name, geoms[0] if len(geoms) == 1 else QgsGeometry.unaryUnion(geoms))
        for key, (name, geoms) in merged.items()
    }


def regions_of_month(
    incidents: QgsVectorLayer,
    polygons: RegionPolygons,
    country: str = DEFAULT_COUNTRY,
    only_country: bool = False,
) -> tuple[list[Region], list[str]]:
    """The report's regions, in its order, each with its counts and what frames its map.

    Every region the data names gets pages; so do the regions the country's table marks
    ``always_printed`` (Mali's ten), even in a month without incidents there ("No incident
    recorded this month"). Names and order come from the country's table (region_names.py).
    A region the polygons lack is framed on its incidents, with a warning. With
    ``only_country`` the incidents of other countries (a month of several) are left out, and
    each region knows its country.
    """
    warnings: list[str] = []
    regions: dict[str, Region] = {}
    own_country = country if only_country else ""
    for row in regions_always_printed(country):
        regions[region_key(row.admin1)] = Region(
            admin1=row.admin1, name=row.printed_name, country=own_country
        )
    incident_extents: dict[str, QgsRectangle] = {}
    request = QgsFeatureRequest().setSubsetOfAttributes(
        ["admin1", "fatalities"], incidents.fields()
    )
    if only_country:
        request.setFilterExpression(country_filter(country))
    key_of: dict[str, str] = {}  # a month has thousands of incidents and a few region names
    for feature in incidents.getFeatures(request):
        admin1 = feature["admin1"]
        if not admin1:
            continue
        if admin1 not in key_of:
            key_of[admin1] = region_key(admin1)
        key = key_of[admin1]
        region = regions.get(key)
        if region is None:
            region = Region(
                admin1=str(admin1),
                name=printed_region_name(country, admin1),
                country=own_country,
            )
            regions[key] = region
        # Tables filter on the data's own spelling, so keep it rather than the report's.
        region.admin1 = str(admin1)
        region.spellings.add(str(admin1))
        region.incidents += 1
        region.fatalities += int(feature["fatalities"] or 0)
        if feature.hasGeometry():
            point = feature.geometry().boundingBox()
            incident_extents.setdefault(key, QgsRectangle(point)).combineExtentWith(point)

    none_matched = polygons.is_world_map and not any(key in polygons.polygons for key in regions)
    if none_matched:
        # A country whose boundaries are other divisions than its regions, and whose table
        # does not name them as boundary_parts (Burkina Faso's does: its 45 provinces in
        # Natural Earth make its 13 regions). One line says so, not one a region.
        warnings.append(
            tr(
                "QGIS's world map has no polygon for {country}'s regions (it has other "
                "divisions): each region's map is framed on its incidents (the whole country "
                "without any), drawn over those divisions. Give region polygons (Region "
                "boundaries, or --regions), e.g. OCHA's admin-1, to outline them."
            ).format(country=country)
        )
    country_extent = QgsRectangle()
    for _name, geometry in polygons.polygons.values():
        country_extent.combineExtentWith(geometry.boundingBox())
    for key, region in regions.items():
        if key in polygons.polygons:
            region.geometry = polygons.polygons[key][1]
            region.extent = region.geometry.boundingBox()
            region.framed_by = "polygon"
        elif key in incident_extents:
            region.extent = _padded(incident_extents[key], minimum_degrees=2.0)
            region.framed_by = "incidents"
            if not none_matched:
                warnings.append(_missing_polygon_warning(region, polygons))
        else:
            region.extent = QgsRectangle(country_extent)
            region.framed_by = "country"
            if none_matched:
                continue
            warnings.append(
                tr(
                    "{region} has no polygon in {source} and no incident this month: "
                    "its map shows the whole country"
                ).format(region=region.name, source=polygons.source)
            )
    ordered = sorted(regions.values(), key=lambda region: region_sort_key(country, region.admin1))
    return ordered, warnings


def country_filter(country: str) -> str:
    """A QGIS expression true for the incidents of ``country`` (ACLED's ``country`` column),
    its case and spaces forgiven as the import forgives them; the name quoted, never pasted."""
    return (
        f"lower(trim({QgsExpression.quotedColumnRef('country')})) = "
        f"lower(trim({QgsExpression.quotedValue(country)}))"
    )


def _missing_polygon_warning(region: Region, polygons: RegionPolygons) -> str:
    if polygons.is_world_map and region_key(region.admin1) == region_key("Menaka"):
        # Natural Earth predates the 2016 split of Ménaka from Gao: its "Gao" covers both.
        return tr(
            "Ménaka has no polygon in QGIS's world map (Natural Earth still counts it in Gao): "
            "its map is framed on its incidents and drawn without its own boundary. Give "
            "current boundaries (Region boundaries, or --regions), e.g. OCHA's admin-1, to "
            "outline it."
        )
    return tr("{region} has no polygon in {source}: its map is framed on its incidents").format(
        region=region.name, source=polygons.source
    )


def _padded(extent: QgsRectangle, minimum_degrees: float) -> QgsRectangle:
    """The incidents' extent grown by a quarter on each side and to at least
    ``minimum_degrees``: no incident on the map's edge, one incident is not a dot."""
    center = extent.center()
    half_width = max(extent.width() * 1.5, minimum_degrees) / 2
    half_height = max(extent.height() * 1.5, minimum_degrees) / 2
    return QgsRectangle(
        center.x() - half_width,
        center.y() - half_height,
        center.x() + half_width,
        center.y() + half_height,
    )


def utm_crs_for(extent: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """The WGS 84 UTM zone for an extent in EPSG:4326, so distances and scale bars are true.

    Of the UTM zones pyproj's database says cover the extent, the one whose central meridian
    is nearest the extent's middle wins (Mali spans zones 28 to 31).
    """
    center = extent.center()
    zone = math.floor((center.x() + 180) / 6) % 60 + 1
    epsg = (32600 if center.y() >= 0 else 32700) + zone
    covering = [
        code
        for code, (west, south, east, north) in _utm_zones().items()
        if code // 100 == epsg // 100
        and west <= extent.xMaximum()
        and east >= extent.xMinimum()
        and south <= extent.yMaximum()
        and north >= extent.yMinimum()
    ]
    if covering:
        epsg = min(covering, key=lambda code: abs(_central_meridian(code) - center.x()))
    return QgsCoordinateReferenceSystem(f"EPSG:{epsg}")


def regional_crs_for(extent: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """An equal-area projection centred on an extent of several countries (EPSG:4326).

    Mali and Niger together span five UTM zones: at the edges of one zone the map would be
    skewed and its scale bar wrong. Lambert's azimuthal projection centred on the region
    keeps areas true and distances close to true across the central Sahel.
    """
    center = extent.center()
    return QgsCoordinateReferenceSystem.fromProj(
        f"+proj=laea +lat_0={center.y():.2f} +lon_0={center.x():.2f} +x_0=0 +y_0=0 "
        "+datum=WGS84 +units=m +no_defs"
    )


@functools.lru_cache(maxsize=1)
def _utm_zones() -> dict[int, tuple[float, float, float, float]]:
    """Every WGS 84 UTM zone's EPSG code and area of use, asked of pyproj once per session."""
    try:
        with warnings.catch_warnings():
            # pyproj warns at import when its data lies elsewhere (a venv): found below.
            warnings.simplefilter("ignore")
            from pyproj.database import query_utm_crs_info

        _ensure_proj_data()
        zones = query_utm_crs_info(datum_name="WGS 84")
    except Exception:
        return {}  # pyproj missing or without its database: the zone arithmetic is exact
    return {
        int(info.code): (
            info.area_of_use.west,
            info.area_of_use.south,
            info.area_of_use.east,
            info.area_of_use.north,
        )
        for info in zones
        if info.auth_name == "EPSG" and info.area_of_use is not None
    }


def _central_meridian(epsg: int) -> float:
    return -183 + 6 * (epsg % 100)


def _ensure_proj_data() -> None:
    """Point pyproj at QGIS's PROJ data when its own lookup fails (e.g. inside a venv)."""
    import pyproj.datadir
    from pyproj.exceptions import DataDirError

    try:
        pyproj.datadir.get_data_dir()
        return
    except DataDirError:
        pass
    from qgis.core import QgsProjUtils

    for directory in QgsProjUtils.searchPaths():
        if (Path(directory) / "proj.db").exists():
            pyproj.datadir.set_data_dir(directory)
            return
