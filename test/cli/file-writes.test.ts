import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, promises, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { runCliCaptured } from "../support/cli";
import { TODAY, fixtureWorkbook } from "../support/matrix-fixture";

/**
 * How a command's write treats the file that is there: the temporary-file-and-rename keeps the
 * file's mode, owner and symbolic link, refuses a read-only file, cleans up after a failure, and
 * a permission or disk error reads as a plain message naming the file. The tests run as root,
 * which ignores file permissions, so the failures a user meets (a full disk, a read-only share,
 * a folder they may not write) are injected at the file-system calls the write makes.
 */
describe("writing the workbook file", () => {
  let dir: string;
  let file: string;
  let original: Buffer;
  beforeAll(async () => {
    original = Buffer.from(await (await fixtureWorkbook()).toBytes());
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "rm-file-writes-"));
    file = path.join(dir, "monitoring.xlsx");
    writeFileSync(file, original);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  const matrix = (target = file, ...extra: string[]) => runCliCaptured(["matrix", target, "--today", TODAY, ...extra]);
  const hasMatrixSheet = async (bytes: Buffer) => /name="Monitoring Matrix"/.test(await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string"));
  const filesIn = (folder: string) => readdirSync(folder).sort();

  test("a private (0600) workbook stays 0600, and a group-shared 0660 one stays 0660", async () => {
    chmodSync(file, 0o600);
    expect((await matrix()).code).toBe(0);
    expect(statSync(file).mode & 0o7777).toBe(0o600);
    expect(await hasMatrixSheet(readFileSync(file))).toBe(true);

    chmodSync(file, 0o660);
    expect((await matrix()).code).toBe(0);
    expect(statSync(file).mode & 0o7777).toBe(0o660);
    expect(filesIn(dir)).toEqual(["monitoring.xlsx"]);
  });

  test("the workbook keeps its owner and group", async () => {
    if (process.getuid?.() !== 0) throw new Error("This test gives the file to another user, which needs root (the test machines run as root).");
    chownSync(file, 4321, 4322);
    expect((await matrix()).code).toBe(0);
    expect(statSync(file)).toMatchObject({ uid: 4321, gid: 4322 });
    expect(await hasMatrixSheet(readFileSync(file))).toBe(true);
  });

  test("someone else's file that we may write but not give away is written in place, keeping its owner", async () => {
    chmodSync(file, 0o664);
    chownSync(file, 4321, 4322);
    // What a non-root user meets: chown to another user is not permitted.
    jest.spyOn(promises, "chown").mockRejectedValue(Object.assign(new Error("EPERM: operation not permitted, chown"), { code: "EPERM" }));
    expect((await matrix()).code).toBe(0);
    expect(statSync(file)).toMatchObject({ uid: 4321, gid: 4322 });
    expect(statSync(file).mode & 0o7777).toBe(0o664);
    expect(await hasMatrixSheet(readFileSync(file))).toBe(true);
    expect(filesIn(dir)).toEqual(["monitoring.xlsx"]);
  });

  test("through a symbolic link (relative, and a link to a link), the link stays a link and its target gets the new content", async () => {
    const shared = path.join(dir, "shared");
    mkdirSync(shared);
    const target = path.join(shared, "real.xlsx");
    writeFileSync(target, original);
    chmodSync(target, 0o640);
    symlinkSync(path.join("shared", "real.xlsx"), path.join(dir, "link.xlsx"));
    symlinkSync("link.xlsx", path.join(dir, "link-to-link.xlsx"));

    for (const link of ["link.xlsx", "link-to-link.xlsx"]) {
      writeFileSync(target, original);
      expect((await matrix(path.join(dir, link))).code).toBe(0);
      expect(lstatSync(path.join(dir, link)).isSymbolicLink()).toBe(true);
      expect(await hasMatrixSheet(readFileSync(target))).toBe(true);
      expect(statSync(target).mode & 0o7777).toBe(0o640);
    }
    expect(readlinkSync(path.join(dir, "link.xlsx"))).toBe(path.join("shared", "real.xlsx"));
    expect(filesIn(dir)).toEqual(["link-to-link.xlsx", "link.xlsx", "monitoring.xlsx", "shared"]);
    expect(filesIn(shared)).toEqual(["real.xlsx"]);
  });

  test("a link to a file not created yet: init creates the target and the link stays", async () => {
    symlinkSync("new-target.xlsx", path.join(dir, "new-link.xlsx"));
    expect((await runCliCaptured(["init", path.join(dir, "new-link.xlsx"), "--force"])).code).toBe(0);
    expect(lstatSync(path.join(dir, "new-link.xlsx")).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(dir, "new-target.xlsx")).isFile()).toBe(true);
  });

  test("a read-only (0444) workbook is refused with exit 2 and a clear message, in en, es and fr, and left as it was", async () => {
    chmodSync(file, 0o444);
    const run = async (language: string) => {
      const err: string[] = [];
      const code = await runCli(["matrix", file, "--today", TODAY, "--lang", language], { out: () => undefined, err: (text) => err.push(text) }, {});
      return { code, err: err.join("\n") };
    };
    expect(await run("en")).toEqual({
      code: 2,
      err: `monitoring.xlsx is read-only, so Rights Matrix leaves it as it is. Make it writable (or work on a copy), then run the command again. Nothing was written.`.replace("monitoring.xlsx", file),
    });
    expect(await run("es")).toEqual({ code: 2, err: `${file} es de solo lectura, así que Rights Matrix no lo modifica. Permita escribir en él (o trabaje en una copia) y vuelva a ejecutar el comando. No se escribió nada.` });
    expect(await run("fr")).toEqual({ code: 2, err: expect.stringContaining(`${file} est en lecture seule`) });
    // init --force and a write through a link to the read-only file are refused too.
    symlinkSync("monitoring.xlsx", path.join(dir, "link.xlsx"));
    expect(await runCliCaptured(["validate", path.join(dir, "link.xlsx"), "--write-smart"])).toMatchObject({ code: 2, err: expect.stringContaining("is read-only") });
    expect(await runCliCaptured(["init", file, "--force"])).toMatchObject({ code: 2, err: expect.stringContaining("is read-only") });
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(statSync(file).mode & 0o7777).toBe(0o444);
    expect(filesIn(dir)).toEqual(["link.xlsx", "monitoring.xlsx"]);
  });

  test("a read-only workbook can still be read: validate without --write-smart, suggest", async () => {
    chmodSync(file, 0o444);
    expect((await runCliCaptured(["suggest", file])).code).toBe(0);
    expect([0, 1]).toContain((await runCliCaptured(["validate", file])).code);
  });

  const failure = (code: string, call: string) => Object.assign(new Error(`${code}: ${call} failed`), { code, syscall: call });

  test.each([
    ["EACCES", "rename", /monitoring\.xlsx: permission denied \(EACCES\)\. Check that you may read and write this file and its folder/],
    ["EPERM", "rename", /monitoring\.xlsx: permission denied \(EPERM\)/],
    ["ENOSPC", "writeFile", /monitoring\.xlsx: the disk is full \(ENOSPC\)\. Free some space/],
    ["EROFS", "writeFile", /monitoring\.xlsx is on a read-only disk or share \(EROFS\)/],
    ["ENOENT", "rename", /monitoring\.xlsx: the file or its folder cannot be found \(ENOENT\)/],
    ["EIO", "chmod", /monitoring\.xlsx: the system could not read or write it \(EIO\)/],
  ])("%s from %s: exit 2, a plain message naming the file, the temporary file removed, the workbook unchanged", async (code, call, message) => {
    const real = promises[call as "rename"].bind(promises) as (...args: unknown[]) => Promise<unknown>;
    // Fail only the write's own calls (on the workbook or its temporary file), as a full disk or a read-only share would.
    jest.spyOn(promises, call as "rename").mockImplementation((async (...args: unknown[]) => {
      if (String(args[0]).startsWith(file)) {
        // A full disk fails after part of the temporary file is written: leave that part behind for the cleanup to find.
        if (call === "writeFile") await real(args[0], "partial");
        throw failure(code, call);
      }
      return real(...args);
    }) as never);
    const result = await matrix();
    expect(result).toMatchObject({ code: 2, err: expect.stringMatching(message) });
    expect(result.err).toContain(file);
    expect(result.err).not.toMatch(/did not expect|report it/);
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(filesIn(dir)).toEqual(["monitoring.xlsx"]);
  });

  test("the messages come in Spanish and French too", async () => {
    jest.spyOn(promises, "writeFile").mockRejectedValue(failure("ENOSPC", "writeFile"));
    const err: string[] = [];
    expect(await runCli(["matrix", file, "--today", TODAY, "--lang", "es"], { out: () => undefined, err: (text) => err.push(text) }, {})).toBe(2);
    expect(err.join("\n")).toBe(`${file}: el disco está lleno (ENOSPC). Libere espacio y vuelva a ejecutar el comando. No se escribió nada.`);
    err.length = 0;
    expect(await runCli(["matrix", file, "--today", TODAY, "--lang", "fr"], { out: () => undefined, err: (text) => err.push(text) }, {})).toBe(2);
    expect(err.join("\n")).toBe(`${file} : le disque est plein (ENOSPC). Libérez de l'espace, puis relancez la commande. Rien n'a été écrit.`);
  });

  test("a workbook path that is a folder (EISDIR) is named plainly, on read and on write", async () => {
    const folder = path.join(dir, "folder.xlsx");
    mkdirSync(folder);
    expect(await matrix(folder)).toMatchObject({ code: 2, err: `${folder} is a folder, not a file (EISDIR). Give the path of a file. Nothing was written.` });
    expect(await runCliCaptured(["init", folder, "--force"])).toMatchObject({ code: 2, err: expect.stringContaining(`${folder} is a folder, not a file`) });
    expect(readdirSync(folder)).toEqual([]);
  });

  test("an export into a folder that cannot exist (under a file) is named plainly", async () => {
    const blocked = path.join(dir, "monitoring.xlsx", "out", "report.docx");
    const result = await runCliCaptured(["export", file, "--to", blocked, "--today", TODAY]);
    expect(result).toMatchObject({ code: 2, err: expect.stringContaining(`${blocked}: the file or its folder cannot be found (ENOTDIR)`) });
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  test("an unreadable source file for import (EACCES on read) is named plainly", async () => {
    const source = path.join(dir, "recommendations.csv");
    writeFileSync(source, "ID,Text\nX-1,Protect the rights of children\n");
    const real = promises.readFile.bind(promises) as (...args: unknown[]) => Promise<unknown>;
    jest.spyOn(promises, "readFile").mockImplementation((async (...args: unknown[]) => {
      if (args[0] !== source) return real(...args);
      throw Object.assign(new Error(`EACCES: permission denied, open '${source}'`), { code: "EACCES", path: source, syscall: "open" });
    }) as never);
    const result = await runCliCaptured(["import", file, source]);
    expect(result).toMatchObject({ code: 2, err: expect.stringContaining(`${source}: permission denied (EACCES)`) });
    expect(result.err).not.toMatch(/did not expect/);
  });
});
