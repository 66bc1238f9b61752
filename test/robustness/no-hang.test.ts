// No pattern can be made to hang: `extract()` on random and adversarial strings must finish
// in time proportional to their length. The bound is relative, never a wall-clock figure:
// each input is timed against a normal-looking article of the same length, timed in the same
// run on the same machine, and may take at most FACTOR times as long per character, plus
// CONSTANT_MS for fixed costs and timer noise.
//
// extract() runs in a child process (timing-child.ts) so that a pattern that never returns is
// ended by killing the child rather than by hanging the test run; the child reports which
// stage (normalise, segment, or which extractor) was running when it was killed, and a slow
// input is timed again stage by stage so that the failure names the extractor.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const FACTOR = 20;
const CONSTANT_MS = 250;
/** How much longer four times the text may take. */
const SCALING = 8;
const REPO = fileURLToPath(new URL("../..", import.meta.url));
const CHILD = fileURLToPath(new URL("./timing-child.ts", import.meta.url));

// ---------------------------------------------------------------------------------------------
// The child process.

interface Timing {
  ms: number;
  facts: number;
  error?: string;
  stages?: Record<string, number>;
  /** Set when the child had to be killed: the stage it was in. */
  hung?: string;
}

class Timer {
  private child: ChildProcess | null = null;
  private stage = "";
  private next = 1;
  private pending = new Map<number, (t: Timing) => void>();

  async start(): Promise<void> {
    const child = fork(CHILD, [], {
      cwd: REPO,
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
    });
    this.child = child;
    let buffered = "";
    child.stderr!.on("data", (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const l of lines) if (l.startsWith("stage ")) this.stage = l.slice(6);
    });
    await new Promise<void>((ok, fail) => {
      child.on("message", (m: { ready?: boolean; id?: number } & Timing) => {
        if (m.ready) ok();
        else this.pending.get(m.id!)?.(m);
      });
      child.on("exit", (code) => fail(new Error(`timing child exited with ${code} before it was ready`)));
    });
  }

  async run(text: string, deadlineMs: number, detail = false): Promise<Timing> {
    if (!this.child) await this.start();
    const id = this.next++;
    const child = this.child!;
    return new Promise<Timing>((resolve) => {
      const timer = setTimeout(async () => {
        this.pending.delete(id);
        const stage = this.stage;
        child.kill("SIGKILL");
        this.child = null;
        resolve({ ms: deadlineMs, facts: 0, hung: stage });
      }, deadlineMs);
      this.pending.set(id, (t) => {
        clearTimeout(timer);
        this.pending.delete(id);
        resolve(t);
      });
      child.send({ id, text, detail });
    });
  }

  stop(): void {
    this.child?.kill("SIGKILL");
    this.child = null;
  }
}

// ---------------------------------------------------------------------------------------------
// Inputs.

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  "các của và là có được trong cho với những người năm này đã một không đến theo về khi cũng nhiều tại sẽ như từ ra đó nhà phát triển kinh tế xã hội thị trường doanh nghiệp chính sách quốc gia địa phương thực hiện tăng trưởng xuất khẩu đầu tư dự án công trình hợp tác quan hệ song phương hội nghị lãnh đạo chỉ đạo triển khai kế hoạch mục tiêu nhiệm vụ giải pháp".split(
    " ",
  );
const FACT_PHRASES = [
  "Ngày 12/3/2024, Thủ tướng Phạm Minh Chính đã ký Chỉ thị số 08/CT-TTg về đẩy mạnh xuất khẩu.",
  "Kim ngạch xuất khẩu quý I/2024 đạt 93 tỷ USD, tăng 17% so với cùng kỳ năm trước.",
  "Theo Nghị quyết số 57-NQ/TW của Bộ Chính trị, mục tiêu đến năm 2030 là tăng trưởng 7%.",
  "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên tiếp Đại sứ Hàn Quốc tại Hà Nội chiều 18/7.",
  "Tỉnh Bắc Ninh thu hút khoảng 1,2 tỷ USD vốn FDI, giải quyết việc làm cho hơn 15.000 lao động.",
  "Giai đoạn 2021 - 2025, Việt Nam và Nhật Bản phối hợp triển khai 12 dự án với tổng vốn 3.500 tỷ đồng.",
];

/** A normal-looking article of about `n` characters: paragraphs of sentences with facts. */
function baseline(n: number, seed = 1): string {
  const rnd = random(seed);
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)]!;
  const parts: string[] = [];
  let len = 0;
  let inPara = 0;
  while (len < n) {
    let s: string;
    if (rnd() < 0.3) s = pick(FACT_PHRASES);
    else {
      const words = Array.from({ length: 8 + Math.floor(rnd() * 20) }, () => pick(SYLLABLES));
      words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
      s = `${words.join(" ")}.`;
    }
    inPara++;
    const sep = inPara >= 4 ? "\n\n" : " ";
    if (inPara >= 4) inPara = 0;
    parts.push(s, sep);
    len += s.length + sep.length;
  }
  return parts.join("").slice(0, n);
}

const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const S = 100_000;
const L = 1_000_000;

/** Adversarial inputs: a name, the text for a length, and the length to test at. */
const ADVERSARIAL: [string, (n: number) => string, number][] = [
  ['"1.1.1.1…"', (n) => repeatTo("1.", n), L],
  ['"1.1.1.1…" with a space every 2,000 chars', (n) => repeatTo(`${"1.".repeat(1000)} `, n), S],
  ['"Chỉ thị số " repeated (×10,000)', (n) => repeatTo("Chỉ thị số ", n), 110_000],
  ['"Chỉ thị số 1" repeated', (n) => repeatTo("Chỉ thị số 1", n), S],
  ["1 MB of letters without spaces", (n) => repeatTo("ViệtNamlàmộtquốcgiaởĐôngNamÁ", n), L],
  ["1 MB of one letter", (n) => "a".repeat(n), L],
  ['alternating digits and separators "1/2-3.4,5…"', (n) => repeatTo("1/2-3.4,5:6;7%8 9", n), S],
  ["digits and separators without spaces", (n) => repeatTo("1/2-3.4,5", n), S],
  ['a long number "10.000.000.…"', (n) => `1${repeatTo(".000", n)}`, S],
  ['a long decimal "1,5555…"', (n) => `1,${"5".repeat(n)} tỷ USD`, S],
  ["deeply nested brackets", (n) => `${"(".repeat(n / 2)}x${")".repeat(n / 2)}`, S],
  ["nested mixed brackets", (n) => repeatTo("([{“‘«", n / 2) + repeatTo("»’”}])", n / 2), S],
  ['a long run of "("', (n) => "(".repeat(n), S],
  ['"quý I/" repeated', (n) => repeatTo("quý I/", n), S],
  ['"ngày 1/" repeated', (n) => repeatTo("ngày 1/", n), S],
  ['"ngày 1 tháng 2 năm " repeated', (n) => repeatTo("ngày 1 tháng 2 năm ", n), S],
  ['"Nguyễn Văn A B C D …" (×10,000)', (n) => `Nguyễn Văn ${repeatTo("A B C D E G H K ", n)}`, 160_000],
  ["capitalised words without end", (n) => repeatTo("Bộ Công Thương Hà Nội Việt Nam Ủy Ban Nhân Dân ", n), S],
  ['"Thủ tướng " repeated', (n) => repeatTo("Thủ tướng ", n), S],
  ['"Đại sứ " repeated', (n) => repeatTo("Đại sứ ", n), S],
  ['"tăng 1% " repeated', (n) => repeatTo("tăng 1% ", n), S],
  ['"1,2 tỷ USD và " repeated', (n) => repeatTo("1,2 tỷ USD và ", n), S],
  ['"khoảng hơn gần " repeated', (n) => repeatTo("khoảng hơn gần ", n), S],
  ['"15-CT/TW-" repeated', (n) => repeatTo("15-CT/TW-", n), S],
  ['"NĐ-CP/NQ-TW/" repeated', (n) => repeatTo("NĐ-CP/NQ-TW/", n), S],
  ['"giai đoạn 2021 - " repeated', (n) => repeatTo("giai đoạn 2021 - ", n), S],
  ["hyphenated word without end", (n) => repeatTo("a-", n), S],
  ["full stops and spaces", (n) => repeatTo(". ", n), S],
  ["newlines only", (n) => "\n".repeat(n), S],
  ["combining marks on one letter", (n) => `a${"\u0301".repeat(n)}`, S],
  ["old-style tone marks everywhere", (n) => repeatTo("hoà thuỷ khoẻ ", n), S],
  ["no-break spaces and zero-width characters", (n) => repeatTo("Hà\u00A0Nội\u200B", n), S],
  ["quotes and dashes", (n) => repeatTo("“–”‘—’…", n), S],
  ["astral characters", (n) => repeatTo("😀𝐀", n), S],
  ["run-together syllables", (n) => repeatTo("ngoàiphảiđượcnhưng", n), S],
  ["random syllables without punctuation", (n) => baseline(n, 7).replace(/[.,\n]/g, ""), S],
  ["a normal article on one line", (n) => baseline(n, 3).replace(/\n+/g, " "), L],
  // Article-level costs (comparing every fact with every other) grow with the number of facts.
  ["a normal article in paragraphs", (n) => baseline(n, 5), L],
];

// ---------------------------------------------------------------------------------------------

const timer = new Timer();
const baselineRate = new Map<number, number>();
const results: { name: string; chars: number; baseMs: number; ms: number; ratio: number; verdict: string }[] = [];

/** Milliseconds per character of a normal article of about `n` characters (best of two runs). */
async function rate(n: number): Promise<number> {
  const size = Math.max(n, 20_000);
  const key = size >= 500_000 ? L : size >= 50_000 ? S : 20_000;
  if (!baselineRate.has(key)) {
    const text = baseline(key);
    const runs: number[] = [];
    for (let i = 0; i < 2; i++) {
      const t = await timer.run(text, 600_000);
      if (t.error || t.hung) throw new Error(`the baseline itself failed: ${t.error ?? `hung in ${t.hung}`}`);
      runs.push(t.ms);
    }
    baselineRate.set(key, Math.min(...runs) / key);
  }
  return baselineRate.get(key)!;
}

function describeStages(stages: Record<string, number> | undefined): string {
  if (!stages) return "";
  return Object.entries(stages)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
    .join(", ");
}

/** Times `text` against the bound; returns a failure message or null. */
async function check(name: string, text: string, record = true): Promise<{ failure: string | null; ms: number; ratio: number }> {
  const perChar = await rate(text.length);
  const bound = FACTOR * perChar * text.length + CONSTANT_MS;
  const deadline = Math.max(3 * bound, 10_000);
  let t = await timer.run(text, deadline);
  // A slow first run may be noise (garbage collection, another process): one more chance.
  if (!t.error && !t.hung && t.ms > bound) t = await timer.run(text, deadline);
  const base = perChar * text.length;
  const ratio = Math.round((t.ms / Math.max(base, 1)) * 10) / 10;
  const verdict = t.error ? "error" : t.hung ? `killed in ${t.hung}` : t.ms > bound ? "too slow" : "ok";
  if (record) results.push({ name, chars: text.length, baseMs: Math.round(base), ms: Math.round(t.ms), ratio, verdict });
  if (t.error) return { failure: `${name}: extract() threw: ${t.error}`, ms: t.ms, ratio };
  if (!t.hung && t.ms <= bound) return { failure: null, ms: t.ms, ratio };
  return {
    failure: `${name} (${text.length.toLocaleString("en")} chars): ${t.hung ? `killed after ${deadline.toFixed(0)} ms in ${t.hung}` : `${t.ms.toFixed(0)} ms`}, bound ${bound.toFixed(0)} ms (${FACTOR}× the ${base.toFixed(0)} ms of a normal article of that length + ${CONSTANT_MS} ms); ${await whichStage(text, deadline)}`,
    ms: t.ms,
    ratio,
  };
}

/** The stages whose time grows more than SCALING times when the text grows four times. */
async function whichGrows(small: string, big: string): Promise<string> {
  const a = await timer.run(small, 600_000, true);
  const b = await timer.run(big, 600_000, true);
  if (b.hung) return `it never returned from ${b.hung}`;
  const grows = Object.entries(b.stages ?? {})
    .filter(([k, ms]) => ms > 50 && ms > SCALING * (a.stages?.[k] ?? 0))
    .map(([k, ms]) => `${k} ${(a.stages?.[k] ?? 0).toFixed(0)} → ${ms.toFixed(0)} ms`);
  return grows.length ? `superlinear: ${grows.join(", ")}` : `stages: ${describeStages(b.stages)}`;
}

/** Times the stages one by one (killed again if one never returns). */
async function whichStage(text: string, deadline: number): Promise<string> {
  const detail = await timer.run(text, deadline, true);
  return detail.hung ? `it never returned from ${detail.hung}` : `stages: ${describeStages(detail.stages)}`;
}

describe("extract() runs in time linear in its input", () => {
  beforeAll(() => timer.start(), 120_000);
  afterAll(() => {
    timer.stop();
    if (results.length) console.table(results);
  });

  it.each(ADVERSARIAL)("%s", async (name, build, n) => {
    const big = await check(name, build(n));
    expect(big.failure, big.failure ?? "").toBeNull();
    // Linear, not merely fast enough at this size: four times the text may take at most
    // SCALING times as long (quadratic growth would take 16 times).
    let small = await check(`${name} (a quarter)`, build(n / 4), false);
    let bigMs = big.ms;
    if (bigMs > SCALING * small.ms + CONSTANT_MS) {
      // Timer noise on a loaded machine: the best of another pair of runs.
      const again = await check(`${name} (a quarter)`, build(n / 4), false);
      small = again.ms < small.ms ? again : small;
      bigMs = Math.min(bigMs, (await check(name, build(n), false)).ms);
    }
    const grown = bigMs <= SCALING * small.ms + CONSTANT_MS;
    const message = grown ? "" : `${name}: ${small.ms.toFixed(0)} ms for ${n / 4} chars but ${bigMs.toFixed(0)} ms for ${n}: grows faster than linearly; ${await whichGrows(build(n / 4), build(n))}`;
    expect(grown, message).toBe(true);
  }, 900_000);

  // Strings built from the pieces the patterns look for, in random order: near-misses of
  // every extractor (numbers, symbols, dates, names, quantities) thrown together.
  const PIECES = [
    "1", "12", "2024", ".", ",", "/", "-", "–", ":", ";", "%", " ", " ", " ", "\n", "(", ")", "[", "“", "”",
    "Chỉ thị", "Nghị quyết", "Nghị định", "số", "CT/TW", "NQ-CP", "NĐ-CP", "TTg", "quý I", "quý IV", "ngày", "tháng", "năm",
    "giai đoạn", "đến", "Nguyễn", "Văn", "Thị", "A", "B", "Thủ tướng", "Bộ trưởng", "Đại sứ", "ông", "bà", "Bộ", "Công Thương",
    "Ủy ban", "Hà Nội", "Hàn Quốc", "Việt Nam", "tỷ", "triệu", "nghìn", "USD", "đồng", "tăng", "giảm", "đạt", "khoảng", "hơn",
    "gần", "mục tiêu", "và", "của", "với", "ký", "hoà", "thuỷ", "ngoàiphải",
  ];
  const piecesText = fc.array(fc.constantFrom(...PIECES), { minLength: 2_000, maxLength: 12_000 }).map((a) => a.join(""));
  const piecesSpaced = fc.array(fc.constantFrom(...PIECES), { minLength: 2_000, maxLength: 12_000 }).map((a) => a.join(" "));
  const syllableText = fc
    .array(fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(" ", " ", " ", ", ", ". ", "\n", " 12/3 ", " 15% ", " 1,5 tỷ ")), { minLength: 2_000, maxLength: 15_000 })
    .map((a) => a.map(([w, s]) => w + s).join(""));

  it.each([
    ["pieces run together", piecesText],
    ["pieces separated by spaces", piecesSpaced],
    ["random Vietnamese-ish syllables", syllableText],
    ["any Unicode text", fc.string({ unit: "grapheme", minLength: 1_000, maxLength: 20_000 })],
    ["any UTF-16 code units", fc.string({ unit: "binary", minLength: 1_000, maxLength: 20_000 })],
  ] as const)("property: %s", async (name, arb) => {
    await fc.assert(
      fc.asyncProperty(arb, async (text) => {
        const { failure, ratio } = await check(`${name}`, text, false);
        const worst = results.find((r) => r.name === `property: ${name}`);
        if (!worst) results.push({ name: `property: ${name}`, chars: text.length, baseMs: 0, ms: 0, ratio, verdict: "ok" });
        else if (ratio > worst.ratio) Object.assign(worst, { chars: text.length, ratio });
        expect(failure, failure ?? "").toBeNull();
      }),
      { numRuns: 15, endOnFailure: true },
    );
  }, 900_000);
});
