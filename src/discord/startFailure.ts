/** Turns a failure to connect to Discord into one line a person can act on. */

/** Gateway close code: the token was refused (https://discord.com/developers/docs/topics/opcodes-and-status-codes). */
const AUTHENTICATION_FAILED_CLOSE = 4004;
/** Gateway close code: the bot asked for a privileged intent it is not allowed. */
const DISALLOWED_INTENTS_CLOSE = 4014;

/** Told when Discord refuses the token, over REST (401, `TokenInvalid`) or the gateway (4004). */
export const TOKEN_REJECTED =
  "Discord rejected DISCORD_TOKEN: reset the token on the Bot page of your application and update .env.";

function field(error: unknown, key: string): unknown {
  return typeof error === "object" && error !== null && key in error
    ? (error as Record<string, unknown>)[key]
    : undefined;
}

/**
 * The message printed when the bot cannot start. Never includes the error's own text, which may
 * quote request details.
 *
 * @param error - what `startBot` rejected with
 */
export function explainStartFailure(error: unknown): string {
  const code = field(error, "code");
  const status = field(error, "status");
  const message = error instanceof Error ? error.message : "";
  if (
    code === "TokenInvalid" ||
    code === AUTHENTICATION_FAILED_CLOSE ||
    status === 401 ||
    /authentication failed/i.test(message)
  ) {
    return TOKEN_REJECTED;
  }
  if (
    code === "DisallowedIntents" ||
    code === DISALLOWED_INTENTS_CLOSE ||
    /disallowed intent/i.test(message)
  ) {
    return "Discord refused the gateway intents: this bot needs only the default Guilds intent; check the Bot page of your application.";
  }
  return "Could not connect to Discord (network, DISCORD_API_BASE, or an outage); the error is in the log above.";
}
