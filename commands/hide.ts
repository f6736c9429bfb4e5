/** The `hide:` option shared by /ask, /topic and /latest: a reply only the asker sees. */
import type { SlashCommandBooleanOption } from "discord.js";
import { z } from "zod";

/** The option's name, the same on every command. */
export const HIDE_OPTION = "hide";

/** Adds the `hide` option to a command definition. */
export function hideOption(option: SlashCommandBooleanOption): SlashCommandBooleanOption {
  return option
    .setName(HIDE_OPTION)
    .setDescription("Only you see the reply (default: everyone in the channel sees it)")
    .setRequired(false);
}

const TRUE_WORDS = new Set(["true", "yes", "on", "1"]);
const FALSE_WORDS = new Set(["false", "no", "off", "0"]);

/**
 * Discord sends a boolean; the console sends text (`hide:true`). Anything else is an error, so a
 * typo never makes a private reply public.
 */
export const hideSchema = z
  .preprocess(
    (value) => {
      if (typeof value !== "string") return value;
      const word = value.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      return value;
    },
    z.boolean({ message: "must be true or false" }),
  )
  .default(false);
