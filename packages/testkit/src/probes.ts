// The three probes of a spec (http, tcp, exec), each implemented once, and the judgement
// of what a probe found against what the spec expects. Every probe is bounded: a timeout
// (an exec probe's process is killed after it), output capped at MATCH_INPUT_LIMIT, and
// regular expressions matched with a time bound. A failed probe is data (an answer and a
// list of problems), never an exception, so readiness can poll and checks can explain.
import { randomBytes } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Socket, connect } from 'node:net';
import { podman } from '@armorred/podman';
import type { ExpectationData, ProbeData } from './contract.js';
import { httpRequest } from './http.js';
import { parentTable, processTree } from './processes.js';
import { MATCH_INPUT_LIMIT, matchesBounded } from './regex.js';

export interface TcpAnswer {
  connected: boolean;
  /** What the server sent (up to MATCH_INPUT_LIMIT characters) before it closed, the reply matched, or the time ran out. */
  reply: string;
  timedOut: boolean;
  error?: string;
}

/**
 * Connects to 127.0.0.1:`port`, sends `send` (when given) and reads the reply until
 * `enough(reply)` says so, the server closes, MATCH_INPUT_LIMIT characters arrived or
 * `timeoutMs` passed. Without `enough`, it returns once connected (and the bytes sent).
 */
export function tcpExchange(
  port: number,
  options: { send?: string; timeoutMs: number; enough?: (reply: string) => Promise<boolean>; host?: string },
): Promise<TcpAnswer> {
  return new Promise((resolve) => {
    const socket = connect({ host: options.host ?? '127.0.0.1', port });
    const decoder = new TextDecoder();
    let reply = '';
    let connected = false;
    let done = false;
    let judging = false;
    let pendingJudgement = false;
    const finish = (extra: Partial<TcpAnswer> = {}) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ connected, reply, timedOut: false, ...extra });
    };
    const timer = setTimeout(() => finish({ timedOut: true }), options.timeoutMs);
    const judge = async () => {
      if (!options.enough || done) return;
      if (judging) {
        pendingJudgement = true;
        return;
      }
      judging = true;
      try {
        do {
          pendingJudgement = false;
          if (await options.enough(reply)) return finish();
        } while (pendingJudgement && !done);
      } catch (error) {
        finish({ error: (error as Error).message });
      } finally {
        judging = false;
      }
    };
    socket.on('connect', () => {
      connected = true;
      if (options.send !== undefined) socket.write(options.send, 'utf8', () => (options.enough ? undefined : finish()));
      else if (!options.enough) finish();
    });
    socket.on('data', (chunk: Buffer) => {
      reply = (reply + decoder.decode(chunk, { stream: true })).slice(0, MATCH_INPUT_LIMIT);
      if (reply.length >= MATCH_INPUT_LIMIT) finish();
      else void judge();
    });
    socket.on('end', () => void judge().then(() => finish()));
    socket.on('error', (error) => finish({ error: error.message }));
    socket.on('close', () => void judge().then(() => finish()));
  });
}

export interface ExecAnswer {
  /** -1 when the process was killed (timedOut, or output past the cap). */
  exitCode: number;
  /** Standard output, up to MATCH_INPUT_LIMIT bytes. */
  stdout: string;
  stderr: string;
  timedOut: boolean;
  truncated: boolean;
}

/** The environment variable that marks an exec probe's processes, so a timed-out one can be found and killed. */
export const PROBE_MARKER = 'ARMORRED_PROBE';

/** Host PIDs of processes whose environment holds NAME=VALUE (processes we may not read are skipped). */
export function processesMarked(name: string, value: string, proc = '/proc'): number[] {
  const wanted = `${name}=${value}`;
  const found: number[] = [];
  for (const entry of readdirSync(proc)) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`${proc}/${entry}/environ`, 'latin1').split('\0').includes(wanted)) found.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

/** Kills the marked processes and everything they started. */
function killMarked(marker: string, spare?: number): void {
  const parents = parentTable();
  for (const pid of processesMarked(PROBE_MARKER, marker)) {
    for (const member of processTree(pid, parents).reverse()) {
      if (member === spare) continue;
      try {
        process.kill(member, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

/**
 * Runs `command` (argv: an absolute binary of the image and its arguments; no shell) in the
 * running container, as the container's user, with its environment and working folder.
 * Killed after `timeoutMs` (or when its output passes the cap); a non-zero exit is an
 * answer, not an error.
 *
 * Why not `podman exec`: where podman runs in a nested root (a CI job in a container, a
 * chroot such as our fresh-machine root), runc cannot pivot_root and chroots the container
 * instead, and `podman exec` then runs the command in the host's root filesystem, not the
 * image's. So the probe enters the container's namespaces and its root directory itself
 * (util-linux nsenter --root, from the container's init process), drops to the
 * container's user (no capabilities left) with no new privileges (setpriv), and starts
 * from a clean environment holding only the container's.
 */
export async function execInContainer(id: string, command: readonly string[], timeoutMs: number): Promise<ExecAnswer> {
  const inspected = await podman([
    'container',
    'inspect',
    '--format',
    '{{json .State.Pid}} {{json .State.Running}} {{json .Config.User}} {{json .Config.Env}}',
    id,
  ]);
  if (inspected.exitCode !== 0) throw new Error(`podman does not know container ${id}: ${inspected.stderr.trim()}`);
  const [pid, running, user, env] = inspected.stdout
    .trim()
    .split(' ')
    .map((field) => JSON.parse(field) as unknown) as [number, boolean, string, string[] | null];
  if (!running || !(pid > 0)) return { exitCode: -1, stdout: '', stderr: `the container is not running`, timedOut: false, truncated: false };
  const [uid, gid] = containerUser(user);
  const marker = randomBytes(8).toString('hex');
  const args = [
    '-i',
    ...(env ?? []),
    `${PROBE_MARKER}=${marker}`,
    hostTool('setpriv'),
    '--no-new-privs',
    '--',
    hostTool('nsenter'),
    `--target=${pid}`,
    '--mount',
    '--uts',
    '--ipc',
    '--net',
    '--pid',
    '--root',
    '--wd',
    `--setuid=${uid}`,
    `--setgid=${gid}`,
    '--',
    ...command,
  ];
  return runBounded(hostTool('env'), args, marker, timeoutMs);
}

/** A host program by absolute path (the probe's environment is the container's, whose PATH is not the host's). */
function hostTool(name: 'env' | 'setpriv' | 'nsenter'): string {
  const found = ['/usr/bin', '/bin', '/usr/sbin', '/sbin'].map((dir) => join(dir, name)).find((path) => existsSync(path));
  if (!found) throw new Error(`${name} (util-linux/coreutils) is not installed on this machine; exec probes need it`);
  return found;
}

/**
 * Runs argv on the host with a clean environment, its output on real pipes (FIFOs: a
 * program in the container may open /dev/stdout, which a socket pair, what Node gives a
 * child, cannot be), killed with everything it started (found by `marker` in their
 * environment) after `timeoutMs` or when its output passes MATCH_INPUT_LIMIT.
 */
async function runBounded(command: string, args: readonly string[], marker: string, timeoutMs: number): Promise<ExecAnswer> {
  const dir = mkdtempSync(join(tmpdir(), 'armorred-probe-'));
  try {
    const fifos = ['stdout', 'stderr'].map((name) => join(dir, name));
    // Writable by anyone: the program runs as the container's user and may reopen its output
    // through /dev/stdout; the folder (mode 0700) keeps everyone else from finding them.
    for (const fifo of fifos) execFileSync('mkfifo', ['-m', '0622', fifo]);
    // The reading ends first (non-blocking, so no writer is needed yet), then the writing ends.
    const readers = fifos.map((fifo) => new Socket({ fd: openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false }));
    const writers = fifos.map((fifo) => openSync(fifo, constants.O_WRONLY));
    const child = spawn(command, args, { stdio: ['ignore', writers[0], writers[1]], env: {} });
    for (const fd of writers) closeSync(fd);
    const output = ['', ''];
    let timedOut = false;
    let truncated = false;
    // The processes in the container go first; nsenter, their parent, then reaps them and
    // exits (killed first, it would leave them as zombies of the container's init). Should
    // it linger, it is killed too.
    const stop = () => {
      killMarked(marker, child.pid);
      setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, timeoutMs);
    const ended = readers.map(
      (reader, index) =>
        new Promise<void>((resolve) => {
          reader.setEncoding('utf8');
          reader.on('data', (chunk: string) => {
            output[index] += chunk;
            if (output[index]!.length > MATCH_INPUT_LIMIT && !truncated) {
              truncated = true;
              stop();
            }
          });
          reader.on('end', resolve);
          reader.on('error', () => resolve());
          reader.on('close', () => resolve());
        }),
    );
    const exitCode = await new Promise<number>((resolve) => {
      child.on('error', () => resolve(-1));
      child.on('close', (code) => resolve(code ?? -1));
    });
    await Promise.all(ended);
    clearTimeout(timer);
    for (const reader of readers) reader.destroy();
    return {
      exitCode: timedOut || truncated ? -1 : exitCode,
      // Like podman's client output as execa gives it: one final newline removed.
      stdout: output[0]!.slice(0, MATCH_INPUT_LIMIT).replace(/\r?\n$/, ''),
      stderr: output[1]!.slice(0, MATCH_INPUT_LIMIT).replace(/\r?\n$/, ''),
      timedOut,
      truncated,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The numeric UID and GID of a container's User ("65534:65534", "1000", "" for root). */
export function containerUser(user: string): [number, number] {
  const [uid = '0', gid] = user === '' ? [] : user.split(':');
  const number = (text: string) => {
    if (!/^\d+$/.test(text)) throw new Error(`the container's user ${JSON.stringify(user)} is not numeric; the probes need numeric IDs`);
    return Number(text);
  };
  return [number(uid), number(gid ?? uid)];
}

/** A podman command that runs a probe's process: killed after `timeoutMs`, output capped, no input. */
export async function boundedPodman(args: readonly string[], timeoutMs: number): Promise<ExecAnswer> {
  const result = await podman(args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: MATCH_INPUT_LIMIT, stdin: 'ignore' });
  return {
    exitCode: result.timedOut ? -1 : result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    timedOut: result.timedOut,
    truncated: result.truncated,
  };
}

/** Where a probe is sent: a container's published ports, and how it runs an exec probe. */
export interface ProbeTarget {
  /** The host port (on 127.0.0.1) publishing a container port. */
  hostPort(port: number): number;
  exec(command: readonly string[], timeoutMs: number): Promise<ExecAnswer>;
}

export interface ProbeResult {
  /** What the probe found, for messages. */
  observed: string;
  /** Every way it differs from the expectation; empty when it passed. */
  problems: string[];
}

/** At most `length` characters of a text, on one line, for messages. */
export function excerpt(text: string, length = 200): string {
  const flat = JSON.stringify(text.length > length ? `${text.slice(0, length)}…` : text);
  return flat;
}

async function mismatch(what: string, pattern: string | undefined, text: string): Promise<string[]> {
  if (pattern === undefined) return [];
  return (await matchesBounded(pattern, text)) ? [] : [`${what} does not match /${pattern}/: ${excerpt(text)}`];
}

/** Runs one probe against the target and judges it; never throws for a failed probe. */
export async function runProbe(target: ProbeTarget, probe: ProbeData, expect: ExpectationData, timeoutSeconds: number): Promise<ProbeResult> {
  const timeoutMs = timeoutSeconds * 1000;
  try {
    switch (probe.kind) {
      case 'http': {
        const url = `http://127.0.0.1:${target.hostPort(probe.http.port)}${probe.http.path}`;
        const answer = await httpRequest(url, { method: probe.http.method, timeoutMs });
        const problems: string[] = [];
        if (expect.status !== undefined && answer.status !== expect.status) problems.push(`status ${answer.status}, expected ${expect.status}`);
        problems.push(...(await mismatch('body', expect.bodyMatches, answer.body)));
        for (const [name, value] of Object.entries(expect.headers ?? {})) {
          const actual = answer.headers[name.toLowerCase()];
          if (actual !== value)
            problems.push(`header ${name} is ${actual === undefined ? 'absent' : JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
        }
        return { observed: `status ${answer.status}, body ${excerpt(answer.body, 80)}`, problems };
      }
      case 'tcp': {
        const pattern = expect.replyMatches;
        const answer = await tcpExchange(target.hostPort(probe.tcp.port), {
          ...(probe.tcp.send === undefined ? {} : { send: probe.tcp.send }),
          timeoutMs,
          ...(pattern === undefined ? {} : { enough: (reply: string) => matchesBounded(pattern, reply) }),
        });
        const observed = answer.connected ? `connected, reply ${excerpt(answer.reply, 80)}` : `no connection (${answer.error ?? 'timed out'})`;
        if (!answer.connected)
          return { observed, problems: [`could not connect to port ${probe.tcp.port}: ${answer.error ?? `timed out after ${timeoutSeconds} s`}`] };
        if (answer.error) return { observed, problems: [answer.error] };
        const problems = await mismatch(`reply${answer.timedOut ? ` (after ${timeoutSeconds} s)` : ''}`, pattern, answer.reply);
        return { observed, problems };
      }
      case 'exec': {
        const answer = await target.exec(probe.exec.command, timeoutMs);
        const observed = `exit code ${answer.exitCode}, stdout ${excerpt(answer.stdout, 80)}, stderr ${excerpt(answer.stderr, 80)}`;
        if (answer.timedOut) return { observed, problems: [`did not finish within ${timeoutSeconds} s (killed)`] };
        const problems: string[] = [];
        const wanted = expect.exitCode ?? 0;
        if (answer.exitCode !== wanted) problems.push(`exit code ${answer.exitCode}, expected ${wanted} (stderr: ${excerpt(answer.stderr)})`);
        problems.push(...(await mismatch(`standard output${answer.truncated ? ' (cut at 64 KiB, then killed)' : ''}`, expect.outputMatches, answer.stdout)));
        return { observed, problems };
      }
    }
  } catch (error) {
    return { observed: 'no answer', problems: [errorText(error)] };
  }
}

/** An error's message with its cause (fetch says only "fetch failed"; the cause says ECONNREFUSED). */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
