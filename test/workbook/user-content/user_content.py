"""Adds what colleagues add to a shared Rights Matrix workbook, with openpyxl (a writer we did not write).

Usage: /usr/bin/python3 user_content.py COMMAND IN.xlsx OUT.xlsx [ARGUMENT]

  add             every kind of user content (see add_user_content)
  resave          open and save with no edits (openpyxl writes absolute relationship targets)
  shrink ROW      the Recommendations table's range shrunk by hand to end at ROW
  clear-header H  the header cell of the Recommendations column H emptied
  merge-header H  the header cell of the Recommendations column H merged with its right neighbour

IN is a workbook Rights Matrix made (init, import, load-plan, accept, matrix through the CLI).
"""

import datetime
import sys
import warnings

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.table import TableColumn

warnings.simplefilter("ignore")

YELLOW = PatternFill("solid", fgColor="FFFFFF00")
GREEN = PatternFill("solid", fgColor="FFC6EFCE")
RED_BOLD = Font(name="Calibri", size=11, bold=True, color="FFC00000")
ITALIC_BLUE = Font(name="Arial", size=10, italic=True, color="FF1F4E79")

# Cells the tests name; keep them in step with user-content.ts.
FORMULA_HEADER = "Text length"
FOLLOW_UP_HEADER = "Follow-up"
OUTSIDE_NOTE = "Z12"
DASHBOARD = "Dashboard"
# The Dashboard's summary counts (recommendations, matrix rows, with actions, implemented, gaps), under its "Count" header.
DASHBOARD_COUNTS = (7, 11)


def recommendations(wb):
    ws = wb["Recommendations"]
    return ws, ws.tables["Recommendations"]


def header_column(ws, table, header):
    min_col, min_row, max_col, _ = range_boundaries(table.ref)
    for column in range(min_col, max_col + 1):
        if ws.cell(row=min_row, column=column).value == header:
            return column
    raise SystemExit("no column %r in table %s" % (header, table.name))


def add_table_column(ws, table, header):
    """A column a person adds at the right edge of the table, as Excel does when you type beside it."""
    min_col, min_row, max_col, max_row = range_boundaries(table.ref)
    column = max_col + 1
    ws.cell(row=min_row, column=column, value=header)
    table.tableColumns.append(TableColumn(id=max(c.id for c in table.tableColumns) + 1, name=header))
    table.ref = "%s%d:%s%d" % (get_column_letter(min_col), min_row, get_column_letter(column), max_row)
    if table.autoFilter is not None:
        table.autoFilter.ref = table.ref
    return column, min_row, max_row


def add_user_content(wb):
    ws, table = recommendations(wb)
    text_column = get_column_letter(header_column(ws, table, "Text"))
    id_column = get_column_letter(header_column(ws, table, "ID"))
    notes = header_column(ws, table, "Notes")

    # A formula column added to the table: a formula on every row.
    length_column, header_row, last_row = add_table_column(ws, table, FORMULA_HEADER)
    for row in range(header_row + 1, last_row + 1):
        ws.cell(row=row, column=length_column, value="=LEN(%s%d)" % (text_column, row))
    ws.cell(row=header_row + 1, column=length_column).number_format = "0"

    # A text column people fill in by hand, with a formula in one cell, a date, spaces, colours, a comment, a link.
    follow, _, _ = add_table_column(ws, table, FOLLOW_UP_HEADER)
    first = header_row + 1
    ws.cell(row=first, column=follow, value="Asked the ministry on 3 March")
    ws.cell(row=first + 1, column=follow, value=datetime.datetime(2026, 3, 14))
    ws.cell(row=first + 1, column=follow).number_format = "dd/mm/yyyy"
    ws.cell(row=first + 2, column=follow, value="  waiting for the reply  ")
    ws.cell(row=first + 3, column=follow, value='=%s%d&" followed up"' % (id_column, first + 3))
    ws.cell(row=first + 4, column=follow, value="Urgent").fill = YELLOW
    ws.cell(row=first + 4, column=follow).font = RED_BOLD
    ws.cell(row=first + 5, column=follow, value="See the government page")
    ws.cell(row=first + 5, column=follow).hyperlink = "https://www.gov.si/en/"
    ws.cell(row=first + 6, column=follow, value="Discussed with the Ombudsman")
    ws.cell(row=first + 6, column=follow).comment = Comment("Meeting of 12 May: they will send figures.", "Mojca")
    ws.cell(row=first + 7, column=follow, value=42)
    ws.cell(row=first + 7, column=follow).number_format = "0.0%"
    ws.cell(row=last_row, column=follow, value="last row, typed by hand")

    # Our Notes column, where people type: a date, spaces, a comment, a colour.
    ws.cell(row=first, column=notes, value=datetime.datetime(2026, 1, 20))
    ws.cell(row=first, column=notes).number_format = "yyyy-mm-dd"
    ws.cell(row=first + 1, column=notes, value="  spaces kept  ")
    ws.cell(row=first + 2, column=notes, value="Checked by the NMRF").fill = GREEN
    ws.cell(row=first + 2, column=notes).comment = Comment("Who checked it? Ana.", "Luka")

    # Notes beside the table, outside any table.
    ws[OUTSIDE_NOTE] = "Ask the ministry about paragraph 108.45"
    ws[OUTSIDE_NOTE].font = ITALIC_BLUE
    ws[OUTSIDE_NOTE].fill = YELLOW
    ws[OUTSIDE_NOTE].comment = Comment("Added at the March meeting.", "Mojca")
    ws["Z13"] = "OHCHR Universal Human Rights Index"
    ws["Z13"].hyperlink = "https://uhri.ohchr.org/"
    ws["Z14"] = "=COUNTA(%s:%s)-1" % (id_column, id_column)
    ws["AA12"] = "  leading and trailing spaces  "
    ws["AA13"] = datetime.date(2026, 6, 30)
    ws["AA13"].number_format = "d mmm yyyy"

    # A user's own sheet: a small budget table with a formula, styles, a merged title, a link, a comment and a chart.
    budget = wb.create_sheet("Budget")
    budget["A1"] = "Budget by ministry (EUR)"
    budget["A1"].font = Font(name="Calibri", size=14, bold=True)
    budget.merge_cells("A1:C1")
    budget.append([])
    budget["A2"], budget["B2"], budget["C2"] = "Ministry", "Budget", "Approved on"
    for cell in budget[2]:
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", fgColor="FF305496")
    rows = [
        ("Ministry of Justice", 120000, datetime.date(2026, 2, 1)),
        ("Ministry of Education", 780000, datetime.date(2026, 2, 15)),
        ("Ministry of the Interior", 95000.5, datetime.date(2026, 3, 1)),
        ("Police", 40000, None),
        ("Human Rights Ombudsman", 15000, datetime.date(2026, 4, 30)),
    ]
    for offset, (name, amount, approved) in enumerate(rows):
        row = 3 + offset
        budget.cell(row=row, column=1, value=name)
        budget.cell(row=row, column=2, value=amount).number_format = "#,##0.00"
        if approved:
            budget.cell(row=row, column=3, value=approved).number_format = "dd.mm.yyyy"
    budget["A8"] = "Total"
    budget["A8"].font = Font(bold=True)
    budget["B8"] = "=SUM(B3:B7)"
    budget["B8"].number_format = "#,##0.00"
    budget["B8"].comment = Comment("Check against the 2026 budget act.", "Mojca")
    budget["A10"] = "Source: government budget portal"
    budget["A10"].hyperlink = "https://www.gov.si/en/topics/budget/"
    budget["A3"].alignment = Alignment(wrap_text=True)
    budget.column_dimensions["A"].width = 30
    chart = BarChart()
    chart.title = "Budget by ministry"
    chart.add_data(Reference(budget, min_col=2, min_row=2, max_row=7), titles_from_data=True)
    chart.set_categories(Reference(budget, min_col=1, min_row=3, max_row=7))
    budget.add_chart(chart, "E2")
    budget.conditional_formatting.add("B3:B7", CellIsRule(operator="greaterThan", formula=["500000"], fill=YELLOW))

    # A chart of the user's own on a sheet Rights Matrix generates: the Dashboard's summary counts.
    dashboard = wb[DASHBOARD]
    summary = BarChart()
    summary.title = "Where we stand"
    summary.add_data(Reference(dashboard, min_col=2, min_row=DASHBOARD_COUNTS[0] - 1, max_row=DASHBOARD_COUNTS[1]), titles_from_data=True)
    summary.set_categories(Reference(dashboard, min_col=1, min_row=DASHBOARD_COUNTS[0], max_row=DASHBOARD_COUNTS[1]))
    dashboard.add_chart(summary, "F2")

    # A second user sheet, placed between our own sheets (after Recommendations).
    contacts = wb.create_sheet("Contacts", index=wb.sheetnames.index("Recommendations") + 1)
    contacts.append(["Name", "Institution", "E-mail", "Phone", "Last meeting"])
    contacts.append(["Ana Novak", "MFEA", "ana.novak@example.org", "01 234 5678", datetime.date(2026, 5, 12)])
    contacts.append(["Luka Kovač", "Ministry of Justice", "luka.kovac@example.org", "+386 1 369 5200", datetime.date(2026, 6, 2)])
    contacts["C2"].hyperlink = "mailto:ana.novak@example.org"
    contacts["C3"].hyperlink = "mailto:luka.kovac@example.org"
    contacts["E2"].number_format = contacts["E3"].number_format = "yyyy-mm-dd"
    contacts["A4"] = "=COUNTA(A2:A3)"
    contacts["A1"].font = Font(bold=True)
    met = DataValidation(type="list", formula1='"Yes,No"', allow_blank=True)
    met.add("F2:F3")
    contacts.add_data_validation(met)
    contacts["F1"], contacts["F2"] = "Met?", "Yes"

    wb.defined_names.append(DefinedName("BudgetTotal", attr_text="Budget!$B$8"))
    wb.defined_names.append(DefinedName("FollowUp", attr_text="Recommendations!$%s$%d:$%s$%d" % (get_column_letter(follow), first, get_column_letter(follow), last_row)))


def shrink(wb, last_row):
    ws, table = recommendations(wb)
    min_col, min_row, max_col, _ = range_boundaries(table.ref)
    table.ref = "%s%d:%s%d" % (get_column_letter(min_col), min_row, get_column_letter(max_col), last_row)
    if table.autoFilter is not None:
        table.autoFilter.ref = table.ref


def clear_header(wb, header):
    ws, table = recommendations(wb)
    column = header_column(ws, table, header)
    _, min_row, _, _ = range_boundaries(table.ref)
    ws.cell(row=min_row, column=column).value = None


def merge_header(wb, header):
    ws, table = recommendations(wb)
    column = header_column(ws, table, header)
    _, min_row, _, _ = range_boundaries(table.ref)
    ws.merge_cells(start_row=min_row, start_column=column, end_row=min_row, end_column=column + 1)


def main(argv):
    command, source, target = argv[1], argv[2], argv[3]
    wb = openpyxl.load_workbook(source)
    if command == "add":
        add_user_content(wb)
    elif command == "shrink":
        shrink(wb, int(argv[4]))
    elif command == "clear-header":
        clear_header(wb, argv[4])
    elif command == "merge-header":
        merge_header(wb, argv[4])
    elif command != "resave":
        raise SystemExit("unknown command %s" % command)
    wb.save(target)


if __name__ == "__main__":
    main(sys.argv)
