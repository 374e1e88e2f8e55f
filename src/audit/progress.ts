/** Progress on stderr: a redrawn bar with rate and ETA on a terminal, a plain line every few seconds otherwise. */
export interface Progress {
  update(done: number): void;
  finish(): void;
}

export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  total: number,
  options: { label?: string; alreadyDone?: number; intervalMs?: number; now?: () => number } = {},
): Progress {
  const now = options.now ?? (() => Date.now());
  const started = now();
  const base = options.alreadyDone ?? 0;
  const tty = stream.isTTY === true;
  const interval = options.intervalMs ?? (tty ? 200 : 10_000);
  const label = options.label ?? 'audit';
  let last = 0;
  let current = base;
  const line = () => {
    const elapsed = (now() - started) / 1000;
    const fresh = current - base;
    const rate = elapsed > 0 ? fresh / elapsed : 0;
    const left = total - current;
    const eta = rate > 0 ? formatDuration(left / rate) : '?';
    const pct = total > 0 ? Math.floor((current / total) * 100) : 100;
    return { text: `${label} ${current}/${total} (${pct}%) ${rate.toFixed(1)} img/s, ETA ${eta}`, pct };
  };
  const draw = (force: boolean) => {
    const t = now();
    if (!force && t - last < interval) return;
    last = t;
    const { text, pct } = line();
    if (tty) {
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - text.length - 4));
      const filled = Math.round((pct / 100) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}\x1b[K`);
    } else stream.write(`${text}\n`);
  };
  return {
    update(done) {
      current = base + done;
      draw(false);
    },
    finish() {
      draw(true);
      if (tty) stream.write('\n');
    },
  };
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
