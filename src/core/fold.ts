/**
 * A text without case or accents (`Zoë Núñez` → `zoe nunez`, `Prénom` → `prenom`): how names,
 * file names and an export's column headers are compared. Letters without a plain Latin form
 * (`王芳`) stay as they are.
 */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
