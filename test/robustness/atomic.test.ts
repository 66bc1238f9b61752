// Atomic writes: a file is the old content or the new, never half; Ctrl-C leaves no
// temporary file behind.
import { spawn } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { TEMP_PREFIX, pendingTempFiles, removeStaleTempFiles, writeFileAtomic, writeFileAtomicSync } from "../../src/io/atomic.js";

const root = mkdtempSync(join(tmpdir(), "vnfacts-atomic-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir: string;
let n = 0;
beforeEach(() => {
  dir = join(root, String(n++));
  mkdirSync(dir);
});
const temps = (d = dir) => readdirSync(d).filter((f) => f.startsWith(TEMP_PREFIX));

describe.each([
  ["writeFileAtomic", writeFileAtomic],
  ["writeFileAtomicSync", async (p: string, d: string | Uint8Array) => writeFileAtomicSync(p, d)],
] as const)("%s", (_name, write) => {
  it("writes the content and leaves no temporary file", async () => {
    const p = join(dir, "a.json");
    await write(p, '{"ok":true}');
    expect(readFileSync(p, "utf8")).toBe('{"ok":true}');
    expect(temps()).toEqual([]);
    expect(pendingTempFiles()).toEqual([]);
  });
  it("replaces an existing file whole", async () => {
    const p = join(dir, "a.json");
    writeFileSync(p, "old content that is longer than the new one");
    await write(p, "new");
    expect(readFileSync(p, "utf8")).toBe("new");
  });
  it("writes bytes and Vietnamese text exactly", async () => {
    const p = join(dir, "Việt Nam.yaml");
    await write(p, "name: Thủ tướng Phạm Minh Chính\n");
    expect(readFileSync(p, "utf8")).toBe("name: Thủ tướng Phạm Minh Chính\n");
    await write(p, new Uint8Array([0, 1, 2, 255]));
    expect([...readFileSync(p)]).toEqual([0, 1, 2, 255]);
  });
  it("removes its temporary file when the rename fails", async () => {
    const target = join(dir, "is-a-folder");
    mkdirSync(join(target, "inside"), { recursive: true });
    await expect(write(target, "x")).rejects.toThrow();
    expect(temps()).toEqual([]);
    expect(pendingTempFiles()).toEqual([]);
    expect(statSync(target).isDirectory()).toBe(true);
  });
  it("fails cleanly when the folder does not exist", async () => {
    await expect(write(join(dir, "missing", "a.json"), "x")).rejects.toThrow(/ENOENT/);
    expect(pendingTempFiles()).toEqual([]);
  });
  it("replaces a planted symbolic link instead of writing through it", async () => {
    const outside = join(root, `outside-${n}.txt`);
    writeFileSync(outside, "must not change");
    const p = join(dir, "a.json");
    symlinkSync(outside, p);
    await write(p, "record");
    expect(readFileSync(outside, "utf8")).toBe("must not change");
    expect(lstatSync(p).isSymbolicLink()).toBe(false);
    expect(readFileSync(p, "utf8")).toBe("record");
  });
});

describe("writeFileAtomic under concurrency", () => {
  it("writes to one path at once end with one whole content", async () => {
    const p = join(dir, "same.json");
    const contents = Array.from({ length: 20 }, (_, i) => String(i).repeat(50_000 + i));
    await Promise.all(contents.map((c) => writeFileAtomic(p, c)));
    expect(contents).toContain(readFileSync(p, "utf8"));
    expect(temps()).toEqual([]);
  });
});

describe("removeStaleTempFiles", () => {
  it("removes leftovers of dead processes and keeps those of live ones", () => {
    const dead = `${TEMP_PREFIX}999999999-abcdef-a.json`;
    const live = `${TEMP_PREFIX}${process.ppid}-abcdef-b.json`;
    const mineButNotPending = `${TEMP_PREFIX}${process.pid}-abcdef-c.json`;
    const unrelated = "record.json";
    for (const f of [dead, live, mineButNotPending, unrelated]) writeFileSync(join(dir, f), "x");
    expect(removeStaleTempFiles(dir).sort()).toEqual([dead, mineButNotPending].sort());
    expect(readdirSync(dir).sort()).toEqual([live, unrelated].sort());
  });
  it("does nothing on a missing folder", () => {
    expect(removeStaleTempFiles(join(dir, "nope"))).toEqual([]);
  });
});

describe("interrupts", () => {
  const repo = fileURLToPath(new URL("../..", import.meta.url));
  const atomicUrl = pathToFileURL(join(repo, "src/io/atomic.ts")).href;

  /** A child that rewrites three 16 MB files forever, until a signal ends it. */
  function child(out: string) {
    const script = join(root, `child-${n}.mjs`);
    writeFileSync(
      script,
      `import { installInterruptCleanup, writeFileAtomic } from ${JSON.stringify(atomicUrl)};
installInterruptCleanup();
const data = Buffer.alloc(16 * 1024 * 1024, 0x61);
let started = false;
for (let i = 0; ; i++) {
  const p = writeFileAtomic(${JSON.stringify(out)} + "/f" + (i % 3) + ".txt", data);
  if (!started) { started = true; process.stdout.write("started\\n"); }
  await p;
}
`,
    );
    return spawn(process.execPath, ["--import", "tsx", script], { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
  }

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s: exits %i, leaves no temporary file, and every file is whole", async (signal, code) => {
    const proc = child(dir);
    let stderr = "";
    proc.stderr.on("data", (d) => (stderr += d));
    await new Promise<void>((ok, fail) => {
      proc.stdout.on("data", (d) => String(d).includes("started") && ok());
      proc.on("exit", () => fail(new Error(`child ended early: ${stderr}`)));
    });
    // Interrupt while a temporary file is on disk.
    for (let i = 0; i < 200 && temps().length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(temps().length).toBeGreaterThan(0);
    proc.kill(signal);
    const exit = await new Promise<number | null>((r) => proc.on("exit", (c) => r(c)));
    expect(exit).toBe(code);
    expect(temps()).toEqual([]);
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).size).toBe(16 * 1024 * 1024);
    expect(existsSync(join(dir, "f0.txt")) || readdirSync(dir).length === 0).toBe(true);
  }, 30_000);
});
