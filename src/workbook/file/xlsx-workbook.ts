import type JSZip from "jszip";
import type { CellValue } from "../../model/cells";
import { UserFacingError } from "../../model/i18n/messages";
import { tableDef, type TableName } from "../../model/tables";
import { localizedTableDef } from "../../model/workbook-language";
import { assertPlanWritable } from "../plan-checks";
import type { SheetPlan } from "../plan";
import type { TableData, WorkbookChanges, WorkbookPort } from "../port";
import { orderedSheetNames } from "../sheet-order";
import { planTableEdit, touchedTables } from "../table-values";
import { emptyPackage } from "./empty-package";
import { loadPackage, relationshipsPart, relativeTarget } from "./package";
import {
  CONTENT_TYPE,
  RELATIONSHIP_NS,
  REL_TYPE,
  WorkbookStructureError,
  freeRelationshipId,
  patchContentTypes,
  readRelationships,
  relationshipsXml,
  withDefinedNames,
  withFullCalcOnLoad,
  withRelationships,
  withoutRelationships,
  type WorkbookInfo,
} from "./package-parts";
import { PackageReader } from "./package-reader";
import { PLAN_SHEET_DRAWINGS, TABLE_ID_PLACEHOLDER, tablePartXml, writePlanSheet } from "./plan-sheet";
import { removeOwnCharts, writeSheetCharts } from "./sheet-charts";
import { DRAWING_KINDS, keptDrawings, type KeptDrawings } from "./sheet-drawings";
import { EMPTY_STYLES, StyleBook } from "./styles";
import { movedCommentsPart, movedVmlNotes } from "./moved-comments";
import type { RowMoves } from "./row-moves";
import { patchTable } from "./table-patch";
import { MalformedPartError, applySplices, escapeAttribute, escapeFormula, type Splice } from "./xml";

/**
 * The port over an .xlsx file held in memory, for the CLI, the standalone page and the tests.
 * It patches the package rather than regenerating it: parts it does not own (people's sheets,
 * charts, comments, pictures, pivot tables, macros, defined names...) keep their bytes; our
 * tables' sheets are edited cell by cell; generated sheets are written whole from their plans.
 * `apply` builds every changed part first and swaps them in only when all succeeded.
 */
export class XlsxWorkbook implements WorkbookPort {
  private reader: PackageReader;

  private constructor(
    readonly label: string,
    private readonly zip: JSZip,
    private bytes: Uint8Array | null,
  ) {
    this.reader = new PackageReader(zip, label);
  }

  static empty(label: string): XlsxWorkbook {
    return new XlsxWorkbook(label, emptyPackage(), null);
  }

  static async fromBytes(bytes: Uint8Array | ArrayBuffer, label: string): Promise<XlsxWorkbook> {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const workbook = new XlsxWorkbook(label, await loadPackage(data, label), data);
    // The workbook part is read now, so a file that is no workbook is refused on opening.
    await workbook.reading(() => workbook.reader.info());
    return workbook;
  }

  /** The workbook as .xlsx bytes, after the last successful write; `onProgress` hears the share compressed (0 to 1). */
  async toBytes(onProgress?: (fraction: number) => void): Promise<Uint8Array> {
    if (this.bytes) return this.bytes;
    // A workbook needs a sheet: one never written gets an empty one, as a spreadsheet program would.
    if ((await this.sheetNames()).length === 0) await this.apply({ plans: [{ sheet: "Sheet1", columns: [], rows: [] }] });
    this.bytes = await this.zip.generateAsync(
      { type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } },
      onProgress && ((metadata) => onProgress(metadata.percent / 100)),
    );
    return this.bytes;
  }

  async sheetNames(): Promise<string[]> {
    return this.reading(async () => (await this.reader.info()).sheets.map((sheet) => sheet.name));
  }

  async readSheet(sheet: string): Promise<CellValue[][] | null> {
    return this.reading(() => this.reader.readSheet(sheet));
  }

  async readTables<Name extends TableName>(names: readonly Name[]): Promise<Record<Name, TableData | null>> {
    return this.reading(async () => {
      const result = {} as Record<Name, TableData | null>;
      for (const name of names) result[name] = (await this.reader.readTable(tableDef(name)))?.data ?? null;
      return result;
    });
  }

  async apply(changes: WorkbookChanges): Promise<void> {
    (changes.plans ?? []).forEach(assertPlanWritable);
    const reader = this.reader;
    try {
      await this.reading(() => new PackageWriter(reader).apply(changes));
    } catch (error) {
      // Nothing reached the package: start again from it, forgetting the draft.
      this.reader = new PackageReader(this.zip, this.label);
      throw error;
    }
    reader.draft.commitTo(this.zip);
    this.bytes = null;
    this.reader = new PackageReader(this.zip, this.label);
  }

  /** A damaged part becomes a message naming the file, whatever was reading it. */
  private async reading<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof MalformedPartError || error instanceof WorkbookStructureError) {
        throw new UserFacingError("error.notAWorkbook", { file: this.label, reason: error.message });
      }
      throw error;
    }
  }
}

/** One command's writes, into the reader's draft. */
class PackageWriter {
  private styles!: StyleBook;
  private stylesPart!: string;
  private createdStyles = false;
  private dropCalcChain = false;
  private calculateOnOpening = false;
  private readonly addedTypes: { part: string; type: string }[] = [];
  private readonly removedParts: string[] = [];

  constructor(private readonly reader: PackageReader) {}

  private get draft() {
    return this.reader.draft;
  }

  async apply(changes: WorkbookChanges): Promise<void> {
    await this.openStyles();
    const existing = (await this.reader.info()).sheets.map((sheet) => sheet.name);
    for (const plan of changes.plans ?? []) await this.writePlan(plan);
    await this.orderSheets(existing);
    for (const name of touchedTables(changes)) await this.patchTable(name, changes);
    await this.finish();
  }

  private async openStyles(): Promise<void> {
    const styles = await this.reader.styles();
    const part = await this.reader.stylesPart();
    if (styles && part) {
      this.styles = styles;
      this.stylesPart = part;
      return;
    }
    this.styles = new StyleBook(EMPTY_STYLES, "xl/styles.xml");
    this.stylesPart = "xl/styles.xml";
    this.createdStyles = true;
  }

  /** Writes a sheet whole from its plan, in place of the sheet of that name if there is one. */
  private async writePlan(plan: SheetPlan): Promise<void> {
    const info = await this.reader.info();
    const existing = await this.reader.sheetEntry(plan.sheet);
    const others = (await this.reader.tables()).filter((entry) => entry.sheet !== existing);
    const usedIds = new Set(others.map((entry) => entry.table.id));
    let nextId = 1;
    const tableIds = () => {
      while (usedIds.has(nextId)) nextId++;
      usedIds.add(nextId);
      return nextId;
    };
    const written = writePlanSheet(plan, this.styles, info.date1904, tableIds);

    let sheetPart = existing?.part ?? null;
    let kept: KeptDrawings = { xml: "", relationships: [] };
    if (existing && sheetPart) {
      // Our old charts go; a chart, picture or comment someone put on the sheet stays (its drawing with it).
      this.removedParts.push(...(await removeOwnCharts(this.draft, sheetPart, (plan.charts ?? []).map((chart) => chart.title))));
      const oldRelationships = (await readRelationships(this.draft, sheetPart)).filter((rel) => rel.external || this.draft.has(rel.part));
      // The old text (a matrix can be large) is read only when there is a drawing to find in it.
      if (oldRelationships.some((rel) => DRAWING_KINDS.has(rel.kind))) kept = keptDrawings((await this.draft.text(sheetPart)) ?? "", oldRelationships);
      // The old sheet's table parts go with it.
      for (const rel of oldRelationships) {
        if (rel.kind === "table" && !rel.external && this.draft.has(rel.part)) {
          this.draft.remove(rel.part);
          this.removedParts.push(rel.part);
        }
      }
      this.dropCalcChain = true;
    }
    if (!sheetPart) sheetPart = this.freePart("xl/worksheets/sheet", ".xml");
    const sheetRels = kept.relationships.map((rel) => ({ id: rel.id, type: rel.type, target: rel.external ? rel.part : relativeTarget(sheetPart as string, rel.part), external: rel.external }));
    const keptDrawing = kept.relationships.find((rel) => rel.kind === "drawing" && !rel.external)?.part ?? null;
    const charts = await writeSheetCharts(this.draft, plan, sheetPart, (stem, extension) => this.freePart(stem, extension), keptDrawing);
    let drawings = kept.xml;
    if (charts) {
      this.addedTypes.push(...charts.added);
      if (charts.relationship) {
        const id = freeRelationshipId(sheetRels.map((rel) => rel.id));
        sheetRels.push({ id, ...charts.relationship, external: false });
        // The drawing element comes first among the sheet's drawing elements (ECMA-376 schema order).
        drawings = `<drawing r:id="${id}"/>${drawings}`;
      }
    }
    let sheetXml = written.xml.replace(PLAN_SHEET_DRAWINGS, drawings);
    written.tables.forEach((table, index) => {
      const part = this.freePart("xl/tables/table", ".xml");
      this.draft.write(part, tablePartXml(table));
      this.addedTypes.push({ part, type: CONTENT_TYPE.table });
      const id = freeRelationshipId(sheetRels.map((rel) => rel.id));
      sheetRels.push({ id, type: REL_TYPE.table, target: relativeTarget(sheetPart as string, part), external: false });
      sheetXml = sheetXml.replace(TABLE_ID_PLACEHOLDER(index), id);
    });
    this.draft.write(sheetPart, sheetXml);
    if (sheetRels.length > 0) this.draft.write(relationshipsPart(sheetPart), relationshipsXml(sheetRels));
    else this.draft.remove(relationshipsPart(sheetPart));

    const sheets = info.sheets.map((sheet) => ({ name: sheet.name, xml: sheet.xml }));
    if (!existing) {
      const relsPart = relationshipsPart(info.part);
      const relId = freeRelationshipId(info.relationships.map((rel) => rel.id));
      const relsXml = await this.draft.text(relsPart);
      const added = [{ id: relId, type: REL_TYPE.worksheet, target: relativeTarget(info.part, sheetPart) }];
      this.draft.write(relsPart, relsXml === null ? relationshipsXml(added) : withRelationships(relsXml, relsPart, added));
      this.addedTypes.push({ part: sheetPart, type: CONTENT_TYPE.worksheet });
      const prefix = info.sheetsRange.name.slice(0, info.sheetsRange.name.length - "sheets".length);
      const relPrefix = info.relationshipPrefix ? `${info.relationshipPrefix}:id` : `xmlns:rr="${RELATIONSHIP_NS}" rr:id`;
      const sheetId = Math.max(0, ...info.sheets.map((sheet) => sheet.sheetId)) + 1;
      sheets.push({ name: plan.sheet, xml: `<${prefix}sheet name="${escapeAttribute(plan.sheet)}" sheetId="${sheetId}" ${relPrefix}="${relId}"/>` });
    }
    this.draft.write(info.part, workbookWith(info, sheets, info.sheets.map((sheet) => sheet.name), plan.sheet, written.printTitles));
    this.reader.forget([sheetPart]);
  }

  /** Sheets that were there keep their order; new sheets of ours go where sheet-order.ts says. */
  private async orderSheets(existing: readonly string[]): Promise<void> {
    const info = await this.reader.info();
    const names = info.sheets.map((sheet) => sheet.name);
    const ordered = orderedSheetNames(
      names.filter((name) => existing.includes(name)),
      names.filter((name) => !existing.includes(name)),
    );
    if (ordered.every((name, index) => name === names[index])) return;
    // Sheets that were there moved: a calculation chain naming sheets by position would name the wrong ones.
    if (existing.some((name, index) => ordered[index] !== name)) this.dropCalcChain = true;
    const byName = new Map(info.sheets.map((sheet) => [sheet.name, sheet]));
    const sheets = ordered.map((name) => ({ name, xml: (byName.get(name) as { xml: string }).xml }));
    this.draft.write(info.part, workbookWith(info, sheets, names, null, null));
    this.reader.forget([]);
  }

  private async patchTable(name: TableName, changes: WorkbookChanges): Promise<void> {
    const def = tableDef(name);
    const found = await this.reader.readTable(def);
    const edit = planTableEdit(def, found?.data ?? null, changes, this.reader.label);
    if (!found) throw new Error(`Table ${def.name} is not in the workbook: write its plan first`);
    const nothingToDo = edit.updated.length === 0 && edit.deleted.length === 0 && edit.appended.length === 0 && (found.data.missingColumns ?? []).length === 0;
    const shrunk = found.located.bodyBottom !== found.located.table.range.bottom - found.located.table.totalsRowCount;
    if (nothingToDo && !shrunk) return;
    const info = await this.reader.info();
    // Columns the table lacks are added under their header in the table's language.
    const patch = patchTable({ def: localizedTableDef(def, found.data.language ?? "en"), label: this.reader.label, scan: found.scan, located: found.located, current: found.data, edit, styles: this.styles, date1904: info.date1904 });
    if (patch.touchedFormulas) this.dropCalcChain = true;
    if (patch.addedFormulas) this.calculateOnOpening = true;
    this.draft.write(found.located.sheetPart, patch.sheetXml);
    this.draft.write(found.located.table.part, patch.tablePartXml);
    if (patch.moves) {
      await this.moveComments(found.located.sheetPart, patch.moves);
      const moves = patch.moves;
      const named = withDefinedNames(info, (formula) => moves.formula(formula, found.located.sheetName, null));
      if (named !== null) this.draft.write(info.part, named);
    }
    if (patch.removedRelationships.length > 0) await this.removeUnusedRelationships(found.located.sheetPart, patch.sheetXml, patch.removedRelationships);
    this.reader.forget([found.located.sheetPart]);
  }

  /** The sheet's comments, threaded comments and note boxes follow the rows that moved. */
  private async moveComments(sheetPart: string, moves: RowMoves): Promise<void> {
    for (const rel of await readRelationships(this.draft, sheetPart)) {
      if (rel.external || !["comments", "threadedComment", "vmlDrawing"].includes(rel.kind)) continue;
      const xml = await this.draft.text(rel.part);
      if (xml === null) continue;
      const moved = rel.kind === "vmlDrawing" ? movedVmlNotes(xml, moves) : movedCommentsPart(xml, rel.part, moves);
      if (moved !== null) this.draft.write(rel.part, moved);
    }
  }

  /** Relationships of links that went with their rows, unless another element of the sheet still uses them. */
  private async removeUnusedRelationships(sheetPart: string, sheetXml: string, ids: readonly string[]): Promise<void> {
    const relsPart = relationshipsPart(sheetPart);
    const relsXml = await this.draft.text(relsPart);
    if (relsXml === null) return;
    const used = new Set([...sheetXml.matchAll(/\s(?:[\w.-]+:)?id\s*=\s*["']([^"']*)["']/g)].map((match) => match[1]));
    const unused = ids.filter((id) => !used.has(id));
    if (unused.length > 0) this.draft.write(relsPart, withoutRelationships(relsXml, relsPart, unused));
  }

  private async finish(): Promise<void> {
    const info = await this.reader.info();
    if (this.styles.changed || this.createdStyles) {
      this.draft.write(this.stylesPart, this.styles.toXml());
      if (this.createdStyles) {
        const relsPart = relationshipsPart(info.part);
        const relsXml = await this.draft.text(relsPart);
        const added = [{ id: freeRelationshipId(info.relationships.map((rel) => rel.id)), type: REL_TYPE.styles, target: relativeTarget(info.part, this.stylesPart) }];
        this.draft.write(relsPart, relsXml === null ? relationshipsXml(added) : withRelationships(relsXml, relsPart, added));
        this.addedTypes.push({ part: this.stylesPart, type: CONTENT_TYPE.styles });
      }
    }
    if (this.dropCalcChain) {
      // Excel rebuilds the calculation chain when it is missing; a stale one makes it "repair" the file.
      const calcChain = info.relationships.find((rel) => rel.kind === "calcChain" && !rel.external);
      if (calcChain && this.draft.has(calcChain.part)) {
        this.draft.remove(calcChain.part);
        this.removedParts.push(calcChain.part);
        const relsPart = relationshipsPart(info.part);
        const relsXml = await this.draft.text(relsPart);
        if (relsXml !== null) this.draft.write(relsPart, withoutRelationships(relsXml, relsPart, [calcChain.id]));
      }
    }
    if (this.calculateOnOpening) {
      const asking = withFullCalcOnLoad(info);
      if (asking !== null) this.draft.write(info.part, asking);
    }
    if (this.addedTypes.length > 0 || this.removedParts.length > 0) {
      const types = await this.draft.text("[Content_Types].xml");
      if (types === null) throw new WorkbookStructureError("The package has no [Content_Types].xml");
      this.draft.write("[Content_Types].xml", patchContentTypes(types, this.addedTypes, this.removedParts));
    }
  }

  /** An unused part name: xl/worksheets/sheet7.xml. */
  private freePart(stem: string, extension: string): string {
    const taken = new Set(this.draft.partNames().map((name) => name.toLowerCase()));
    for (let number = 1; ; number++) {
      const part = `${stem}${number}${extension}`;
      if (!taken.has(part.toLowerCase())) return part;
    }
  }
}

/**
 * The workbook part with its sheets listed in the given order and its defined names following
 * them (a name local to a sheet keeps pointing at that sheet); the plan's sheet gets its print
 * titles, or loses old ones.
 */
function workbookWith(info: WorkbookInfo, sheets: readonly { name: string; xml: string }[], oldOrder: readonly string[], planSheet: string | null, printTitles: string | null): string {
  const newIndex = new Map(sheets.map((sheet, index) => [sheet.name, index]));
  const indexOf = (old: number) => newIndex.get(oldOrder[old]) ?? old;
  const planIndex = planSheet === null ? -1 : (newIndex.get(planSheet) ?? -1);
  const names = info.definedNames
    .filter((name) => !(planSheet !== null && name.name === "_xlnm.Print_Titles" && name.localSheetId !== null && oldOrder[name.localSheetId] === planSheet))
    .map((name) => (name.localSheetId === null ? name.xml : name.xml.replace(/(\slocalSheetId\s*=\s*["'])(\d+)(["'])/, (_, open: string, id: string, close: string) => `${open}${indexOf(Number(id))}${close}`)));
  const sheetsPrefix = info.sheetsRange.name.slice(0, info.sheetsRange.name.length - "sheets".length);
  if (printTitles && planIndex >= 0) names.push(`<${sheetsPrefix}definedName name="_xlnm.Print_Titles" localSheetId="${planIndex}">${escapeFormula(printTitles)}</${sheetsPrefix}definedName>`);
  const splices: Splice[] = [{ start: info.sheetsRange.start, end: info.sheetsRange.end, text: `<${info.sheetsRange.name}>${sheets.map((sheet) => sheet.xml).join("")}</${info.sheetsRange.name}>` }];
  const definedNames = names.length > 0 ? `<${sheetsPrefix}definedNames>${names.join("")}</${sheetsPrefix}definedNames>` : "";
  if (info.definedNamesRange) splices.push({ start: info.definedNamesRange.start, end: info.definedNamesRange.end, text: definedNames });
  else if (definedNames) splices.push({ start: info.definedNamesInsertAt, end: info.definedNamesInsertAt, text: definedNames });
  return applySplices(info.xml, splices);
}
