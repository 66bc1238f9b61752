// File names for records in an output folder, made from article ids that may be anything:
// "../../x", "/etc/passwd", "a/b", "C:\x", NUL bytes, control characters, Windows device names,
// names ending in a dot or space, ids thousands of characters long.
//
// A safe name is one path component, readable (NFC; Vietnamese letters are kept), at most
// MAX_NAME_BYTES bytes of UTF-8, never hidden (no leading dot, so never ".", ".." or a
// ".vnfacts-tmp-" file), valid on Linux, macOS and Windows. Two ids never get the same name:
// - an id that needed no change keeps its name ("bai-1" → "bai-1.json");
// - an id that was changed gets a short hash of the original id ("a/b" → "a_b-3c1e8a0f.json"),
//   so that "a/b" and "a_b" differ whatever order they come in;
// - a name already taken (the same id twice, or names equal but for case, which macOS and
//   Windows folders treat as one) gets "-2", "-3", … in input order.
// The same inputs in the same order always give the same names.
import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve } from "node:path";

/** Longest name in UTF-8 bytes (file systems allow 255; room is left for editors' backup suffixes). */
export const MAX_NAME_BYTES = 200;

/** Windows device names, reserved with any extension ("CON.json" too). */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;

/**
 * Characters that are never kept: path separators, Windows-forbidden characters, control
 * and format characters (NUL, bidi overrides, zero-width), unpaired surrogates, noncharacters.
 */
const UNSAFE = /[\/\\<>:"|?*\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\uFFFE\uFFFF]+/gu;

const utf8Length = (s: string) => Buffer.byteLength(s, "utf8");

const shortHash = (s: string) => createHash("sha256").update(s, "utf8").digest("hex").slice(0, 8);

/** The key under which a name counts as taken: folders on macOS and Windows ignore case and normalisation. */
export const nameKey = (name: string) => name.normalize("NFC").toLowerCase();

/** Cuts `s` to at most `bytes` UTF-8 bytes without splitting a character or a base from its marks. */
function cutBytes(s: string, bytes: number): string {
  let out = "";
  let used = 0;
  for (const m of s.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const n = utf8Length(m[0]);
    if (used + n > bytes) break;
    out += m[0];
    used += n;
  }
  return out;
}

function cleanExtension(ext: string): string {
  const e = ext.replace(/^\.+/, "").replace(/[^A-Za-z0-9.]/g, "");
  return e ? `.${e}` : "";
}

/** The stem for an id with everything unsafe replaced; `changed` when it differs from the id. */
function sanitise(id: string): { stem: string; changed: boolean } {
  let stem = id.normalize("NFC").replace(UNSAFE, "_").trim();
  // No hidden files, so never "." or ".." either; Windows drops trailing dots and spaces.
  stem = stem.replace(/^\.+/, "_").replace(/[.\s]+$/u, "_");
  if (stem === "") stem = "_";
  if (RESERVED.test(stem.split(".")[0]!)) stem = `_${stem}`;
  return { stem, changed: stem !== id };
}

/**
 * A file name for the record of article `id` with extension `ext` (".json" or "json") that
 * stays inside the output folder and differs from every name in `taken`. The name's key
 * (see nameKey) is added to `taken`.
 */
export function safeOutputName(id: string, ext: string, taken: Set<string>): string {
  const extension = cleanExtension(ext);
  const { stem, changed } = sanitise(id);
  const room = MAX_NAME_BYTES - utf8Length(extension);
  let base: string;
  if (!changed && utf8Length(stem) <= room - 4) base = stem;
  else {
    // Room for "-" + hash, and for a "-NN" counter if it comes to that.
    const suffix = `-${shortHash(id)}`;
    base = cutBytes(stem, room - suffix.length - 4).replace(/[.\s]+$/u, "") + suffix;
  }
  let name = base + extension;
  for (let n = 2; taken.has(nameKey(name)); n++) name = `${base}-${n}${extension}`;
  taken.add(nameKey(name));
  return name;
}

/** `dir`/`name`, resolved; throws when the result would not be a file directly inside `dir`. */
export function resolveInside(dir: string, name: string): string {
  const root = resolve(dir);
  const full = resolve(root, name);
  const rel = relative(root, full);
  if (rel === "" || rel === "." || rel.startsWith("..") || isAbsolute(rel) || /[\/\\]/.test(rel) || name.includes("\u0000")) {
    throw new Error(`refusing to write ${JSON.stringify(name)}: it is not a file name inside ${root}`);
  }
  return full;
}
