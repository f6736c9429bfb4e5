/**
 * The conversation around an /ask answer on Discord: its buttons (More sources, 👍, 👎, Ask a
 * follow-up), the 👎 reason modal, follow-up threads, and what an answer leaves in the store.
 * Every feature here needs the store; when it is unavailable, the user is told which feature and why.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  ModalBuilder,
  Routes,
  TextInputBuilder,
  TextInputStyle,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIChannel,
  type ButtonInteraction,
  type Client,
  type ModalSubmitInteraction,
} from "discord.js";
import { makeReply, type Reply } from "../reply.js";
import { publicReason, StoreError, type StoreStatus } from "../store/store.js";
import { renderEmbeds } from "./renderEmbeds.js";
import { truncate } from "./text.js";

/** Never let a message ping anyone, whatever its text says. */
const NO_MENTIONS = { parse: [] } as const;
// With a "More sources" button, the public answer shows its best excerpt; the rest are a click away.
const EXCERPTS_SHOWN_WITH_MORE = 1;
// Discord's limits on thread names, modal titles and text inputs.
const MAX_THREAD_NAME = 100;
const MAX_REASON = 300;
// A day of quiet before Discord archives the thread: follow-ups come within a conversation.
const THREAD_ARCHIVE_MINUTES = 1440;
const PREFIX = "dq";

/** What a button or modal custom id says. */
type Action = "more" | "up" | "down" | "thread" | "reason";
const ACTIONS: readonly Action[] = ["more", "up", "down", "thread", "reason"];

function customId(action: Action, answerId: number): string {
  return `${PREFIX}:${action}:${answerId}`;
}

/** Parses a custom id of this module, or `null`. */
export function parseCustomId(id: string): { action: Action; answerId: number } | null {
  const [prefix, action, answer] = id.split(":");
  const answerId = Number(answer);
  if (prefix !== PREFIX || !ACTIONS.includes(action as Action) || !Number.isSafeInteger(answerId))
    return null;
  return { action: action as Action, answerId };
}

/** A reply as Discord message options, with components. */
export interface RenderedAnswer {
  readonly reply: Reply;
  readonly components: APIActionRowComponent<APIButtonComponent>[];
}

/** Where an answer is being given. */
export interface AnswerPlace {
  /** The follow-up thread the question was asked in, or `null`. */
  readonly threadId: string | null;
  /** A follow-up thread can be opened from here (a public message in a text channel). */
  readonly canOpenThread: boolean;
}

const unavailable = (feature: string, reason: string): string =>
  `${feature} unavailable: ${publicReason(reason)}.`;

/**
 * Records an /ask answer and adds its buttons. Without a store (tests) the reply is unchanged;
 * with an unavailable store it says so in the footer and shows every excerpt.
 */
export async function withConversation(
  reply: Reply,
  store: StoreStatus | undefined,
  place: AnswerPlace,
): Promise<RenderedAnswer> {
  if (reply.answer === undefined || store === undefined) return { reply, components: [] };
  const note = (reason: string): RenderedAnswer => ({
    reply: {
      ...reply,
      footer: [reply.footer, unavailable("Votes, More sources and follow-up threads are", reason)]
        .filter((part) => part !== null)
        .join(" "),
    },
    components: [],
  });
  if (!store.available) return note(store.reason);
  const shown = reply.excerpts.slice(0, EXCERPTS_SHOWN_WITH_MORE);
  const more = reply.excerpts.slice(EXCERPTS_SHOWN_WITH_MORE);
  let answerId: number;
  try {
    answerId = await store.store.recordAnswer({
      question: reply.answer.asked,
      answered: reply.answer.answered,
      sources: shown.flatMap((excerpt) => (excerpt.citation === null ? [] : [excerpt.citation.source])),
      moreExcerpts: more,
      threadId: place.threadId,
    });
  } catch (error) {
    if (error instanceof StoreError) return note(error.message);
    throw error;
  }
  const buttons: ButtonBuilder[] = [];
  if (more.length > 0) {
    buttons.push(
      new ButtonBuilder()
        .setCustomId(customId("more", answerId))
        .setLabel(`More sources (${more.length})`)
        .setStyle(ButtonStyle.Secondary),
    );
  }
  buttons.push(
    new ButtonBuilder().setCustomId(customId("up", answerId)).setEmoji("👍").setStyle(ButtonStyle.Secondary),
    new ButtonBuilder()
      .setCustomId(customId("down", answerId))
      .setEmoji("👎")
      .setStyle(ButtonStyle.Secondary),
  );
  if (place.canOpenThread && place.threadId === null) {
    buttons.push(
      new ButtonBuilder()
        .setCustomId(customId("thread", answerId))
        .setLabel("Ask a follow-up")
        .setStyle(ButtonStyle.Primary),
    );
  }
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(buttons).toJSON();
  return { reply: { ...reply, excerpts: shown }, components: [row] };
}

/** The earlier questions of a follow-up thread, or none (not a thread, or the store unavailable). */
export function earlierQuestions(
  store: StoreStatus | undefined,
  channelId: string | null,
): readonly string[] {
  if (store === undefined || !store.available || channelId === null) return [];
  try {
    return store.store.threadQuestions(channelId);
  } catch {
    // Without the thread's history the question is answered on its own; the store error shows elsewhere.
    return [];
  }
}

/** Whether `channelId` is a follow-up thread the store knows. */
export function isFollowUpThread(store: StoreStatus | undefined, channelId: string | null): boolean {
  return earlierQuestions(store, channelId).length > 0;
}

async function replyPrivately(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  reply: Reply,
  /** A channel to link: embed text is escaped, so the clickable link goes in the content. */
  linkChannelId?: string,
): Promise<void> {
  await interaction.reply({
    ...(linkChannelId === undefined ? {} : { content: `<#${linkChannelId}>` }),
    embeds: renderEmbeds(reply),
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  });
}

const notice = (title: string, body: string): Reply => makeReply({ title, body, ephemeral: true });

/** What the handler reports for its log line. */
export type ConversationOutcome = "ok" | "unavailable" | "unknown_answer" | "ignored";

/**
 * Answers a click on one of an answer's buttons.
 */
export async function onAnswerButton(
  interaction: ButtonInteraction,
  store: StoreStatus | undefined,
  client: Client,
): Promise<ConversationOutcome> {
  const parsed = parseCustomId(interaction.customId);
  if (parsed === null) return "ignored";
  const feature = {
    more: "More sources is",
    up: "Voting is",
    down: "Voting is",
    thread: "Follow-up threads are",
  }[parsed.action === "reason" ? "down" : parsed.action];
  if (store === undefined || !store.available) {
    const reason = store === undefined ? "this bot runs without a store" : store.reason;
    await replyPrivately(interaction, notice("Unavailable", unavailable(feature, reason)));
    return "unavailable";
  }
  const { answerId } = parsed;
  const user = interaction.user.id;
  try {
    const answer = store.store.answer(answerId);
    if (answer === null) {
      await replyPrivately(
        interaction,
        notice(
          "That answer is no longer stored",
          `Answers are kept ${store.store.retentionDays} days; ask again with /ask.`,
        ),
      );
      return "unknown_answer";
    }
    switch (parsed.action) {
      case "more": {
        const reply = makeReply({
          title: `More sources: ${answer.question}`,
          body: answer.moreExcerpts.length === 0 ? "The answer quoted every excerpt it had." : "",
          excerpts: answer.moreExcerpts,
          footer: "Quoted from the local news archive.",
          ephemeral: true,
        });
        await replyPrivately(interaction, reply);
        return "ok";
      }
      case "up":
        await store.store.recordVote(answerId, user, 1);
        await replyPrivately(
          interaction,
          notice("Thanks for the 👍", "Your vote is recorded. Click 👎 instead to change it."),
        );
        return "ok";
      case "down": {
        await store.store.recordVote(answerId, user, -1);
        // The 👎 is committed before the modal opens: closing the modal keeps the vote.
        const modal = new ModalBuilder()
          .setCustomId(customId("reason", answerId))
          .setTitle("👎 recorded. What was wrong?")
          .addComponents(
            new ActionRowBuilder<TextInputBuilder>().addComponents(
              new TextInputBuilder()
                .setCustomId("reason")
                .setLabel("Reason (optional), e.g. wrong date")
                .setStyle(TextInputStyle.Paragraph)
                .setRequired(false)
                .setMaxLength(MAX_REASON),
            ),
          );
        await interaction.showModal(modal);
        return "ok";
      }
      case "thread":
        return await openThread(interaction, answerId, answer.question, store, client);
      case "reason":
        return "ignored";
    }
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    await replyPrivately(
      interaction,
      notice("Not recorded", `${unavailable(feature, error.message)} Nothing was changed.`),
    );
    return "unavailable";
  }
}

async function openThread(
  interaction: ButtonInteraction,
  answerId: number,
  question: string,
  store: Extract<StoreStatus, { available: true }>,
  client: Client,
): Promise<ConversationOutcome> {
  const existing = store.store.threadOf(answerId);
  if (existing !== null) {
    await replyPrivately(
      interaction,
      notice("Follow-up thread", "This answer already has a follow-up thread:"),
      existing,
    );
    return "ok";
  }
  const thread = (await client.rest.post(Routes.threads(interaction.channelId, interaction.message.id), {
    body: { name: truncate(question, MAX_THREAD_NAME), auto_archive_duration: THREAD_ARCHIVE_MINUTES },
  })) as APIChannel;
  await store.store.recordThread(thread.id, answerId);
  await client.rest.post(Routes.channelMessages(thread.id), {
    body: {
      content:
        "Ask follow-ups here with /ask, or mention me. A question that leaves out a name or date " +
        "takes it from the earlier questions in this thread.",
      allowed_mentions: NO_MENTIONS,
    },
  });
  await replyPrivately(
    interaction,
    notice("Follow-up thread opened", "Continue in the thread: /ask there, or mention me."),
    thread.id,
  );
  return "ok";
}

/** Saves the reason given in the 👎 modal. */
export async function onReasonModal(
  interaction: ModalSubmitInteraction,
  store: StoreStatus | undefined,
): Promise<ConversationOutcome> {
  const parsed = parseCustomId(interaction.customId);
  if (parsed?.action !== "reason") return "ignored";
  const reason = interaction.fields.getTextInputValue("reason").trim();
  if (reason === "") {
    await replyPrivately(interaction, notice("Thanks", "Your 👎 is recorded."));
    return "ok";
  }
  if (store === undefined || !store.available) {
    const why = store === undefined ? "this bot runs without a store" : store.reason;
    await replyPrivately(interaction, notice("Unavailable", unavailable("Saving a reason is", why)));
    return "unavailable";
  }
  try {
    const saved = await store.store.recordVoteReason(parsed.answerId, interaction.user.id, reason);
    await replyPrivately(
      interaction,
      saved
        ? notice("Thanks", "Your 👎 and its reason are recorded; admins see them in /gaps.")
        : notice("Not recorded", "There is no 👎 of yours on that answer any more (changed or expired)."),
    );
    return saved ? "ok" : "unknown_answer";
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    await replyPrivately(
      interaction,
      notice("Not recorded", unavailable("Saving a reason is", error.message)),
    );
    return "unavailable";
  }
}
