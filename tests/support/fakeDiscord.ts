/**
 * A local Discord stand-in (REST + gateway) on 127.0.0.1 for the real discord.js client.
 *
 * It records every request and gateway frame, rejects what Discord would reject (late or second
 * acknowledgements, messages over the embed limits, bad tokens), and lets tests inject faults
 * (`onRequest` hooks answering any request themselves, `closeGateway`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/** Discord's limits, checked independently of the bot's own constants. */
const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Discord answers an interaction callback only within this window. */
const ACK_WINDOW_MS = 3000;
/** Interaction tokens stay valid this long for edits and follow-ups. */
const TOKEN_LIFETIME_MS = 15 * 60_000;

/** One HTTP request the stand-in received. */
export interface RecordedRequest {
  readonly method: string;
  /** Decoded path below `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
  readonly path: string;
  readonly headers: IncomingMessage["headers"];
  /** The parsed JSON body, or `null`. */
  readonly body: unknown;
  /** `Date.now()` on arrival. */
  readonly at: number;
  /** The status the stand-in answered with (set once answered). */
  status?: number;
}

/** A response a fault hook answers with instead of the stand-in's normal handling. */
export interface InjectedResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Wait this long before answering (e.g. to push an acknowledgement past 3 s). */
  readonly delayMs?: number;
}

/** Inspects a request; returns a response to inject a fault, or `undefined` to handle it normally. */
export type RequestHook = (request: RecordedRequest) => InjectedResponse | undefined;

/** An interaction the stand-in sent, and what the bot did with it. */
export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly type: 2 | 3 | 4 | 5;
  readonly sentAt: number;
  /** Callback bodies accepted (the first is the acknowledgement). */
  readonly callbacks: { readonly at: number; readonly body: Record<string, unknown> }[];
  /** Message bodies accepted for this interaction (`@original` edits and follow-ups). */
  readonly messages: {
    readonly at: number;
    readonly path: string;
    readonly body: Record<string, unknown>;
    /** The message id the stand-in gave it (edits and follow-ups; not type 4 callbacks). */
    readonly id?: string;
  }[];
}

/** Where and as whom an interaction is sent (components, modals, threads, permissions). */
export interface InteractionExtras {
  /** Default: the stand-in's text channel; a thread id from {@link FakeDiscord.threads} works too. */
  readonly channelId?: string;
  /** The member's permission bits as a decimal string; default "0" (none). Manage Server is "32". */
  readonly permissions?: string;
  /** The guild the interaction comes from; default {@link FakeDiscord.guildId}. */
  readonly guildId?: string;
}

/** A message the bot posted in a channel or thread (POST /channels/{id}/messages). */
export interface ChannelMessage {
  readonly id: string;
  readonly channelId: string;
  readonly at: number;
  readonly body: Record<string, unknown>;
}

/** A thread the bot opened on a message. */
export interface FakeThread {
  readonly id: string;
  readonly parentId: string;
  readonly messageId: string;
  readonly name: string;
}

/** Options of {@link FakeDiscord.start}. */
export interface FakeDiscordOptions {
  /** The bot token the stand-in accepts. */
  readonly token: string;
  readonly applicationId?: string;
  /** Acknowledgement window; default 3000 ms like Discord. */
  readonly ackWindowMs?: number;
  /**
   * Send the guild (with its text channel) in a GUILD_CREATE after READY, as Discord does: the
   * client then caches channels and threads, which message events in threads need. Default false.
   */
  readonly guild?: boolean;
  /**
   * Shards recommended by `GET /gateway/bot` (default 1). Above 1, each guild's interactions go to
   * the connection that identified as shard `(guild_id >> 22) % count`, as Discord routes them.
   */
  readonly shards?: number;
  /** `session_start_limit.max_concurrency` (default 1: one identify per 5 s). */
  readonly maxConcurrency?: number;
}

/** A Discord-style error body. */
function apiError(code: number, message: string, errors?: unknown): Record<string, unknown> {
  return errors === undefined ? { code, message } : { code, message, errors };
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const len = (value: unknown): number => (typeof value === "string" ? value.length : 0);

/**
 * Checks a message body against Discord's limits.
 *
 * @returns a list of problems; empty when Discord would accept it.
 */
export function messageProblems(body: unknown): string[] {
  if (!isObject(body)) return ["body is not an object"];
  const problems: string[] = [];
  if (len(body.content) > LIMITS.content) problems.push(`content longer than ${LIMITS.content}`);
  const embeds = body.embeds ?? [];
  if (!Array.isArray(embeds)) return [...problems, "embeds is not an array"];
  if (embeds.length > LIMITS.embeds) problems.push(`more than ${LIMITS.embeds} embeds`);
  let total = 0;
  for (const [i, embed] of embeds.entries()) {
    if (!isObject(embed)) {
      problems.push(`embeds.${i} is not an object`);
      continue;
    }
    const footer = isObject(embed.footer) ? embed.footer.text : undefined;
    const author = isObject(embed.author) ? embed.author.name : undefined;
    if (len(embed.title) > LIMITS.title) problems.push(`embeds.${i}.title longer than ${LIMITS.title}`);
    if (len(embed.description) > LIMITS.description) problems.push(`embeds.${i}.description too long`);
    if (embed.description === "") problems.push(`embeds.${i}.description is empty`);
    if (len(footer) > LIMITS.footer) problems.push(`embeds.${i}.footer.text too long`);
    if (len(author) > LIMITS.author) problems.push(`embeds.${i}.author.name too long`);
    total += len(embed.title) + len(embed.description) + len(footer) + len(author);
    const fields = embed.fields ?? [];
    if (!Array.isArray(fields)) {
      problems.push(`embeds.${i}.fields is not an array`);
      continue;
    }
    if (fields.length > LIMITS.fields) problems.push(`embeds.${i} has more than ${LIMITS.fields} fields`);
    for (const [j, field] of fields.entries()) {
      const name: unknown = isObject(field) ? field.name : undefined;
      const value: unknown = isObject(field) ? field.value : undefined;
      if (typeof name !== "string" || name.trim() === "" || name.length > LIMITS.fieldName) {
        problems.push(`embeds.${i}.fields.${j}.name must be 1-${LIMITS.fieldName} characters`);
      }
      if (typeof value !== "string" || value.trim() === "" || value.length > LIMITS.fieldValue) {
        problems.push(`embeds.${i}.fields.${j}.value must be 1-${LIMITS.fieldValue} characters`);
      }
      total += len(name) + len(value);
    }
  }
  if (total > LIMITS.total) problems.push(`embeds total ${total} over ${LIMITS.total}`);
  return problems;
}

/** Checks an autocomplete answer (callback type 8). */
export function choiceProblems(data: unknown): string[] {
  const choices = isObject(data) ? data.choices : undefined;
  if (!Array.isArray(choices)) return ["choices is not an array"];
  const problems: string[] = [];
  if (choices.length > LIMITS.choices) problems.push(`more than ${LIMITS.choices} choices`);
  for (const [i, choice] of choices.entries()) {
    const name: unknown = isObject(choice) ? choice.name : undefined;
    const value: unknown = isObject(choice) ? choice.value : undefined;
    if (typeof name !== "string" || name.length < 1 || name.length > LIMITS.choiceName) {
      problems.push(`choices.${i}.name must be 1-${LIMITS.choiceName} characters`);
    }
    if (typeof value === "string" && (value.length < 1 || value.length > LIMITS.choiceValue)) {
      problems.push(`choices.${i}.value must be 1-${LIMITS.choiceValue} characters`);
    }
  }
  return problems;
}

let snowflakeCounter = 0n;
/** A fresh 19-digit snowflake. */
export function snowflake(): string {
  snowflakeCounter += 1n;
  return (1_400_000_000_000_000_000n + snowflakeCounter).toString();
}

/** The Discord stand-in. Create with {@link FakeDiscord.start}; always {@link FakeDiscord.stop}. */
export class FakeDiscord {
  readonly applicationId: string;
  readonly guildId = "1300000000000000001";
  readonly channelId = "1300000000000000002";
  /** Every HTTP request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Every gateway frame the client sent, parsed. */
  readonly gatewayFrames: Json[] = [];
  /** Interactions sent, by id. */
  readonly interactions = new Map<string, InteractionRecord>();
  /** Registered commands, by scope (`global` or a guild id). */
  readonly registeredCommands = new Map<string, unknown[]>();
  /** Fault hooks, tried in order before normal handling. */
  readonly hooks: RequestHook[] = [];
  /** Messages the bot posted with POST /channels/{id}/messages, in order. */
  readonly channelMessages: ChannelMessage[] = [];
  /** Threads the bot opened, in order. */
  readonly threads: FakeThread[] = [];

  private readonly sockets = new Set<WebSocket>();
  /** Interaction dispatches by sequence number, replayed to a client that resumes, as Discord does. */
  private readonly dispatched: { readonly s: number; readonly shard: number; readonly payload: Json }[] = [];
  private readonly waiters = new Set<() => void>();
  private sequence = 1;
  private identified = false;
  /** The `[shard_id, num_shards]` each connection identified with. */
  private readonly socketShards = new Map<WebSocket, readonly [number, number]>();

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    private readonly options: FakeDiscordOptions,
  ) {
    this.applicationId = options.applicationId ?? "1200000000000000001";
  }

  /** Starts the stand-in on a random port of 127.0.0.1. */
  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    const fake = new FakeDiscord(server, wss, options);
    server.on("request", (req, res) => void fake.handleHttp(req, res));
    wss.on("connection", (socket) => fake.handleSocket(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  /** The `rest.api` base for discord.js (`http://127.0.0.1:PORT/api`). */
  get apiBase(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  /** Injects a fault: the hook may answer any request itself. Returns a function removing it. */
  onRequest(hook: RequestHook): () => void {
    this.hooks.push(hook);
    return () => {
      const index = this.hooks.indexOf(hook);
      if (index >= 0) this.hooks.splice(index, 1);
    };
  }

  /** Resolves once `predicate` holds, re-checked on every request and frame; rejects after `timeoutMs`. */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 5000, what = "condition"): Promise<T> {
    const now = predicate();
    if (now !== undefined && now !== false) return now;
    return new Promise<T>((resolve, reject) => {
      const check = (): void => {
        const value = predicate();
        if (value !== undefined && value !== false) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`FakeDiscord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  /** Sends a slash command (type 2) to the connected client. */
  sendCommand(
    name: string,
    options: readonly Json[] = [],
    userId = "1100000000000000001",
    extras: InteractionExtras = {},
  ): InteractionRecord {
    return this.dispatchInteraction(2, { id: snowflake(), name, type: 1, options }, userId, extras);
  }

  /**
   * Clicks a button (type 3) on a message the bot sent, identified by the recorded message of an
   * interaction or a channel post.
   */
  sendButton(
    message: { readonly id: string; readonly body: Json; readonly channelId?: string },
    customId: string,
    userId = "1100000000000000001",
    extras: InteractionExtras = {},
  ): InteractionRecord {
    const channelId = extras.channelId ?? message.channelId ?? this.channelId;
    const payload = this.messagePayload(message.id, channelId, message.body, Date.now());
    return this.dispatchInteraction(
      3,
      { custom_id: customId, component_type: 2 },
      userId,
      { ...extras, channelId },
      {
        message: payload,
      },
    );
  }

  /** Submits a modal (type 5) with text inputs, given as custom id to value. */
  sendModalSubmit(
    customId: string,
    fields: Readonly<Record<string, string>>,
    userId = "1100000000000000001",
    extras: InteractionExtras = {},
  ): InteractionRecord {
    const components = Object.entries(fields).map(([id, value]) => ({
      type: 1,
      components: [{ type: 4, custom_id: id, value }],
    }));
    return this.dispatchInteraction(5, { custom_id: customId, components }, userId, extras);
  }

  /**
   * A member posts a message (MESSAGE_CREATE); with `mentionBot` it starts with the bot's mention.
   * Needs the `guild` option so the client knows the channel.
   */
  sendMessage(
    channelId: string,
    text: string,
    options: { readonly mentionBot?: boolean; readonly userId?: string } = {},
  ): string {
    const socket = [...this.sockets][0];
    if (socket === undefined || !this.identified)
      throw new Error("FakeDiscord: no identified gateway client");
    const userId = options.userId ?? "1100000000000000001";
    const id = snowflake();
    const bot = { id: this.applicationId, username: "dostluq", discriminator: "0", bot: true };
    const content = options.mentionBot === true ? `<@${this.applicationId}> ${text}` : text;
    this.send(socket, {
      op: 0,
      t: "MESSAGE_CREATE",
      s: ++this.sequence,
      d: {
        ...this.messagePayload(id, channelId, { content }, Date.now()),
        author: { id: userId, username: `user${userId.slice(-4)}`, discriminator: "0" },
        member: { roles: [], joined_at: new Date(0).toISOString() },
        guild_id: this.guildId,
        mentions: options.mentionBot === true ? [bot] : [],
        webhook_id: undefined,
        application_id: undefined,
      },
    });
    return id;
  }

  /** Resolves with the first message the bot posts in `channelId` after `since` entries. */
  async waitForChannelMessage(channelId: string, since = 0, timeoutMs = 5000): Promise<ChannelMessage> {
    return this.waitFor(
      () => this.channelMessages.slice(since).find((m) => m.channelId === channelId),
      timeoutMs,
      `a message in channel ${channelId}`,
    );
  }

  /** Sends an autocomplete request (type 4); mark the typed option `focused: true`. */
  sendAutocomplete(
    name: string,
    options: readonly Json[],
    userId = "1100000000000000001",
  ): InteractionRecord {
    return this.dispatchInteraction(4, { id: snowflake(), name, type: 1, options }, userId, {});
  }

  /**
   * Sends a slash command from a guild: with several shards it goes to the guild's shard.
   * @throws when no connection has identified as that shard
   */
  sendCommandInGuild(
    guildId: string,
    name: string,
    options: readonly Json[] = [],
    userId = "1100000000000000001",
  ): InteractionRecord {
    return this.dispatchInteraction(2, { id: snowflake(), name, type: 1, options }, userId, { guildId });
  }

  /** The shard Discord routes a guild's events to: `(guild_id >> 22) % shards`. */
  shardOfGuild(guildId: string): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(this.options.shards ?? 1));
  }

  /** Shard ids with an identified connection now. */
  connectedShards(): number[] {
    return [...this.socketShards.values()].map(([id]) => id).sort((a, b) => a - b);
  }

  /** Waits until the bot has answered an interaction with a message (edit or follow-up). */
  async waitForMessage(record: InteractionRecord, timeoutMs = 5000): Promise<Json> {
    return this.waitFor(() => record.messages[0]?.body, timeoutMs, `a message for interaction ${record.id}`);
  }

  /** Closes every gateway connection with `code` (e.g. 4004 authentication failed). */
  closeGateway(code = 1000, reason = "closed by FakeDiscord"): void {
    for (const socket of this.sockets) socket.close(code, reason);
  }

  /** Shuts everything down so the test process can exit. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private dispatchInteraction(
    type: 2 | 3 | 4 | 5,
    data: Json,
    userId: string,
    extras: InteractionExtras,
    more: Json = {},
  ): InteractionRecord {
    const guildId = extras.guildId ?? this.guildId;
    const sharded = (this.options.shards ?? 1) > 1;
    const shard = this.shardOfGuild(guildId);
    const candidates = sharded
      ? [...this.socketShards].filter(([, [id]]) => id === shard).map(([socket]) => socket)
      : [...this.sockets];
    // A closing socket drops what is sent to it: while the client reconnects, the dispatch waits
    // in `dispatched` for its RESUME, as Discord replays missed events.
    const socket = candidates.find((s) => s.readyState === s.OPEN);
    if (!this.identified || (sharded && candidates.length === 0))
      throw new Error(`FakeDiscord: no identified gateway client${sharded ? ` for shard ${shard}` : ""}`);
    const record: InteractionRecord = {
      id: snowflake(),
      token: `aW50ZXJhY3Rpb246${snowflake()}${"x".repeat(40)}`,
      type,
      sentAt: Date.now(),
      callbacks: [],
      messages: [],
    };
    this.interactions.set(record.id, record);
    const channelId = extras.channelId ?? this.channelId;
    const thread = this.threads.find((t) => t.id === channelId);
    const channel =
      thread === undefined
        ? { id: channelId, type: 0 }
        : { id: thread.id, type: 11, parent_id: thread.parentId, name: thread.name };
    const payload: Json = {
      op: 0,
      t: "INTERACTION_CREATE",
      s: ++this.sequence,
      d: {
        id: record.id,
        application_id: this.applicationId,
        type,
        token: record.token,
        version: 1,
        guild_id: guildId,
        channel_id: channelId,
        channel,
        member: {
          user: { id: userId, username: `user${userId.slice(-4)}` },
          roles: [],
          permissions: extras.permissions ?? "0",
        },
        app_permissions: "0",
        locale: "en-US",
        entitlements: [],
        authorizing_integration_owners: { "0": guildId },
        context: 0,
        attachment_size_limit: 10_485_760,
        data,
        ...more,
      },
    };
    this.dispatched.push({ s: this.sequence, shard, payload });
    if (socket !== undefined) this.send(socket, payload);
    return record;
  }

  /** A message object as Discord sends it, authored by the bot unless overridden. */
  private messagePayload(id: string, channelId: string, body: Json, at: number): Json {
    return {
      id,
      channel_id: channelId,
      type: 0,
      content: body.content ?? "",
      embeds: body.embeds ?? [],
      author: { id: this.applicationId, username: "dostluq", discriminator: "0", bot: true },
      attachments: [],
      mentions: [],
      mention_roles: [],
      pinned: false,
      mention_everyone: false,
      tts: false,
      timestamp: new Date(at).toISOString(),
      edited_timestamp: null,
      flags: body.flags ?? 0,
      components: body.components ?? [],
    };
  }

  private send(socket: WebSocket, payload: Json): void {
    socket.send(JSON.stringify(payload));
  }

  private sendGuild(socket: WebSocket): void {
    this.send(socket, {
      op: 0,
      t: "GUILD_CREATE",
      s: ++this.sequence,
      d: {
        id: this.guildId,
        name: "Fake guild",
        owner_id: "1100000000000000999",
        unavailable: false,
        member_count: 2,
        joined_at: new Date(0).toISOString(),
        roles: [{ id: this.guildId, name: "@everyone", permissions: "0", position: 0, color: 0 }],
        channels: [{ id: this.channelId, type: 0, name: "general", guild_id: this.guildId, position: 0 }],
        threads: [],
        members: [],
        emojis: [],
        stickers: [],
        features: [],
        voice_states: [],
        presences: [],
        stage_instances: [],
        guild_scheduled_events: [],
        soundboard_sounds: [],
      },
    });
  }

  private handleSocket(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on("close", () => {
      this.sockets.delete(socket);
      this.socketShards.delete(socket);
    });
    this.send(socket, { op: 10, d: { heartbeat_interval: 41_250 } });
    socket.on("message", (raw) => {
      let frame: Json;
      try {
        const parsed: unknown = JSON.parse(String(raw));
        if (!isObject(parsed)) return;
        frame = parsed;
      } catch {
        return;
      }
      this.gatewayFrames.push(frame);
      if (frame.op === 1) this.send(socket, { op: 11 });
      if (frame.op === 2) {
        const token = isObject(frame.d) ? frame.d.token : undefined;
        if (token !== this.options.token) {
          socket.close(4004, "Authentication failed.");
          return;
        }
        this.identified = true;
        const shard = isObject(frame.d) && Array.isArray(frame.d.shard) ? frame.d.shard : [0, 1];
        // A new session: nothing from the shard's earlier one is replayed to it.
        const shardId = Number(shard[0] ?? 0);
        for (let i = this.dispatched.length - 1; i >= 0; i--)
          if (this.dispatched[i]?.shard === shardId) this.dispatched.splice(i, 1);
        this.socketShards.set(socket, [shardId, Number(shard[1] ?? 1)]);
        this.send(socket, {
          op: 0,
          t: "READY",
          s: 1,
          d: {
            v: 10,
            user: { id: this.applicationId, username: "dostluq", discriminator: "0", bot: true },
            guilds: [],
            session_id: `fake-session-${shardId}`,
            resume_gateway_url: this.apiBase.replace(/^http/, "ws").replace(/\/api$/, ""),
            shard,
            application: { id: this.applicationId, flags: 0 },
          },
        });
        if (this.options.guild === true) this.sendGuild(socket);
      }
      if (frame.op === 6) {
        const since = isObject(frame.d) && typeof frame.d.seq === "number" ? frame.d.seq : 0;
        // The session id names the shard; the resumed connection serves it from now on.
        const session = isObject(frame.d) ? String(frame.d.session_id ?? "") : "";
        const shardId = Number(/^fake-session-(\d+)$/.exec(session)?.[1] ?? 0);
        this.socketShards.set(socket, [shardId, this.options.shards ?? 1]);
        for (const missed of this.dispatched)
          if (missed.s > since && missed.shard === shardId) this.send(socket, missed.payload);
        this.send(socket, { op: 0, t: "RESUMED", s: ++this.sequence, d: {} });
      }
      this.notify();
    });
  }

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    let body: unknown = null;
    if (text !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, "");
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      headers: req.headers,
      body,
      at: Date.now(),
    };
    this.requests.push(request);

    let response: InjectedResponse | undefined;
    for (const hook of this.hooks) {
      response = hook(request);
      if (response !== undefined) break;
    }
    response ??= this.route(request);
    if (response.delayMs !== undefined) await new Promise((r) => setTimeout(r, response.delayMs));
    request.status = response.status;
    const headers: Record<string, string> = { ...response.headers };
    if (response.body !== undefined) headers["content-type"] = "application/json";
    res.writeHead(response.status, headers);
    res.end(response.body === undefined ? undefined : JSON.stringify(response.body));
    this.notify();
  }

  private authorized(request: RecordedRequest): boolean {
    return request.headers.authorization === `Bot ${this.options.token}`;
  }

  private route(request: RecordedRequest): InjectedResponse {
    const { method, path } = request;
    const unauthorized = { status: 401, body: apiError(0, "401: Unauthorized") };
    if (method === "GET" && path === "/gateway/bot") {
      if (!this.authorized(request)) return unauthorized;
      return {
        status: 200,
        body: {
          url: this.apiBase.replace(/^http/, "ws").replace(/\/api$/, ""),
          shards: this.options.shards ?? 1,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 0,
            max_concurrency: this.options.maxConcurrency ?? 1,
          },
        },
      };
    }
    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (method === "PUT" && commands !== null) {
      if (!this.authorized(request)) return unauthorized;
      if (!Array.isArray(request.body)) return { status: 400, body: apiError(50035, "Invalid Form Body") };
      const scope = commands[2] ?? "global";
      this.registeredCommands.set(scope, request.body);
      return {
        status: 200,
        body: request.body.map((command: unknown) => ({
          ...(isObject(command) ? command : {}),
          id: snowflake(),
          application_id: commands[1],
          ...(commands[2] === undefined ? {} : { guild_id: commands[2] }),
          version: snowflake(),
          type: 1,
        })),
      };
    }
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (method === "POST" && callback !== null)
      return this.interactionCallback(callback[1] ?? "", callback[2] ?? "", request);
    const threadStart = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
    if (method === "POST" && threadStart !== null) {
      if (!this.authorized(request)) return unauthorized;
      return this.startThread(threadStart[1] ?? "", threadStart[2] ?? "", request);
    }
    const channelPost = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === "POST" && channelPost !== null) {
      if (!this.authorized(request)) return unauthorized;
      return this.channelPost(channelPost[1] ?? "", request);
    }
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path);
    if (webhook !== null) return this.webhook(webhook[2] ?? "", webhook[3] !== undefined, request);
    return { status: 404, body: apiError(0, "404: Not Found") };
  }

  private startThread(channelId: string, messageId: string, request: RecordedRequest): InjectedResponse {
    if (this.threads.some((t) => t.messageId === messageId)) {
      return { status: 400, body: apiError(160004, "A thread has already been created for this message") };
    }
    const body = isObject(request.body) ? request.body : {};
    const name = typeof body.name === "string" ? body.name : "";
    if (name.length < 1 || name.length > 100) {
      return { status: 400, body: apiError(50035, "Invalid Form Body", ["name must be 1-100 characters"]) };
    }
    // Discord names the thread after the message it starts from and gives it the same id.
    const thread: FakeThread = { id: messageId, parentId: channelId, messageId, name };
    this.threads.push(thread);
    const channel = {
      id: thread.id,
      type: 11,
      guild_id: this.guildId,
      parent_id: channelId,
      name,
      owner_id: this.applicationId,
      thread_metadata: { archived: false, auto_archive_duration: 1440, locked: false },
      member_count: 1,
      message_count: 0,
    };
    const socket = [...this.sockets][0];
    if (socket !== undefined) {
      this.send(socket, {
        op: 0,
        t: "THREAD_CREATE",
        s: ++this.sequence,
        d: { ...channel, newly_created: true },
      });
    }
    return { status: 201, body: channel };
  }

  private channelPost(channelId: string, request: RecordedRequest): InjectedResponse {
    const problems = messageProblems(request.body);
    if (problems.length > 0) return { status: 400, body: apiError(50035, "Invalid Form Body", problems) };
    const body = isObject(request.body) ? request.body : {};
    const id = snowflake();
    this.channelMessages.push({ id, channelId, at: request.at, body });
    return {
      status: 200,
      body: { ...this.messagePayload(id, channelId, body, request.at), guild_id: this.guildId },
    };
  }

  private interactionCallback(id: string, token: string, request: RecordedRequest): InjectedResponse {
    const record = this.interactions.get(id);
    const unknown = { status: 404, body: apiError(10062, "Unknown interaction") };
    if (record === undefined || record.token !== token) return unknown;
    if (request.at - record.sentAt > (this.options.ackWindowMs ?? ACK_WINDOW_MS)) return unknown;
    if (record.callbacks.length > 0) {
      return { status: 400, body: apiError(40060, "Interaction has already been acknowledged.") };
    }
    const body = isObject(request.body) ? request.body : {};
    const problems =
      body.type === 8
        ? choiceProblems(body.data)
        : body.type === 4 || body.type === 7
          ? messageProblems(body.data)
          : [];
    if (![1, 4, 5, 6, 7, 8, 9].includes(Number(body.type))) problems.push("unknown callback type");
    if (problems.length > 0) return { status: 400, body: apiError(50035, "Invalid Form Body", problems) };
    record.callbacks.push({ at: request.at, body });
    if (body.type === 4 && isObject(body.data))
      record.messages.push({ at: request.at, path: request.path, body: body.data });
    return { status: 204 };
  }

  private webhook(token: string, original: boolean, request: RecordedRequest): InjectedResponse {
    const record = [...this.interactions.values()].find((r) => r.token === token);
    const unknownWebhook = { status: 404, body: apiError(10015, "Unknown Webhook") };
    if (record === undefined || request.at - record.sentAt > TOKEN_LIFETIME_MS) return unknownWebhook;
    if (record.callbacks.length === 0) return { status: 404, body: apiError(10062, "Unknown interaction") };
    if (request.method === "DELETE" && original) return { status: 204 };
    const isEdit = request.method === "PATCH" && original;
    const isFollowUp = request.method === "POST" && !original;
    if (!isEdit && !isFollowUp) return { status: 405, body: apiError(0, "405: Method Not Allowed") };
    const problems = messageProblems(request.body);
    if (problems.length > 0) return { status: 400, body: apiError(50035, "Invalid Form Body", problems) };
    const body = isObject(request.body) ? request.body : {};
    const messageId = snowflake();
    record.messages.push({ at: request.at, path: request.path, body, id: messageId });
    return {
      status: 200,
      body: {
        id: messageId,
        channel_id: this.channelId,
        type: 20,
        content: body.content ?? "",
        embeds: body.embeds ?? [],
        author: { id: this.applicationId, username: "dostluq", bot: true },
        attachments: [],
        mentions: [],
        mention_roles: [],
        pinned: false,
        mention_everyone: false,
        tts: false,
        timestamp: new Date(request.at).toISOString(),
        edited_timestamp: null,
        flags: body.flags ?? 0,
        components: [],
        application_id: this.applicationId,
        webhook_id: this.applicationId,
      },
    };
  }
}
