// organization extractor — placeholder until its rules land: finds nothing.
import type { Extractor } from "../types.js";

export const organizationExtractor: Extractor<"organization"> = {
  name: "organization",
  type: "organization",
  blockedBy: [],
  extract() {
    return [];
  },
};
