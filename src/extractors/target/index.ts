// target extractor — placeholder until its rules land: finds nothing.
import type { Extractor } from "../types.js";

export const targetExtractor: Extractor<"target"> = {
  name: "target",
  type: "target",
  blockedBy: [],
  extract() {
    return [];
  },
};
