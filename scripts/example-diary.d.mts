/** Copies examples/diary with its dates moved to `today`; see example-diary.mjs. */
export declare const EXAMPLE_DIARY: string;
export declare const DEFAULT_OUT_DIR: string;
export declare function shiftDate(iso: string, days: number): string;
export declare function daysBetween(from: string, to: string): number;
export declare function localToday(now?: Date): string;
export declare function shiftDiaryText(text: string, days: number): string;
export declare function prepareExampleDiary(options?: { today?: string; outDir?: string; sourceDir?: string }): string;
