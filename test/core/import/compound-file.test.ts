import * as CFB from "cfb";
import { isCompoundFile, readCompoundFile } from "../../../src/core/import/compound-file";

/** Written by SheetJS CFB, an implementation we did not write. */
function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, name, content);
  return new Uint8Array(CFB.write(container, { type: "buffer" }) as Uint8Array);
}

const pattern = (length: number, seed: number) => Uint8Array.from({ length }, (_, index) => (index * 31 + seed) & 0xff);

describe("readCompoundFile", () => {
  it("reads small streams from the mini stream and large ones from regular sectors", () => {
    const small = pattern(100, 1);
    const edge = pattern(4095, 2);
    const large = pattern(70_000, 3);
    const file = compoundFile({ Small: small, Edge: edge, Workbook: large });
    expect(isCompoundFile(file)).toBe(true);
    const read = readCompoundFile(file);
    expect(read.streamNames).toEqual(expect.arrayContaining(["Small", "Edge", "Workbook"]));
    expect(read.stream("small")).toEqual(small);
    expect(read.stream("Edge")).toEqual(edge);
    expect(read.stream("Workbook")).toEqual(large);
    expect(read.stream("Missing")).toBeUndefined();
  });

  it("follows the DIFAT chain when the FAT outgrows the header's 109 sector numbers", () => {
    // 8 MB in 512-byte sectors needs about 128 FAT sectors.
    const big = pattern(8_000_000, 4);
    const file = compoundFile({ Workbook: big });
    expect(new DataView(file.buffer, file.byteOffset).getUint32(0x48, true)).toBeGreaterThan(0); // DIFAT sectors in the header
    const read = readCompoundFile(file);
    const stream = read.stream("Workbook")!;
    expect(stream.length).toBe(big.length);
    expect(Buffer.from(stream).equals(Buffer.from(big))).toBe(true);
  });

  it("refuses what is not a compound file, and a truncated one", () => {
    expect(() => readCompoundFile(new TextEncoder().encode("Text,From\nA,B\n"))).toThrow("not an OLE2 compound file");
    const file = compoundFile({ Workbook: pattern(70_000, 5) });
    expect(() => readCompoundFile(file.subarray(0, 20_000)).stream("Workbook")).toThrow();
  });
});
