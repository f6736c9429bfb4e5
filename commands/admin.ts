/** What the admin commands (/subscribe, /unsubscribe, /gaps) share: the Manage Server check and store access. */
import { errorReply, type Reply } from "../src/reply.js";
import { publicReason, type Store } from "../src/store/store.js";
import type { CommandContext } from "./command.js";

/**
 * The store for an admin command, or the reply refusing it: Discord hides the command from
 * members without Manage Server, but a server can override that, so the handler checks again.
 * @param needsChannel - the command acts on a Discord channel (not available in the console)
 */
export function adminStore(
  ctx: CommandContext,
  command: string,
  feature: string,
  needsChannel: boolean,
): { store: Store; guildId: string; channelId: string } | { refusal: Reply } {
  const { caller, store } = ctx;
  if (caller !== undefined && !caller.canManageServer) {
    return { refusal: errorReply("Not allowed", `/${command} needs the Manage Server permission.`) };
  }
  if (needsChannel && (caller?.guildId == null || caller.channelId === null)) {
    return {
      refusal: errorReply(`Cannot run /${command}`, `/${command} works in a server channel on Discord.`),
    };
  }
  if (store === undefined || !store.available) {
    const reason = store === undefined ? "this bot runs without a store" : store.reason;
    return { refusal: errorReply("Unavailable", `${feature} unavailable: ${publicReason(reason)}.`) };
  }
  return { store: store.store, guildId: caller?.guildId ?? "", channelId: caller?.channelId ?? "" };
}
