// A worker thread of the pool: the options come once through workerData.
import { workerData } from "node:worker_threads";
import { extractInput, type ArticleOptions, type Extracted } from "../io/extract-one.js";
import type { Input } from "../io/inputs.js";

const options = (workerData as { options: ArticleOptions }).options;

export default function run(input: Input): Extracted {
  return extractInput(input, options);
}
