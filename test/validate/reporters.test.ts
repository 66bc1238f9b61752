// The validate reporters: text (grouped, coloured only on a TTY without NO_COLOR), json, github.
import { describe, expect, it } from "vitest";
import { VFile } from "vfile";
import { runValidate, validateFiles } from "../../src/commands/validate.js";
import { reporters, summary } from "../../src/report/diagnostics.js";
import { fx, sink } from "./helpers.js";

const ESC = "\u001b[";

describe("text", () => {
  it("colours only on a TTY, and never with NO_COLOR", async () => {
    const tty = sink(true, {});
    await runValidate([fx("broken.json")], {}, tty.io);
    expect(tty.out).toContain(ESC);
    const noColor = sink(true, { NO_COLOR: "1" });
    await runValidate([fx("broken.json")], {}, noColor.io);
    expect(noColor.out).not.toContain(ESC);
    const pipe = sink(false, {});
    await runValidate([fx("broken.json")], {}, pipe.io);
    expect(pipe.out).not.toContain(ESC);
    expect(noColor.out).toBe(pipe.out);
  });

  it("aligns the columns of a file and ends with a summary", async () => {
    const files = await validateFiles([fx("stale", "facts.yaml")], { sources: fx("articles") });
    const out = reporters.text!(files);
    expect(out).toBe(
      `${fx("stale", "facts.yaml")}:25:19  error  source article not found: tried ${fx("articles", "tin-404.txt")}, ${fx("articles", "tin-404.html")}, ${fx("articles", "tin-404.htm")}, ${fx("articles", "tin-404.md")}  source-missing\n\n✖ 1 problem in 1 file\n`,
    );
  });

  it("summary lines", () => {
    expect(summary({ errors: 0, warnings: 0, files: 2, filesWithProblems: 0 })).toBe("✔ 2 files valid");
    expect(summary({ errors: 3, warnings: 0, files: 2, filesWithProblems: 1 })).toBe("✖ 3 problems in 1 file");
    expect(summary({ errors: 3, warnings: 1, files: 2, filesWithProblems: 2 })).toBe("✖ 4 problems (3 errors, 1 warning) in 2 files");
    expect(summary({ errors: 0, warnings: 1, files: 1, filesWithProblems: 1 })).toBe("✔ 1 file valid (1 warning in 1 file)");
  });
});

describe("json", () => {
  it("an array of files with their messages, clean files included", async () => {
    const s = sink();
    expect(await runValidate([fx("clean.yaml"), fx("broken.jsonl")], { reporter: "json" }, s.io)).toBe(1);
    const out = JSON.parse(s.out) as Array<{ file: string; messages: unknown[] }>;
    expect(out).toEqual([
      { file: fx("clean.yaml"), messages: [] },
      {
        file: fx("broken.jsonl"),
        messages: [
          {
            line: 2,
            column: 190,
            endLine: 2,
            endColumn: 191,
            severity: "error",
            ruleId: "json-syntax",
            message: "expected a property name after ',' (JSON allows no trailing comma)",
          },
          {
            line: 3,
            column: 146,
            endLine: 3,
            endColumn: 151,
            severity: "error",
            ruleId: "invalid-value",
            message: "fact 1: 'granularity' must be one of day, month, quarter, half, year, span, got string \"dya\" (did you mean 'day'?)",
          },
        ],
      },
    ]);
  });
});

describe("github", () => {
  it("one workflow command per message", async () => {
    const s = sink();
    await runValidate([fx("schema-errors.yaml")], { reporter: "github" }, s.io);
    const lines = s.out.trimEnd().split("\n");
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe(
      `::error file=${fx("schema-errors.yaml")},line=8,col=7,endLine=8,endColumn=12,title=vnfacts unknown-key::fact 1: unknown key 'vaule' (did you mean 'value'?)`,
    );
  });

  it("escapes what would break a command", () => {
    const f = new VFile({ path: "a,b:c.yaml" });
    const m = f.message("50% done\nnext line", { ruleId: "x", place: { line: 1, column: 2 } });
    m.fatal = true;
    const w = f.message("a warning", { ruleId: "y" });
    w.fatal = false;
    // messages without a place come first
    expect(reporters.github!([f])).toBe("::warning file=a%2Cb%3Ac.yaml,title=vnfacts y::a warning\n::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=vnfacts x::50%25 done%0Anext line\n");
  });
});
