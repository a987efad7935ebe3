/**
 * A version's change note as the studio shows it. People's notes are shown as they wrote them; the
 * note the library import writes is a fixed record (kept in English in the database, as older
 * databases already hold it) that the page words in the interface language.
 */
export type VersionNote = { kind: "imported"; path: string } | { kind: "text"; text: string };

const IMPORTED = /^Imported from (scripts-content\/\S+)$/;

/** What the library import stores as version 1's note. */
export function importedNote(relativePath: string): string {
  return `Imported from scripts-content/${relativePath}`;
}

/** Only a version nobody authored can be the import's: a person typing the same words keeps them. */
export function readVersionNote(note: string, authorId: string | null): VersionNote {
  const imported = authorId === null ? IMPORTED.exec(note) : null;
  return imported?.[1] ? { kind: "imported", path: imported[1] } : { kind: "text", text: note };
}
