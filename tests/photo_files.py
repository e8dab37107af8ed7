"""Photos for the tests, made here: camera-like JPEGs with EXIF (GPS, orientation, maker), and
hostile files."""

from __future__ import annotations

import io
import random
import zipfile

from PIL import Image, ImageChops, ImageDraw, ImageFilter

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def camera_jpeg(
    width: int = 4000, height: int = 3000, orientation: int = 1, texture: str = "noisy"
) -> bytes:
    """A JPEG as a phone writes it: EXIF with GPS position, maker, orientation; an XMP packet and a
    comment. ``texture``: "noisy" (pixel-level noise: the most bytes per pixel, the slowest to
    decode), "textured" (coarser grain) or "photo" (smooth areas, sharp edges and sensor noise:
    ~3.2 MB at 12 MP, the size of a phone photo)."""
    if texture == "photo":
        im = _photo_like(width, height)
    else:
        gradient = Image.linear_gradient("L").resize((width, height))
        if texture == "noisy":
            noise = Image.effect_noise((width, height), 20)
        else:
            grain = Image.effect_noise((max(1, width // 4), max(1, height // 4)), 60)
            noise = grain.resize((width, height), Image.Resampling.BICUBIC)
        flipped = gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        im = Image.merge("RGB", (gradient, noise, flipped))
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "Kamera Uji"
    exif[0x0110] = "Model 12MP"
    exif[GPS_IFD] = {1: "S", 2: (6.0, 10.0, 52.0), 3: "E", 4: (106.0, 49.0, 38.0)}
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>'
    out = io.BytesIO()
    im.save(out, "JPEG", quality=90, exif=exif.tobytes(), xmp=xmp, comment=b"Balai Kota")
    return out.getvalue()


def _photo_like(width: int, height: int) -> Image.Image:
    """A sky-like gradient, flat shapes and thin lines (edges), slightly soft like a lens, some fine
    texture, then sensor noise (sigma 5) on every channel."""
    rnd = random.Random(12)
    ramp = Image.linear_gradient("L").resize((width, height))
    im = Image.merge(
        "RGB",
        [
            ramp.point(lambda v, a=a, b=b: a + (b - a) * v // 255)
            for a, b in ((90, 200), (140, 180), (230, 120))
        ],
    )
    draw = ImageDraw.Draw(im)
    for _ in range(60):
        x, y = rnd.randrange(width), rnd.randrange(height)
        box = (
            x,
            y,
            x + rnd.randrange(width // 80, width * 3 // 10),
            y + rnd.randrange(height // 60, height * 3 // 10),
        )
        colour = (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256))
        (draw.ellipse if rnd.random() < 0.5 else draw.rectangle)(box, fill=colour)
    for _ in range(200):
        ends = [(rnd.randrange(width), rnd.randrange(height)) for _ in range(2)]
        colour = (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256))
        draw.line(ends, fill=colour, width=rnd.randrange(1, 8))
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    grain = Image.effect_noise((max(1, width // 3), max(1, height // 3)), 40)
    grain = grain.resize((width, height), Image.Resampling.BICUBIC)
    im = Image.blend(im, Image.merge("RGB", (grain, grain, grain)), 0.15)
    noise = Image.effect_noise((width, height), 5)  # centred on 128
    noise3 = Image.merge(
        "RGB",
        (
            noise,
            noise.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
            noise.transpose(Image.Transpose.FLIP_TOP_BOTTOM),
        ),
    )
    return ImageChops.add(im, noise3, offset=-128)


def png_with_alpha(width: int = 800, height: int = 600) -> bytes:
    im = Image.new("RGBA", (width, height), (0, 128, 255, 0))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def truncated_jpeg() -> bytes:
    data = camera_jpeg(1200, 900)
    return data[: len(data) // 2]


def png_bomb(side: int = 20_000) -> bytes:
    """400 megapixels of one colour: a few hundred kilobytes that would need >1 GB decoded."""
    out = io.BytesIO()
    Image.new("1", (side, side)).save(out, "PNG", optimize=True)
    return out.getvalue()


def text_named_jpg() -> bytes:
    return b"Ini bukan foto. This is not a photo.\n" * 20


def jpeg_zip_polyglot() -> bytes:
    """A valid JPEG with a ZIP archive appended: opens as a photo and as an archive."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("payload.html", "<script>alert(1)</script>")
    return camera_jpeg(640, 480) + archive.getvalue()
