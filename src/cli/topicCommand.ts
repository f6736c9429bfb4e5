/**
 * The `topic` CLI command's output: one JSON object with `--json`, else a readable summary.
 */
import type { MeetingSource, TopicSummary } from "../types.js";

/** What `topic --json` prints: exactly one object of this shape. */
export interface TopicJson {
  readonly topic: string;
  readonly status: "answered" | "no_answer";
  readonly points: readonly { readonly text: string; readonly sources: readonly MeetingSource[] }[];
}

/**
 * The plain JSON form of a topic summary (the catalogue is left out: it is not part of the format).
 * @param summary - what `summarizeTopic` returned
 */
export function topicToJson(summary: TopicSummary): TopicJson {
  return {
    topic: summary.topic,
    status: summary.status,
    points: summary.points.map((point) => ({
      text: point.text,
      sources: point.sources.map((source) => ({ source: source.source, date: source.date })),
    })),
  };
}

function formatSources(sources: readonly MeetingSource[]): string {
  return sources.map((source) => `${source.source} (${source.date ?? "undated"})`).join("; ");
}

function formatText(name: string, summary: TopicSummary): string {
  if (summary.status === "no_answer") {
    const lines = [`No summary for "${name.trim()}": the archive has nothing that qualifies.`];
    if (summary.catalogue && summary.catalogue.length > 0) {
      lines.push("", "Topics available:");
      for (const topic of summary.catalogue) lines.push(`  ${topic.name}: ${topic.description}`);
    }
    return lines.join("\n");
  }
  const lines = [`Topic: ${summary.topic}`, ""];
  summary.points.forEach((point, index) => {
    lines.push(`${index + 1}. ${point.text}`, `   Sources: ${formatSources(point.sources)}`);
  });
  return lines.join("\n");
}

/**
 * Renders the `topic` command's output.
 * @param args.json - print one JSON object instead of text
 * @param args.name - the theme as typed
 * @param args.summary - the summary to print
 * @returns the text to print, without a trailing newline
 */
export function runTopicCommand(args: { json: boolean; name: string; summary: TopicSummary }): string {
  return args.json ? JSON.stringify(topicToJson(args.summary)) : formatText(args.name, args.summary);
}
