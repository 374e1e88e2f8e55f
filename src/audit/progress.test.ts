import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createProgress, formatDuration } from './progress.ts';

function stream(tty: boolean) {
  const s = Object.assign(new PassThrough(), { isTTY: tty, columns: 100 });
  let text = '';
  s.on('data', (d) => (text += d));
  return { s, text: () => text };
}

test('progress: a redrawn bar with rate and ETA on a terminal', () => {
  let clock = 0;
  const { s, text } = stream(true);
  const p = createProgress(s, 100, { now: () => clock, alreadyDone: 20 });
  clock = 10_000;
  p.update(40); // 40 fresh images in 10 s: 4 img/s, 40 left → 10 s
  p.finish();
  assert.match(text(), /\r\[#+-*\] audit 60\/100 \(60%\) 4\.0 img\/s, ETA 10s/);
  assert.ok(text().endsWith('\n'));
});

test('progress: plain periodic lines when not a terminal', () => {
  let clock = 0;
  const { s, text } = stream(false);
  const p = createProgress(s, 10, { now: () => clock, intervalMs: 1000 });
  clock = 500;
  p.update(1); // within the first interval: no line yet
  clock = 1500;
  p.update(2);
  clock = 1600;
  p.update(3); // within the interval: no line
  p.finish();
  assert.deepEqual(
    text()
      .trim()
      .split('\n')
      .map((l) => l.split(' ')[1]),
    ['2/10', '3/10'],
  );
  assert.doesNotMatch(text(), /\r/);
});

test('formatDuration', () => {
  assert.equal(formatDuration(59), '59s');
  assert.equal(formatDuration(61), '1m01s');
  assert.equal(formatDuration(3 * 3600 + 120), '3h02m');
  assert.equal(formatDuration(Infinity), '?');
});
