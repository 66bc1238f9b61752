// person extractor — placeholder until its rules land: finds nothing.
import type { Extractor } from "../types.js";

export const personExtractor: Extractor<"person"> = {
  name: "person",
  type: "person",
  blockedBy: [],
  extract() {
    return [];
  },
};
