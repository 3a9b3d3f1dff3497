import { applySplices, escapeAttribute, scanXml, withAttribute, type Splice, type XmlElement } from "./xml";
import { parseCellReference } from "./sheet-scan";
import { columnLetter } from "../plan";

/** An Excel table's part (xl/tables/tableN.xml): its name, range and column names, and how to patch them. */

export interface TableRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TablePartInfo {
  part: string;
  xml: string;
  id: number;
  name: string;
  displayName: string;
  range: TableRange;
  headerRowCount: number;
  totalsRowCount: number;
  columnNames: string[];
  /** Each column's calculated formula (Excel fills it into every row the table gains), or null. */
  calculatedFormulas: (string | null)[];
  root: XmlElement;
  autoFilter: XmlElement | null;
  tableColumns: { element: XmlElement; end: number } | null;
  maxColumnId: number;
}

export function parseRange(ref: string): TableRange | null {
  const [first, second] = ref.split(":");
  const start = parseCellReference(first ?? "");
  const end = parseCellReference(second ?? first ?? "");
  if (!start || !end) return null;
  return { top: Math.min(start.row, end.row), left: Math.min(start.column, end.column), bottom: Math.max(start.row, end.row), right: Math.max(start.column, end.column) };
}

export function rangeRef(range: TableRange): string {
  return `${columnLetter(range.left)}${range.top}:${columnLetter(range.right)}${range.bottom}`;
}

export function readTablePart(xml: string, part: string): TablePartInfo | null {
  let info: TablePartInfo | null = null;
  let formula: string[] | null = null;
  scanXml(xml, part, {
    text(text) {
      formula?.push(text);
    },
    open(element) {
      if (element.depth === 0 && element.local === "table") {
        const range = parseRange(element.attributes.ref ?? "");
        if (!range) return;
        info = {
          part,
          xml,
          id: Number(element.attributes.id ?? 0),
          name: element.attributes.name ?? element.attributes.displayName ?? "",
          displayName: element.attributes.displayName ?? element.attributes.name ?? "",
          range,
          headerRowCount: Number(element.attributes.headerRowCount ?? 1),
          totalsRowCount: Number(element.attributes.totalsRowCount ?? 0),
          columnNames: [],
          calculatedFormulas: [],
          root: element,
          autoFilter: null,
          tableColumns: null,
          maxColumnId: 0,
        };
      }
      if (!info) return;
      if (element.depth === 1 && element.local === "autoFilter") info.autoFilter = element;
      if (element.depth === 2 && element.local === "tableColumn") {
        info.columnNames.push((element.attributes.name ?? "").replace(/_x000a_/gi, "\n"));
        info.maxColumnId = Math.max(info.maxColumnId, Number(element.attributes.id ?? 0));
        info.calculatedFormulas.push(null);
      }
      // An array formula cannot be written into one cell at a time: those columns are left to Excel.
      if (element.depth === 3 && element.local === "calculatedColumnFormula" && element.attributes.array !== "1" && element.attributes.array !== "true") formula = [];
    },
    close(element, end) {
      if (info && formula && element.local === "calculatedColumnFormula") {
        info.calculatedFormulas[info.calculatedFormulas.length - 1] = formula.join("").replace(/^=/, "") || null;
        formula = null;
      }
      if (info && element.depth === 1 && element.local === "tableColumns") info.tableColumns = { element, end };
    },
  });
  return info;
}

/** The table part with a new range (and autoFilter range) and columns added at its right. */
export function patchedTablePart(table: TablePartInfo, range: TableRange, addedColumns: readonly string[]): string {
  const { xml } = table;
  const ref = rangeRef(range);
  const splices: Splice[] = [{ start: table.root.start, end: table.root.openEnd, text: withAttribute(xml.slice(table.root.start, table.root.openEnd), "ref", ref) }];
  if (table.autoFilter) {
    const filter = table.autoFilter;
    splices.push({ start: filter.start, end: filter.openEnd, text: withAttribute(xml.slice(filter.start, filter.openEnd), "ref", ref) });
  }
  if (addedColumns.length > 0 && table.tableColumns) {
    const { element, end } = table.tableColumns;
    const count = table.columnNames.length + addedColumns.length;
    const prefix = element.name.slice(0, element.name.length - element.local.length);
    const entries = addedColumns.map((name, index) => `<${prefix}tableColumn id="${table.maxColumnId + 1 + index}" name="${escapeAttribute(name.replace(/\r?\n/g, "_x000a_"))}"/>`).join("");
    const open = withAttribute(xml.slice(element.start, element.openEnd), "count", String(count));
    if (element.selfClosing) splices.push({ start: element.start, end, text: `${open.slice(0, -2)}>${entries}</${element.name}>` });
    else {
      const closeAt = xml.lastIndexOf("</", end - 1);
      splices.push({ start: element.start, end: element.openEnd, text: open });
      splices.push({ start: closeAt, end: closeAt, text: entries });
    }
  }
  return applySplices(xml, splices);
}
