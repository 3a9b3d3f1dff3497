"""Snapshot of everything people put in a Rights Matrix workbook, as openpyxl reads it.

Usage: /usr/bin/python3 snapshot.py WORKBOOK.xlsx OURS.json

OURS.json says what Rights Matrix owns, so that everything else counts as user content:
  {"tables": {"Recommendations": ["ID", "Text", ...], ...},   # Excel table name -> model headers
   "generatedSheets": ["Lists", "Monitoring Matrix", "Dashboard"],
   "watchedColumns": {"Recommendations": ["Notes"]},          # model columns people type in, watched too
   "generatedChartTitles": ["Implementation status by cluster", ...]}  # charts we draw on generated sheets

On a sheet holding one of our tables, a column whose header (in the table's header row) is one
of the model's headers is ours from the header row down, whatever the table's range says (a
range shrunk by hand leaves recommendations below it, and they are still ours). Every other
cell of that sheet is user content: user columns inside the table, notes beside or below it.
Generated sheets are ours whole, but for the charts and pictures people put on them; every other
sheet is the user's.

Prints JSON: sheet order, and per user-content cell its value, data type, formula, style,
comment and hyperlink; charts and images per sheet; defined names; merged ranges.
"""

import datetime
import json
import sys
import warnings

import openpyxl
from openpyxl.utils import get_column_letter

warnings.simplefilter("ignore")


def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    # ArrayFormula and other formula objects
    text = getattr(value, "text", None)
    return text if text is not None else str(value)


def colour(value):
    if value is None:
        return None
    if value.type == "rgb":
        return value.rgb
    if value.type == "theme":
        return "theme%s%+.2f" % (value.theme, value.tint or 0)
    if value.type == "indexed":
        return "indexed%s" % value.indexed
    return None


def style(cell):
    font = cell.font
    fill = cell.fill
    return {
        "font": {
            "name": font.name,
            "size": float(font.sz) if font.sz is not None else None,
            "bold": bool(font.b),
            "italic": bool(font.i),
            "underline": font.u,
            "colour": colour(font.color),
        },
        "fill": None if not fill or fill.fill_type in (None, "none") else {"pattern": fill.fill_type, "colour": colour(fill.fgColor)},
        "numberFormat": cell.number_format,
    }


def cell_record(cell):
    record = {"value": plain(cell.value), "type": cell.data_type}
    if cell.data_type == "f":
        record["formula"] = plain(cell.value)
    record["style"] = style(cell)
    if cell.comment is not None:
        record["comment"] = {"text": cell.comment.text, "author": cell.comment.author}
    if cell.hyperlink is not None:
        record["hyperlink"] = {"target": cell.hyperlink.target, "location": cell.hyperlink.location}
    return record


def is_blank(cell, ignore_style=False):
    """A cell nobody touched: no value, no comment, no link, default style."""
    return cell.value is None and cell.comment is None and cell.hyperlink is None and (ignore_style or not cell.has_style)


def ours_by_column(ws, ours):
    """Columns (1-based) this sheet's model tables own, each with the header row it starts at;
    and the watched ones (ours, but typed by people), where only what people typed counts, not
    the column format we give empty cells."""
    owned = {}
    watched_columns = set()
    for table in ws.tables.values():
        headers = ours["tables"].get(table.displayName or table.name)
        if headers is None:
            continue
        watched = set(ours.get("watchedColumns", {}).get(table.displayName or table.name, []))
        min_col, min_row, max_col, _ = openpyxl.utils.cell.range_boundaries(table.ref)
        for column in range(min_col, max_col + 1):
            header = ws.cell(row=min_row, column=column).value
            if header in headers and header not in watched:
                owned[column] = min_row
            elif header in watched:
                watched_columns.add(column)
    return owned, watched_columns


def chart_title(chart):
    """The chart's own title as text (rich text runs joined), or None."""
    title = chart.title
    if title is None or getattr(title, "tx", None) is None or title.tx.rich is None:
        return None
    return "".join(run.t or "" for paragraph in title.tx.rich.p for run in (paragraph.r or []))


def charts(ws, skip_titles=()):
    result = []
    for chart in getattr(ws, "_charts", []):
        if chart_title(chart) in skip_titles:
            continue
        series = []
        for s in chart.series:
            refs = {}
            for name, ref in (("values", s.val), ("categories", s.cat), ("x", getattr(s, "xVal", None)), ("y", getattr(s, "yVal", None))):
                if ref is None:
                    continue
                for kind in ("numRef", "strRef"):
                    inner = getattr(ref, kind, None)
                    if inner is not None and inner.f:
                        refs[name] = inner.f
            if s.tx is not None and s.tx.strRef is not None:
                refs["title"] = s.tx.strRef.f
            series.append(refs)
        result.append({"type": chart.tagname, "series": series})
    return result


def snapshot(path, ours):
    wb = openpyxl.load_workbook(path, data_only=False)
    generated = set(ours.get("generatedSheets", []))
    sheets = {}
    for ws in wb.worksheets:
        if ws.title in generated:
            # A generated sheet's cells and charts are ours; a chart or picture someone put on it is theirs.
            theirs = charts(ws, set(ours.get("generatedChartTitles", [])))
            if theirs or getattr(ws, "_images", []):
                sheets[ws.title] = {"userSheet": False, "cells": {}, "charts": theirs, "images": len(ws._images), "validations": [], "conditionalFormats": [], "merged": []}
            continue
        owned, watched = ours_by_column(ws, ours)
        cells = {}
        for row in ws.iter_rows():
            for cell in row:
                start = owned.get(cell.column)
                if start is not None and cell.row >= start:
                    continue
                if is_blank(cell, ignore_style=cell.column in watched):
                    continue
                cells["%s%d" % (get_column_letter(cell.column), cell.row)] = cell_record(cell)
        sheets[ws.title] = {
            "userSheet": not owned,
            "cells": cells,
            "charts": charts(ws),
            "images": len(getattr(ws, "_images", [])),
            # A user sheet's own dropdowns and highlight rules (our sheets carry ours, rewritten by design).
            "validations": [] if owned else sorted("%s %s %s" % (v.sqref, v.type, v.formula1) for v in ws.data_validations.dataValidation),
            "conditionalFormats": [] if owned else sorted("%s %s %s" % (r.sqref, rule.type, rule.formula) for r in ws.conditional_formatting for rule in r.rules),
            "merged": sorted(str(r) for r in ws.merged_cells.ranges if not any(r.min_col <= c <= r.max_col and r.min_row >= s for c, s in owned.items())),
        }
    names = {}
    for name in wb.defined_names.definedName:
        if name.name.startswith("_xlnm."):
            continue
        names[name.name if name.localSheetId is None else "%s!%s" % (name.localSheetId, name.name)] = name.attr_text
    return {"sheetOrder": wb.sheetnames, "sheets": sheets, "definedNames": names}


def column_values(path, table_name, header):
    """The values under a table column's header, down to the sheet's last row, whatever the table's range says."""
    wb = openpyxl.load_workbook(path, read_only=False)
    for ws in wb.worksheets:
        table = ws.tables.get(table_name)
        if table is None:
            continue
        min_col, min_row, max_col, _ = openpyxl.utils.cell.range_boundaries(table.ref)
        for column in range(min_col, max_col + 1):
            if ws.cell(row=min_row, column=column).value == header:
                values = [plain(ws.cell(row=row, column=column).value) for row in range(min_row + 1, ws.max_row + 1)]
                while values and values[-1] is None:
                    values.pop()
                return values
    raise SystemExit("no column %r in table %s" % (header, table_name))


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[3] == "--column":
        json.dump(column_values(sys.argv[1], sys.argv[4], sys.argv[5]), sys.stdout, ensure_ascii=False)
        sys.exit(0)
    with open(sys.argv[2], encoding="utf-8") as handle:
        ours = json.load(handle)
    json.dump(snapshot(sys.argv[1], ours), sys.stdout, ensure_ascii=False, sort_keys=True)
