/** A name as a message shows it: wrapped in first-strong isolates (U+2068 … U+2069), see isolate(). */
export const isolated = (text: string) => `\u2068${text}\u2069`;
