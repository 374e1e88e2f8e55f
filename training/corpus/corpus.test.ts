import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

// Hand-written training corpora: every line must be a usable, consistently labelled example,
// because the trainer reads them as they are.
const dir = import.meta.dirname;
const files = readdirSync(dir).filter((name) => name.endsWith('.jsonl'));
const labelNames = ['undress', 'sexual', 'suggestive', 'minor'] as const;

describe('training corpora', () => {
  it('has at least one corpus file', () => {
    assert.ok(files.length > 0);
  });

  for (const file of files) {
    it(`${file}: every line is a valid, consistently labelled example with a distinct text`, () => {
      const lines = readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '');
      const seen = new Map<string, number>();
      lines.forEach((line, index) => {
        const where = `${file}:${index + 1}`;
        const item = JSON.parse(line) as Record<string, unknown>;
        assert.deepEqual(Object.keys(item).sort(), ['kind', 'labels', 'lang', 'mode', 'text'], where);
        assert.ok(typeof item.text === 'string' && item.text.trim() !== '', `${where}: empty text`);
        assert.ok(item.mode === 'edit' || item.mode === 'generate', `${where}: mode`);
        assert.ok(typeof item.lang === 'string' && /^[a-z]{2,3}(-[A-Z][a-z]{3})?$/.test(item.lang), `${where}: lang`);
        assert.ok(typeof item.kind === 'string' && /^[a-z0-9_]+$/.test(item.kind), `${where}: kind`);
        const labels = item.labels as Record<string, unknown>;
        assert.deepEqual(Object.keys(labels).sort(), [...labelNames].sort(), `${where}: labels`);
        for (const name of labelNames) assert.ok(labels[name] === 0 || labels[name] === 1, `${where}: ${name}`);
        if (labels.undress === 1) assert.equal(labels.suggestive, 1, `${where}: undress implies suggestive`);
        const harmful = labels.undress === 1 || labels.sexual === 1 || labels.suggestive === 1;
        assert.equal(item.kind.startsWith('benign'), !harmful, `${where}: benign kinds carry no harmful label`);
        const key = item.text.trim().toLowerCase();
        assert.ok(!seen.has(key), `${where}: same text as line ${seen.get(key)}`);
        seen.set(key, index + 1);
      });
    });
  }
});
