/**
 * What a slash command is: its Discord definition, a schema for its options, and a handler that
 * takes plain parsed options (never a Discord interaction), so Discord and the console share it.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { z } from "zod";
import type { ArticleAdder } from "../src/ingest/web/addArticle.js";
import type { KnowledgeBase } from "../src/knowledgeBase.js";
import type { Reply } from "../src/reply.js";
import type { StoreStatus } from "../src/store/store.js";

/** A command's name and description, for `/help`. */
export interface CommandSummary {
  readonly name: string;
  readonly description: string;
}

/** Who runs a command on Discord, and where. */
export interface CallerInfo {
  readonly guildId: string | null;
  readonly channelId: string | null;
  /** The member holds Manage Server (checked again by admin commands, whatever Discord shows). */
  readonly canManageServer: boolean;
}

/** What a handler may use. */
export interface CommandContext {
  readonly kb: KnowledgeBase;
  /** Every command served, for `/help`. */
  readonly commands: readonly CommandSummary[];
  /** The store, or why it is unavailable; absent where there is none (tests). */
  readonly store?: StoreStatus;
  /** The Discord member and channel; absent in the local console, whose user is the operator. */
  readonly caller?: CallerInfo;
  /** Earlier questions of the follow-up thread the command runs in, oldest first. */
  readonly earlierQuestions?: readonly string[];
  /** Adds an article to the archive by address (address guard on); absent where adding is off. */
  readonly addArticle?: ArticleAdder;
}

/** One autocomplete suggestion. */
export interface Choice {
  readonly name: string;
  readonly value: string;
}

/** Raw option values as they arrive from Discord or the console, before validation. */
export type RawOptions = Readonly<Record<string, string | number | boolean | undefined>>;

/** A slash command. */
export interface Command<Options extends z.ZodType = z.ZodType> {
  /** The definition registered with Discord (SlashCommandBuilder JSON). */
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Validates and defaults the raw options; its messages are shown to the user. */
  readonly options: Options;
  /** Answers the command from the knowledge base. */
  run(options: z.output<Options>, ctx: CommandContext): Reply | Promise<Reply>;
  /** Suggestions for the focused option, for commands with autocomplete. */
  autocomplete?(option: string, typed: string, ctx: CommandContext): readonly Choice[];
}
