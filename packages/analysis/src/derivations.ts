// The I/O edge to the Nix store for naming components: each store path's derivation
// (nix-store --query --deriver) and its attributes (nix show-derivation), where the local
// store knows them. Paths copied from elsewhere, or whose .drv was collected, have none.
import { existsSync } from 'node:fs';
// execa is imported inside the functions that run a tool: loading it takes about 0.1 s,
// which a command that runs none (an unchanged re-publish) should not pay.

/** What a store path's derivation says about it. */
export interface DerivationFacts {
  pname?: string;
  version?: string;
  /** The output of the derivation this path is (out, lib, bin, ...). */
  output: string;
  /** Set by the offline package set: the Debian packages the path was made from. */
  debianPackages?: string[];
}

const STORE_PATH = /^\/nix\/store\/[a-z0-9]{32}-[^/]+$/;

interface ShownDerivation {
  outputs?: Record<string, { path?: string }>;
  env?: Record<string, string>;
}

/** Facts of each store path's derivation; paths without a known derivation are absent (also when Nix is not installed). */
export async function derivationsOf(storePaths: readonly string[]): Promise<Map<string, DerivationFacts>> {
  const { execa } = await import('execa');
  const facts = new Map<string, DerivationFacts>();
  const paths = storePaths.filter((path) => STORE_PATH.test(path));
  if (paths.length === 0) return facts;
  const derivers = await execa('nix-store', ['--query', '--deriver', ...paths], { reject: false });
  if (derivers.exitCode !== 0) return facts;
  const drvs = [
    ...new Set(
      String(derivers.stdout)
        .split('\n')
        .filter((drv) => STORE_PATH.test(drv) && drv.endsWith('.drv') && existsSync(drv)),
    ),
  ];
  if (drvs.length === 0) return facts;
  const shown = await execa('nix', ['--extra-experimental-features', 'nix-command', 'show-derivation', ...drvs], {
    reject: false,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (shown.exitCode !== 0) return facts;
  const wanted = new Set(paths);
  for (const derivation of Object.values(JSON.parse(String(shown.stdout)) as Record<string, ShownDerivation>)) {
    for (const [output, { path }] of Object.entries(derivation.outputs ?? {})) {
      if (!path || !wanted.has(path)) continue;
      const env = derivation.env ?? {};
      // A list attribute reaches the builder's environment as words separated by spaces.
      const debianPackages = (env.debianPackages ?? env.debianPackage ?? '').split(' ').filter(Boolean);
      facts.set(path, {
        output,
        ...(env.pname ? { pname: env.pname } : {}),
        ...(env.version ? { version: env.version } : {}),
        ...(debianPackages.length > 0 ? { debianPackages } : {}),
      });
    }
  }
  return facts;
}
