"""Reading a built report back with pypdf."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat_text(path: Path) -> str:
    """The text with line breaks folded to spaces, so wrapped sentences can be matched."""
    return re.sub(r"\s+", " ", pdf_text(path))


def font_resources(path: Path) -> list[dict]:
    """Every font of every page: base name, subtype and whether a font file is embedded."""
    out = []
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            out.append(
                {
                    "name": str(font["/BaseFont"]),
                    "subtype": str(font["/Subtype"]),
                    "embedded": any(
                        k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
                    ),
                }
            )
    return out
