// `vnfacts validate` — placeholder until it lands.
import { UsageError } from "../errors.js";
export async function runValidate(_files: string[], _opts: Record<string, unknown>): Promise<number> {
  throw new UsageError("validate is not available yet");
}
