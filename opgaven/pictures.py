"""The cross-over diagram's geometry: the opgaven as numbered nodes on a
circle, their cross-overs as lines. Pure: it takes plain data (nodes as
dicts with `id`, `title` and `url`, cross-overs as pairs of ids) so both the
opgave page (`opgaven.context`, from the query it already makes) and the
overview (`overheidvannu.discovery.pictures`, cached) can draw it at no cost
in queries. Template: `templates/components/pictures/crossover_diagram.html`.
"""

import math

#: The diagram's square viewBox, the circle the nodes lie on and a node's radius.
DIAGRAM_SIZE, DIAGRAM_RADIUS, NODE_RADIUS = 440, 180, 20


def crossover_diagram(opgaven, pairs, current_id=None):
    """`opgaven` in display order; `pairs` the cross-overs (either order).
    With `current_id` that node is highlighted and only its own cross-overs
    are drawn, so the list beside the drawing says the same."""
    pairs = {tuple(sorted(pair)) for pair in pairs if current_id is None or current_id in pair}
    linked = {node["id"]: set() for node in opgaven}
    for one, other in pairs:
        if one in linked and other in linked:
            linked[one].add(other)
            linked[other].add(one)
    centre = DIAGRAM_SIZE / 2
    nodes, by_id = [], {}
    for number, opgave in enumerate(opgaven, start=1):
        angle = -math.pi / 2 + 2 * math.pi * (number - 1) / len(opgaven)
        node = {
            **opgave,
            "number": number,
            "x": round(centre + DIAGRAM_RADIUS * math.cos(angle), 1),
            "y": round(centre + DIAGRAM_RADIUS * math.sin(angle), 1),
            "current": opgave["id"] == current_id,
        }
        nodes.append(node)
        by_id[opgave["id"]] = node
    for node in nodes:
        node["linked"] = [by_id[pk] for pk in sorted(linked[node["id"]], key=lambda pk: by_id[pk]["number"])]
        node["linked_to_current"] = current_id in linked[node["id"]]
    lines = [
        {"one": by_id[one], "other": by_id[other], "current": current_id in (one, other)}
        for one, other in sorted(pairs)
        if one in by_id and other in by_id
    ]
    return {
        "nodes": nodes,
        "lines": lines,
        "current": by_id.get(current_id),
        "size": DIAGRAM_SIZE,
        "node_radius": NODE_RADIUS,
    }
