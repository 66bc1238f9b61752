// Types for the one submodule of `natural` the partner extractor uses. The package's main entry
// is never imported: it loads database back-ends and prints to stdout.
declare module "natural/lib/natural/distance/jaro-winkler_distance.js" {
  export default function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean; dj?: number }): number;
}
