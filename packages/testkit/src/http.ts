// Waiting for a container's HTTP endpoint, with bounded retries.
export interface HttpAnswer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** GETs the URL until it answers (any status) or `timeoutMs` passes; throws the last error. */
export async function httpWhenReady(url: string, options: { timeoutMs?: number; method?: string } = {}): Promise<HttpAnswer> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { method: options.method ?? 'GET', signal: AbortSignal.timeout(2_000) });
      return { status: response.status, body: await response.text(), headers: Object.fromEntries(response.headers.entries()) };
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not answer within ${options.timeoutMs ?? 15_000} ms: ${String(lastError)}`);
}
