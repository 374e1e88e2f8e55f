import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryIO } from './cli-test-io.ts';
import { COMMANDS } from './commands.ts';
import { main } from './main.ts';

describe('consentry main', () => {
  it('lists every command of the table, with the exit codes', async () => {
    const io = memoryIO();
    assert.equal(await main(['help'], io), 0);
    for (const [name, entry] of Object.entries(COMMANDS)) assert.ok(io.out().includes(`  ${name} `) && io.out().includes(entry.summary), name);
    assert.match(io.out(), /Exit codes:\n\s+0 .*\n\s+1 .*blocked/);
    assert.equal(await main([], memoryIO()), 2, 'no command is a usage error');
  });

  it('every entry of the table loads a command with its usage', async () => {
    for (const [name, entry] of Object.entries(COMMANDS)) {
      const command = await entry.load();
      assert.match(command.usage, new RegExp(`consentry ${name}\\b`), name);
      assert.equal(typeof command.run, 'function');
    }
  });

  it('help CMD and CMD --help print the usage; help of an unknown command is a usage error', async () => {
    const io = memoryIO();
    assert.equal(await main(['help', 'screen'], io), 0);
    assert.match(io.out(), /consentry screen "TEXT"/);
    assert.match(io.out(), /Exit codes:/);
    const io2 = memoryIO();
    assert.equal(await main(['match', '--help'], io2), 0);
    assert.match(io2.out(), /consentry match FILE/);
    assert.equal(await main(['help', 'nope'], memoryIO()), 2);
    assert.equal(await main(['nope'], memoryIO()), 2);
  });

  it('an unknown option or a missing option value is a usage error (exit 2) that shows the usage', async () => {
    const io = memoryIO();
    assert.equal(await main(['screen', 'a cat', '--no-such-option'], io), 2);
    assert.match(io.err(), /Unknown option '--no-such-option'.*\[usage\]/);
    assert.match(io.err(), /Usage:/);
    const io2 = memoryIO();
    assert.equal(await main(['screen', 'a cat', '--policy'], io2), 2);
    assert.match(io2.err(), /\[usage\]/);
  });

  it('maps error codes to exit codes through the registry: bad input 2, a check or infrastructure failure 3', async () => {
    const bad = memoryIO();
    assert.equal(await main(['screen', '   '], bad), 2);
    assert.match(bad.err(), /\[invalid_prompt\]/);
    const config = memoryIO('', { CONSENTRY_DETECTORS: 'nudenet' });
    assert.equal(await main(['screen', 'a cat'], config), 2);
    assert.match(config.err(), /\[invalid_config\]/);
  });

  it("screen exits 3 when no configured detector can look at a prompt (fail closed, not the caller's fault)", async () => {
    const io = memoryIO('', { CONSENTRY_DETECTORS: 'hash-list', CONSENTRY_DATA_DIR: '/nonexistent-consentry' });
    assert.equal(await main(['screen', 'a cat on a sofa', '--json'], io), 3, io.err());
    const decision = JSON.parse(io.out());
    assert.equal(decision.verdict, 'block');
    assert.match(decision.unavailable[0].reason, /no detector accepts a prompt subject/);
  });
});
