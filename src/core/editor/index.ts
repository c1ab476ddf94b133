// The editor features as plain data over a file's text: the extension's providers only convert
// and debounce.
export { Position, Range, EditorCommand } from './types';
export { isContactText, ContactDocument, EditorInput } from './contactText';
export { DIARY_KEYS } from './keys';
export { diagnostics, readDiagnostics, DiagnosticsOptions, EditorDiagnostic } from './diagnostics';
export { dateDecorations, DateDecoration, DateState, DecorationOptions } from './decorations';
export { hoverAt, EditorHover, HoverOptions } from './hover';
export { completionsAt, completesAsTyped, CompletionContext, EditorCompletion } from './completion';
export { codeActions, codeLenses, EditorCodeAction, EditorCodeLens } from './codeActions';
export { isOverSizeLimit, sizeLimitDiagnostics, sizedText, SizedText } from './sizeLimit';
