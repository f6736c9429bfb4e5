import type { Command, RawOptions } from "./command.js";

/** The outcome of validating a command's raw options. */
export type ParsedOptions =
  { readonly ok: true; readonly options: unknown } | { readonly ok: false; readonly message: string };

/**
 * Validates raw options against a command's schema.
 *
 * @returns the parsed options, or one message per problem naming the option, for the user.
 */
export function validateOptions(command: Command, raw: RawOptions): ParsedOptions {
  const result = command.options.safeParse(raw);
  if (result.success) return { ok: true, options: result.data };
  const message = result.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("\n");
  return { ok: false, message };
}
