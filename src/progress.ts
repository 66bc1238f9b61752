// The progress line on stderr (cli-progress): articles done, articles/s, ETA when the total
// is known, inputs with warnings. Only on a TTY and without --quiet; messages are printed
// above it so they never tangle with it.
import type { Writable } from "node:stream";

export interface Progress {
  tick(warned: number): void;
  setTotal(total: number): void;
  message(line: string): void;
  done(): void;
}

export function createProgress(stderr: Writable & { isTTY?: boolean }, opts: { quiet: boolean }): Progress {
  const plain: Progress = {
    tick() {},
    setTotal() {},
    message: (line) => void stderr.write(`${line}\n`),
    done() {},
  };
  if (opts.quiet || !stderr.isTTY || process.env.CI) return plain;
  let bar: import("cli-progress").SingleBar | null = null;
  let multi: import("cli-progress").MultiBar | null = null;
  let done = 0;
  let warned = 0;
  let total = 0;
  const started = Date.now();
  let loading = false;
  const ensure = () => {
    if (multi || loading) return;
    loading = true;
    // Loaded on first use: a short run never pays for it.
    import("cli-progress").then((m) => {
      multi = new m.MultiBar(
        {
          stream: stderr as NodeJS.WriteStream,
          format: "{done}{total} articles · {rate}/s{eta} · {warned} with warnings",
          hideCursor: false,
          clearOnComplete: true,
          stopOnComplete: false,
          fps: 8,
        },
        m.Presets.shades_classic,
      );
      bar = multi.create(Math.max(total, 1), done, payload());
    });
  };
  const payload = () => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = total > done && rate > 0 ? ` · ETA ${Math.ceil((total - done) / rate)}s` : "";
    return { done, total: total ? `/${total}` : "", rate: rate.toFixed(0), eta, warned };
  };
  return {
    tick(w) {
      done++;
      warned += w ? 1 : 0;
      ensure();
      bar?.update(done, payload());
    },
    setTotal(t) {
      total = t;
      bar?.setTotal(t);
    },
    message(line) {
      if (multi) multi.log(`${line}\n`);
      else stderr.write(`${line}\n`);
    },
    done() {
      multi?.stop();
    },
  };
}
