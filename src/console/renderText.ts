/** Renders a {@link Reply} as plain console text. */
import { citationAgeDays, formatCitation, type Reply } from "../reply.js";

/** C0 and C1 control characters except tab and newline: a terminal would act on them (ESC sequences). */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Shown in place of a control character, so the user sees that something was there. */
const REPLACEMENT = "\uFFFD";

/**
 * Formats a reply for a terminal: title, body, list, each excerpt quoted with its citation and
 * "also in" sources (each followed by its page's address when known), then the footer. No markdown and no length limits. Control characters (escape
 * sequences, bells, carriage returns) are shown as U+FFFD, so quoted user text cannot drive the terminal.
 */
export function renderText(reply: Reply): string {
  return layout(reply).replace(TERMINAL_CONTROL, REPLACEMENT);
}

/** An address after a citation, in angle brackets as plain text delimits one (RFC 3986, appendix C). */
function withUrl(url: string | null): string {
  return url === null ? "" : ` <${url}>`;
}

function layout(reply: Reply): string {
  const out: string[] = [`== ${reply.title} ==`];
  if (reply.body.trim() !== "") out.push(reply.body.trim());
  if (reply.items.length > 0)
    out.push(
      reply.items.map((item, i) => `  - ${item}${withUrl(reply.itemLinks?.[i]?.url ?? null)}`).join("\n"),
    );
  for (const [i, excerpt] of reply.excerpts.entries()) {
    const lines = [excerpt.heading === null ? `[${i + 1}]` : `[${i + 1}] ${excerpt.heading}`];
    lines.push(`  "${excerpt.text.replace(/\s+/g, " ").trim()}"`);
    if (excerpt.citation !== null)
      lines.push(`  -- ${formatCitation(excerpt.citation, excerpt.ageDays)}${withUrl(excerpt.citation.url)}`);
    for (const other of excerpt.alsoIn)
      lines.push(`  also in: ${formatCitation(other, citationAgeDays(excerpt, other))}${withUrl(other.url)}`);
    out.push(lines.join("\n"));
  }
  if (reply.footer !== null && reply.footer.trim() !== "") out.push(reply.footer.trim());
  return `${out.join("\n\n")}\n`;
}
