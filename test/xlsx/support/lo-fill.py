#!/usr/bin/python3
"""Fills copies of a ccp spec in LibreOffice Calc itself, through its UNO bridge, as a vendor would by hand.

Usage: /usr/bin/python3 lo-fill.py JOBS.json   (JOBS: {"profile": dir, "jobs": [job, ...]})
A job: {"input": path, "output": path, "sheet": "Funkcje", "cover": "Strona tytułowa", "metadata": "Metadane",
        "vendor": text, "answerColumn": 9, "answers": {id: text}, "costs": {id: number|text},
        "formulas": {id: "=100*12"}, "delete": [id], "insertBefore": id, "hide": [id], "sortDescending": bool,
        "unhideMetadata": bool}
Columns are 1-based as in the spec; the cost column is answerColumn + 2. Starts its own headless soffice and ends it.
"""
import json
import os
import sys

import uno

from lo_session import prop, with_office






def rows_by_id(ws):
    cursor = ws.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last = cursor.RangeAddress.EndRow
    found = {}
    for r in range(1, last + 1):
        text = ws.getCellByPosition(0, r).String
        if text:
            found.setdefault(text, r)
    return found, last


def run(ctx, job):
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(job["input"])), "_blank", 0, (prop("Hidden", True),))
    try:
        ws = doc.Sheets.getByName(job["sheet"])
        col = job.get("answerColumn", 9) - 1
        rows, last = rows_by_id(ws)
        for ident, text in job.get("answers", {}).items():
            ws.getCellByPosition(col, rows[ident]).String = text
        for ident, cost in job.get("costs", {}).items():
            cell = ws.getCellByPosition(col + 2, rows[ident])
            if isinstance(cost, (int, float)):
                cell.Value = cost
            else:
                cell.String = cost
        for ident, formula in job.get("formulas", {}).items():
            ws.getCellByPosition(col + 2, rows[ident]).Formula = formula
        for ident in job.get("hide", []):
            ws.Rows.getByIndex(rows[ident]).IsVisible = False
        if job.get("sortDescending"):
            target = ws.getCellRangeByPosition(0, 1, col + 2, last)
            field = uno.createUnoStruct("com.sun.star.table.TableSortField")
            field.Field = 0
            field.IsAscending = False
            target.sort((prop("SortFields", uno.Any("[]com.sun.star.table.TableSortField", (field,))), prop("ContainsHeader", False)))
            rows, last = rows_by_id(ws)
        for ident in sorted(job.get("delete", []), key=lambda i: -rows[i]):
            ws.Rows.removeByIndex(rows[ident], 1)
        if job.get("insertBefore"):
            rows, last = rows_by_id(ws)
            at = rows[job["insertBefore"]]
            ws.Rows.insertByIndex(at, 1)
            ws.getCellByPosition(1, at).String = "a row the vendor added"
        if job.get("vendor") is not None:
            doc.Sheets.getByName(job["cover"]).getCellRangeByName("B11").String = job["vendor"]
        if job.get("unhideMetadata"):
            doc.Sheets.getByName(job["metadata"]).IsVisible = True
        kind = "calc8" if job["output"].endswith(".ods") else "Calc MS Excel 2007 XML"
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["output"])), (prop("FilterName", kind),))
    finally:
        doc.close(True)


def main():
    spec = json.load(open(sys.argv[1], encoding="utf-8"))
    with_office(spec["profile"], f"ccp_lo_{os.getpid()}", lambda ctx: [run(ctx, job) for job in spec["jobs"]])

main()
