import { runCorpus } from "../../../test/run-corpus.js";
import { corpus } from "./corpus.js";

runCorpus(corpus);
