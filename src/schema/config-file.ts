/**
 * The config file looked for in the current folder when no `--config` is given. Its own module, so
 * that the CLI can look for the file without building the config schema (zod) when there is none.
 */
export const CONFIG_FILE_NAME = '.vbparserc.json';
