// `vnfacts eval` — placeholder until it lands.
import { UsageError } from "../errors.js";
export async function runEval(_pred: string, _opts: Record<string, unknown>): Promise<number> {
  throw new UsageError("eval is not available yet");
}
