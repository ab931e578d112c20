"""One PDF written from PDFs that reportlab made in parts, so a large batch needs flat memory.

reportlab keeps every page of a document in memory until it saves (about 8 KB a label: 189,600
labels would need 1.6 GB). :class:`PdfParts` takes complete reportlab PDFs one at a time, copies
their objects to the output at once with new numbers, and keeps only one offset per object (8 bytes)
and one reference per part. Each part's page tree becomes a child of one root page tree; each part's
catalog and info become ``null`` objects (the first part's info is kept as the document's). Each part
embeds its own font subset, its tag changed to one of its own (PDF 32000-1 §9.6.4: different subsets
need different tags).

Only reportlab's own output is read: one cross-reference section from object 0, objects written
in number order, ``/Root`` and ``/Info`` in the trailer, no object streams.
"""

from __future__ import annotations

import os
import re
from array import array
from typing import BinaryIO

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER_REF = re.compile(rb"/(Root|Info) (\d+) 0 R")
_PAGES_REF = re.compile(rb"/Pages (\d+) 0 R")
_REF = re.compile(rb"(?<![\d.])(\d+) 0 R\b")
_OBJ = re.compile(rb"(\d+) 0 obj\s")
_SUBSET_TAG = re.compile(rb"/([A-Z]{6})\+")
_STREAM = re.compile(rb"\bstream\r?\n")
_COUNT = re.compile(rb"/Count (\d+)")
_ROOT, _CATALOG = 1, 2  # numbers reserved for the root page tree and the catalog, written last


class PdfParts:
    """Write one PDF to ``out`` (a path or a binary file object) from parts given to :meth:`add`.

    Use as a context manager; the document is finished (root page tree, catalog, cross-reference
    table, trailer) when the block ends without an error. A path is opened when the block starts and
    removed again if the block raises (a half-written PDF is never left behind).
    """

    def __init__(self, out: str | os.PathLike | BinaryIO) -> None:
        self._out, self._file = out, None
        self._offsets = array("Q", [0, 0])  # byte offset of objects 1, 2, ...; 1 and 2 come last
        self._position = 0
        self._kids: list[int] = []  # each part's page tree, by object number
        self._pages = 0
        self._info: int | None = None

    def __enter__(self) -> PdfParts:
        self._file = open(self._out, "wb") if isinstance(self._out, (str, os.PathLike)) else self._out  # noqa: SIM115
        self._write(b"%PDF-1.4\n%\x93\x8c\x8b\x9e BQW Desktop\n")
        return self

    def __exit__(self, kind, error, trace) -> None:  # noqa: ANN001
        finished = False
        try:
            if kind is None:
                self._finish()
                finished = True
        finally:
            if self._file is not self._out:
                self._file.close()
                if not finished:
                    os.remove(self._out)

    def add(self, pdf: bytes) -> None:
        """Copy the objects of ``pdf``, a complete reportlab PDF, to the output.

        :raises ValueError: ``pdf`` is not a reportlab PDF of the shape described above.
        """
        offsets, trailer = _cross_references(pdf)
        refs = {name.decode(): int(number) for name, number in _TRAILER_REF.findall(trailer)}
        if set(refs) != {"Root", "Info"}:
            raise ValueError("not a reportlab PDF: its trailer has no /Root or no /Info")
        found = _PAGES_REF.search(_body(pdf, offsets, refs["Root"]))
        if found is None:
            raise ValueError("not a reportlab PDF: its catalog has no /Pages")
        tree, base, tag = int(found.group(1)), len(self._offsets), _tag(len(self._kids))
        for number in range(1, len(offsets)):  # part object n becomes base + n
            if number == refs["Root"] or number == refs["Info"] and self._info is not None:
                body = b"null"
            else:
                body = _renumber(_body(pdf, offsets, number), base, tag)
                if number == tree:
                    self._pages += int(_COUNT.search(body).group(1))
                    body = body.replace(b"<<", b"<< /Parent %d 0 R" % _ROOT, 1)
            self._object(body)
        self._kids.append(base + tree)
        if self._info is None:
            self._info = base + refs["Info"]

    @property
    def parts(self) -> int:
        """How many parts were added so far."""
        return len(self._kids)

    def _finish(self) -> None:
        """:raises ValueError: no part was added."""
        if self._info is None:
            raise ValueError("a PDF needs at least one part")
        kids = b" ".join(b"%d 0 R" % kid for kid in self._kids)
        self._object(b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (self._pages, kids), _ROOT)
        self._object(b"<< /Type /Catalog /Pages %d 0 R /PageMode /UseNone >>" % _ROOT, _CATALOG)
        start = self._position
        self._write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(self._offsets) + 1))
        for chunk in range(0, len(self._offsets), 4096):  # the table in slices: no list of all lines
            self._write(b"".join(b"%010d 00000 n \n" % o for o in self._offsets[chunk:chunk + 4096]))
        self._write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                    % (len(self._offsets) + 1, _CATALOG, self._info, start))

    def _object(self, body: bytes, number: int | None = None) -> None:
        """Write ``body`` as object ``number`` (default: the next new one)."""
        if number is None:
            self._offsets.append(self._position)
            number = len(self._offsets)
        else:
            self._offsets[number - 1] = self._position
        self._write(b"%d 0 obj\n%s\nendobj\n" % (number, body))

    def _write(self, data: bytes) -> None:
        self._file.write(data)
        self._position += len(data)


def _cross_references(pdf: bytes) -> tuple[list[int], bytes]:
    """Offsets of objects 0..n-1 (object 0: 0) and the trailer dictionary of a reportlab PDF."""
    found = _STARTXREF.search(pdf[-64:])
    if found is None:
        raise ValueError("not a PDF: no startxref at its end")
    start = int(found.group(1))
    head = re.compile(rb"xref\s+0 (\d+)\s+").match(pdf, start)
    if head is None:
        raise ValueError("not a reportlab PDF: no cross-reference section from object 0")
    count, table = int(head.group(1)), head.end()
    offsets = [int(pdf[table + 20 * n:table + 20 * n + 10]) for n in range(count)]
    trailer = pdf[table + 20 * count:]
    return offsets, trailer[:trailer.index(b"startxref")]


def _body(pdf: bytes, offsets: list[int], number: int) -> bytes:
    """What lies between ``number 0 obj`` and its ``endobj`` (whitespace stripped)."""
    start = offsets[number]
    head = _OBJ.match(pdf, start)
    if head is None or int(head.group(1)) != number:
        raise ValueError(f"not a reportlab PDF: object {number} is not where its cross-reference says")
    end = pdf.rindex(b"endobj", head.end(), offsets[number + 1] if number + 1 < len(offsets) else len(pdf))
    return pdf[head.end():end].strip()


def _renumber(body: bytes, base: int, tag: bytes) -> bytes:
    """``body`` with each reference ``n 0 R`` made ``base + n 0 R`` and font subset tags made ``tag``;
    a stream's data is left as it is."""
    stream = _STREAM.search(body)
    head, data = (body[:stream.start()], body[stream.start():]) if stream else (body, b"")
    head = _REF.sub(lambda m: b"%d 0 R" % (base + int(m.group(1))), head)
    return _SUBSET_TAG.sub(lambda m: b"/" + tag + m.group(1)[3:] + b"+", head) + data


def _tag(part: int) -> bytes:
    """Three capital letters, different for each of 17,576 parts (0 → "AAA", 1 → "AAB"); they replace
    the first three of reportlab's subset tags ("AAAAAA", "AAAAAB", ... in every part)."""
    letters = []
    for _ in range(3):
        part, digit = divmod(part, 26)
        letters.append(65 + digit)
    return bytes(reversed(letters))
