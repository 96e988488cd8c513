"""A light world map for the directory, drawn from the geometry ``pygal_maps_world`` ships.

The package's ``worldmap.svg`` (778 KB, one ``<g class="xx country ...">`` of paths per
ISO 3166 alpha-2 code) is read once per process, never fetched: its path data is turned
into absolute points (curves by their end points, which is all a map this small needs),
scaled to ``WIDTH`` units across, rounded to whole units, thinned and written back as
short relative path data. ``world_map()`` keeps the result for the life of the process.
"""

import functools
import importlib.resources
import math
import re
import xml.etree.ElementTree as ET  # noqa: S405 (a file of an installed package, not input)
from dataclasses import dataclass

SOURCE_PACKAGE = "pygal_maps_world"
SOURCE_FILE = "worldmap.svg"
SVG = "{http://www.w3.org/2000/svg}"

WIDTH = 1000  # units across the simplified map
# Rings smaller than this (in map units, both ways) are dropped; a country left with none
# is drawn as a dot of DOT units, so that every country stays on the map.
MIN_RING_SIZE = 1.5
DOT = 3
# Points nearer than this to the line between their neighbours are dropped
# (Ramer-Douglas-Peucker), in map units.
TOLERANCE = 0.6
# Left out of the map: nobody lives there, and it would take a fifth of the height.
LEFT_OUT = frozenset({"aq"})


class PathDataError(ValueError):
    """Path data this parser cannot read."""


_COMMAND_ARGS = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7, "z": 0}
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_COMMAND = r"[MmLlHhVvCcSsQqTtAaZz]"
_TOKEN = re.compile(f"{_COMMAND}|{_NUMBER}")
_VALID = re.compile(f"(?:[\\s,]+|{_COMMAND}|{_NUMBER})*+")  # possessive: no backtracking


def _tokens(data):
    """Commands and numbers (as strings) of path data, in order."""
    if not _VALID.fullmatch(data):
        raise PathDataError(
            f"Path data with something else than commands and numbers: {data[:40]!r}…"
        )
    return _TOKEN.findall(data)


def _arguments(tokens, index, name, count):
    """``count`` numbers from ``tokens[index]`` on, and the index after them. An arc's
    flags may be written as single digits without separators ("a1 1 0 011 1")."""
    if name != "a":
        chunk = tokens[index : index + count]
        if len(chunk) == count and not any(token.isalpha() for token in chunk):
            return [float(token) for token in chunk], index + count
    values = []
    while len(values) < count:
        if index >= len(tokens) or tokens[index].isalpha():
            raise PathDataError(f"{count} numbers expected after {name!r}, got {len(values)}")
        token = tokens[index]
        if name == "a" and len(values) in (3, 4) and len(token) > 1 and token[0] in "01":
            values.append(float(token[0]))
            tokens[index] = token[1:]  # the rest of the digits: the next flag or number
            continue
        if name == "a" and len(values) in (3, 4) and token not in ("0", "1"):
            raise PathDataError(f"An arc flag is 0 or 1, not {token!r}")
        values.append(float(token))
        index += 1
    return values, index


def parse_path(data):
    """The subpaths of SVG path data, as lists of absolute (x, y) points.

    Every command of SVG 1.1 is read, relative or absolute, with implicit repetition
    (numbers after ``m`` are ``l``); curves and arcs count by their end points.
    """
    tokens = _tokens(data)
    rings, ring = [], []
    x = y = start_x = start_y = 0.0
    index, command = 0, None
    while index < len(tokens):
        if tokens[index].isalpha():
            command = tokens[index]
            index += 1
        elif command is None or command in "zZ":
            raise PathDataError(f"A command expected before {tokens[index]!r}")
        relative, name = command.islower(), command.lower()
        if name == "z":
            if ring:
                rings.append(ring)
            ring = []
            x, y = start_x, start_y
            continue
        args, index = _arguments(tokens, index, name, _COMMAND_ARGS[name])
        new_x, new_y = (x, y) if relative else (0.0, 0.0)
        if name == "h":
            new_x += args[0]
            new_y = y
        elif name == "v":
            new_x = x
            new_y += args[0]
        else:
            new_x += args[-2]
            new_y += args[-1]
        if name == "m":
            if ring:
                rings.append(ring)
            ring = [(new_x, new_y)]
            start_x, start_y = new_x, new_y
            command = "l" if relative else "L"  # the pairs that follow are lines
        else:
            ring = ring or [(x, y)]  # drawing on after a "z" starts from the closed start
            ring.append((new_x, new_y))
        x, y = new_x, new_y
    if ring:
        rings.append(ring)
    return rings


def thin(points, tolerance):
    """Ramer-Douglas-Peucker: the points that keep the line within ``tolerance``."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length:  # twice the triangle's area over its base
                distance = abs(dx * (ay - py) - (ax - px) * dy) / length
            else:  # the ends meet: the distance to them
                distance = math.hypot(px - ax, py - ay)
            if distance > farthest:
                farthest, index = distance, i
        if index is not None and farthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def simplify_ring(ring, scale, tolerance=TOLERANCE):
    """A ring scaled and rounded to whole units, without repeated or needless points;
    None when it becomes smaller than ``MIN_RING_SIZE`` or loses its area."""
    xs, ys = [x for x, _y in ring], [y for _x, y in ring]
    if max(max(xs) - min(xs), max(ys) - min(ys)) * scale < MIN_RING_SIZE:
        return None
    # Thin the exact points first, then round: rounding first makes staircases that
    # cost points and look worse.
    points = thin([(x * scale, y * scale) for x, y in ring], tolerance)
    rounded = []
    for x, y in points:
        point = (round(x), round(y))
        if not rounded or point != rounded[-1]:
            rounded.append(point)
    while len(rounded) > 1 and rounded[-1] == rounded[0]:
        rounded.pop()
    return rounded if len(rounded) >= 3 and _area(rounded) else None


def _area(points):
    return abs(
        sum(
            x1 * y2 - x2 * y1
            for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True)
        )
    )


def _dot(rings, scale):
    """A small square at the middle of a country too small to draw."""
    points = [point for ring in rings for point in ring]
    x = round(sum(x for x, _y in points) / len(points) * scale)
    y = round(sum(y for _x, y in points) / len(points) * scale)
    left, top = x - DOT // 2, y - DOT // 2
    return [(left, top), (left + DOT, top), (left + DOT, top + DOT), (left, top + DOT)]


def _write_numbers(out, values):
    """Append numbers to ``out``, separated by a space unless a minus sign separates them."""
    for value in values:
        if out[-1][-1].isdigit() and value >= 0:
            out.append(" ")
        out.append(str(value))


def path_data(rings, offset=(0, 0)):
    """Compact path data for rings of whole-unit points: ``M`` then relative ``m``,
    ``l``, and ``h``/``v`` where a step is straight, each ring closed by ``z``."""
    out = []
    ox, oy = offset
    x = y = 0
    for ring in rings:
        points = [(px - ox, py - oy) for px, py in ring]
        start_x, start_y = points[0]
        if out:
            out.append("m")
            _write_numbers(out, [start_x - x, start_y - y])
        else:
            out.append("M")
            _write_numbers(out, [start_x, start_y])
        x, y, command = start_x, start_y, None
        for px, py in points[1:]:
            dx, dy = px - x, py - y
            if dy == 0:
                name, values = "h", [dx]
            elif dx == 0:
                name, values = "v", [dy]
            else:
                name, values = "l", [dx, dy]
            if name != command:
                out.append(name)
                command = name
            _write_numbers(out, values)
            x, y = px, py
        out.append("z")
        x, y = start_x, start_y  # after z, the current point is the ring's start
    return "".join(out)


@dataclass(frozen=True)
class WorldMap:
    width: int
    height: int
    paths: dict  # lower-case ISO 3166 alpha-2 code -> path data

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"


def source_countries():
    """The width of the package's map and {code: [path data]} of every country on it."""
    resource = importlib.resources.files(SOURCE_PACKAGE) / SOURCE_FILE
    root = ET.fromstring(resource.read_bytes())  # noqa: S314 (the installed package's file)
    countries = {}
    for group in root.iter(f"{SVG}g"):
        classes = group.get("class", "").split()
        if "country" in classes:
            countries[classes[0]] = [path.get("d", "") for path in group.iter(f"{SVG}path")]
    width = float(root.get("viewBox").split()[2])
    return width, countries


@functools.lru_cache(maxsize=1)
def world_map():
    """The simplified map (computed once per process: a few tenths of a second)."""
    source_width, countries = source_countries()
    scale = WIDTH / source_width
    shapes = {}
    for code, paths in countries.items():
        if code in LEFT_OUT:
            continue
        rings = [ring for data in paths for ring in parse_path(data)]
        simplified = [r for r in (simplify_ring(ring, scale) for ring in rings) if r]
        shapes[code] = simplified or [_dot(rings, scale)]
    # Crop to what is drawn, with a margin of one unit.
    points = [point for rings in shapes.values() for ring in rings for point in ring]
    left = min(x for x, _y in points) - 1
    top = min(y for _x, y in points) - 1
    width = max(x for x, _y in points) - left + 1
    height = max(y for _x, y in points) - top + 1
    return WorldMap(
        width=width,
        height=height,
        paths={code: path_data(rings, (left, top)) for code, rings in sorted(shapes.items())},
    )


# --- What the map shows ------------------------------------------------------------------

SHADES = 5  # classes of the map's colour scale (world-map__c1 … __c5 in portal.css)


@dataclass(frozen=True)
class CountryFigures:
    code: str  # upper-case ISO 3166 alpha-2, as the search stores it
    name: str
    professionals: int = 0
    opportunities: int = 0

    @property
    def total(self):
        return self.professionals + self.opportunities


def map_searches():
    """[(spec, facet name, CountryFigures field)]: the directory's searches of
    professionals and opportunities, asking for the one facet the map counts by and a
    single hit (the same scope, so only open opportunities)."""
    from dataclasses import replace

    from directory.documents import OPPORTUNITIES, PROFESSIONALS

    return [
        (replace(spec, facets=(spec.facet(name),), per_page=1), name, field)
        for spec, name, field in (
            (PROFESSIONALS, "residence", "professionals"),
            (OPPORTUNITIES, "country", "opportunities"),
        )
    ]


def country_figures(audience):
    """[CountryFigures] of every country with a professional living there or an open
    investment opportunity, as ``audience`` may find them, by name.

    Counted by the directory's search, on whichever backend it runs: a country of
    residence that its owner keeps from this audience is not counted. Raises
    ``SearchUnavailable`` like the search does.
    """
    from django.http import QueryDict

    from search.service import search

    found = {}
    for spec, facet_name, field in map_searches():
        for facet, values in search(spec, QueryDict(""), audience).facets:
            if facet.name != facet_name:
                continue
            for value in values:
                code = value.value.upper()
                found.setdefault(code, {"code": code, "name": value.label})[field] = value.count
    return sorted(
        (CountryFigures(**figures) for figures in found.values()),
        key=lambda figures: (figures.name.casefold(), figures.code),
    )


def _nice(number):
    """The nearest of 1, 2, 5, 10, 20, 50… to ``number``, on a logarithmic scale."""
    exponent = math.floor(math.log10(number))
    candidates = [step * 10**power for power in (exponent, exponent + 1) for step in (1, 2, 5)]
    return min(candidates, key=lambda candidate: abs(math.log10(candidate / number)))


def shade_bounds(maximum, shades=SHADES):
    """The lowest count of each shade: 1, then round numbers spaced evenly on a
    logarithmic scale up to ``maximum`` (fewer shades when the counts are few)."""
    bounds = [1]
    for step in range(1, shades):
        bound = _nice(maximum ** (step / shades)) if maximum > 1 else 1
        if bound > bounds[-1] and bound <= maximum:
            bounds.append(bound)
    return bounds


def shade(total, bounds, shades=SHADES):
    """The shade (1, the lightest, to ``shades``) of a country with ``total`` items; with
    fewer bounds than shades, the shades used are spread from the lightest to the darkest."""
    step = sum(1 for bound in bounds if total >= bound)
    if step <= 1 or len(bounds) == 1:
        return 1
    return 1 + round((step - 1) * (shades - 1) / (len(bounds) - 1))


def legend(bounds):
    """[(shade, lowest, highest or None)] of the shades that ``bounds`` use."""
    highs = [bound - 1 for bound in bounds[1:]] + [None]
    return [(shade(low, bounds), low, high) for low, high in zip(bounds, highs, strict=True)]
