/**
 * Import Contacts: the API the command-line tool and the extension call. Kept out of the core's
 * index so the CSV parser loads only when an import runs (import this module with `import()`).
 *
 * 1. `readExport(file, bytes, { mapping? })` for each file: its format, encoding and people, or
 *    a one-line refusal; a CSV's `csv.mapping` is shown and may be changed and read again.
 * 2. `planImport(reads, options)`: the notes to create, the fields to add to existing contacts,
 *    who is skipped and why; nothing is written.
 * 3. The caller writes `created` (never over an existing file) and applies `merged` edits.
 */
export { readExport, type ExportRead, type ImportFormat, type ReadExportOptions } from './readExport';
export { planImport, type ImportOptions, type ImportPlan, type PlannedNote, type PlannedMerge, type SkippedPerson } from './planImport';
export { type ColumnMapping, type CsvFormat, type ImportField, CSV_FORMAT_NAMES, IMPORT_FIELD_NAMES, mappingFor } from './csvMapping';
export { type ExportEncoding } from './decode';
export { type ImportProblem, type ImportedPerson, type ImportedDetail, type ImportSourceLine } from './person';
export { previewLines, planCounts, exportLines, columnsText, PREVIEW_COUNT, type DisplayPath } from './preview';
