// date extractor — placeholder until its rules land: finds nothing.
import type { Extractor } from "../types.js";

export const dateExtractor: Extractor<"date"> = {
  name: "date",
  type: "date",
  blockedBy: [],
  extract() {
    return [];
  },
};
