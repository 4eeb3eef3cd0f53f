"""Hexagons of the change map: which cell a point falls in, and each cell's corners.

Pointy-top hexagons in a projected coordinate system (metres), ``size`` the distance across
their flat sides (the setting "25 km" is 25,000 m across). Pure numpy, no QGIS: the atlas
projects the incidents, gives their x and y here, and draws the cells it gets back.
"""

from __future__ import annotations

import math

import numpy as np

SQRT3 = math.sqrt(3.0)


def _radius(size: float) -> float:
    """Centre-to-corner distance of a hexagon ``size`` across its flat sides."""
    if not size > 0:
        raise ValueError(f"hexagon size must be more than 0, not {size}")
    return size / SQRT3


def cell_of(x: np.ndarray, y: np.ndarray, size: float) -> tuple[np.ndarray, np.ndarray]:
    """The axial coordinates (q, r) of the hexagon each point (x, y) falls in."""
    radius = _radius(size)
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    q = (SQRT3 / 3 * x - y / 3) / radius
    r = (2 / 3 * y) / radius
    # Cube rounding: the nearest hexagon centre, ties settled consistently.
    s = -q - r
    rq, rr, rs = np.round(q), np.round(r), np.round(s)
    dq, dr, ds = np.abs(rq - q), np.abs(rr - r), np.abs(rs - s)
    fix_q = (dq > dr) & (dq > ds)
    fix_r = ~fix_q & (dr > ds)
    rq = np.where(fix_q, -rr - rs, rq)
    rr = np.where(fix_r, -rq - rs, rr)
    return rq.astype(np.int64), rr.astype(np.int64)


def cell_ids(x: np.ndarray, y: np.ndarray, size: float) -> list[str]:
    q, r = cell_of(x, y, size)
    return [f"{a}_{b}" for a, b in zip(q.tolist(), r.tolist())]


def cell_centre(q: int, r: int, size: float) -> tuple[float, float]:
    radius = _radius(size)
    return radius * SQRT3 * (q + r / 2), radius * 1.5 * r


def cell_corners(q: int, r: int, size: float) -> list[tuple[float, float]]:
    """The hexagon's six corners, counter-clockwise, the first repeated at the end."""
    radius = _radius(size)
    cx, cy = cell_centre(q, r, size)
    corners = [
        (
            cx + radius * math.cos(math.radians(60 * k + 30)),
            cy + radius * math.sin(math.radians(60 * k + 30)),
        )
        for k in range(6)
    ]
    return [*corners, corners[0]]
