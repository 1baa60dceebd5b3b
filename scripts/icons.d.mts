// Types for scripts/icons.mjs (imported by tests/packaging/*.test.ts).
export declare const ICON_SOURCE: string;
export declare const ICON_OUT_DIR: string;
export declare const ICON_SIZES: readonly number[];
export declare const ICO_SIZES: readonly number[];
export declare const ICNS_ENTRIES: readonly (readonly [type: string, size: number])[];
export declare function renderPng(svg: string | Buffer, size: number): Buffer;
export declare function buildIcns(pngBySize: ReadonlyMap<number, Buffer>): Buffer;
export declare function renderIcons(options?: { src?: string; outDir?: string }): Promise<string[]>;
