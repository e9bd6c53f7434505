/**
 * The progress line on a terminal: files done / total, rate, ETA and failures so far, redrawn at
 * most ten times a second on stderr. Nothing at all when stderr is not a terminal or with --quiet
 * (the final summary is printed either way); no colour with NO_COLOR.
 */

export interface ProgressState {
  readonly done: number;
  /** Null while the total is not known (paths read from standard input). */
  readonly total: number | null;
  readonly failed: number;
}

export class Progress {
  private last = 0;
  private drawn = false;
  private readonly started = performance.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    readonly enabled: boolean,
    private readonly color: boolean,
  ) {}

  update(state: ProgressState, force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? state.done / seconds : 0;
    const width = 24;
    let bar = '';
    let eta = '';
    if (state.total !== null && state.total > 0) {
      const share = Math.min(1, state.done / state.total);
      const filled = Math.round(share * width);
      bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(share * 100)}% `;
      eta = rate > 0 ? ` ETA ${clock((state.total - state.done) / rate)}` : '';
    }
    const failures = state.failed > 0 && this.color ? `\u001b[31m${state.failed} failed\u001b[0m` : `${state.failed} failed`;
    const text = `${bar}${state.done}/${state.total ?? '?'} files, ${rate.toFixed(0)}/s${eta}, ${failures}`;
    this.stream.write(`\r${text}\u001b[K`);
    this.drawn = true;
  }

  note(message: string): void {
    if (!this.enabled) return;
    this.clear();
    this.stream.write(`${message}\n`);
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\u001b[K');
    this.drawn = false;
  }
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
