// End to end through the built CLI (`npm test` builds first): exit codes and output of
// validate, eval and diff as a CI job sees them.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers.js";

const bin = join(root, "bin", "vnfacts.js");
const built = existsSync(join(root, "dist", "cli.js"));

function vnfacts(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: join(root, "test", "fixtures", "facts"), encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.skipIf(!built)("vnfacts validate / eval / diff (built CLI)", () => {
  it("validate: 0 for a clean file, 1 with github annotations for a broken one, 2 for a usage error", () => {
    expect(vnfacts("validate", "clean.yaml", "clean.json", "clean.jsonl")).toMatchObject({ code: 0, out: "✔ 3 files valid\n" });
    const broken = vnfacts("validate", "--reporter", "github", "broken.yaml");
    expect(broken.code).toBe(1);
    expect(broken.out).toBe(
      [
        "::error file=broken.yaml,line=6,col=13,endLine=6,endColumn=19,title=vnfacts invalid-value::fact 1: 'kind' must be one of country, organization, company, region, locality, got string \"contry\" (did you mean 'country'?)",
        '::error file=broken.yaml,line=12,col=13,endLine=12,endColumn=33,title=vnfacts yaml-syntax::this double-quoted string is never closed (a closing " is missing)',
        "",
      ].join("\n"),
    );
    expect(vnfacts("validate", "--reporter", "xml", "clean.yaml").code).toBe(2);
    expect(vnfacts("validate").code).toBe(2);
  });

  it("validate --sources and --no-sources", () => {
    const stale = vnfacts("validate", "stale/facts.yaml");
    expect(stale.code).toBe(1);
    expect(stale.out).toMatch(/stale\/facts\.yaml:6:13 +error +source changed since the facts were written/);
    expect(vnfacts("validate", "--sources", "articles", "stale/facts.yaml").out).toMatch(/✖ 1 problem in 1 file/);
    expect(vnfacts("validate", "--no-sources", "stale/facts.yaml")).toMatchObject({ code: 0 });
  });

  it("eval: the table, and --min-f1", () => {
    const r = vnfacts("eval", "--gold", "eval/gold", "--articles", "articles", "eval/pred.json");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^all +16 +14 +12 +85\.7 +75\.0 +80\.0$/m);
    expect(vnfacts("eval", "--gold", "eval/gold", "--min-f1", "0.9", "eval/pred.json").code).toBe(1);
  });

  it("diff: --exit-code", () => {
    expect(vnfacts("diff", "--exit-code", "clean.yaml", "clean.json").code).toBe(0);
    const d = vnfacts("diff", "--exit-code", "clean.yaml", "diff/edited.yaml");
    expect(d.code).toBe(1);
    expect(d.out).toMatch(/✖ 2 of 2 articles differ/);
  });
});
