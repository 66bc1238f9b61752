// Per-code-unit lookup tables filled on first sight: the cheap way to ask a character-class
// question of every code unit of a text (regex classes cost several times more on the
// two-byte strings that Vietnamese text is).

/** A table by code unit of a small number `f(ch)` (0 to 254), computed on first sight. */
export function codeTable(f: (ch: string) => number): (c: number) => number {
  const known = new Uint8Array(65536);
  return (c) => {
    let k = known[c]!;
    if (k === 0) known[c] = k = f(String.fromCharCode(c)) + 1;
    return k - 1;
  };
}
