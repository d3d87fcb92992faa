"""Fills a copy of a ccp spec with openpyxl, as a vendor's script would: python3 openpyxl-fill.py JOB.json

JOB: {"input", "output", "sheet", "cover", "metadata", "vendor", "answerColumn", "answers": {id: text},
      "costs": {id: number|text}, "formulas": {id: "=100*12"}, "delete": [id], "insertBefore": id, "hide": [id],
      "unhideMetadata": bool}
"""
import json
import sys

import openpyxl

job = json.load(open(sys.argv[1], encoding="utf-8"))
wb = openpyxl.load_workbook(job["input"])
ws = wb[job["sheet"]]
col = job.get("answerColumn", 9)


def rows_by_id():
    found = {}
    for r in range(2, ws.max_row + 1):
        v = ws.cell(r, 1).value
        if v:
            found.setdefault(str(v), r)
    return found


rows = rows_by_id()
for ident, text in job.get("answers", {}).items():
    ws.cell(rows[ident], col).value = text
for ident, cost in job.get("costs", {}).items():
    ws.cell(rows[ident], col + 2).value = cost
for ident, formula in job.get("formulas", {}).items():
    ws.cell(rows[ident], col + 2).value = formula
for ident in job.get("hide", []):
    ws.row_dimensions[rows[ident]].hidden = True
for ident in sorted(job.get("delete", []), key=lambda i: -rows[i]):
    ws.delete_rows(rows[ident], 1)
if job.get("insertBefore"):
    at = rows_by_id()[job["insertBefore"]]
    ws.insert_rows(at, 1)
    ws.cell(at, 2).value = "a row the script added"
if job.get("vendor") is not None:
    wb[job["cover"]]["B11"] = job["vendor"]
if job.get("unhideMetadata"):
    wb[job["metadata"]].sheet_state = "visible"
wb.save(job["output"])
