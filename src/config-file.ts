// Reads a vnfacts.config.yaml (or --config FILE) into the Gazetteer the core takes.
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { Config, type Gazetteer } from "./config.js";
import { ConfigurationError } from "./errors.js";

export async function loadConfig(path: string): Promise<Gazetteer> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new ConfigurationError(`cannot read config ${path}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`);
  }
  let value: unknown;
  try {
    value = parse(text, { maxAliasCount: 100, customTags: [] }) ?? {};
  } catch (err) {
    throw new ConfigurationError(`${path}: not valid YAML: ${(err as Error).message.split("\n")[0]}`);
  }
  const r = Config.safeParse(value);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join(".") || "(top)"}: ${i.message}`);
    throw new ConfigurationError(`${path}: invalid config:\n${lines.join("\n")}`);
  }
  return r.data;
}
