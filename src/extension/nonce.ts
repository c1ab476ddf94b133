/** A fresh random value for a webview page's Content-Security-Policy: its own script and style run by it. */
export function nonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}
