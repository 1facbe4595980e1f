import { describe, expect, it } from 'vitest';
import { nextStep } from './next-step.js';
import { runCli } from './test-support.js';

describe('nextStep: the way through contributing an image', () => {
  it('leads from validate to generate, build, test, analyze and the pull request', () => {
    const images = ['nginx-1.26'];
    expect(nextStep({ step: 'validate', images, ok: true })).toBe('next: npx armorred generate nginx-1.26');
    expect(nextStep({ step: 'generate', images, ok: true, pkgs: 'nixpkgs' })).toBe(
      'next: npx armorred build nginx-1.26 (add --pkgs offline where nixpkgs cannot be reached)',
    );
    expect(nextStep({ step: 'generate', images, ok: true, pkgs: 'offline' })).toBe('next: npx armorred build nginx-1.26 --pkgs offline');
    expect(nextStep({ step: 'build', images, ok: true, pkgs: 'offline' })).toBe('next: npx armorred test nginx-1.26 --pkgs offline');
    expect(nextStep({ step: 'test', images, ok: true, pkgs: 'nixpkgs' })).toBe('next: npx armorred analyze nginx-1.26');
    expect(nextStep({ step: 'analyze', images, ok: true })).toBe(
      'next: add a changeset (npx changeset), commit it with images/nginx-1.26/ (the spec, the analysis data and the generated files) and open a pull request',
    );
  });

  it('speaks of every image when none was named', () => {
    expect(nextStep({ step: 'validate', images: [], ok: true })).toBe('next: npx armorred generate');
    expect(nextStep({ step: 'generate', images: [], ok: true, pkgs: 'offline' })).toBe('next: npx armorred build --all --pkgs offline');
    expect(nextStep({ step: 'build', images: ['a-1', 'b-2'], ok: true, pkgs: 'nixpkgs' })).toBe('next: npx armorred test IMAGE for each image (a-1 b-2)');
  });

  it('after a failure: fix, then the same step again', () => {
    expect(nextStep({ step: 'validate', images: ['nginx-1.26'], ok: false })).toBe(
      'next: fix what is reported above, then run npx armorred validate nginx-1.26 again',
    );
    expect(nextStep({ step: 'test', images: ['nginx-1.26'], ok: false, pkgs: 'offline' })).toBe(
      'next: fix what is reported above, then run npx armorred test nginx-1.26 --pkgs offline again',
    );
  });

  it('is printed on stderr by the commands', async () => {
    const result = await runCli(['validate', 'nginx-1.26']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('next: npx armorred generate nginx-1.26\n');
  });
});
