// The I/O edge to real SBOM and scanner tools: syft, grype, trivy are run when they are
// installed (they are not on every machine: none is in Debian bookworm or on npm).
import { ArmorredError, EXIT } from '@armorred/errors';
import { ingestReport, type SbomSummary, type ScanSummary } from './ingest.js';
// execa is imported inside the functions that run a tool: loading it takes about 0.1 s,
// which a command that runs none (an unchanged re-publish) should not pay.

export interface ToolRun<T> {
  /** What produced the figure, for the user and the page. */
  source: string;
  summary?: T;
}

async function installed(command: string): Promise<boolean> {
  const { execa } = await import('execa');
  const result = await execa(command, ['version'], { reject: false }).catch(() => undefined);
  return result?.exitCode === 0;
}

/** A scanner or SBOM tool that was found but failed (e.g. grype could not update its database offline). */
export class ToolError extends ArmorredError {
  constructor(message: string) {
    super(message, EXIT.FAILED);
  }
}

async function run(command: string, args: string[]): Promise<string> {
  const { execa } = await import('execa');
  const result = await execa(command, args, { reject: false, maxBuffer: 1024 * 1024 * 1024 });
  if (result.exitCode !== 0) {
    throw new ToolError(
      `${command} ${args.join(' ')} failed: ${String(result.stderr).trim().split('\n').slice(-3).join(' ')}; give its report with --sbom or --scan instead`,
    );
  }
  return String(result.stdout);
}

/** syft's component count of the archive, when syft is installed. */
export async function runSyft(archive: string): Promise<ToolRun<SbomSummary>> {
  if (!(await installed('syft'))) return { source: 'syft is not installed' };
  const summary = ingestReport('syft output', await run('syft', [`docker-archive:${archive}`, '-o', 'json']));
  return { source: 'ran syft', summary: summary as SbomSummary };
}

/** grype's (else trivy's) findings for the archive, when one of them is installed. */
export async function runScanner(archive: string): Promise<ToolRun<ScanSummary>> {
  if (await installed('grype')) {
    return { source: 'ran grype', summary: ingestReport('grype output', await run('grype', [`docker-archive:${archive}`, '-o', 'json'])) as ScanSummary };
  }
  if (await installed('trivy')) {
    return {
      source: 'ran trivy',
      summary: ingestReport('trivy output', await run('trivy', ['image', '--quiet', '--input', archive, '-f', 'json'])) as ScanSummary,
    };
  }
  return { source: 'grype and trivy are not installed' };
}
