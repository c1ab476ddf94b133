/**
 * A phone number or an email address from a contact file, and the link it makes, if any. Every
 * place that shows one as a link (the Markdown call sheet, the tree's tooltips, the call sheet
 * page) builds its `href` here, so a link is only ever `tel:` digits or `mailto:` one address:
 * whatever the note says, no other scheme (`javascript:`) can come out.
 */
export interface ContactLink {
  /** What to show: the value as written (a linked email address without its blanks). */
  readonly text: string;
  /** `tel:+442079460000` or `mailto:jane@acme.example`; absent when the value isn't one. */
  readonly href?: string;
}

/** A phone number as a `tel:` link (an extension is left out of it); without digits it is text only. */
export function phoneTarget(phone: string): ContactLink {
  const number = phone.trim().replace(/\s*(?:ext\.?|extension|x)\s*\d+$/i, '');
  const digits = number.replace(/(?!^\+)[^0-9]/g, '');
  return /\d/.test(digits) ? { text: phone, href: `tel:${digits}` } : { text: phone };
}

/** An email address as a `mailto:` link; anything that isn't one address is text only. */
export function emailTarget(email: string): ContactLink {
  const address = email.trim();
  if (!/^[^\s@<>()[\]]+@[^\s@<>()[\]]+$/.test(address)) return { text: email };
  return { text: address, href: `mailto:${encodeURI(address)}` };
}
