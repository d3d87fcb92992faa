#!/usr/bin/python3
"""Adds up a money column of a staffing.xlsx in LibreOffice Calc itself, through its UNO bridge.

Usage: /usr/bin/python3 lo-sum.py JOB.json   (JOB: {"profile": dir, "input": path, "sheet": name,
        "columns": [{"title": text, "header": text}, ...]})
Per column: finds the table whose title row (column A) is `title`, the column headed `header` in the row below it,
and the cells down to the first empty row; types =SUM(...) into the cell under them. Then recalculates and prints a
JSON list, one entry per column: {"sum": value, "error": code, "cells": [{"value", "string", "type", "format",
"polish"}]}, where `string` is the cell's text as LibreOffice formats it and `polish` the same number shown with the
cell's format converted to the pl-PL locale (what a Polish Calc shows).
Starts its own headless soffice and ends it.
"""
import json
import os
import sys

import uno

from lo_session import prop, with_office
from com.sun.star.lang import Locale






def column_letter(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def type_name(t):
    return t.value.lower()


def run(ctx, job):
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(job["input"])), "_blank", 0, (prop("Hidden", True),))
    try:
        ws = doc.Sheets.getByName(job["sheet"])
        formats = doc.NumberFormats
        converted = {}
        sums = [sum_column(ws, formats, converted, column) for column in job["columns"]]
        doc.calculateAll()
        print(json.dumps([{"sum": target.Value, "error": target.getError(), "cells": cells} for target, cells in sums], ensure_ascii=False))
    finally:
        doc.close(True)


def sum_column(ws, formats, converted, job):
    cursor = ws.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last = cursor.RangeAddress.EndRow
    title = next(r for r in range(0, last + 1) if ws.getCellByPosition(0, r).String == job["title"])
    head = title + 1
    col = next(c for c in range(0, 40) if ws.getCellByPosition(c, head).String == job["header"])
    first = head + 1
    end = first
    while end <= last and ws.getCellByPosition(0, end).String != "":
        end += 1
    polish = Locale("pl", "PL", "")
    cells = []
    for r in range(first, end):
        cell = ws.getCellByPosition(col, r)
        fmt = formats.getByKey(cell.NumberFormat).FormatString
        entry = {"value": cell.Value, "string": cell.String, "type": type_name(cell.Type), "format": fmt}
        # the same format under the Polish locale: what a Polish Calc shows for this number
        if fmt not in converted:
            converted[fmt] = formats.addNewConverted(fmt, formats.getByKey(cell.NumberFormat).Locale, polish)
        cell.NumberFormat = converted[fmt]
        entry["polish"] = cell.String
        cells.append(entry)
    target = ws.getCellByPosition(col, end)
    letter = column_letter(col)
    target.Formula = f"=SUM({letter}{first + 1}:{letter}{end})"
    return target, cells


def main():
    job = json.load(open(sys.argv[1], encoding="utf-8"))
    with_office(job["profile"], f"ccp_lo_sum_{os.getpid()}", lambda ctx: run(ctx, job))

main()
