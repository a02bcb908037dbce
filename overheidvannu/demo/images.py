"""Abstract listing images generated locally with Pillow, for demo content.

No stock photos and nothing fetched: each image is a calm composition of
shapes in one palette colour, seeded by its key so it is the same every run.
"""

import hashlib
import io
import random

from PIL import Image as PILImage
from PIL import ImageDraw

WIDTH, HEIGHT = 1280, 720

# Muted, accessible colours (RGB).
PALETTE = [
    (21, 66, 115),  # deep blue
    (39, 99, 87),  # pine green
    (122, 59, 46),  # brick
    (88, 64, 120),  # muted violet
    (46, 84, 96),  # slate teal
    (125, 90, 30),  # ochre
    (74, 85, 104),  # blue grey
    (105, 52, 82),  # plum
]
#: The colours' Dutch names, for the images' alt text (`describe`).
COLOUR_NAMES = ["donkerblauw", "dennengroen", "steenrood", "paars", "blauwgroen", "oker", "blauwgrijs", "pruimpaars"]


def _lighten(rgb, amount):
    return tuple(int(c + (255 - c) * amount) for c in rgb)


def _seed(key):
    return int(hashlib.sha256(key.encode()).hexdigest()[:12], 16)


def describe(key, subject):
    """The alt text of the image `render_png(key)` makes, illustrating
    `subject` (an image title such as "Verhaal: <title>"): what it shows,
    abstract shapes in one colour, in Dutch."""
    colour = COLOUR_NAMES[_seed(key) % len(PALETTE)]
    kind, _, name = subject.partition(": ")
    about = f"{kind.lower()} ‘{name}’" if name else subject
    return f"Abstracte illustratie bij {about}: ronde en rechthoekige vlakken en horizontale banen in {colour}."


def render_png(key, palette=PALETTE):
    """PNG bytes of a deterministic abstract image for `key`."""
    seed = _seed(key)
    rng = random.Random(seed)
    base = palette[seed % len(palette)]
    image = PILImage.new("RGB", (WIDTH, HEIGHT), base)
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(4, 7)):
        shade = _lighten(base, rng.uniform(0.1, 0.55))
        x, y = rng.randint(-200, WIDTH), rng.randint(-200, HEIGHT)
        size = rng.randint(160, 520)
        if rng.random() < 0.5:
            draw.ellipse((x, y, x + size, y + size), fill=shade)
        else:
            draw.rectangle((x, y, x + size, y + size // 2), fill=shade)
    # A band of horizontal "layers": the government layers working together.
    band_top = rng.randint(HEIGHT // 2, HEIGHT - 160)
    for i in range(4):
        draw.rectangle((0, band_top + i * 36, WIDTH, band_top + i * 36 + 22), fill=_lighten(base, 0.15 + i * 0.15))
    buffer = io.BytesIO()
    # No `optimize`: it halves the speed for a 10% smaller file of flat shapes.
    image.save(buffer, format="PNG")
    return buffer.getvalue()
