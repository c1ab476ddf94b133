/**
 * A text without case or accents (`Zoë Núñez` → `zoe nunez`, `Prénom` → `prenom`): how names,
 * file names and an export's column headers are compared. Only the accents of the combining
 * diacritics block go: the marks that make other scripts' letters (a Japanese voiced kana, a
 * Devanagari vowel sign) stay, and the letters are composed again (`김민준`, not its jamo).
 */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]+/g, '').normalize('NFC').toLowerCase();
}
