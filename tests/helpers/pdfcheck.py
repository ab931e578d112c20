"""Read our PDFs back the way a printer and a scanner would: render with pdfium, decode with zxing-cpp."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image


def pages(path: Path, dpi: int) -> Iterator[Image.Image]:
    """Each page of ``path`` as a greyscale bitmap at ``dpi``."""
    document = pdfium.PdfDocument(path)
    try:
        for page in document:
            yield page.render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()


def code128(image: Image.Image) -> list[str]:
    """Texts of every barcode zxing-cpp finds, asserting each is Code 128."""
    found = zxingcpp.read_barcodes(image)
    assert all(b.format == zxingcpp.BarcodeFormat.Code128 for b in found), [b.format for b in found]
    return [b.text for b in found]
