import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseConfig } from "../src/config.js";

// Shaped like a real bot token (three dot-separated base64url parts), but not one.
const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";
const CLIENT_ID = "123456789012345678";

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("runs in console mode without a token, with defaults", () => {
    const config = parseConfig({ INIT_CWD: "/home/me" }, "/project");
    expect(config).toEqual({
      discord: null,
      logLevel: "info",
      seedsDir: "/project/seeds",
      invocationDir: "/home/me",
      dataDir: "/project/.data",
      retentionDays: 90,
      shards: null,
      isShard: false,
      staleAfterDays: 180,
    });
  });

  it("reads SHARDS as auto or a shard count, and only with a token", () => {
    const discord = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID };
    expect(parseConfig({ ...discord, SHARDS: "Auto" }).shards).toBe("auto");
    expect(parseConfig({ ...discord, SHARDS: "4" }).shards).toBe(4);
    expect(parseConfig({ ...discord, SHARDS: " " }).shards).toBeNull();
    expect(configError(() => parseConfig({ ...discord, SHARDS: "two" })).message).toContain(
      'SHARDS: must be "auto" or a whole number of shards',
    );
    expect(configError(() => parseConfig({ ...discord, SHARDS: "0" })).variables).toEqual(["SHARDS"]);
    expect(configError(() => parseConfig({ SHARDS: "2" })).message).toContain(
      "SHARDS: is set but DISCORD_TOKEN is not",
    );
  });

  it("is a shard, not a manager, when discord.js's ShardingManager started the process", () => {
    // The manager sets SHARDS to the shard's own id in its children.
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: CLIENT_ID,
      SHARDING_MANAGER: "true",
      SHARDS: "1",
    });
    expect(config).toMatchObject({ isShard: true, shards: null });
  });

  it("reads DATA_DIR and a bounded RETENTION_DAYS", () => {
    const config = parseConfig({ DATA_DIR: "/var/lib/dostluq", RETENTION_DAYS: "30" }, "/p");
    expect(config).toMatchObject({ dataDir: "/var/lib/dostluq", retentionDays: 30 });
    for (const bad of ["0", "366", "1.5", "forever"]) {
      expect(() => parseConfig({ RETENTION_DAYS: bad }, "/p"), bad).toThrow(/RETENTION_DAYS: must be/);
    }
  });

  it("treats an empty token as no token", () => {
    expect(parseConfig({ DISCORD_TOKEN: "  " }, "/p").discord).toBeNull();
  });

  it("builds the Discord part when a token and client id are set", () => {
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: CLIENT_ID,
      DISCORD_GUILD_ID: "987654321098765432",
      LOG_LEVEL: "DEBUG",
      SEEDS_DIR: "/data/articles",
    });
    expect(config.discord).toEqual({ token: TOKEN, clientId: CLIENT_ID, guildId: "987654321098765432" });
    expect(config.logLevel).toBe("debug");
    expect(config.seedsDir).toBe("/data/articles");
  });

  it("rejects a token without a client id, naming the variable and the fix", () => {
    const error = configError(() => parseConfig({ DISCORD_TOKEN: TOKEN }));
    expect(error.variables).toEqual(["DISCORD_CLIENT_ID"]);
    expect(error.message).toContain("DISCORD_CLIENT_ID: is missing but DISCORD_TOKEN is set");
    expect(error.message).toContain("remove DISCORD_TOKEN");
    expect(error.message).not.toContain(TOKEN);
  });

  it("rejects a malformed guild id", () => {
    const error = configError(() =>
      parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_GUILD_ID: "my-server" }),
    );
    expect(error.variables).toEqual(["DISCORD_GUILD_ID"]);
    expect(error.message).toContain("must be a numeric server id");
    expect(error.message).not.toContain("my-server".repeat(2));
  });

  it("rejects a malformed token without ever printing it", () => {
    const pasted = `"${TOKEN} "`;
    const error = configError(() => parseConfig({ DISCORD_TOKEN: pasted, DISCORD_CLIENT_ID: CLIENT_ID }));
    expect(error.variables).toEqual(["DISCORD_TOKEN"]);
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain("GhIjKl");
  });

  it("rejects an unknown log level", () => {
    const error = configError(() => parseConfig({ LOG_LEVEL: "verbose" }));
    expect(error.variables).toEqual(["LOG_LEVEL"]);
    expect(error.message).toContain("fatal, error, warn, info, debug, trace, silent");
  });
});

describe("loadConfig", () => {
  const rethrow = (error: ConfigError): never => {
    throw error;
  };

  it("reads .env, lets the environment win, and reports errors through onError", () => {
    const dir = mkdtempSync(join(tmpdir(), "dostluq-config-"));
    const dotenvPath = join(dir, ".env");
    writeFileSync(dotenvPath, `DISCORD_TOKEN=${TOKEN}\nLOG_LEVEL=warn\nSEEDS_DIR=articles\n`);
    const error = configError(() => loadConfig({ env: {}, dotenvPath, projectRoot: dir, onError: rethrow }));
    expect(error.variables).toEqual(["DISCORD_CLIENT_ID"]);

    const env = { DISCORD_CLIENT_ID: CLIENT_ID, LOG_LEVEL: "error" };
    const ok = loadConfig({ env, dotenvPath, projectRoot: dir, onError: rethrow });
    expect(ok.discord?.clientId).toBe(CLIENT_ID);
    expect(ok.logLevel).toBe("error");
    expect(ok.seedsDir).toBe(join(dir, "articles"));
  });

  it("works without a .env file", () => {
    const config = loadConfig({ env: {}, dotenvPath: "/nonexistent/.env", projectRoot: "/p" });
    expect(config.discord).toBeNull();
  });
});
