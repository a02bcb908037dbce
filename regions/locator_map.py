"""The locator map's geometry: a simplified outline of the Netherlands and
where the four followed regions lie on it.

Source and licence
------------------
The outline is a hand-simplified polygon drawn by this project (Overheid van
Nu) from public-domain geographic knowledge: the approximate longitude and
latitude (WGS84, to about 0.05°) of some seventy well-known coast and border
points (Cadzand, Hoek van Holland, Den Helder, Eemshaven, Nieuweschans, Ter
Apel, Vaals, Eijsden, Baarle, Ossendrecht and the places between them),
joined by straight lines. No map data set was copied. It is deliberately
rough: good enough to show where a region lies, not for anything else.
Licence of this drawing: CC0 1.0 (public domain dedication).

Zeeuws-Vlaanderen and five Wadden islands are separate rings; the IJsselmeer
and Markermeer are drawn as a bay so the country's shape stays recognisable.

The points are projected equirectangularly with longitude scaled by
cos(52.2°), which is close enough at this size. Regions are placed by slug
(`REGION_POSITIONS`): a region whose slug is not known here is still listed
beside the map, just not marked on it.

`region_map` turns a list of regions into what the template
(`templates/components/pictures/region_map.html`) draws; it is pure, so the
region page (`regions.context`) and the overview (discovery, cached) share it.
"""

import math

#: The viewBox: west, north and scale of the projection (SVG units per degree of latitude).
WEST, NORTH, EAST, SOUTH = 3.25, 53.62, 7.3, 50.7
SCALE = 200
LONGITUDE_FACTOR = math.cos(math.radians(52.2))

MAINLAND = [
    (3.44, 51.54),  # Westkapelle
    (3.70, 51.70),  # Schouwen
    (3.86, 51.83),  # Goeree
    (4.12, 51.98),  # Hoek van Holland
    (4.28, 52.11),  # Scheveningen
    (4.43, 52.25),  # Noordwijk
    (4.53, 52.38),  # Zandvoort
    (4.62, 52.60),  # Egmond
    (4.66, 52.78),  # Petten
    (4.73, 52.96),  # Den Helder
    (5.05, 52.93),  # Den Oever
    (5.11, 52.77),  # Medemblik
    (5.29, 52.71),  # Enkhuizen
    (5.07, 52.63),  # Hoorn
    (5.06, 52.50),  # Edam
    (5.02, 52.39),  # Amsterdam-Noord
    (5.13, 52.33),  # Muiden
    (5.26, 52.38),  # Almere
    (5.47, 52.52),  # Lelystad
    (5.60, 52.66),  # Urk
    (5.72, 52.83),  # Lemmer
    (5.38, 52.88),  # Stavoren
    (5.41, 53.05),  # Makkum
    (5.40, 53.18),  # Harlingen
    (5.70, 53.36),  # Friese noordkust
    (5.90, 53.41),  # Holwerd
    (6.20, 53.41),  # Lauwersoog
    (6.50, 53.43),  # Groninger noordkust
    (6.83, 53.45),  # Eemshaven
    (6.95, 53.32),  # Delfzijl
    (7.07, 53.25),  # Dollard
    (7.21, 53.24),  # Nieuweschans
    (7.20, 53.00),  # Bourtange
    (7.07, 52.84),  # Ter Apel
    (6.74, 52.65),  # Coevorden
    (6.95, 52.44),  # Denekamp
    (7.07, 52.38),  # Losser
    (7.05, 52.23),  # Glanerbrug
    (6.73, 52.08),  # Rekken
    (6.83, 51.97),  # Winterswijk
    (6.72, 51.90),  # Aalten
    (6.49, 51.86),  # Dinxperlo
    (6.17, 51.85),  # 's-Heerenberg
    (6.03, 51.83),  # Millingen
    (5.95, 51.74),  # Groesbeek
    (6.04, 51.66),  # Gennep
    (6.10, 51.55),  # Bergen (L)
    (6.22, 51.36),  # Venlo
    (6.17, 51.19),  # Roermond
    (5.87, 51.05),  # Susteren
    (6.09, 50.92),  # Landgraaf
    (6.02, 50.76),  # Vaals
    (5.70, 50.76),  # Eijsden
    (5.64, 50.85),  # Maastricht
    (5.77, 50.98),  # Maasmechelen (grens)
    (5.80, 51.12),  # Thorn
    (5.66, 51.20),  # Weert
    (5.57, 51.27),  # Budel
    (5.48, 51.30),  # Valkenswaard
    (5.23, 51.31),  # Luyksgestel
    (5.08, 51.40),  # Reusel
    (4.93, 51.44),  # Baarle
    (4.67, 51.43),  # Meer
    (4.55, 51.48),  # Zundert
    (4.39, 51.45),  # Essen (grens)
    (4.29, 51.37),  # Ossendrecht
    (4.21, 51.40),  # Bath
    (4.00, 51.44),  # Hansweert
    (3.72, 51.45),  # Ritthem
    (3.57, 51.45),  # Vlissingen
]

ZEEUWS_VLAANDEREN = [
    (3.37, 51.37),  # Cadzand
    (3.55, 51.40),  # Breskens
    (3.82, 51.35),  # Terneuzen
    (4.03, 51.38),  # Walsoorden
    (4.24, 51.36),  # Zandvliet (grens)
    (4.20, 51.29),  # Kieldrecht (grens)
    (3.98, 51.21),  # Koewacht
    (3.80, 51.22),  # Sas van Gent
    (3.55, 51.24),  # Eede
    (3.39, 51.27),  # Sluis
]

ISLANDS = [
    [(4.70, 53.00), (4.75, 53.10), (4.88, 53.18), (4.91, 53.10), (4.82, 53.02)],  # Texel
    [(4.90, 53.24), (5.10, 53.30), (5.08, 53.26), (4.93, 53.21)],  # Vlieland
    [(5.15, 53.36), (5.55, 53.45), (5.56, 53.42), (5.20, 53.34)],  # Terschelling
    [(5.62, 53.44), (5.92, 53.47), (5.91, 53.43), (5.63, 53.42)],  # Ameland
    [(6.10, 53.47), (6.33, 53.50), (6.31, 53.47), (6.12, 53.45)],  # Schiermonnikoog
]

#: (longitude, latitude) of the middle of each followed region, by page slug.
REGION_POSITIONS = {
    "west-brabant": (4.62, 51.56),
    "achterhoek": (6.45, 51.98),
    "groningen": (6.72, 53.24),
    "metropoolregio-amsterdam": (4.90, 52.40),
}


def project(longitude, latitude):
    """SVG coordinates (x right, y down) of a point, rounded to 0.1 unit."""
    x = (longitude - WEST) * LONGITUDE_FACTOR * SCALE
    y = (NORTH - latitude) * SCALE
    return round(x, 1), round(y, 1)


def _path(ring):
    points = [project(*point) for point in ring]
    return "M" + " L".join(f"{x},{y}" for x, y in points) + " Z"


#: The whole outline as one SVG path: mainland, Zeeuws-Vlaanderen, the islands.
OUTLINE_PATH = " ".join(_path(ring) for ring in [MAINLAND, ZEEUWS_VLAANDEREN, *ISLANDS])
WIDTH, HEIGHT = project(EAST, SOUTH)
VIEWBOX = f"0 0 {WIDTH:g} {HEIGHT:g}"


def marker_position(slug):
    """(x, y) of a region's marker, or None when the map does not know the region."""
    position = REGION_POSITIONS.get(slug)
    return project(*position) if position else None


def label_lines(title, y, longest=14, line_height=22):
    """A map label as one or two lines (split at the space nearest the
    middle when longer than `longest` characters), each with its y."""
    words = title.split()
    if len(title) <= longest or len(words) < 2:
        return [{"text": title, "y": y}]
    middle = len(title) / 2
    split = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - middle))
    top = y - line_height / 2
    return [{"text": " ".join(words[:split]), "y": top}, {"text": " ".join(words[split:]), "y": top + line_height}]


def region_map(regions, current_id=None):
    """The outline with a marker per known region. `regions`: dicts with
    `id`, `title`, `slug` and `url`, in display order."""
    centre_x = WIDTH / 2
    entries = []
    for region in regions:
        position = marker_position(region["slug"])
        entry = {**region, "current": region["id"] == current_id, "on_map": bool(position)}
        if position:
            x, y = position
            east = x > centre_x
            entry.update(
                {
                    "x": x,
                    "y": y,
                    "label_x": x - 14 if east else x + 14,
                    "label_anchor": "end" if east else "start",
                    "label_lines": label_lines(region["title"], y),
                }
            )
        entries.append(entry)
    return {
        "viewbox": VIEWBOX,
        "outline": OUTLINE_PATH,
        "regions": entries,
        "current": next((entry for entry in entries if entry["current"]), None),
    }
