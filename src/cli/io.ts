import { constants, promises as fs, type Stats } from "node:fs";
import path from "node:path";
import { UserFacingError, type MessageKey } from "../model/i18n/messages";
import { XlsxWorkbook } from "../workbook/file/xlsx-workbook";

export async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

export async function openWorkbookFile(file: string): Promise<XlsxWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw fileSystemError(error, file) ?? error;
  }
  return XlsxWorkbook.fromBytes(bytes, path.basename(file));
}

/** Writes next to the target and renames over it, so a reader never sees half a file. */
export async function saveWorkbookFile(workbook: XlsxWorkbook, file: string): Promise<void> {
  await writeFileAtomically(file, await workbook.toBytes());
}

/**
 * Replaces the file's content all-or-nothing (a temporary file renamed over it), as if it had
 * been edited in place: a symbolic link stays a link and its target gets the content, the
 * file keeps its mode and owner, and a read-only file is refused rather than replaced (the
 * rename would otherwise succeed, since it needs only the folder to be writable).
 */
export async function writeFileAtomically(file: string, bytes: Uint8Array | string): Promise<void> {
  try {
    const target = await followLinks(file);
    const existing = await statIfExists(target);
    if (existing?.isDirectory()) throw errnoError("EISDIR", target);
    // Root may write anything, so the mode is checked rather than left to the system.
    if (existing && (existing.mode & 0o222) === 0) throw new UserFacingError("cli.fileReadOnly", { file });
    if (existing) await fs.access(target, constants.W_OK);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await replaceContent(target, bytes, existing);
  } catch (error) {
    throw fileSystemError(error, file) ?? error;
  }
}

async function replaceContent(target: string, bytes: Uint8Array | string, existing: Stats | null): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temporary, bytes, { mode: existing ? existing.mode & 0o777 : 0o666 });
    if (existing) {
      // writeFile's mode is narrowed by the umask, and the new file belongs to whoever runs the command.
      await fs.chmod(temporary, existing.mode & 0o7777);
      if (!(await giveOwnership(temporary, existing))) {
        // Someone else's file in a shared folder that we may write but not give away: edit it in place.
        await fs.rm(temporary, { force: true });
        await fs.writeFile(target, bytes);
        return;
      }
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Makes the temporary file belong to the original's owner and group; false if only the owner or root may do that. */
async function giveOwnership(temporary: string, existing: Stats): Promise<boolean> {
  const mine = await fs.stat(temporary);
  if (mine.uid === existing.uid && mine.gid === existing.gid) return true;
  try {
    await fs.chown(temporary, existing.uid, existing.gid);
    return true;
  } catch (error) {
    if (errnoCode(error) === "EPERM") return false;
    throw error;
  }
}

/** The file a path finally names, following symbolic links (even to a file not created yet). */
async function followLinks(file: string): Promise<string> {
  let current = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let stats: Stats;
    try {
      stats = await fs.lstat(current);
    } catch (error) {
      if (errnoCode(error) === "ENOENT") return current;
      throw error;
    }
    if (!stats.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), await fs.readlink(current));
  }
  throw errnoError("ELOOP", file);
}

async function statIfExists(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return null;
    throw error;
  }
}

function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function errnoError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${file}`), { code, path: file });
}

/** What the system said, in words a person can act on, for each error a file operation meets in practice. */
const FILE_ERROR_MESSAGES: Record<string, MessageKey> = {
  EACCES: "cli.filePermission",
  EPERM: "cli.filePermission",
  ENOSPC: "cli.fileDiskFull",
  EDQUOT: "cli.fileDiskFull",
  EROFS: "cli.fileReadOnlyDisk",
  EISDIR: "cli.fileIsFolder",
  ENOENT: "cli.fileNoFolder",
  ENOTDIR: "cli.fileNoFolder",
  ELOOP: "cli.fileNoFolder",
  EIO: "cli.fileIoError",
  EBUSY: "cli.fileIoError",
  ETXTBSY: "cli.fileIoError",
  EMFILE: "cli.fileIoError",
  ENAMETOOLONG: "cli.fileNoFolder",
};

/**
 * A permission or I/O error from the system as a message naming the file (`file`, or the path
 * the system reports); null for anything else, which stays unexpected.
 */
export function fileSystemError(error: unknown, file?: string): UserFacingError | null {
  if (error instanceof UserFacingError) return error;
  const code = errnoCode(error);
  const key = code ? FILE_ERROR_MESSAGES[code] : undefined;
  const named = file ?? (error as NodeJS.ErrnoException).path;
  if (!key || !named) return null;
  return new UserFacingError(key, { file: named, code: code ?? "" });
}
