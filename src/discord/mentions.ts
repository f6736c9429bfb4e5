/**
 * Questions asked by mentioning the bot (`@Dostluq when was it signed?`), in a follow-up thread
 * or any channel: answered like /ask, with the thread's earlier questions as context. Mentions need
 * no privileged intent: a bot receives the content of messages that mention it.
 */
import type { Message } from "discord.js";
import type { Command, CommandContext } from "../../commands/command.js";
import { validateOptions } from "../../commands/validate.js";
import type { Logger } from "../logger.js";
import { errorReply, type Reply } from "../reply.js";
import type { StoreStatus } from "../store/store.js";
import { earlierQuestions, isFollowUpThread, withConversation } from "./conversation.js";
import { Cooldown } from "./cooldown.js";
import { renderEmbeds } from "./renderEmbeds.js";

/** What the mention handler needs. */
export interface MessageHandlerOptions {
  readonly ask: Command;
  readonly context: () => CommandContext;
  readonly store?: StoreStatus;
  readonly logger: Logger;
  readonly cooldown: { readonly limit: number; readonly windowMs: number };
}

/** The question in a message, without the bot's mention; `null` when the bot is not mentioned. */
export function questionInMessage(content: string, botId: string): string | null {
  const mention = new RegExp(`<@!?${botId}>`, "g");
  if (!mention.test(content)) return null;
  return content.replace(mention, " ").replace(/\s+/g, " ").trim();
}

/** Creates the `messageCreate` listener. It never throws; it logs one line per question. */
export function createMessageHandler(options: MessageHandlerOptions): (message: Message) => Promise<void> {
  const cooldown = new Cooldown(options.cooldown.limit, options.cooldown.windowMs);
  return async (message) => {
    if (message.author.bot || message.webhookId !== null) return;
    const question = questionInMessage(message.content, message.client.user.id);
    if (question === null) return;
    const started = performance.now();
    let outcome = "ok";
    try {
      let reply: Reply;
      let components: Awaited<ReturnType<typeof withConversation>>["components"] = [];
      const parsed = validateOptions(options.ask, { question });
      if (cooldown.take(message.author.id) > 0) {
        outcome = "cooldown";
        reply = errorReply("Slow down", "You have asked a lot in a short time: try again in a moment.");
      } else if (!parsed.ok) {
        outcome = "invalid_options";
        reply = errorReply("Cannot answer that", `Mention me with a question. ${parsed.message}`);
      } else {
        const inThread = message.channel.isThread() && isFollowUpThread(options.store, message.channelId);
        const context = {
          ...options.context(),
          earlierQuestions: inThread ? earlierQuestions(options.store, message.channelId) : [],
        };
        const conversation = await withConversation(
          await options.ask.run(parsed.options, context),
          options.store,
          {
            threadId: inThread ? message.channelId : null,
            canOpenThread: false,
          },
        );
        reply = conversation.reply;
        components = conversation.components;
      }
      await message.reply({
        embeds: renderEmbeds(reply),
        components: [...components],
        allowedMentions: { parse: [], repliedUser: false },
      });
    } catch (error) {
      outcome = "error";
      options.logger.error({ err: error }, "could not answer a mention");
    }
    options.logger.info(
      {
        kind: "mention",
        userId: message.author.id,
        latencyMs: Math.round(performance.now() - started),
        outcome,
      },
      "interaction",
    );
  };
}
