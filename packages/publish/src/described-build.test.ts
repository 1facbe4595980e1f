// Which build the checked-in SBOMs and VEX describe, read from a real docker-archive and a
// scratch copy of the catalog's analysis data (tampered with where the test says so).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveConfigDigest, readDockerArchive } from '@armorred/image-archive';
import { ANALYSIS_SCHEMA_FILE, ANALYSIS_VALIDATOR_MODULE, imagePaths } from '@armorred/repository';
import { tinyDockerArchive } from '@armorred/test-registry';
import { describedConfigDigest, refuseOtherBuildsDocuments } from './described-build.js';

const REPO = join(import.meta.dirname, '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'armorred-described-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** images/nginx-1.26/analysis and what parsing it needs, copied into a scratch root. */
function scratchRoot(name: string): string {
  const root = join(scratch, name);
  for (const file of [
    ANALYSIS_SCHEMA_FILE,
    ANALYSIS_VALIDATOR_MODULE,
    ANALYSIS_VALIDATOR_MODULE.replace(/\.js$/, '.d.ts'),
    imagePaths('nginx-1.26').analysisData('hardened'),
  ])
    cpSync(join(REPO, file), join(root, file));
  return root;
}

describe('the build the checked-in documents describe', () => {
  it('reads the image config digest of an archive as analyze records it, without reading the layers', async () => {
    const archive = join(scratch, 'tiny.tar');
    await tinyDockerArchive(archive, 'tiny\n');
    expect(await archiveConfigDigest(archive)).toBe((await readDockerArchive(archive)).configDigest);
  });

  it('accepts the build the analysis data names, and refuses another one, saying how to fix it', async () => {
    const root = scratchRoot('stale');
    const archive = join(scratch, 'built.tar');
    await tinyDockerArchive(archive, 'built\n');
    const built = await archiveConfigDigest(archive);
    const described = describedConfigDigest(root, 'nginx-1.26', 'hardened')!;
    expect(described).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(() => refuseOtherBuildsDocuments(root, 'nginx-1.26', 'hardened', 'nixpkgs', built)).toThrow(
      `nginx-1.26 hardened: the checked-in SBOMs and VEX describe another build, not this one (image config ${built}): ` +
        `images/nginx-1.26/analysis/hardened.json records the image config ${described}. Nothing was pushed. ` +
        'Analyze this build and regenerate the documents, then publish again:\n  npx armorred analyze nginx-1.26 --pkgs nixpkgs\n  npx armorred generate nginx-1.26',
    );
    // Once analyze has recorded this build, it passes.
    const file = join(root, imagePaths('nginx-1.26').analysisData('hardened'));
    writeFileSync(file, readFileSync(file, 'utf8').replace(described, built));
    expect(() => refuseOtherBuildsDocuments(root, 'nginx-1.26', 'hardened', 'nixpkgs', built)).not.toThrow();
  });

  it('refuses a tier without analysis data, and analysis data that is not valid, locating the problem', () => {
    const root = scratchRoot('missing');
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(() => refuseOtherBuildsDocuments(root, 'nginx-1.26', 'locked', 'offline', digest)).toThrow(
      'there is no images/nginx-1.26/analysis/locked.json to say which build they describe',
    );
    const file = join(root, imagePaths('nginx-1.26').analysisData('hardened'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('"configDigest"', '"configDigests"'));
    expect(() => refuseOtherBuildsDocuments(root, 'nginx-1.26', 'hardened', 'offline', digest)).toThrow(/analysis\/hardened\.json:\d+:\d+: .*configDigest/);
  });
});
