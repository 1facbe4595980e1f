// When a started container is ready for the runtime checks: its health check passes,
// whatever its protocol (http, tcp or exec), polled until the time a runtime would allow
// before calling it unhealthy. Without a health check: its TCP ports accept connections,
// or (no ports) it is still running after a short settle. A container that exits on the
// way fails at once, with its exit code and the end of its log.
import type { HealthcheckData, Immutable } from './contract.js';
import type { HardenedRun } from '@armorred/image-facts';
import { containerLogs } from './container.js';
import { containerState, describeState } from './processes.js';
import { runProbe, tcpExchange, type ProbeResult, type ProbeTarget } from './probes.js';

/** No container gets longer than this to become ready, whatever its health check allows. */
export const READINESS_LIMIT_SECONDS = 180;
/** Without a health check: how long its ports may take to accept connections. */
export const PORTS_WAIT_SECONDS = 30;
/** Without a health check or ports: how long it must keep running after start. */
export const SETTLE_SECONDS = 2;
/** Pause between attempts: shorter than a health check interval, so a suite never waits needlessly. */
const POLL_PAUSE_MS = 500;

/**
 * How long the health check may take to pass: the start period, then `retries` failed
 * attempts, each up to interval + timeout apart (what a runtime allows before it calls the
 * container unhealthy), capped at READINESS_LIMIT_SECONDS.
 */
export function readinessBudgetSeconds(health: Pick<HealthcheckData, 'startPeriodSeconds' | 'retries' | 'intervalSeconds' | 'timeoutSeconds'> | null): number {
  if (health === null) return PORTS_WAIT_SECONDS;
  return Math.min(READINESS_LIMIT_SECONDS, health.startPeriodSeconds + health.retries * (health.intervalSeconds + health.timeoutSeconds));
}

/** What the suite waits for, in a few words (a check's title). */
export function readinessTitle(health: HealthcheckData | null, run: Immutable<HardenedRun>): string {
  if (health) return `becomes ready: health check ${health.title}`;
  const tcp = run.ports.filter((port) => port.protocol === 'tcp').map((port) => `${port.port}/tcp`);
  return tcp.length > 0 ? `becomes ready: ports ${tcp.join(', ')} accept connections` : `keeps running ${SETTLE_SECONDS} s after start`;
}

const indent = (text: string) => (text === '' ? '  (the log is empty)' : text.replace(/^/gm, '  '));

/** The failure for a container that is no longer running. */
export async function exitedMessage(id: string, waitingFor: string): Promise<string> {
  const state = await containerState(id);
  const how = state.status === 'exited' || state.status === 'stopped' ? `exited (exit code ${state.exitCode})` : `is ${describeState(state)}`;
  return `the container ${how} before ${waitingFor}; the last lines of its log:\n${indent(await containerLogs(id))}`;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the container is ready (see above); throws saying why it is not. */
export async function waitUntilReady(id: string, target: ProbeTarget, health: HealthcheckData | null, run: Immutable<HardenedRun>): Promise<void> {
  const budget = readinessBudgetSeconds(health);
  const started = Date.now();
  const deadline = started + budget * 1000;
  const tcpPorts = run.ports.filter((port) => port.protocol === 'tcp').map((port) => port.port);
  const waitingFor = health ? `its health check passed (${health.title})` : tcpPorts.length > 0 ? `its ports accepted connections` : 'it settled';
  let last: ProbeResult | undefined;
  for (;;) {
    if (!(await containerState(id)).running) throw new Error(await exitedMessage(id, waitingFor));
    if (health) {
      last = await runProbe(target, health, health.expect, health.timeoutSeconds);
      if (last.problems.length === 0) return;
    } else if (tcpPorts.length > 0) {
      const answers = await Promise.all(tcpPorts.map((port) => tcpExchange(target.hostPort(port), { timeoutMs: 2_000 })));
      const closed = tcpPorts.filter((_, index) => !answers[index]!.connected);
      if (closed.length === 0) return;
      last = { observed: '', problems: closed.map((port) => `port ${port} does not accept connections`) };
    } else if (Date.now() - started >= SETTLE_SECONDS * 1000) return;
    if (Date.now() >= deadline) {
      if (!(await containerState(id)).running) throw new Error(await exitedMessage(id, waitingFor));
      throw new Error(
        `not ready after ${budget} s: ${last?.problems.join('; ') ?? 'no answer'}; the last lines of its log:\n${indent(await containerLogs(id))}`,
      );
    }
    await pause(POLL_PAUSE_MS);
  }
}
