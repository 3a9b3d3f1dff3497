import { jsonBytes, type ExcelInput } from "./cell-input";
import { ACTION_BYTES, CELLS_PER_SLICE, jsonUtf16Bytes, PATH_BYTES, REQUEST_BUDGET_BYTES, SLICE_BYTES } from "./request-cost";

/**
 * A rectangle of values to write with `Range.values`, and how the batches that carry them to
 * Excel are cut: each `context.sync()` carries at most a budget of value bytes, so a request
 * stays under Excel on the web's 5 MB limit with room for the formatting commands.
 */
export interface ValueBlock {
  sheet: string;
  /** 0-based top row and left column on the sheet. */
  row: number;
  column: number;
  values: ExcelInput[][];
  /** Number format per block column, set on the cells before their values (text stays text). */
  columnFormats: (string | undefined)[];
  /** Null cells keep what they hold: an update of some cells of existing rows. */
  partial: boolean;
}

/** Rows `firstRow` .. `firstRow + rowCount - 1` of a block (offsets within the block). */
export interface BlockSlice {
  block: ValueBlock;
  firstRow: number;
  rowCount: number;
  bytes: number;
}

/**
 * At most this many bytes (counted as UTF-16, commands included) per staging sync: Excel on the
 * web refuses requests over 5 MB; what is left is for the staging sheets' own commands.
 */
export const VALUE_BYTES_PER_SYNC = REQUEST_BUDGET_BYTES - 16 * 1024;

/**
 * What the commands around a slice cost in the request besides its values (object paths, the
 * number formats set before them, at their serialised size), counted against the budget so that
 * many small blocks (scattered updates) cannot add up past the limit.
 */
export function sliceOverhead(block: ValueBlock): number {
  return (PATH_BYTES + ACTION_BYTES + 64) * (1 + block.columnFormats.filter(Boolean).length);
}

/** Rows per slice Office.js cuts a large values array into (1,500 cells each). */
function rowsPerOfficeSlice(block: ValueBlock): number {
  return Math.max(1, Math.round(CELLS_PER_SLICE / Math.max(block.values[0]?.length ?? 1, 1)));
}

/**
 * Cuts blocks into row slices and packs them, in order, into batches of at most `maxBytes`
 * value bytes each: one batch per `context.sync()`.
 */
export function packBlocks(blocks: readonly ValueBlock[], maxBytes: number = VALUE_BYTES_PER_SYNC): BlockSlice[][] {
  const batches: BlockSlice[][] = [];
  let batch: BlockSlice[] = [];
  let batchBytes = 0;
  const closeBatch = () => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    batchBytes = 0;
  };
  for (const block of blocks) {
    let slice: BlockSlice | null = null;
    block.values.forEach((values, offset) => {
      // Each row's JSON, as UTF-16, and the extra range Office.js makes for every 1,500 cells.
      const bytes = jsonUtf16Bytes(values) + 2 + (offset % rowsPerOfficeSlice(block) === 0 ? SLICE_BYTES : 0);
      if (bytes > maxBytes) throw new Error(`Row ${block.row + offset + 1} of ${block.sheet} alone exceeds ${maxBytes} bytes`);
      if (batchBytes + bytes > maxBytes) {
        closeBatch();
        slice = null;
      }
      if (!slice) {
        const overhead = sliceOverhead(block);
        if (batchBytes + overhead + bytes > maxBytes) closeBatch();
        slice = { block, firstRow: offset, rowCount: 0, bytes: 4 };
        batch.push(slice);
        batchBytes += overhead;
      }
      slice.rowCount++;
      slice.bytes += bytes;
      batchBytes += bytes;
    });
  }
  closeBatch();
  return batches;
}

/** What a staged block costs in the last sync: its copy, and one clear per run of emptied cells down a column. */
export function stagedCopyBytes(block: ValueBlock): number {
  const copy = 2 * PATH_BYTES + ACTION_BYTES + 96;
  const clear = PATH_BYTES + ACTION_BYTES + 64;
  let runs = 0;
  if (block.partial) {
    const width = block.values[0]?.length ?? 0;
    for (let column = 0; column < width; column++) {
      block.values.forEach((values, row) => {
        if (values[column] === "" && (row === 0 || block.values[row - 1][column] !== "")) runs++;
      });
    }
  }
  return copy + clear * runs;
}

/** Total value bytes (UTF-8) of some blocks, as `Range.values` would send them. */
export function blockBytes(blocks: readonly ValueBlock[]): number {
  return blocks.reduce((sum, block) => sum + jsonBytes(block.values), 0);
}
