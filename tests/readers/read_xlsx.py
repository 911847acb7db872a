"""Reads an .xlsx file with openpyxl (Debian's python3-openpyxl) and prints what a reader sees as JSON:
{"title": ..., "sheets": [{"name": ..., "frozen": "A2", "widths": {"A": 12.0}, "rows": [[...], ...],
"print": {"paper_size": 9, "orientation": "landscape", "fit_to_page": true, "fit_to_width": 1, "fit_to_height": 0,
"title_rows": "1:1"}, "date_formats": {"B3": "dd/mm/yyyy hh:mm"}}]}; a date cell's value is "YYYY-MM-DD HH:MM:SS".
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
        setup = sheet.page_setup
        fit = sheet.sheet_properties.pageSetUpPr
        printing = {"paper_size": int(setup.paperSize) if setup.paperSize is not None else None,
                    "orientation": setup.orientation,
                    "fit_to_page": bool(fit and fit.fitToPage),
                    "fit_to_width": int(setup.fitToWidth) if setup.fitToWidth is not None else None,
                    "fit_to_height": int(setup.fitToHeight) if setup.fitToHeight is not None else None,
                    "title_rows": sheet.print_title_rows}
        dates = {cell.coordinate: cell.number_format for row in sheet.iter_rows() for cell in row if cell.is_date}
        sheets.append({"name": sheet.title, "frozen": sheet.freeze_panes, "widths": widths, "rows": rows,
                       "header_bold": bold, "print": printing, "date_formats": dates})
    print(json.dumps({"title": book.properties.title, "creator": book.properties.creator, "sheets": sheets},
                     ensure_ascii=False, default=str))


if __name__ == "__main__":
    main(sys.argv[1])
