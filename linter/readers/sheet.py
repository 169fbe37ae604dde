"""Excel .xlsx/.xlsm → text: each visible sheet's non-empty rows, cells joined by a tab, as the user sees them."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from linter.document import Location, ReadError, Source
from linter.readers._build import TextBuilder, cell_text, failure
from linter.readers._container import open_ooxml

_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def read_xlsx(path: Path, data: bytes) -> Source:
    open_ooxml(data, "xlsx").close()
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True)
    except Exception as exc:
        raise failure("无法读取 Excel 工作簿", exc) from exc
    try:
        out = TextBuilder()
        for sheet in workbook.worksheets:
            if sheet.sheet_state == "visible":
                _sheet(sheet, out)
        return out.build(str(path), "xlsx")
    except ReadError:
        raise
    except Exception as exc:
        raise failure("无法读取 Excel 工作簿内容", exc) from exc
    finally:
        workbook.close()


def _sheet(sheet: Any, out: TextBuilder) -> None:
    from openpyxl.utils import get_column_letter

    rows: dict[int, dict[int, str]] = {}
    for (row, column), cell in sorted(_cells(sheet)):
        text = display(cell.value, cell.number_format)
        if text:
            rows.setdefault(row, {})[column] = text
    if not rows:
        return
    first = min(min(columns) for columns in rows.values())
    placed = []
    for row, columns in sorted(rows.items()):
        cells: list[tuple[str, Location | None]] = []
        for column in range(first, max(columns) + 1):
            text = columns.get(column, "")
            cell = f"{get_column_letter(column)}{row}"
            cells.append((text, Location("sheet", sheet=sheet.title, cell=cell) if text else None))
        placed += out.row(cells, row - 1, first_column=first - 1)
    out.table(sheet.title, placed)


def _cells(sheet: Any) -> list[tuple[tuple[int, int], Any]]:
    """The cells the file defines. Iterating the used range instead would create every cell in a sheet
    whose range is stretched by formatting alone (a million rows), so the worksheet's own store is read."""
    store = getattr(sheet, "_cells", None)
    if isinstance(store, dict):
        return list(store.items())
    return [((c.row, c.column), c) for row in sheet.iter_rows() for c in row]


def display(value: object, number_format: str = "General") -> str:
    """A cell value as Excel shows it, keeping the stored precision: 3.0 → 3, 0.985 with a % format → 98.5%."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | Decimal):
        number = _decimal(value)
        if number is None:
            return str(value)
        if "%" in _QUOTED.sub("", number_format or ""):
            return _plain(number * 100) + "%"
        return _plain(number)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return cell_text(str(value))


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
