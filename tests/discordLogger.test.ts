import { describe, expect, it } from "vitest";
import { createLogger, scrubSecrets } from "../src/logger.js";

const TOKEN = "MTIwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1.fake-token-for-the-local-stand-in-0123456789";

describe("logger", () => {
  it("scrubs bot tokens, auth headers and interaction tokens in URLs", () => {
    expect(scrubSecrets(`token ${TOKEN} end`)).toBe("token [REDACTED] end");
    expect(scrubSecrets("Authorization: Bot abcdefghijklmnop")).toBe("Authorization: Bot [REDACTED]");
    expect(scrubSecrets("POST /interactions/1400000000000000001/aW50ZXJhY3Rpb246MTQwMDAw/callback")).toBe(
      "POST /interactions/1400000000000000001/[REDACTED]/callback",
    );
    expect(scrubSecrets("the secret is hunter2hunter2", ["hunter2hunter2"])).toBe("the secret is [REDACTED]");
  });

  it("writes JSON lines without the token, even inside errors and token keys", () => {
    const lines: string[] = [];
    const logger = createLogger({
      secrets: [TOKEN],
      destination: { write: (line: string) => lines.push(line) },
    });
    logger.error(
      { err: new Error(`login failed for ${TOKEN}`), config: { discord: { token: TOKEN } } },
      "boom",
    );
    logger.info({ token: "short" }, "hello");
    expect(lines).toHaveLength(2);
    expect(lines.join("")).not.toContain(TOKEN);
    expect(lines.join("")).not.toContain("short");
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ level: 50, msg: "boom" });
  });
});
