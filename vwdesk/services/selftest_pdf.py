"""Is a file a complete PDF, and how many pages has it? Read without ReportLab or pypdf.

The selftest must not ask the library that wrote the report whether the
report is right, and pypdf is a test tool we do not ship (pyproject.toml). A
PDF's skeleton is plain text even when its page contents are compressed: the
header, the cross-reference table whose offsets must each land on
`N G obj`, the trailer naming the catalogue, the page tree's /Count and the
page objects themselves. Checking those catches a truncated, empty or
half-written file, and counting pages two ways catches a broken page tree.
Text is not read back: the glyphs of the embedded font subsets are not
plain text; the figures are checked in the report model the PDF is drawn from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_OBJ = re.compile(rb"(\d+)\s+(\d+)\s+obj\b")
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_STANDARD_FONT = re.compile(rb"/BaseFont\s*/(?:Helvetica|Times|Courier|Symbol|ZapfDingbats)")


class NotAPdf(ValueError):
    """The file is not a complete, well-formed PDF; the message says why."""


@dataclass(frozen=True)
class PdfFacts:
    version: str
    size: int
    pages: int
    objects: int
    embedded_fonts: int
    standard_fonts: int  # fonts the viewer must supply (not embedded)


def inspect_pdf(path: Path) -> PdfFacts:
    data = Path(path).read_bytes()
    header = re.match(rb"%PDF-(\d\.\d)", data)
    if header is None:
        raise NotAPdf("it does not start with a PDF header")
    tail = data[-2048:]
    if b"%%EOF" not in tail:
        raise NotAPdf("the end-of-file marker is missing (a truncated file?)")
    starts = re.findall(rb"startxref\s+(\d+)", tail)
    if not starts:
        raise NotAPdf("the cross-reference offset is missing")
    offsets = _xref_offsets(data, int(starts[-1]))
    trailer = data[int(starts[-1]) :]
    root = re.search(rb"/Root\s+(\d+)\s+\d+\s+R", trailer)
    if root is None:
        raise NotAPdf("the trailer names no document catalogue")
    catalogue = _object(data, offsets, int(root.group(1)))
    tree_ref = re.search(rb"/Pages\s+(\d+)\s+\d+\s+R", catalogue)
    if tree_ref is None:
        raise NotAPdf("the catalogue has no page tree")
    tree = _object(data, offsets, int(tree_ref.group(1)))
    count = re.search(rb"/Count\s+(\d+)", tree)
    if not re.search(rb"/Type\s*/Pages(?![A-Za-z])", tree) or count is None:
        raise NotAPdf("the page tree is damaged")
    bodies = [_object(data, offsets, number) for number in offsets]
    page_objects = sum(1 for body in bodies if _PAGE.search(body))
    if page_objects != int(count.group(1)):
        raise NotAPdf(f"the page tree counts {int(count.group(1))} pages but {page_objects} exist")
    return PdfFacts(
        version=header.group(1).decode("ascii"),
        size=len(data),
        pages=page_objects,
        objects=len(offsets),
        embedded_fonts=sum(1 for b in bodies if re.search(rb"/FontFile[23]?\s+\d+", b)),
        standard_fonts=sum(1 for b in bodies if _STANDARD_FONT.search(b)),
    )


def _xref_offsets(data: bytes, start: int) -> dict[int, int]:
    """Object number -> byte offset, from the classic table; every offset must hold its object."""
    if not data.startswith(b"xref", start):
        raise NotAPdf("the cross-reference offset does not point at a table")
    lines = iter(data[start + 4 :].splitlines())
    offsets: dict[int, int] = {}
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if line.startswith(b"trailer"):
            break
        section = line.split()
        if len(section) != 2:
            raise NotAPdf("the cross-reference table is damaged")
        first, n = int(section[0]), int(section[1])
        for number in range(first, first + n):
            entry = next(lines, b"").split()
            if len(entry) != 3 or entry[2] not in (b"n", b"f"):
                raise NotAPdf("the cross-reference table is damaged")
            if entry[2] == b"n":
                offsets[number] = int(entry[0])
    for number, offset in offsets.items():
        found = _OBJ.match(data, offset)
        if found is None or int(found.group(1)) != number:
            raise NotAPdf(f"object {number} is not where the cross-reference table says")
    if not offsets:
        raise NotAPdf("the file holds no objects")
    return offsets


def _object(data: bytes, offsets: dict[int, int], number: int) -> bytes:
    """The object's dictionary (its stream, if any, left out)."""
    if number not in offsets:
        raise NotAPdf(f"object {number} is referred to but missing")
    start = offsets[number]
    end = data.find(b"endobj", start)
    if end < 0:
        raise NotAPdf(f"object {number} is not closed")
    body = data[start:end]
    stream = body.find(b"stream")
    return body if stream < 0 else body[:stream]
