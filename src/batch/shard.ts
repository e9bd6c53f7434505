/**
 * `--shard K/N`: this worker's share of the inputs, chosen by a stable hash of each file's
 * relative path, so that the split does not depend on the order files are found in, on the
 * machine, or on the other files (adding a file never moves another one to a different shard).
 */

export interface Shard {
  /** 0-based index of this share, 0 ≤ index < count. */
  readonly index: number;
  readonly count: number;
}

/** The environment variables that name a job's index in the job runners people use. */
export const SHARD_INDEX_VARIABLES = ['JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX'] as const;

/**
 * Reads `K/N`, or `N` alone (then K comes from `$JOB_COMPLETION_INDEX`, the Kubernetes Indexed Job
 * index, or `$AWS_BATCH_JOB_ARRAY_INDEX`). Throws an Error with a plain message when invalid.
 */
export function parseShard(value: string, env: NodeJS.ProcessEnv = process.env): Shard {
  const m = /^\s*(?:(\d+)?\s*\/)?\s*(\d+)\s*$/.exec(value);
  if (!m) throw new Error(`--shard: expected K/N (such as 0/4) or N, got "${value}"`);
  const count = Number(m[2]);
  let indexText = m[1];
  if (indexText === undefined) {
    const variable = SHARD_INDEX_VARIABLES.find((name) => env[name] !== undefined && env[name] !== '');
    if (variable === undefined) {
      throw new Error(`--shard ${value}: give K/N, or set ${SHARD_INDEX_VARIABLES.join(' or ')}`);
    }
    indexText = String(env[variable]).trim();
    if (!/^\d+$/.test(indexText)) throw new Error(`$${variable} is not a shard index: "${env[variable]}"`);
  }
  const index = Number(indexText);
  if (count < 1) throw new Error('--shard: N must be at least 1');
  if (index >= count) throw new Error(`--shard: K must be between 0 and ${count - 1} (0-based), got ${index}`);
  return { index, count };
}

/** FNV-1a (32 bits) of the UTF-16 code units: small, fast and the same everywhere. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** True when the file with this relative path (forward slashes) belongs to the shard. */
export function inShard(relativePath: string, shard: Shard | null): boolean {
  return shard === null || shard.count === 1 || stableHash(relativePath) % shard.count === shard.index;
}
