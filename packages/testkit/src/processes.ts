// A container's processes as the host sees them, from /proc. `podman top CONTAINER hpid`
// prints "?" when podman itself runs in a nested PID namespace (a CI job in a container, a
// fresh-machine root), so the probes start from the container's init process (`podman
// inspect --format {{.State.Pid}}`, a PID in our own namespace) and walk its descendants
// by parent PID in /proc/*/stat.
import { readdirSync, readFileSync } from 'node:fs';
import { podman } from '@armorred/podman';

export interface ContainerState {
  /** podman's status: created, initialized, running, exited, ... */
  status: string;
  running: boolean;
  /** Host PID of the container's init process; 0 when it has none. */
  pid: number;
  exitCode: number;
}

/** The container's state (podman inspect); throws when podman does not know the container. */
export async function containerState(id: string): Promise<ContainerState> {
  const result = await podman(['container', 'inspect', '--format', '{{json .State}}', id]);
  if (result.exitCode !== 0) throw new Error(`podman does not know container ${id}: ${result.stderr.trim()}`);
  const state = JSON.parse(result.stdout) as { Status: string; Running: boolean; Pid: number; ExitCode: number };
  return { status: state.Status, running: state.Running, pid: state.Pid, exitCode: state.ExitCode };
}

/** "exited, exit code 1" */
export function describeState(state: ContainerState): string {
  return state.status === 'exited' || state.status === 'stopped' ? `${state.status}, exit code ${state.exitCode}` : state.status;
}

/** pid and parent pid from the text of /proc/PID/stat ("pid (comm) state ppid ..."; comm may hold spaces and parentheses). */
export function parseStat(text: string): { pid: number; ppid: number } | undefined {
  const open = text.indexOf(' (');
  const close = text.lastIndexOf(') ');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open));
  const ppid = Number(text.slice(close + 2).split(' ')[1]);
  return Number.isInteger(pid) && Number.isInteger(ppid) ? { pid, ppid } : undefined;
}

/** Every process's parent: pid -> ppid, from `proc` (default /proc). Processes that exit while it is read are left out. */
export function parentTable(proc = '/proc'): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync(proc)) {
    if (!/^\d+$/.test(name)) continue;
    let text: string;
    try {
      text = readFileSync(`${proc}/${name}/stat`, 'utf8');
    } catch {
      continue; // gone
    }
    const entry = parseStat(text);
    if (entry) parents.set(entry.pid, entry.ppid);
  }
  return parents;
}

/** `root` and all its descendants in a pid -> ppid table, root first, then breadth first. */
export function processTree(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]!) ?? []).sort((a, b) => a - b));
  return tree;
}

/**
 * Host PIDs of the container's process tree: its init process and every descendant. The
 * container must have an init process (running, or set up by `podman init`); otherwise the
 * error says what state it is in.
 */
export async function hostPids(id: string): Promise<number[]> {
  const state = await containerState(id);
  if (state.pid <= 0) throw new Error(`container ${id.slice(0, 12)} has no process: it is ${describeState(state)}`);
  return processTree(state.pid, parentTable());
}

/** Real, effective, saved and filesystem UIDs and GIDs of a host process, from /proc. */
export function credentials(pid: number): { uids: number[]; gids: number[] } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const ids = (name: string) => (new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(status)?.[1] ?? '').split(/\s+/).map(Number);
  return { uids: ids('Uid'), gids: ids('Gid') };
}
