/**
 * A certification's name for sentences that already say "certificate": supervisors often title
 * them «Сертификат: холодный звонок», and «Вы получили сертификат «Сертификат: …»» repeats the
 * word. A leading "certificate"/"certification" word before a colon or a dash is dropped; a title
 * that is nothing else is kept whole.
 */
const LEADING = /^\s*(?:сертификат|сертификация|certificate|certification)\s*[:—–-]\s*/iu;

export function certificationName(title: string): string {
  const rest = title.replace(LEADING, "").trim();
  if (rest === "") return title.trim();
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}
