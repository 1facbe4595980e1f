// HTTP requests to a container: one bounded request (probes), and waiting for an endpoint
// with bounded retries (hand-written tests).
import { MATCH_INPUT_LIMIT } from './regex.js';

export interface HttpAnswer {
  status: number;
  /** The body's first MATCH_INPUT_LIMIT bytes, as UTF-8 (a probe never reads more). */
  body: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
}

/** Reads at most `limit` bytes of a response body, then cancels the rest. */
async function cappedBody(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, limit));
}

/**
 * One request, bounded by `timeoutMs` (connecting, the answer and the body together).
 * Redirects are not followed: a probe sees the server's own answer.
 */
export async function httpRequest(url: string, options: { method?: string; timeoutMs: number }): Promise<HttpAnswer> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const response = await fetch(url, { method: options.method ?? 'GET', redirect: 'manual', signal });
  return { status: response.status, body: await cappedBody(response, MATCH_INPUT_LIMIT), headers: Object.fromEntries(response.headers.entries()) };
}

/** Requests the URL until it answers (any status) or `timeoutMs` passes; throws the last error. */
export async function httpWhenReady(url: string, options: { timeoutMs?: number; method?: string } = {}): Promise<HttpAnswer> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await httpRequest(url, { method: options.method ?? 'GET', timeoutMs: 2_000 });
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not answer within ${options.timeoutMs ?? 15_000} ms: ${String(lastError)}`);
}
