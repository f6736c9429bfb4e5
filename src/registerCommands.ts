/** `npm run register`: registers the slash commands to DISCORD_GUILD_ID (instant) or globally. */
import { commands } from "../commands/index.js";
import { loadConfig } from "./config.js";
import { registerCommands } from "./discord/register.js";
import { createLogger } from "./logger.js";

const config = loadConfig();
if (config.discord === null) {
  process.stderr.write(
    "DISCORD_TOKEN is not set: registering needs DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see .env.example).\n",
  );
  process.exit(1);
}
const logger = createLogger({ level: config.logLevel, secrets: [config.discord.token] });
try {
  const result = await registerCommands({ ...config.discord, commands });
  logger.info(result, "commands registered");
  process.stderr.write(`Registered ${result.count} commands (${result.scope}).\n`);
} catch (error) {
  logger.error({ err: error }, "registration failed");
  process.stderr.write("Registration failed; check DISCORD_TOKEN and DISCORD_CLIENT_ID (details above).\n");
  process.exitCode = 1;
}
