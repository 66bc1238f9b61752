// Typed errors → exit codes, documented once:
//   0  everything was processed (extract) / the files are valid (validate)
//   1  some input could not be processed, or validate/diff found problems
//   2  usage error (bad option, missing argument) or a fatal error
export class VnfactsError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command line was wrong: exit 2. */
export class UsageError extends VnfactsError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** An input could not be read or parsed: exit 1 (the rest of the batch goes on). */
export class InputError extends VnfactsError {
  constructor(message: string) {
    super(message, 1);
  }
}

/** A configuration file is wrong: exit 2. */
export class ConfigurationError extends VnfactsError {
  constructor(message: string) {
    super(message, 2);
  }
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
