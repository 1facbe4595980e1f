// Matching a spec's regular expression with a time bound. A pattern comes from a pull
// request and the input from the image under test, so a backtracking pattern (e.g.
// "^(a+)+$") could hang the suite. Validation refuses patterns known to be super-linear;
// here, whatever gets through runs on input capped at MATCH_INPUT_LIMIT characters, in a
// worker thread that is terminated when the match takes longer than the bound (V8 checks
// for termination while it backtracks). JavaScript semantics are kept exactly, which a
// linear-time engine (RE2) would not: no lookaround or backreferences there.
import { Worker } from 'node:worker_threads';

/** Input beyond this many characters is not looked at (bodies, replies and outputs are capped to it). */
export const MATCH_INPUT_LIMIT = 64 * 1024;
/** How long one match may take. */
export const MATCH_TIMEOUT_MS = 1_000;

// Not an ArmorredError on purpose: it is thrown only inside a suite's test (the probes),
// where vitest reports it as that check's failure with this message; it never reaches the
// CLI's error mapping (armorred test reports the suite's failed checks, exit 1).
export class RegexTimeoutError extends Error {
  constructor(pattern: string, length: number, timeoutMs: number) {
    super(
      `the regular expression ${JSON.stringify(pattern)} took longer than ${timeoutMs} ms on ${length} characters and was stopped; ` +
        'it backtracks catastrophically (nested quantifiers such as (a+)+): simplify it',
    );
  }
}

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, pattern, input }) => {
  try {
    parentPort.postMessage({ id, matched: new RegExp(pattern).test(input) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});`;

interface Pending {
  resolve(matched: boolean): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

function matcher(): Worker {
  if (worker) return worker;
  const created = new Worker(WORKER_SOURCE, { eval: true });
  created.unref(); // never keeps a test process alive
  created.on('message', (message: { id: number; matched?: boolean; error?: string }) => {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) waiting?.reject(new Error(`invalid regular expression: ${message.error}`));
    else waiting?.resolve(message.matched === true);
  });
  created.on('error', (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    if (worker === created) worker = undefined;
  });
  worker = created;
  return created;
}

/**
 * Whether `pattern` (a JavaScript regular expression, no flags) matches `input`'s first
 * MATCH_INPUT_LIMIT characters. Rejects with RegexTimeoutError when the match takes longer
 * than `timeoutMs` (the worker running it is terminated and replaced).
 */
export function matchesBounded(pattern: string, input: string, timeoutMs = MATCH_TIMEOUT_MS): Promise<boolean> {
  const capped = input.length > MATCH_INPUT_LIMIT ? input.slice(0, MATCH_INPUT_LIMIT) : input;
  const running = matcher();
  const id = nextId++;
  return new Promise<boolean>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      if (worker === running) worker = undefined;
      // Other matches queued on this worker are lost with it: fail them too.
      for (const waiting of pending.values()) waiting.reject(new Error('the regular expression worker was restarted'));
      pending.clear();
      void running.terminate();
      reject(new RegexTimeoutError(pattern, capped.length, timeoutMs));
    }, timeoutMs);
    timer.unref();
    pending.set(id, {
      resolve: (matched) => {
        clearTimeout(timer);
        resolve(matched);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    running.postMessage({ id, pattern, input: capped });
  });
}
