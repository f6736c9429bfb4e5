/** Discord's documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const MAX_EMBED_TITLE = 256;
export const MAX_EMBED_DESCRIPTION = 4096;
export const MAX_EMBED_FIELDS = 25;
export const MAX_FIELD_NAME = 256;
export const MAX_FIELD_VALUE = 1024;
export const MAX_EMBED_FOOTER = 2048;
export const MAX_EMBED_AUTHOR = 256;
/** Sum of every title, description, field name and value, footer and author over all embeds. */
export const MAX_EMBEDS_TOTAL = 6000;
export const MAX_EMBEDS = 10;
export const MAX_MESSAGE_CONTENT = 2000;
export const MAX_AUTOCOMPLETE_CHOICES = 25;
export const MAX_CHOICE_NAME = 100;
export const MAX_CHOICE_VALUE = 100;
