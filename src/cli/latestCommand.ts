/**
 * `latest`: the dated timeline of meetings between the two countries, as JSON or readable text.
 */
import type { Meeting } from "../types.js";
import { MONTH_NAMES } from "../text/calendarNames.js";

/** Options of the `latest` command. */
export interface LatestCommandArgs {
  /** Print exactly one JSON object instead of a readable timeline. */
  readonly json: boolean;
  /** The meetings to list, newest first (e.g. `kb.latest(limit)`). */
  readonly meetings: readonly Meeting[];
}

/**
 * A meeting's date as a reader writes it: "2025-01-23 to 2025-01-24", "September 2024", "2025",
 * "reported on 2025-05-28" (the text gives no date; the report's is shown).
 * @param meeting - a meeting
 */
export function formatMeetingDate(meeting: Meeting): string {
  if (meeting.date === null) return "date unknown";
  switch (meeting.precision) {
    case "reported":
      return `reported on ${meeting.date}`;
    case "year":
      return meeting.date.slice(0, 4);
    case "month":
      return `${MONTH_NAMES[Number(meeting.date.slice(5, 7)) - 1] ?? ""} ${meeting.date.slice(0, 4)}`;
    default:
      return meeting.endDate === undefined ? meeting.date : `${meeting.date} to ${meeting.endDate}`;
  }
}

function toJson(meetings: readonly Meeting[]): string {
  return JSON.stringify({
    meetings: meetings.map((meeting) => ({
      date: meeting.date,
      precision: meeting.precision,
      place: meeting.place,
      kind: meeting.kind,
      participants: meeting.participants,
      summary: meeting.summary,
      sources: meeting.sources.map((source) => ({ source: source.source, date: source.date })),
    })),
  });
}

function toText(meetings: readonly Meeting[]): string {
  if (meetings.length === 0)
    return "No meetings between Pakistani and Azerbaijani officials found in the archive.";
  return meetings
    .map((meeting) =>
      [
        [formatMeetingDate(meeting), meeting.kind === "meeting" ? null : meeting.kind, meeting.place]
          .filter((part) => part !== null)
          .join(" · "),
        `  ${meeting.participants.join("; ")}`,
        `  ${meeting.summary}`,
        `  Sources: ${meeting.sources.map((source) => `${source.source} (${source.date ?? "undated"})`).join(", ")}`,
      ].join("\n"),
    )
    .join("\n\n");
}

/**
 * Runs `latest` and returns the text to print.
 * @param args - output format and the meetings to print
 */
export function runLatestCommand(args: LatestCommandArgs): string {
  return args.json ? toJson(args.meetings) : toText(args.meetings);
}
