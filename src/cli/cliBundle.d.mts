/** Types of cliBundle.mjs, for the TypeScript scripts that use it (bench/cli.bench.ts). */
export declare const CLI_BUNDLE_DIR: string;
export declare function cliBundleIsFresh(): boolean;
export declare function buildCliBundle(): Promise<number>;
export declare function ensureCliBundle(): Promise<{ cli: string; builtMs: number | null }>;
