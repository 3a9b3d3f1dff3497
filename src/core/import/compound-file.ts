/**
 * Reads one stream out of an OLE2 compound file (the container of .xls workbooks), as
 * [MS-CFB] lays it out: sectors chained by the FAT, small streams in the mini stream.
 * Our own rather than a library's: the library we tried turns bytes into plain number arrays in
 * the browser (about 27 bytes of memory per byte of file), too much for a task pane.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_BYTES = 128;
const ENTRY_STREAM = 2;
const ENTRY_ROOT = 5;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, index) => bytes[index] === byte);
}

interface DirectoryEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

/** The names of the streams in the file, and a way to read one by name (compared without case). */
export interface CompoundFile {
  streamNames: string[];
  stream(name: string): Uint8Array | undefined;
}

export function readCompoundFile(bytes: Uint8Array): CompoundFile {
  if (!isCompoundFile(bytes) || bytes.length < 512) throw new Error("not an OLE2 compound file");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (offset: number) => view.getUint32(offset, true);
  const sectorSize = 1 << view.getUint16(0x1e, true);
  const miniSectorSize = 1 << view.getUint16(0x20, true);
  const miniStreamCutoff = u32(0x38);
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;

  const fat = allocationTable(bytes, u32, sectorSize, sectorCount, sectorOffset);
  const chain = (start: number, table: Uint32Array): number[] => {
    const sectors: number[] = [];
    for (let sector = start; sector !== END_OF_CHAIN && sector !== FREE; sector = table[sector]) {
      if (sector >= table.length || sectors.length > table.length) throw new Error("a sector chain in the compound file is broken");
      sectors.push(sector);
    }
    return sectors;
  };
  const regularStream = (start: number, size: number): Uint8Array => {
    const out = new Uint8Array(size);
    let written = 0;
    for (const sector of chain(start, fat)) {
      if (written >= size) break;
      const offset = sectorOffset(sector);
      const piece = bytes.subarray(offset, Math.min(offset + sectorSize, offset + size - written));
      out.set(piece, written);
      written += piece.length;
    }
    if (written < size) throw new Error("a stream in the compound file is shorter than its directory says");
    return out;
  };

  const directoryBytes = concatSectors(bytes, chain(u32(0x30), fat), sectorOffset, sectorSize);
  const entries: DirectoryEntry[] = [];
  for (let offset = 0; offset + DIRECTORY_ENTRY_BYTES <= directoryBytes.length; offset += DIRECTORY_ENTRY_BYTES) {
    const entry = directoryBytes.subarray(offset, offset + DIRECTORY_ENTRY_BYTES);
    const entryView = new DataView(entry.buffer, entry.byteOffset, entry.byteLength);
    const nameBytes = Math.max(0, Math.min(64, entryView.getUint16(0x40, true)) - 2);
    entries.push({
      name: new TextDecoder("utf-16le").decode(entry.subarray(0, nameBytes)),
      type: entry[0x42],
      start: entryView.getUint32(0x74, true),
      size: entryView.getUint32(0x78, true),
    });
  }
  const root = entries.find((entry) => entry.type === ENTRY_ROOT);
  let miniStream: Uint8Array | undefined;
  let miniFat: Uint32Array | undefined;

  return {
    streamNames: entries.filter((entry) => entry.type === ENTRY_STREAM).map((entry) => entry.name),
    stream(name) {
      const entry = entries.find((candidate) => candidate.type === ENTRY_STREAM && candidate.name.toLowerCase() === name.toLowerCase());
      if (!entry) return undefined;
      if (entry.size >= miniStreamCutoff) return regularStream(entry.start, entry.size);
      if (!root) throw new Error("the compound file has no root entry");
      miniStream ??= regularStream(root.start, root.size);
      miniFat ??= new Uint32Array(concatSectors(bytes, chain(u32(0x3c), fat), sectorOffset, sectorSize).buffer);
      const out = new Uint8Array(entry.size);
      let written = 0;
      for (const sector of chain(entry.start, miniFat)) {
        if (written >= entry.size) break;
        const piece = miniStream.subarray(sector * miniSectorSize, Math.min((sector + 1) * miniSectorSize, sector * miniSectorSize + entry.size - written));
        out.set(piece, written);
        written += piece.length;
      }
      if (written < entry.size) throw new Error("a stream in the compound file is shorter than its directory says");
      return out;
    },
  };
}

/** The FAT: the header's 109 FAT sector numbers, then those of the DIFAT sector chain. */
function allocationTable(bytes: Uint8Array, u32: (offset: number) => number, sectorSize: number, sectorCount: number, sectorOffset: (sector: number) => number): Uint32Array {
  const fatSectors: number[] = [];
  for (let index = 0; index < HEADER_DIFAT_ENTRIES; index++) {
    const sector = u32(0x4c + index * 4);
    if (sector < sectorCount) fatSectors.push(sector);
  }
  const perDifat = sectorSize / 4 - 1;
  for (let difat = u32(0x44), hops = 0; difat < sectorCount && hops <= sectorCount; hops++) {
    const offset = sectorOffset(difat);
    for (let index = 0; index < perDifat; index++) {
      const sector = u32(offset + index * 4);
      if (sector < sectorCount) fatSectors.push(sector);
    }
    difat = u32(offset + perDifat * 4);
  }
  const table = concatSectors(bytes, fatSectors, sectorOffset, sectorSize);
  return new Uint32Array(table.buffer, table.byteOffset, table.byteLength >> 2);
}

function concatSectors(bytes: Uint8Array, sectors: number[], sectorOffset: (sector: number) => number, sectorSize: number): Uint8Array {
  const out = new Uint8Array(sectors.length * sectorSize);
  sectors.forEach((sector, index) => out.set(bytes.subarray(sectorOffset(sector), sectorOffset(sector) + sectorSize), index * sectorSize));
  return out;
}
