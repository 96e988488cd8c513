"""Abstract illustrations for the demo, drawn with Pillow so nothing is downloaded."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

PALETTES = [
    ("#0b3c5d", "#1f7a8c", "#f0b429"),
    ("#14213d", "#2a6f97", "#fca311"),
    ("#1b4332", "#40916c", "#f4d35e"),
    ("#3d2c8d", "#6a4c93", "#f9c74f"),
    ("#5f0f40", "#9a031e", "#fb8b24"),
    ("#003049", "#457b9d", "#e9c46a"),
]


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def draw_illustration(seed, width=1200, height=675):
    """A gradient with soft circles and arcs: 'connections across the world'. JPEG bytes."""
    rng = random.Random(seed)
    dark, mid, accent = (_hex(c) for c in rng.choice(PALETTES))
    image = Image.new("RGB", (width, height), dark)
    pixels = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        row = tuple(round(dark[i] * (1 - t) + mid[i] * t) for i in range(3))
        pixels.line([(0, y), (width, y)], fill=row)

    glow = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    shapes = ImageDraw.Draw(glow)
    for _ in range(5):
        radius = rng.randint(height // 6, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = accent if rng.random() < 0.35 else (255, 255, 255)
        shapes.ellipse(
            [x - radius, y - radius, x + radius, y + radius], fill=(*colour, rng.randint(25, 60))
        )
    glow = glow.filter(ImageFilter.GaussianBlur(radius=40))
    image = Image.alpha_composite(image.convert("RGBA"), glow)

    lines = ImageDraw.Draw(image)
    points = [(rng.randint(60, width - 60), rng.randint(60, height - 60)) for _ in range(6)]
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        lift = -abs(x2 - x1) * 0.35
        previous = (x1, y1)
        for step in range(1, 41):
            t = step / 40
            x = x1 + (x2 - x1) * t
            y = y1 + (y2 - y1) * t + lift * math.sin(math.pi * t)
            lines.line([previous, (x, y)], fill=(255, 255, 255, 150), width=3)
            previous = (x, y)
    for x, y in points:
        lines.ellipse([x - 9, y - 9, x + 9, y + 9], fill=(*accent, 255))
        lines.ellipse([x - 18, y - 18, x + 18, y + 18], outline=(*accent, 160), width=2)

    output = io.BytesIO()
    image.convert("RGB").save(output, format="JPEG", quality=82, optimize=True)
    return output.getvalue()
