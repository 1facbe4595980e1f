// Whether a test that needs a real tool (nix, podman, a build, cosign, a browser) may
// skip. Outside CI a missing tool is a reason to skip, said in the test's title. In CI
// (`CI` set) nothing may be silently left unrun: a missing tool or build fails the test
// and says what is missing, so a green CI always means the real tools ran.

/** True when running in CI (any non-empty CI variable other than "false" or "0"). */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/**
 * The skip decision for a test that needs something: `missing` is why it cannot run (or
 * undefined when it can). Returns false (run) or the reason to show in the title (skip);
 * in CI, throws instead of skipping.
 */
export function skipUnless(missing: string | undefined, env: NodeJS.ProcessEnv = process.env): false | string {
  if (missing === undefined) return false;
  if (inCi(env)) throw new Error(`CI is set, so this test may not skip, but it cannot run: ${missing}`);
  return missing;
}

/** A title suffix for a skipped suite: " (skipped: REASON)", or "" when it runs. */
export function skipNote(reason: false | string): string {
  return reason === false ? '' : ` (skipped: ${reason})`;
}
