/** The package version, set at build time from package.json. */
declare const __VBPARSE_VERSION__: string | undefined;
export const VERSION: string = typeof __VBPARSE_VERSION__ === 'string' ? __VBPARSE_VERSION__ : '0.0.0-dev';
