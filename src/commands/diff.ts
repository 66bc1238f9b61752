// `vnfacts diff` — placeholder until it lands.
import { UsageError } from "../errors.js";
export async function runDiff(_old: string, _new: string, _opts: Record<string, unknown>): Promise<number> {
  throw new UsageError("diff is not available yet");
}
