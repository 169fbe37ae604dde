"""Excel .xlsx/.xlsm → text: each visible sheet's non-empty rows, cells joined by a tab, as the user sees them."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from linter import patterns
from linter.document import Location, ReadError, Source
from linter.limits import MAX_MERGED_CELLS, MAX_TABLE_CELLS, MAX_TABLE_COLUMNS, cap_error
from linter.readers._build import TextBuilder, cell_text, failure
from linter.readers._container import open_ooxml, read_member

_QUOTED = patterns.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def read_xlsx(path: Path, data: bytes) -> Source:
    with open_ooxml(data, "xlsx") as archive:
        uncomputed = _check_sheets(archive)
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True)
        # Formulas saved without their values are shown as formulas (the rule formula-without-value reports
        # them), so an empty-looking cell is never mistaken for one left blank.
        formulas = openpyxl.load_workbook(io.BytesIO(data), data_only=False) if uncomputed else None
    except Exception as exc:
        raise failure("无法读取 Excel 工作簿", exc) from exc
    try:
        out = TextBuilder()
        seen: list[dict[int, dict[int, str]]] = []
        for sheet in workbook.worksheets:
            if sheet.sheet_state != "visible":
                continue
            rows = _rows(sheet, formulas[sheet.title] if formulas is not None else None)
            if rows in seen:
                continue  # a copy of an earlier sheet, cell for cell (a print copy linked by formulas)
            seen.append(rows)
            _write(sheet.title, rows, out)
        return out.build(str(path), "xlsx")
    except ReadError:
        raise
    except Exception as exc:
        raise failure("无法读取 Excel 工作簿内容", exc) from exc
    finally:
        workbook.close()


_MERGE = patterns.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]+)"')


_CELL = patterns.compile(rb"<(?:\w+:)?c\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
_VALUE = patterns.compile(rb"<(?:\w+:)?v\b[^>]*>[^<]")
_FORMULA = patterns.compile(rb"<(?:\w+:)?f\b")


def _check_sheets(archive: zipfile.ZipFile) -> bool:
    """Refuse merged ranges larger than any 自评表 has before openpyxl makes an object for every cell in them
    (A1:XFD1048576 is 17 billion cells). True if some formula was saved without its value."""
    from openpyxl.utils.cell import range_boundaries

    uncomputed = False
    for name in archive.namelist():
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            continue
        xml = read_member(archive, name)
        if not uncomputed and _FORMULA.search(xml):
            uncomputed = any(
                body and _FORMULA.search(body) and _VALUE.search(body) is None for body in _CELL.findall(xml)
            )
        total = 0
        for ref in _MERGE.findall(xml):
            try:
                left, top, right, bottom = range_boundaries(ref.decode("ascii", "replace"))
            except (ValueError, TypeError):
                continue  # openpyxl reports a malformed range itself
            total += (abs((right or left) - left) + 1) * (abs((bottom or top) - top) + 1)
            if total > MAX_MERGED_CELLS:
                raise cap_error("合并单元格", "merged cells", total, MAX_MERGED_CELLS)
    return uncomputed


def _rows(sheet: Any, formulas: Any = None) -> dict[int, dict[int, str]]:
    """The sheet's non-empty cells as shown, by row and column (1-based)."""
    rows: dict[int, dict[int, str]] = {}
    for (row, column), cell in sorted(_cells(sheet)):
        text = display(cell.value, cell.number_format)
        if not text and cell.value is None and formulas is not None:
            formula = formulas.cell(row=row, column=column).value
            text = cell_text(formula) if isinstance(formula, str) and formula.startswith("=") else ""
        if text:
            rows.setdefault(row, {})[column] = text
    return rows


def _write(title: str, rows: dict[int, dict[int, str]], out: TextBuilder) -> None:
    from openpyxl.utils import get_column_letter

    if not rows:
        return
    # Only the columns that hold something: a stray value in column XFD must not make every row 16,384 cells.
    used = sorted({column for columns in rows.values() for column in columns})
    if len(used) > MAX_TABLE_COLUMNS and len(rows) * len(used) > MAX_TABLE_CELLS:
        raise cap_error("表格单元格", "table cells", len(rows) * len(used), MAX_TABLE_CELLS)
    placed = []
    for row, columns in sorted(rows.items()):
        cells: list[tuple[str, Location | None]] = []
        last = max(columns)
        for column in used:
            if column > last:
                break
            text = columns.get(column, "")
            cell = f"{get_column_letter(column)}{row}"
            cells.append((text, Location("sheet", sheet=title, cell=cell) if text else None))
        placed += out.row(cells, row - 1, first_column=used[0] - 1)
    out.table(title, placed)


def _cells(sheet: Any) -> list[tuple[tuple[int, int], Any]]:
    """The cells the file defines. Iterating the used range instead would create every cell in a sheet
    whose range is stretched by formatting alone (a million rows), so the worksheet's own store is read."""
    store = getattr(sheet, "_cells", None)
    if isinstance(store, dict):
        return list(store.items())
    return [((c.row, c.column), c) for row in sheet.iter_rows() for c in row]


def display(value: object, number_format: str = "General") -> str:
    """A cell value as Excel shows it: 3.0 → 3, 0.985 with a % format → 98.5%, 8.3333… with 0.00 → 8.33 (the
    decimals the format shows, rounded half up as Excel does; no zeros added: 9.5 with 0.00 → 9.5)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | Decimal):
        number = _decimal(value)
        if number is None:
            return str(value)
        shown = _QUOTED.sub("", (number_format or "").split(";")[0])
        percent = "%" in shown
        if percent:
            number *= 100
        places = _places(shown)
        exponent = number.as_tuple().exponent
        if places is not None and isinstance(exponent, int) and -exponent > places:
            number = number.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
        return _plain(number) + ("%" if percent else "")
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return cell_text(str(value))


_PLACES = patterns.compile(r"[0#?](?:\.([0#?]*))?")


def _places(number_format: str) -> int | None:
    """How many decimals a number format shows (0.00 → 2, #,##0 → 0, 0.0% → 1); None for General, text, and the
    scientific and fraction formats, which show what is stored."""
    if not number_format or "E" in number_format.upper() or "/" in number_format or "@" in number_format:
        return None
    found = list(_PLACES.finditer(number_format))
    if not found:
        return None
    return len(found[-1].group(1) or "")


def _decimal(value: int | float | Decimal) -> Decimal | None:
    try:
        # 15 significant digits is what Excel stores and shows: 0.1 + 0.2 is 0.3, not 0.30000000000000004.
        return Decimal(f"{value:.15g}") if isinstance(value, float) else Decimal(value)
    except (InvalidOperation, ValueError):
        return None


def _plain(number: Decimal) -> str:
    if not number.is_finite():
        return str(number)
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "") else text
