"""WebP decoded straight to a smaller size by libwebp, for renditions without the full picture.

Pillow 13 opens a WebP through libwebp's animation decoder, which allocates the whole canvas when
the file is opened and hands the pixels over as a bytes object that Pillow copies into the image:
three full-size buffers of four bytes per pixel, ~600 MB for a 50-megapixel file of a few KB.
libwebp itself can decode to a smaller size (``WebPDecoderConfig.options.use_scaling``): lossy and
lossless bitstreams are decoded row by row into its rescaler, so memory is the output plus a few
rows. Pillow does not expose that, so this calls the libwebp Pillow ships (or the system's)
through ctypes, with the structures of ``webp/decode.h`` (decoder ABI 0x0209, libwebp 1.x).

``decode_scaled`` returns ``None`` where this does not apply (no libwebp found, an animated file,
an ABI mismatch); the caller then decodes with Pillow. Reading the file's chunks (EXIF, ICC) is
done here as well, since opening the file with Pillow is what allocates the canvas.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import struct
from functools import lru_cache
from pathlib import Path

import PIL
from PIL import Image

#: WEBP_DECODER_ABI_VERSION of libwebp 1.x; the library checks the major byte.
DECODER_ABI = 0x0209
MODE_RGB, MODE_RGBA = 0, 1
VP8_STATUS_OK = 0


class BitstreamFeatures(ctypes.Structure):
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("has_alpha", ctypes.c_int),
        ("has_animation", ctypes.c_int),
        ("format", ctypes.c_int),
        ("pad", ctypes.c_uint32 * 5),
    ]


class RGBABuffer(ctypes.Structure):
    _fields_ = [
        ("rgba", ctypes.POINTER(ctypes.c_uint8)),
        ("stride", ctypes.c_int),
        ("size", ctypes.c_size_t),
    ]


class YUVABuffer(ctypes.Structure):
    _fields_ = [
        ("y", ctypes.c_void_p),
        ("u", ctypes.c_void_p),
        ("v", ctypes.c_void_p),
        ("a", ctypes.c_void_p),
        ("y_stride", ctypes.c_int),
        ("u_stride", ctypes.c_int),
        ("v_stride", ctypes.c_int),
        ("a_stride", ctypes.c_int),
        ("y_size", ctypes.c_size_t),
        ("u_size", ctypes.c_size_t),
        ("v_size", ctypes.c_size_t),
        ("a_size", ctypes.c_size_t),
    ]


class BufferUnion(ctypes.Union):
    _fields_ = [("RGBA", RGBABuffer), ("YUVA", YUVABuffer)]


class DecBuffer(ctypes.Structure):
    _fields_ = [
        ("colorspace", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("is_external_memory", ctypes.c_int),
        ("u", BufferUnion),
        ("pad", ctypes.c_uint32 * 4),
        ("private_memory", ctypes.c_void_p),
    ]


class DecoderOptions(ctypes.Structure):
    _fields_ = [
        ("bypass_filtering", ctypes.c_int),
        ("no_fancy_upsampling", ctypes.c_int),
        ("use_cropping", ctypes.c_int),
        ("crop_left", ctypes.c_int),
        ("crop_top", ctypes.c_int),
        ("crop_width", ctypes.c_int),
        ("crop_height", ctypes.c_int),
        ("use_scaling", ctypes.c_int),
        ("scaled_width", ctypes.c_int),
        ("scaled_height", ctypes.c_int),
        ("use_threads", ctypes.c_int),
        ("dithering_strength", ctypes.c_int),
        ("flip", ctypes.c_int),
        ("alpha_dithering_strength", ctypes.c_int),
        ("pad", ctypes.c_uint32 * 5),
    ]


class DecoderConfig(ctypes.Structure):
    _fields_ = [("input", BitstreamFeatures), ("output", DecBuffer), ("options", DecoderOptions)]


def _candidates() -> list[str]:
    shipped = Path(PIL.__file__).resolve().parent.parent / "pillow.libs"
    found = sorted(str(p) for p in shipped.glob("libwebp-*.so*")) if shipped.is_dir() else []
    system = ctypes.util.find_library("webp")
    return found + ([system] if system else [])


@lru_cache(maxsize=1)
def _library() -> ctypes.CDLL | None:
    for path in _candidates():
        try:
            lib = ctypes.CDLL(path)
            lib.WebPInitDecoderConfigInternal.argtypes = [
                ctypes.POINTER(DecoderConfig),
                ctypes.c_int,
            ]
            lib.WebPInitDecoderConfigInternal.restype = ctypes.c_int
            lib.WebPGetFeaturesInternal.argtypes = [
                ctypes.c_char_p,
                ctypes.c_size_t,
                ctypes.POINTER(BitstreamFeatures),
                ctypes.c_int,
            ]
            lib.WebPGetFeaturesInternal.restype = ctypes.c_int
            lib.WebPDecode.argtypes = [
                ctypes.c_char_p,
                ctypes.c_size_t,
                ctypes.POINTER(DecoderConfig),
            ]
            lib.WebPDecode.restype = ctypes.c_int
            lib.WebPFreeDecBuffer.argtypes = [ctypes.POINTER(DecBuffer)]
            lib.WebPFreeDecBuffer.restype = None
            probe = DecoderConfig()
            if not lib.WebPInitDecoderConfigInternal(ctypes.byref(probe), DECODER_ABI):
                continue
        except (OSError, AttributeError):
            continue
        return lib
    return None


def available() -> bool:
    return _library() is not None


def features(data: bytes) -> BitstreamFeatures | None:
    """Width, height, alpha and animation from the bitstream headers; None if not a WebP."""
    lib = _library()
    if lib is None:
        return None
    found = BitstreamFeatures()
    if lib.WebPGetFeaturesInternal(data, len(data), ctypes.byref(found), DECODER_ABI):
        return None
    return found


def decode_scaled(data: bytes, size: tuple[int, int]) -> Image.Image | None:
    """The picture at ``size`` (RGB, or RGBA when the file has alpha), or None: no libwebp, an
    animated file. Raises ``ValueError`` for a bitstream libwebp cannot decode."""
    lib = _library()
    if lib is None:
        return None
    config = DecoderConfig()
    if not lib.WebPInitDecoderConfigInternal(ctypes.byref(config), DECODER_ABI):
        return None
    if lib.WebPGetFeaturesInternal(data, len(data), ctypes.byref(config.input), DECODER_ABI):
        raise ValueError("not a WebP bitstream")
    if config.input.has_animation:
        return None
    alpha = bool(config.input.has_alpha)
    config.options.use_scaling = 1
    config.options.scaled_width, config.options.scaled_height = size
    config.output.colorspace = MODE_RGBA if alpha else MODE_RGB
    status = lib.WebPDecode(data, len(data), ctypes.byref(config))
    try:
        if status != VP8_STATUS_OK:
            raise ValueError(f"libwebp could not decode the file (status {status})")
        rgba = config.output.u.RGBA
        raw = ctypes.string_at(rgba.rgba, rgba.size)
        width, height = config.output.width, config.output.height
        mode = "RGBA" if alpha else "RGB"
        return Image.frombytes(mode, (width, height), raw, "raw", mode, rgba.stride)
    finally:
        lib.WebPFreeDecBuffer(ctypes.byref(config.output))


def chunks(data: bytes) -> dict[bytes, bytes]:
    """The RIFF chunks of a WebP file by FourCC (the first of each), without decoding."""
    found: dict[bytes, bytes] = {}
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return found
    offset, end = 12, min(len(data), 8 + struct.unpack_from("<I", data, 4)[0])
    while offset + 8 <= end:
        fourcc = data[offset : offset + 4]
        length = struct.unpack_from("<I", data, offset + 4)[0]
        found.setdefault(fourcc, data[offset + 8 : offset + 8 + length])
        offset += 8 + length + (length & 1)
    return found
