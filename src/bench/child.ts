// A bench child: runs `extract --format jsonl --jobs N FILES…` in this process with stdout
// discarded, then reports its peak RSS (all worker threads included) and article count.
import { Writable } from "node:stream";
import { availableParallelism } from "node:os";
import { runExtract } from "../commands/extract.js";

const [jobs, ...files] = process.argv.slice(2);
let articles = 0;
const stdout = new Writable({
  write(chunk: Buffer, _enc, cb) {
    for (const b of chunk) if (b === 10) articles++;
    cb();
  },
});
const code = await runExtract(files, { format: "jsonl", sentences: true, jobs, quiet: true, referenceDate: "2017-06-30" }, {
  stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cores: availableParallelism(),
});
process.stderr.write(`rss=${process.resourceUsage().maxRSS} articles=${articles}\n`);
process.exitCode = code;
