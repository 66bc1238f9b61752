// npx tsx scripts/blind-score.ts [--details]: the BLIND set — never tune on it (see scripts/score-set.ts).
process.argv.splice(2, 0, "heldout-2");
await import("./score-set.js");
