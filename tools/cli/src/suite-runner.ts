// Running test suites (generated and hand-written) with vitest in a child process, and
// reading back every check's result.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// execa is imported inside the functions that run a tool: loading it takes about 0.1 s,
// which a command that runs none (an unchanged re-publish) should not pay.

export interface CheckResult {
  /** File relative to the catalog root. */
  file: string;
  /** describe blocks and test title, joined with " > ". */
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  failure?: string;
}

export interface SuiteRun {
  exitCode: number;
  checks: CheckResult[];
  /** vitest's own output, for when it failed before running checks. */
  output: string;
}

interface VitestJson {
  testResults: {
    name: string;
    status?: string;
    message?: string;
    assertionResults: { ancestorTitles: string[]; title: string; status: string; failureMessages: string[] }[];
  }[];
}

const vitestBin = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

function relativeTo(root: string, file: string): string {
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}

export async function runSuites(root: string, files: readonly string[], env: Record<string, string>): Promise<SuiteRun> {
  const { execa } = await import('execa');
  const dir = mkdtempSync(join(tmpdir(), 'armorred-test-'));
  try {
    const report = join(dir, 'report.json');
    const result = await execa(process.execPath, [vitestBin, 'run', ...files, '--reporter=json', `--outputFile=${report}`], {
      cwd: root,
      // Exactly the caller's environment: execa would otherwise add back what the caller left out (CI, secrets).
      env,
      extendEnv: false,
      reject: false,
      all: true,
    });
    let parsed: VitestJson = { testResults: [] };
    try {
      parsed = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
    } catch {
      // vitest failed before writing a report; its output says why.
    }
    const checks = parsed.testResults.flatMap((file) =>
      file.assertionResults.map((test): CheckResult => ({
        file: relativeTo(root, file.name),
        name: [...test.ancestorTitles, test.title].join(' > '),
        status: test.status === 'passed' ? 'passed' : test.status === 'failed' ? 'failed' : 'skipped',
        ...(test.failureMessages.length > 0 ? { failure: test.failureMessages.join('\n').split('\n').slice(0, 12).join('\n') } : {}),
      })),
    );
    // A file that failed to load has no assertions but a message; a failing hook fails the
    // file while its checks show as skipped. Either way the file is a failed check of its own.
    const output = String(result.all ?? '');
    for (const file of parsed.testResults) {
      if (file.status !== 'failed' || file.assertionResults.some((test) => test.status === 'failed')) continue;
      checks.push({
        file: relativeTo(root, file.name),
        name: file.assertionResults.length === 0 ? '(file failed to load)' : '(file failed outside its checks)',
        status: 'failed',
        failure: file.message || output.split('\n').slice(-12).join('\n'),
      });
    }
    return { exitCode: result.exitCode ?? 1, checks, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
