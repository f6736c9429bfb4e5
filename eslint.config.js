// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "coverage/", ".cache/", "seeds/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": "off",
      // Archive hygiene deliberately matches control characters.
      "no-control-regex": "off",
    },
  },
  {
    // The answer layer must never depend on Discord: only the adapter and commands may.
    files: ["src/**/*.ts"],
    ignores: ["src/discord/**", "src/main.ts", "src/registerCommands.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["discord.js", "@discordjs/*"], message: "Keep Discord out of the answer layer." },
          ],
        },
      ],
    },
  },
);
