import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { podmanOk } from '@armorred/podman';
import { skipNote, skipUnless } from './availability.js';
import { cleanup, startHardened } from './container.js';
import { imageUnderTest, tierRunOf } from './image.js';
import { containerState, credentials, hostPids, parentTable, parseStat, processTree } from './processes.js';

describe('parseStat', () => {
  it('reads pid and parent pid, whatever the command name holds', () => {
    expect(parseStat('4242 (nginx) S 4200 4242 4242 0 -1 4194624')).toEqual({ pid: 4242, ppid: 4200 });
    // A process may name itself anything, spaces and parentheses included.
    expect(parseStat('77 (a) b (c) ) R 1 77 77 0 -1')).toEqual({ pid: 77, ppid: 1 });
    expect(parseStat('garbage')).toBeUndefined();
  });
});

describe('processTree', () => {
  it('lists a process and its descendants, breadth first, and nothing else', () => {
    const parents = new Map([
      [1, 0],
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 11],
      [20, 1],
    ]);
    expect(processTree(10, parents)).toEqual([10, 11, 12, 13]);
    expect(processTree(13, parents)).toEqual([13]);
  });

  it('finds the real children and grandchildren of a host process in /proc', async () => {
    const parent = spawn('sh', ['-c', 'sleep 30 & sleep 30 & wait'], { stdio: 'ignore' });
    try {
      let tree: number[] = [];
      for (let attempt = 0; attempt < 50 && tree.length < 3; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        tree = processTree(parent.pid!, parentTable());
      }
      expect(tree[0]).toBe(parent.pid);
      expect(tree).toHaveLength(3);
      expect(credentials(tree[1]!).uids).toEqual(credentials(process.pid).uids);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

const image = await imageUnderTest('nginx-1.26', 'hardened');
const missing = skipUnless(image.ready ? undefined : image.reason);

describe.skipIf(missing !== false)(`hostPids on a running container${skipNote(missing)}`, () => {
  afterAll(() => cleanup());

  it("is the container's init process and its workers, as podman inspect and /proc say (no podman top)", async () => {
    const container = await startHardened(image, tierRunOf('nginx-1.26', 'hardened'));
    const state = await containerState(container.id);
    expect(state.running).toBe(true);
    let pids: number[] = [];
    for (let attempt = 0; attempt < 50 && pids.length < 2; attempt++) {
      pids = await hostPids(container.id);
      if (pids.length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // nginx: a master and at least one worker.
    expect(pids[0]).toBe(state.pid);
    expect(pids.length).toBeGreaterThanOrEqual(2);
    // Where podman top can tell (not in a nested PID namespace), it agrees.
    const top = (await podmanOk(['top', container.id, 'hpid']))
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
      .filter(Boolean);
    if (!top.includes('?')) expect([...pids].sort()).toEqual(top.map(Number).sort());
  });

  it('says what state a container without a process is in', async () => {
    const container = await startHardened(image, tierRunOf('nginx-1.26', 'hardened'));
    await podmanOk(['stop', '-t', '10', container.id]);
    await expect(hostPids(container.id)).rejects.toThrow(/has no process: it is exited, exit code 0/);
  });
});
