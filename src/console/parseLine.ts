/** Parses a console line such as `/ask When did ...`, `/ask question:...` or `/latest 3`. */
import type { Command, RawOptions } from "../../commands/command.js";

/** What a console line asks for. */
export type ParsedLine =
  | { readonly kind: "empty" }
  | { readonly kind: "command"; readonly command: Command; readonly raw: RawOptions }
  | { readonly kind: "error"; readonly message: string };

/** Discord's option type number for a subcommand (the console may not import discord.js). */
const SUBCOMMAND_OPTION_TYPE = 1;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Splits a line into a command and its raw option values. Options are given as `name:value`
 * (the value runs to the next `name:`), or without a name, in which case the whole text is the
 * command's first option. Values are not validated here.
 */
export function parseLine(line: string, commands: readonly Command[]): ParsedLine {
  const trimmed = line.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return { kind: "empty" };
  const list = commands.map((c) => `/${c.data.name}`).join(", ");
  const match = /^\/(\S+)\s*([\s\S]*)$/.exec(trimmed);
  if (match === null) {
    return {
      kind: "error",
      message: `Commands start with a slash, e.g. /ask When did ...? Try one of: ${list}.`,
    };
  }
  const [, name = ""] = match;
  let rest = match[2] ?? "";
  const command = commands.find((c) => c.data.name === name.toLowerCase());
  if (command === undefined)
    return { kind: "error", message: `Unknown command /${name}. Try one of: ${list}.` };

  const raw: Record<string, string> = {};
  let declared = command.data.options ?? [];
  const subcommands = declared.filter((option) => Number(option.type) === SUBCOMMAND_OPTION_TYPE);
  if (subcommands.length > 0) {
    // `/archive add url:...`: the first word names the subcommand, whose options follow.
    const [, word = "", after = ""] = /^(\S*)\s*([\s\S]*)$/.exec(rest) ?? [];
    const sub = subcommands.find((option) => option.name === word.toLowerCase());
    const names = subcommands.map((option) => option.name).join(", ");
    if (sub === undefined)
      return { kind: "error", message: `/${command.data.name} needs a subcommand: ${names}.` };
    raw["subcommand"] = sub.name;
    declared = "options" in sub ? (sub.options ?? []) : [];
    rest = after;
  }
  const optionNames = declared.map((option) => option.name);
  if (optionNames.length === 0) {
    if (rest.trim() !== "") return { kind: "error", message: `/${command.data.name} takes no options.` };
    return { kind: "command", command, raw };
  }
  const named = new RegExp(`(?:^|\\s)(${optionNames.map(escapeRegExp).join("|")}):`, "g");
  const marks = [...rest.matchAll(named)];
  const positional = rest.slice(0, marks[0]?.index ?? rest.length).trim();
  const [first] = optionNames;
  if (positional !== "" && first !== undefined) raw[first] = positional;
  for (const [i, mark] of marks.entries()) {
    const start = mark.index + mark[0].length;
    const end = marks[i + 1]?.index ?? rest.length;
    const option = mark[1] ?? "";
    if (option in raw) return { kind: "error", message: `Option ${option} is given twice.` };
    raw[option] = rest.slice(start, end).trim();
  }
  return { kind: "command", command, raw };
}
