const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** `text` safe inside a double-quoted attribute value. */
export const escapeAttribute = (text: string): string => text.replace(/[&"<>]/g, (char) => ENTITIES[char]);
