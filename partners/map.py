"""The voivodeship map drawn by the site itself: SVG paths of the 21 powiats from shipped GeoJSON.

The outlines come from `partners/data/` (© 2019 Piotr Patrzyk, polska-geojson, MIT; data: PRG,
GUGiK — see the licence file there). They are projected once per process and cached.
"""

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from core.text import polish_slugify

from .vocabularies import Powiat

GEOJSON = Path(__file__).resolve().parent / "data" / "zachodniopomorskie-powiaty.geojson"
MAP_WIDTH = 600
# The cities with powiat rights lie inside or against land powiats: drawn last, they stay
# clickable on top.
_CITY_POWIATS = {Powiat.KOSZALIN, Powiat.SZCZECIN, Powiat.SWINOUJSCIE}


@dataclass(frozen=True)
class PowiatShape:
    powiat: str  # a Powiat value
    path: str  # SVG path data
    label_x: float
    label_y: float


@dataclass(frozen=True)
class PowiatMap:
    width: int
    height: int
    shapes: tuple[PowiatShape, ...]


def _powiat_value(name: str) -> str:
    """ "powiat kołobrzeski" → "kolobrzeski", "powiat Świnoujście" → "swinoujscie"."""
    return polish_slugify(name.removeprefix("powiat "))


def _rings(geometry: dict) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    return [ring for polygon in geometry["coordinates"] for ring in polygon]


def _centroid(ring: list[tuple[float, float]]) -> tuple[float, float]:
    """Area-weighted centroid of a closed ring (where the count label goes)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if not area:
        return ring[0]
    return cx / (3 * area), cy / (3 * area)


@functools.cache
def powiat_map() -> PowiatMap:
    """The projected map; raises if the shipped data does not match the 21 powiats."""
    features = json.loads(GEOJSON.read_text(encoding="utf-8"))["features"]
    rings_by_powiat = {
        _powiat_value(feature["properties"]["nazwa"]): _rings(feature["geometry"])
        for feature in features
    }
    if set(rings_by_powiat) != set(Powiat.values):
        raise ValueError(f"{GEOJSON.name} does not hold the 21 powiats: {sorted(rings_by_powiat)}")

    points = [point for rings in rings_by_powiat.values() for ring in rings for point in ring]
    min_lon = min(lon for lon, _lat in points)
    max_lon = max(lon for lon, _lat in points)
    min_lat = min(lat for _lon, lat in points)
    max_lat = max(lat for _lon, lat in points)
    # An equirectangular projection true at the voivodeship's middle latitude: at this size
    # it is indistinguishable from a conformal one.
    x_scale = math.cos(math.radians((min_lat + max_lat) / 2))
    scale = MAP_WIDTH / ((max_lon - min_lon) * x_scale)
    height = math.ceil((max_lat - min_lat) * scale)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - min_lon) * x_scale * scale, (max_lat - lat) * scale

    shapes = []
    order = sorted(rings_by_powiat, key=lambda value: (value in _CITY_POWIATS, value))
    for value in order:
        projected = [[project(lon, lat) for lon, lat in ring] for ring in rings_by_powiat[value]]
        path = " ".join(
            "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in ring) + " Z" for ring in projected
        )
        label_x, label_y = _centroid(max(projected, key=len))
        shapes.append(PowiatShape(value, path, round(label_x, 1), round(label_y, 1)))
    return PowiatMap(width=MAP_WIDTH, height=height, shapes=tuple(shapes))


def shade_level(count: int, highest: int) -> int:
    """0 for no partners, then 1–4 by share of the busiest powiat (the legend explains it)."""
    if count <= 0 or highest <= 0:
        return 0
    return min(4, 1 + (4 * (count - 1)) // max(highest, 1))


def legend(highest: int) -> list[tuple[int, int, int]]:
    """(level, fewest, most) partners for each shade in use, for the text legend."""
    ranges: dict[int, list[int]] = {0: [0, 0]}
    for count in range(1, highest + 1):
        level = shade_level(count, highest)
        ranges.setdefault(level, [count, count])[1] = count
    return [(level, low, high) for level, (low, high) in sorted(ranges.items())]
