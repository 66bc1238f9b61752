// The command line: argv → options → core → format → exit code. Each command's module is
// imported only when that command runs, so `--version` and `--help` stay close to bare Node.
//
// Exit codes: 0 ok; 1 some input could not be processed (extract) or problems were found
// (validate, diff --exit-code); 2 usage error or fatal error.
import { Command, CommanderError, Option } from "commander";
import { readFileSync } from "node:fs";
import { VnfactsError } from "./errors.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

const EXIT_CODES = `
Exit codes:
  0  success
  1  some input could not be processed, or problems were found
  2  usage error or fatal error`;

// Settings are copied into each subcommand when it is created, so they come first.
const program = new Command()
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  .name("vnfacts")
  .description("Extract validated, citable facts from Vietnamese news articles.")
  .version(pkg.version, "-V, --version")
  .showHelpAfterError("(run with --help for usage)")
  .addHelpText(
    "after",
    `
Examples:
  $ vnfacts extract fixtures/articles                  YAML records to stdout
  $ vnfacts extract --format json articles/ > facts.json
  $ cat a.txt | vnfacts extract --format jsonl - | jq .facts
  $ vnfacts validate facts.yaml --sources articles/
  $ vnfacts schema > article.schema.json
${EXIT_CODES}`,
  );

program
  .command("extract")
  .summary("extract facts from articles (files, folders, or - for stdin)")
  .description(
    "Read articles (.txt, .md, .html/.htm, .json, .jsonl with {\"id\",\"text\"} per line; folders recursively; - for stdin) and write one record per article.",
  )
  .argument("[inputs...]", "files, folders, or - for stdin (default: stdin when it is not a terminal)")
  .addOption(new Option("-f, --format <format>", "output format").choices(["yaml", "json", "jsonl"]).default("yaml"))
  .option("-o, --out <dir>", "write one file per article into DIR instead of stdout")
  .option("--reference-date <date>", "YYYY-MM-DD used for dates whose year the article does not give (default: today)")
  .option("-c, --config <file>", "word lists to add (default: ./vnfacts.config.yaml when present)")
  .option("-t, --types <list>", "only these fact types, comma-separated (directive,figure,target,date,partner,person,organization)")
  .option("--no-sentences", "leave out each fact's sentence")
  .option("-j, --jobs <n>", "worker threads (default: number of cores; 1 runs in-process)")
  .option("--shard <k/n>", "process only every n-th input file, starting with the k-th (1-based), for runs split across machines")
  .option("-q, --quiet", "no progress line and no per-file messages on stderr")
  .addHelpText(
    "after",
    `
Examples:
  $ vnfacts extract fixtures/articles
  $ vnfacts extract --format json --out out/ archive/
  $ cat articles.jsonl | vnfacts extract --format jsonl - > facts.jsonl
  $ vnfacts extract --shard 2/4 --format jsonl archive/ > part2.jsonl
${EXIT_CODES}`,
  )
  .action(async (inputs: string[], opts) => {
    const { runExtract } = await import("./commands/extract.js");
    process.exitCode = await runExtract(inputs, opts);
  });

program
  .command("schema")
  .summary("print the JSON Schema of an article record")
  .addOption(new Option("--of <what>", "which schema").choices(["article", "facts-file"]).default("article"))
  .addHelpText("after", `\nExamples:\n  $ vnfacts schema > article.schema.json\n  $ vnfacts schema --of facts-file\n${EXIT_CODES}`)
  .action(async (opts: { of: "article" | "facts-file" }) => {
    const { runSchema } = await import("./commands/schema.js");
    process.exitCode = runSchema(opts);
  });

program
  .command("validate")
  .summary("check curated facts files against the schema and their source articles")
  .argument("<files...>", "facts files (.yaml, .yml, .json, .jsonl) or folders of them")
  .option("-s, --sources <dir>", "folder of the articles the facts cite (default: source.path relative to the facts file)")
  .option("--no-sources", "skip the checks against the articles (quotes, sha256)")
  .addOption(new Option("-r, --reporter <name>", "output style").choices(["text", "json", "github"]).default("text"))
  .addHelpText(
    "after",
    `\nExamples:\n  $ vnfacts validate facts.yaml\n  $ vnfacts validate curated/*.yaml --sources articles/ --reporter github\n${EXIT_CODES}`,
  )
  .action(async (files: string[], opts) => {
    const { runValidate } = await import("./commands/validate.js");
    process.exitCode = await runValidate(files, opts);
  });

program
  .command("eval")
  .summary("precision, recall and F1 of predicted facts against a gold facts file")
  .requiredOption("-g, --gold <gold>", "gold facts file or folder of them")
  .argument("<pred>", "predicted facts file, or a folder of articles to extract first")
  .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
  .option("--details", "list every missed and spurious fact")
  .option("--reference-date <date>", "when PRED is a folder of articles: as for extract")
  .option("--articles <dir>", "folder of the articles, for the evidence check when source.path does not lead to them")
  .option("--min-f1 <x>", "exit 1 when the micro F1 is below X (0 to 1)")
  .addHelpText(
    "after",
    `\nExamples:\n  $ vnfacts eval --gold gold/ pred.json\n  $ vnfacts eval --gold gold/ articles/ --details\n  $ vnfacts eval --gold gold/ pred.jsonl --format json --min-f1 0.8\n${EXIT_CODES}`,
  )
  .action(async (pred: string, opts) => {
    const { runEval } = await import("./commands/eval.js");
    process.exitCode = await runEval(pred, opts);
  });

program
  .command("diff")
  .summary("facts added, removed and changed between two facts files")
  .argument("<old>", "facts file before")
  .argument("<new>", "facts file after")
  .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
  .option("--exit-code", "exit 1 when the files differ")
  .option("--ignore <fields>", "leave these fields out of the comparison, comma-separated dotted paths (id,sentence,mentions,evidence.start,evidence.end,source.path)")
  .addHelpText(
    "after",
    `\nExamples:\n  $ vnfacts diff curated.yaml new.yaml\n  $ vnfacts diff --exit-code --format json old.json new.json\n  $ vnfacts diff --exit-code --ignore id,sentence,mentions,evidence.start,evidence.end,source curated.yaml out.yaml\n${EXIT_CODES}`,
  )
  .action(async (oldFile: string, newFile: string, opts) => {
    const { runDiff } = await import("./commands/diff.js");
    process.exitCode = await runDiff(oldFile, newFile, opts);
  });


async function main(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; every other commander error is a usage error.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof VnfactsError) {
      process.stderr.write(`vnfacts: ${err.message}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    const e = err as Error;
    process.stderr.write(`vnfacts: internal error: ${e?.message ?? String(err)}\n`);
    if (process.env.VNFACTS_DEBUG) process.stderr.write(`${e?.stack ?? ""}\n`);
    process.exitCode = 2;
  }
}

// A closed stdout (`vnfacts extract … | head`) is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

await main(process.argv);
