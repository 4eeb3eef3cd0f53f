"""The change map's hexagons: every point falls in the hexagon of its cell, of the size set."""

from __future__ import annotations

import numpy as np
from shapely.geometry import Point, Polygon

from mali_incidents.hex_grid import cell_corners, cell_of


def test_every_point_lies_in_its_cells_hexagon():
    size = 25_000.0
    rng = np.random.default_rng(13)
    x, y = rng.uniform(-3e5, 3e5, 3000), rng.uniform(-3e5, 3e5, 3000)
    q, r = cell_of(x, y, size)
    for a, b, px, py in zip(q.tolist(), r.tolist(), x, y):
        assert Polygon(cell_corners(a, b, size)).buffer(1e-6).contains(Point(px, py))


def test_a_hexagon_is_the_size_set_across_its_flat_sides():
    corners = cell_corners(0, 0, 25_000.0)
    hexagon = Polygon(corners)
    # Pointy-top: the flat sides are left and right.
    assert round(hexagon.bounds[2] - hexagon.bounds[0]) == 25_000
    assert round(hexagon.area / 1e6, 1) == round(3**0.5 / 2 * 25**2, 1)
