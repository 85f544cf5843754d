// The CLI ends its process as soon as its output is written (exitWhenWritten). On Linux, stdout and stderr write
// files and pipes synchronously, so the wait is empty there; where a stream buffers (a pipe on macOS), every byte
// must be out before the process ends, and a reader that went away must not keep it waiting.
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flushed } from '../../src/cli.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A stream that takes `delayMs` to write each chunk, as an asynchronous pipe does. */
function slowStream(delayMs: number): { stream: Writable; received: string[] } {
  const received: string[] = [];
  const stream = new Writable({
    highWaterMark: 4,
    write(chunk: Buffer, _encoding, callback) {
      setTimeout(() => {
        received.push(chunk.toString());
        callback();
      }, delayMs);
    },
  });
  return { stream, received };
}

describe('flushed', () => {
  it('resolves only after every chunk written before it is out', async () => {
    const { stream, received } = slowStream(5);
    for (const text of ['one ', 'two ', 'three ', 'four']) stream.write(text);
    expect(received).toEqual([]);
    await flushed(stream);
    expect(received.join('')).toBe('one two three four');
  });

  it('resolves after a small write that is still buffered (under the high-water mark, so no drain event follows)', async () => {
    const { stream, received } = slowStream(5);
    expect(stream.write('ab')).toBe(true);
    expect(stream.writableLength).toBe(2);
    const outcome = await Promise.race([flushed(stream).then(() => 'resolved'), new Promise((done) => setTimeout(() => done('waiting'), 500))]);
    expect(outcome).toBe('resolved');
    expect(received.join('')).toBe('ab');
  });

  it('resolves at once when nothing is buffered', async () => {
    const { stream, received } = slowStream(5);
    await flushed(stream);
    expect(received).toEqual([]);
    expect(stream.writableLength).toBe(0);
  });

  it('does not wait for a stream that was destroyed with bytes still buffered (the reader went away)', async () => {
    const { stream } = slowStream(60_000);
    stream.on('error', () => undefined);
    stream.write('never written');
    stream.write('nor this');
    const waiting = flushed(stream);
    stream.destroy(new Error('EPIPE'));
    await waiting;
    expect(stream.destroyed).toBe(true);
  });

  it('does not wait for a stream destroyed before it was asked (its events were already emitted)', async () => {
    const { stream } = slowStream(60_000);
    stream.on('error', () => undefined);
    stream.write('never written');
    stream.destroy(new Error('EPIPE'));
    await new Promise((done) => setImmediate(done));
    expect(stream.writableLength).toBeGreaterThan(0);
    const outcome = await Promise.race([flushed(stream).then(() => 'resolved'), new Promise((done) => setTimeout(() => done('waiting'), 500))]);
    expect(outcome).toBe('resolved');
  });
});

describe('the built CLI', () => {
  it('exits with the run\'s code and its whole output', () => {
    const usage = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--help'], { encoding: 'utf8' });
    expect(usage.status).toBe(0);
    expect(usage.stdout).toMatch(/^Usage: diffgate \[options\]/);
    expect(usage.stdout.trimEnd().split('\n').length).toBeGreaterThan(20);
    const bad = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--no-such-flag'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^diffgate: .*--no-such-flag.*\(see diffgate --help\)\n$/);
  });
});
