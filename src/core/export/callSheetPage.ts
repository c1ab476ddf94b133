/**
 * The call sheet page's style and script, as text for `callSheetPage` to put under its nonce.
 * The style takes its colours from the VS Code theme (light, dark and high contrast) through the
 * `--vscode-*` variables the webview sets; the script only turns clicks on the contacts' buttons
 * into messages for the extension and remembers where the page was scrolled.
 */

export const CALL_SHEET_STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 20px 24px; line-height: 1.4; }
main { max-width: 56em; }
h1 { font-size: 1.6em; font-weight: 600; margin: 16px 0 4px; }
h2 { font-size: 1.15em; font-weight: 600; margin: 0 0 4px; }
.progress { display: flex; align-items: center; gap: 8px; margin: 4px 0; }
progress { width: 12em; height: 6px; accent-color: var(--vscode-progressBar-background); }
.summary, .when, .company, .label, .sep, .last { color: var(--vscode-descriptionForeground); }
.cards { list-style: none; padding: 0; margin: 12px 0; }
.card { background: var(--vscode-editorWidget-background); border: 1px solid var(--vscode-widget-border, var(--vscode-contrastBorder, transparent)); border-left: 3px solid var(--vscode-editorInfo-foreground); border-radius: 4px; padding: 10px 14px; margin: 0 0 10px; }
.card.overdue { border-left-color: var(--vscode-errorForeground); }
.card.today { border-left-color: var(--vscode-editorWarning-foreground); }
.why, .advice { margin: 4px 0; }
.row .advice { color: var(--vscode-descriptionForeground); }
.facts { list-style: none; padding: 0; margin: 4px 0 8px; display: flex; flex-wrap: wrap; gap: 4px 18px; }
.label { margin-right: 4px; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover, a:focus { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
button { font: inherit; border-radius: 2px; cursor: pointer; }
button:focus-visible, a:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
.name { background: none; border: none; padding: 0; color: var(--vscode-textLink-foreground); font-weight: 600; text-align: left; }
.name:hover { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
.actions button { padding: 3px 12px; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); }
.actions button:hover { background: var(--vscode-button-hoverBackground); }
.actions button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
.actions button.secondary:hover { background: var(--vscode-button-secondaryHoverBackground); }
.also ul { list-style: none; padding: 0; margin: 6px 0; }
.row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 4px 12px; padding: 5px 0; border-bottom: 1px solid var(--vscode-widget-border, var(--vscode-contrastBorder, transparent)); }
.row .actions button { padding: 1px 8px; }
`;

export const CALL_SHEET_SCRIPT = `
(() => {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!button) return;
    event.preventDefault();
    vscode.postMessage({ type: 'action', action: button.dataset.action, id: button.dataset.id });
  });
  // A hidden panel is reloaded when shown again, and the page when the diary changes: keep its place.
  const state = vscode.getState();
  if (state && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  let saving = false;
  window.addEventListener('scroll', () => {
    if (saving) return;
    saving = true;
    requestAnimationFrame(() => { saving = false; vscode.setState({ scrollY: window.scrollY }); });
  }, { passive: true });
  if (document.body.dataset.report === 'shown') {
    const report = () => vscode.postMessage({
      type: 'shown',
      text: document.body.innerText,
      links: Array.from(document.links, (a) => a.getAttribute('href') || ''),
      buttons: Array.from(document.querySelectorAll('button[data-action]'), (b) => ({ action: b.dataset.action || '', id: b.dataset.id || '', label: b.getAttribute('aria-label') || b.title })),
    });
    if (document.readyState === 'complete') report(); else window.addEventListener('load', report);
  }
})();
`;
