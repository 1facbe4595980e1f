// Reading a build record: a corrupt one is bad input that names its file and its cure.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, InvalidInputError } from '@armorred/errors';
import { imagePaths } from '@armorred/repository';
import { readBuildRecord } from './build.js';

const root = mkdtempSync(join(tmpdir(), 'armorred-record-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function plant(content: string): void {
  const file = join(root, imagePaths('nginx-1.26').buildRecord('hardened'));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

function refusal(): InvalidInputError {
  try {
    readBuildRecord(root, 'nginx-1.26', 'hardened');
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('the record was accepted');
}

describe('readBuildRecord', () => {
  it('has nothing to say when the tier was never built', () => {
    expect(readBuildRecord(root, 'nginx-1.26', 'locked')).toBeUndefined();
  });

  it.each([
    ['truncated JSON', '{"archive": "/nix/store/'],
    ['JSON that is not a record', 'null'],
    ['a record without an archive', '{"image": "nginx-1.26", "secret": "do-not-echo"}'],
  ])('refuses %s (exit 1), naming the file and how to rebuild it, without echoing it', (_, content) => {
    plant(content);
    const error = refusal();
    expect(error.exitCode).toBe(EXIT.INVALID);
    expect(error.message).toBe(
      '.armorred/results/nginx-1.26/hardened.json is not a build record armorred build wrote; rebuild it: npx armorred build nginx-1.26 --tier hardened',
    );
  });

  it('forgets a record whose archive is gone from the Nix store', () => {
    plant(JSON.stringify({ archive: `/nix/store/${'a'.repeat(32)}-nginx.tar` }));
    expect(readBuildRecord(root, 'nginx-1.26', 'hardened')).toBeUndefined();
  });
});
