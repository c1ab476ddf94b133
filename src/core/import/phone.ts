/**
 * Whether two phone numbers are one, however written: `+1 (202) 555-0143` = `+1 202-555-0143`,
 * and `(408) 555-0101` = `+1 408-555-0101` (a country or trunk code before nine or more digits
 * the same). Without digits they are compared as text, without case.
 */
export function samePhone(a: string, b: string): boolean {
  const x = phoneKey(a);
  const y = phoneKey(b);
  if (x === undefined || y === undefined) return a.trim().toLowerCase() === b.trim().toLowerCase();
  return x === y;
}

/**
 * A phone number as it is compared (see `samePhone`): its last nine digits, all of them when
 * fewer; undefined for none.
 */
export function phoneKey(phone: string): string | undefined {
  const d = digits(phone);
  return d === '' ? undefined : d.slice(-9);
}

const digits = (phone: string) => phone.replace(/\D/g, '');

/**
 * A phone number, as a cell holds one: three digits or more, and more digits than characters
 * other than blanks and `+-()./` (`+44 20 7946 0000 ext. 7` is one; `Mobile`, `No`, `Room 101` aren't).
 */
export function isPhoneNumber(cell: string): boolean {
  const count = digits(cell).length;
  return count >= 3 && cell.replace(/[\d\s+\-()./]/g, '').length < count;
}
