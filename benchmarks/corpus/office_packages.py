"""Office packages written the same way every time: fixed member timestamps and created/modified properties, so
that the corpus builders give the same bytes from the same libraries."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

_CORE_TIMES = re.compile(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:)")


def fixed_archive(data: bytes, when: datetime) -> bytes:
    """The same package with every member dated ``when`` and ``when`` as its created and modified times."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    date_time = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _CORE_TIMES.sub(rb"\g<1>" + stamp + rb"\g<2>", body)
            member = zipfile.ZipInfo(info.filename, date_time=date_time)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, body)
    return out.getvalue()


def save_workbook(workbook: Any, path: Path, title: str, author: str, when: datetime) -> None:
    """An openpyxl workbook written with fixed properties and timestamps."""
    properties = workbook.properties
    properties.creator = author
    properties.title = title
    properties.created = when
    properties.modified = when
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(fixed_archive(buffer.getvalue(), when))
