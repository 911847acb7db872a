"""Reads an .xlsx file with openpyxl (Debian's python3-openpyxl) and prints what a reader sees as JSON:
{"title": ..., "sheets": [{"name": ..., "frozen": "A2", "widths": {"A": 12.0}, "rows": [[...], ...]}]}.
Exits non-zero, with the reader's complaint, if openpyxl cannot open the file."""
import json
import sys

import openpyxl


def main(path):
    book = openpyxl.load_workbook(path)
    sheets = []
    for sheet in book.worksheets:
        rows = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
        widths = {key: dim.width for key, dim in sheet.column_dimensions.items() if dim.customWidth}
        bold = [cell.font.b for cell in next(sheet.iter_rows(min_row=1, max_row=1), [])]
        sheets.append({"name": sheet.title, "frozen": sheet.freeze_panes, "widths": widths, "rows": rows,
                       "header_bold": bold})
    print(json.dumps({"title": book.properties.title, "creator": book.properties.creator, "sheets": sheets},
                     ensure_ascii=False, default=str))


if __name__ == "__main__":
    main(sys.argv[1])
