// The hostile-input corpus: one case per class of attack a pull request can carry
// (docs/security.md), driven end to end through the armorred commands CI runs on it, in a
// scratch copy of the repository. Every case must be refused with a located, escaped
// error, or handled with no effect outside the repository; for every case and command:
// - nothing outside the repository changes: the canary folder beside it keeps its
//   listing, contents, modes and times (file atimes are aged, so a read would show);
// - nothing of a refused or outside file appears in any output (canaries hold TOKEN);
// - no output holds a raw control, bidirectional or lone-surrogate character.
// Validate's time is measured on every case and printed (never asserted: see tools/bench).
import { execFileSync } from 'node:child_process';
import { linkSync, lstatSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuildRecord } from '@armorred/builder';
import { nixAvailable } from '@armorred/nix';
import { skipNote, skipUnless } from '@armorred/testkit';
import { REPO } from '../../src/test-support.js';
import { TOKEN, createWorld, inChild, inProcess, scratchRepository, snapshot, withImageFunction, type CommandRun, type World } from './scratch.js';

const IMAGE = 'images/nginx-1.26';
const SPEC = `${IMAGE}/image.yaml`;
/**
 * A real archive to analyze beside planted links: the last build of nginx-1.26 hardened in
 * this repository (npx armorred build nginx-1.26 --pkgs offline makes one). Without it the
 * analyze step is skipped, saying why; in CI a missing build fails here (skipUnless), as
 * analyze's own tests do.
 */
const ARCHIVE = readBuildRecord(REPO, 'nginx-1.26', 'hardened')?.archive;
const noArchive = skipUnless(ARCHIVE ? undefined : 'no build of nginx-1.26 hardened in this repository (npx armorred build nginx-1.26 --pkgs offline)');
if (noArchive) console.log(`note: the analyze step of "symlinks planted at temporary-file names" is skipped: ${noArchive}`);

let world: World;
const timings: { name: string; seconds: number }[] = [];

beforeAll(() => {
  world = createWorld();
  process.env.ARMORRED_CACHE_DIR = world.cacheDir;
});

afterAll(() => {
  delete process.env.ARMORRED_CACHE_DIR;
  for (const root of world.repositories) rmSync(root, { recursive: true, force: true });
  rmSync(world.base, { recursive: true, force: true });
  const width = Math.max(...timings.map((timing) => timing.name.length));
  console.log(
    `armorred validate on each hostile case (in process; slowest first):\n${[...timings]
      .sort((a, b) => b.seconds - a.seconds)
      .map(({ name, seconds }) => `  ${name.padEnd(width)}  ${seconds.toFixed(3)} s`)
      .join('\n')}`,
  );
});

/** Replaces `find` in a repository file (the case fails loudly when `find` is not there). */
function edit(root: string, path: string, find: string, replace: string): void {
  const file = join(root, path);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(find)) throw new Error(`bad case: ${JSON.stringify(find)} is not in ${path}`);
  writeFileSync(
    file,
    text.replace(find, () => replace),
  );
}

/** Replaces a repository file with a symlink to `target`. */
function link(root: string, path: string, target: string): void {
  rmSync(join(root, path), { recursive: true, force: true });
  symlinkSync(target, join(root, path));
}

interface Step {
  argv: string[];
  code: number;
  /** Each must match the output (stdout and stderr together). */
  output?: RegExp[];
  /** Run as a child process with a timeout: the case could hang a process that regressed. */
  child?: boolean;
}

interface Case {
  name: string;
  plant(root: string, world: World): void;
  steps: Step[];
  /** Further checks of the repository after the steps. */
  after?(root: string, world: World, runs: CommandRun[]): void;
}

const refusedSpec = (line: number, column: number, message: RegExp | string) =>
  new RegExp(`^${escapeRegExp(`${SPEC}:${line}:${column}: `)}${typeof message === 'string' ? escapeRegExp(message) : message.source}`, 'm');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** validate, check and generate all refuse: the spec is invalid, nothing is written. */
const refusedEverywhere = (expected: RegExp): Step[] => [
  { argv: ['validate'], code: 1, output: [expected] },
  { argv: ['check'], code: 1, output: [expected] },
  { argv: ['generate'], code: 1, output: [expected, /nothing written/] },
];

/** A spec edit that validate, check and generate refuse, located. */
const specCase = (name: string, find: string, replace: string, line: number, column: number, message: RegExp | string): Case => ({
  name,
  plant: (root) => edit(root, SPEC, find, replace),
  steps: refusedEverywhere(refusedSpec(line, column, message)),
});

const CASES: Case[] = [
  // --- High: the file system ------------------------------------------------------------
  {
    name: 'generated/ is a symlink to a folder outside',
    plant: (root, { outside }) => link(root, `${IMAGE}/generated`, join(outside, 'target')),
    steps: [
      { argv: ['generate'], code: 1, output: [/images\/nginx-1\.26\/generated: is a symlink; the catalog does not follow symlinks/] },
      { argv: ['check'], code: 1, output: [/images\/nginx-1\.26\/generated: is a symlink; the catalog does not follow symlinks/] },
    ],
  },
  {
    name: 'a generated file is a symlink to a file outside',
    plant: (root, { outside }) => link(root, `${IMAGE}/generated/hardened.nix`, join(outside, 'shadow')),
    steps: [
      { argv: ['check'], code: 1, output: [/images\/nginx-1\.26\/generated\/hardened\.nix: is a symlink/] },
      { argv: ['generate'], code: 1, output: [/images\/nginx-1\.26\/generated\/hardened\.nix: is a symlink/] },
    ],
  },
  {
    name: 'symlinks planted at temporary-file names',
    plant: (root, { outside, cacheDir }) => {
      // A change, so generate writes the tier's files.
      edit(root, SPEC, 'description: Hardened Nginx 1.26.3', 'description: Hardened Nginx 1.26.3 (scratch)');
      for (const path of [
        `${IMAGE}/generated/hardened.json.tmp`,
        `${IMAGE}/generated/hardened.nix.tmp`,
        `${IMAGE}/generated/hardened.test.ts.tmp-1`,
        `${IMAGE}/analysis/hardened.json.tmp`,
      ])
        symlinkSync(join(outside, 'shadow'), join(root, path));
      mkdirSync(join(root, '.armorred', 'results', 'nginx-1.26'), { recursive: true });
      symlinkSync(join(outside, 'shadow'), join(root, '.armorred', 'results', 'nginx-1.26', 'hardened.json.tmp'));
      symlinkSync(join(outside, 'secret.conf'), join(cacheDir, 'parsed-yaml.json.tmp'));
    },
    steps: [
      {
        argv: ['generate'],
        code: 0,
        output: [/wrote {4}images\/nginx-1\.26\/generated\/hardened\.json/, /removed {2}images\/nginx-1\.26\/generated\/hardened\.nix\.tmp/],
      },
      // analyze writes analysis/hardened.json beside the planted analysis/hardened.json.tmp.
      // (build writing its record beside planted links in .armorred/results: in "hostile
      // input the build decides" below, which needs Nix.)
      ...(ARCHIVE
        ? [{ argv: ['analyze', 'nginx-1.26', '--tier', 'hardened', '--archive', ARCHIVE, '--at', '2026-11-22T08:00:00Z'], code: 0, child: true }]
        : []),
    ],
    after: (root) => {
      expect(readFileSync(join(root, IMAGE, 'generated', 'hardened.json'), 'utf8')).toContain('(scratch)');
      // The planted symlink in generated/ was removed as a file generate does not produce (the link, not its target).
      expect(() => statSync(join(root, IMAGE, 'generated', 'hardened.nix.tmp'))).toThrow();
      if (ARCHIVE) {
        expect(readFileSync(join(root, IMAGE, 'analysis', 'hardened.json'), 'utf8')).toContain('"analyzedAt": "2026-11-22T08:00:00Z"');
        // The planted link is left as it was, pointing outside; nothing was written through it.
        expect(lstatSync(join(root, IMAGE, 'analysis', 'hardened.json.tmp')).isSymbolicLink()).toBe(true);
      }
    },
  },
  {
    name: 'image.yaml is a symlink to a secret outside',
    plant: (root, { outside }) => link(root, SPEC, join(outside, 'shadow')),
    steps: [
      {
        argv: ['validate'],
        code: 1,
        output: [/^images\/nginx-1\.26\/image\.yaml:1:1: is a symlink, not a regular file; it is not read$/m],
      },
      { argv: ['validate', 'nginx-1.26'], code: 2, output: [/unknown image "nginx-1\.26"/] },
      { argv: ['check'], code: 1, output: [/^images\/nginx-1\.26\/image\.yaml:1:1: is a symlink, not a regular file; it is not read$/m] },
    ],
  },
  {
    name: 'catalog.yaml is a symlink to a secret outside',
    plant: (root, { outside }) => link(root, 'catalog.yaml', join(outside, 'shadow')),
    steps: [
      { argv: ['validate'], code: 1, output: [/^catalog\.yaml:1:1: is a symlink; the catalog does not follow symlinks/m] },
      { argv: ['generate'], code: 1, output: [/^catalog\.yaml:1:1: is a symlink/m] },
    ],
  },
  {
    name: 'analysis data is a symlink to a secret outside',
    plant: (root, { outside }) => link(root, `${IMAGE}/analysis/hardened.json`, join(outside, 'shadow')),
    steps: [
      { argv: ['check'], code: 1, output: [/^images\/nginx-1\.26\/analysis\/hardened\.json:1:1: is a symlink/m] },
      { argv: ['generate'], code: 1, output: [/^images\/nginx-1\.26\/analysis\/hardened\.json:1:1: is a symlink/m] },
    ],
  },
  {
    name: 'the analysis/ folder is a symlink to a folder outside',
    plant: (root, { outside }) => link(root, `${IMAGE}/analysis`, join(outside, 'target')),
    steps: [
      { argv: ['generate'], code: 1, output: [/^images\/nginx-1\.26\/analysis:1:1: is a symlink; the catalog does not follow symlinks/m] },
      { argv: ['check'], code: 1, output: [/^images\/nginx-1\.26\/analysis:1:1: is a symlink; the catalog does not follow symlinks/m] },
    ],
  },
  {
    name: 'the image folder is a symlink to a folder outside',
    plant: (root, { outside }) => link(root, IMAGE, join(outside, 'target')),
    steps: [
      { argv: ['validate'], code: 1, output: [/^images\/nginx-1\.26:1:1: is a symlink; image folders must be real folders/m] },
      { argv: ['check'], code: 1, output: [/^images\/nginx-1\.26:1:1: is a symlink; image folders must be real folders/m] },
      { argv: ['generate'], code: 1, output: [/^images\/nginx-1\.26:1:1: is a symlink; image folders must be real folders/m] },
    ],
  },
  {
    name: 'an unlisted image folder is never read',
    plant: (root) => {
      mkdirSync(join(root, 'images', 'evil-1.0'));
      writeFileSync(join(root, 'images', 'evil-1.0', 'image.yaml'), `unknown${TOKEN}: 1\n`);
    },
    steps: [
      { argv: ['validate'], code: 1, output: [/^catalog\.yaml:\d+:1: images: images\/evil-1\.0\/ exists but is not listed/m] },
      { argv: ['validate', 'evil-1.0'], code: 2, output: [/image "evil-1\.0" is not listed in catalog\.yaml/] },
      { argv: ['check'], code: 1, output: [/exists but is not listed/] },
    ],
  },
  {
    name: 'image.yaml is a FIFO',
    plant: (root) => {
      unlinkSync(join(root, SPEC));
      execFileSync('mkfifo', [join(root, SPEC)]);
    },
    steps: [
      { argv: ['validate'], code: 1, child: true, output: [/^images\/nginx-1\.26\/image\.yaml:1:1: is a special file, not a regular file; it is not read$/m] },
      { argv: ['generate'], code: 1, child: true, output: [/is a special file, not a regular file/] },
    ],
  },
  {
    name: 'image.yaml is a symlink to /dev/zero',
    plant: (root) => link(root, SPEC, '/dev/zero'),
    steps: [
      { argv: ['validate'], code: 1, child: true, output: [/^images\/nginx-1\.26\/image\.yaml:1:1: is a symlink, not a regular file; it is not read$/m] },
    ],
  },
  {
    name: 'image.yaml is a folder',
    plant: (root) => {
      unlinkSync(join(root, SPEC));
      mkdirSync(join(root, SPEC));
    },
    steps: [{ argv: ['validate'], code: 1, output: [/^images\/nginx-1\.26\/image\.yaml:1:1: is a folder, not a regular file; it is not read$/m] }],
  },
  {
    name: 'a config source is a FIFO, a symlink to /dev/zero, or a folder',
    plant: (root) => {
      unlinkSync(join(root, IMAGE, 'nginx.conf'));
      execFileSync('mkfifo', [join(root, IMAGE, 'nginx.conf')]);
      link(root, `${IMAGE}/index.html`, '/dev/zero');
      edit(root, SPEC, '    - source: index.html', '    - source: conf.d\n      target: /etc/nginx/conf.d/x.conf\n    - source: index.html');
      mkdirSync(join(root, IMAGE, 'conf.d'));
    },
    steps: [
      {
        argv: ['validate'],
        code: 1,
        child: true,
        output: [
          /^images\/nginx-1\.26\/image\.yaml:\d+:15: runtime\.configFiles\[0\]\.source: "nginx\.conf" is not a regular file/m,
          /runtime\.configFiles\[1\]\.source: "conf\.d" is not a regular file/,
          /runtime\.configFiles\[2\]\.source: "index\.html" is a symlink/,
        ],
      },
      { argv: ['generate'], code: 1, child: true, output: [/nothing written/] },
    ],
  },
  {
    name: 'a config source is a hard link to a root-only file outside',
    plant: (root, { outside }) => {
      unlinkSync(join(root, IMAGE, 'nginx.conf'));
      linkSync(join(outside, 'secret.conf'), join(root, IMAGE, 'nginx.conf'));
    },
    steps: refusedEverywhere(/runtime\.configFiles\[0\]\.source: "nginx\.conf" has other hard links/),
  },
  {
    name: 'a config source over 2 GiB (sparse)',
    plant: (root) => truncateSync(join(root, IMAGE, 'index.html'), 3 * 1024 * 1024 * 1024),
    steps: refusedEverywhere(/runtime\.configFiles\[1\]\.source: "index\.html" is over the 16 MiB limit for a config file; it is not read/),
  },
  {
    name: 'a config source is a generated file',
    plant: (root) => edit(root, SPEC, 'source: index.html', 'source: generated/hardened.nix'),
    steps: refusedEverywhere(/runtime\.configFiles\[1\]\.source: "generated\/hardened\.nix" is a generated file/),
  },
  {
    name: 'a config source is a dangling relative symlink',
    plant: (root) => link(root, `${IMAGE}/index.html`, '../../nowhere/index.html'),
    steps: refusedEverywhere(/runtime\.configFiles\[1\]\.source: "index\.html" is a symlink \(or under one\); the catalog does not follow symlinks/),
  },
  {
    name: 'the build results folder is a symlink to a folder outside',
    plant: (root, { outside }) => {
      mkdirSync(join(root, '.armorred', 'results'), { recursive: true });
      symlinkSync(join(outside, 'target'), join(root, '.armorred', 'results', 'nginx-1.26'));
    },
    // Refused before nix-build runs (so this case needs no Nix).
    steps: [{ argv: ['build', 'nginx-1.26', '--pkgs', 'nixpkgs'], code: 1, output: [/\.armorred\/results\/nginx-1\.26: is a symlink/] }],
  },
  {
    name: 'the parse cache file is a symlink to a file outside',
    plant: (_root, { outside, cacheDir }) => {
      rmSync(join(cacheDir, 'parsed-yaml.json'), { force: true });
      symlinkSync(join(outside, 'shadow'), join(cacheDir, 'parsed-yaml.json'));
    },
    steps: [{ argv: ['validate'], code: 0, output: [/^(\d+) of \1 image\(s\) valid$/m] }],
    after: (_root, { cacheDir }) => unlinkSync(join(cacheDir, 'parsed-yaml.json')),
  },

  // --- Medium: paths, policies, resources -------------------------------------------------
  specCase(
    'a path that reads as an option (workingDir: /-m777)',
    'workingDir: /',
    'workingDir: /-m777',
    25,
    15,
    'runtime.workingDir: the string "/-m777" is not valid: must be an absolute path of at most 32 segments of letters, digits and . _ @ + -, none starting with "-"',
  ),
  specCase(
    'busybox handed to the main package as an override value',
    '  hardened:\n    shell: false',
    '  hardened:\n    package:\n      override:\n        shellPackage: { package: busybox }\n    shell: false',
    113,
    34,
    'tiers.hardened.package.override.shellPackage.package: "busybox" puts a shell in the image, but the tier declares shell: false',
  ),
  {
    name: 'an alias bomb of 1 MB that would fill the parse cache',
    plant: (root) => {
      const anchor = `x${'y'.repeat(900_000)}`;
      edit(root, SPEC, 'description: Hardened Nginx 1.26.3', `description: &big "${anchor}"`);
      edit(root, SPEC, '  cmd: [', `  env: { A: *big, B: *big, C: *big, D: *big, E: *big, F: *big, G: *big, H: *big, I: *big, J: *big }\n  cmd: [`);
    },
    steps: [{ argv: ['validate'], code: 1, output: [/aliases expand the document to about \d+ KiB, over the 1 MiB limit/] }],
    after: (_root, { cacheDir }) => {
      const cache = join(cacheDir, 'parsed-yaml.json');
      expect(statSync(cache, { throwIfNoEntry: false })?.size ?? 0).toBeLessThan(1024 * 1024);
    },
  },
  {
    name: 'a tag that a cached parse could not tell from a string (!!timestamp), cold and warm',
    plant: (root) => edit(root, SPEC, 'version: 1.26.3', 'version: !!timestamp 2001-12-14'),
    steps: [
      { argv: ['validate'], code: 1, output: [refusedSpec(4, 10, 'tag !!timestamp is not allowed')] },
      { argv: ['validate'], code: 1, output: [refusedSpec(4, 10, 'tag !!timestamp is not allowed')] },
    ],
  },
  {
    name: '60,000 env keys (832 KB, inside the 1 MiB limit)',
    plant: (root) => edit(root, SPEC, '  env:\n    PATH: /bin\n', `  env:\n${Array.from({ length: 60_000 }, (_, index) => `    K${index}: v\n`).join('')}`),
    steps: refusedEverywhere(/more than 10000 keys and list items in the file/),
  },
  {
    name: '450,000 levels of nesting',
    plant: (root) => edit(root, SPEC, 'licenses: BSD-2-Clause', `licenses: ${'['.repeat(450_000)}${']'.repeat(450_000)}`),
    steps: refusedEverywhere(/mappings and lists are nested more than 32 levels deep/),
  },
  {
    name: 'a schema-shaped writable path of 1,000 segments',
    plant: (root) => edit(root, SPEC, '    - /var/log/nginx', `    - /var/log/nginx\n    - ${'/d'.repeat(1000)}`),
    steps: refusedEverywhere(/runtime\.writablePaths\[3\]: the string "\/d\/d\/d.*" is not valid: must be an absolute path of at most 32 segments/),
  },
  specCase(
    'a hardened tier written as !!omap',
    '  hardened:\n    shell: false\n    coreutils: false',
    '  hardened: !!omap\n    - shell: false\n    - coreutils: false',
    110,
    13,
    'tag !!omap is not allowed; a spec uses only plain mappings, lists, strings, numbers, true/false and null',
  ),

  specCase(
    'a hardened tier written as !!set',
    '  hardened:\n    shell: false\n    coreutils: false',
    '  hardened: !!set\n    ? shell\n    ? coreutils',
    110,
    13,
    'tag !!set is not allowed; a spec uses only plain mappings, lists, strings, numbers, true/false and null',
  ),
  specCase(
    'a config file target that is the parent of another target',
    '    - source: index.html\n',
    '    - source: index.html\n      target: /etc/nginx\n    - source: index.html\n',
    40,
    15,
    'runtime.configFiles[1].target: "/etc/nginx" is a folder of the config file target /etc/nginx/nginx.conf; a target is a file: ship one of them elsewhere',
  ),

  // --- Low --------------------------------------------------------------------------------
  specCase(
    'a super-linear bodyMatches',
    'bodyMatches: "Welcome to nginx on ARMORRED"',
    "bodyMatches: '((\\w|\\s|,)+)+#$'",
    61,
    20,
    /checks\[0\]\.expect\.bodyMatches: matching can take exponential time on some responses \(ReDoS\)/,
  ),
  specCase(
    'a C1 control, a bidi override and a lone surrogate in text',
    'description: Hardened Nginx 1.26.3',
    'description: "Hardened \\u009b2J \\u202eNginx \\ud800"',
    6,
    14,
    /description: the string "Hardened \\u009b2J \\u202eNginx \\ud800" is not valid: must be a single line of text without control characters/,
  ),
  {
    name: 'rejected key names that would forge validate output and move the cursor',
    plant: (root) =>
      edit(root, SPEC, '  user: 65534', '  "user\\nok       nginx-1.26\\n1 of 1 image(s) valid\\u001b[2J\\u001b]0;pwned\\u0007": 1\n  user: 65534'),
    steps: [
      { argv: ['validate'], code: 1, output: [/runtime\.user\\nok {7}nginx-1\.26\\n1 of 1 image\(s\) valid\\u001b\[2J\\u001b\]0;pwned\\u0007: unknown key/] },
    ],
    after: (_root, _world, runs) => {
      for (const run of runs) expect(`${run.stdout}${run.stderr}`).not.toMatch(/^ok {7}nginx-1\.26$|^1 of 1 image\(s\) valid$/m);
    },
  },
  {
    name: 'an image folder name with a newline and escapes',
    plant: (root) => {
      mkdirSync(join(root, 'images', 'x\nok       nginx-1.26\u001b[2J\u202e'));
      writeFileSync(join(root, 'images', 'x\nok       nginx-1.26\u001b[2J\u202e', 'image.yaml'), 'name: x\n');
    },
    steps: [
      { argv: ['validate'], code: 1, output: [/images\/x\\nok {7}nginx-1\.26\\u001b\[2J\\u202e\/ exists but is not listed/] },
      { argv: ['check'], code: 1, output: [/exists but is not listed/] },
    ],
  },
  specCase('__proto__ as an env key', '    PATH: /bin', '    PATH: /bin\n    __proto__: x', 25, 5, 'key "__proto__" is not allowed'),
  specCase(
    '__proto__ as an override key',
    '        withKTLS: false',
    '        withKTLS: false\n        __proto__: x',
    121,
    9,
    'key "__proto__" is not allowed',
  ),
  specCase(
    'an override integer above 2^53',
    '        withKTLS: false',
    '        withKTLS: false\n        jobs: 9007199254740993',
    121,
    15,
    'the number 9007199254740993 is too large; integers must be between -9007199254740991 and 9007199254740991',
  ),
  specCase(
    'an override integer written 1e20',
    '        withKTLS: false',
    '        withKTLS: false\n        jobs: 1e20',
    121,
    15,
    'the number 1e20 is too large',
  ),
  specCase(
    'a writable path inside a config file target',
    '    - /var/log/nginx',
    '    - /var/log/nginx\n    - /etc/nginx/nginx.conf/cache',
    35,
    7,
    'runtime.writablePaths[3]: "/etc/nginx/nginx.conf/cache" is inside the config file target /etc/nginx/nginx.conf',
  ),
  specCase(
    'the working directory on a config file target',
    'workingDir: /',
    'workingDir: /etc/nginx/nginx.conf',
    25,
    15,
    'runtime.workingDir: "/etc/nginx/nginx.conf" is the config file target /etc/nginx/nginx.conf',
  ),
  specCase(
    'a writable mount over the store layout (/bin)',
    '    - /var/log/nginx',
    '    - /var/log/nginx\n    - /bin',
    35,
    7,
    'runtime.writablePaths[3]: "/bin" would put a writable mount on /bin, which the image\'s standard layout fills from the Nix store',
  ),
  {
    name: 'option values that podman would read as options',
    plant: () => undefined,
    steps: [
      { argv: ['test', 'nginx-1.26', '--tier', 'hardened', '--image=--help'], code: 2, output: [/--image "--help": an option value may not start with "-"/] },
      { argv: ['test', 'nginx-1.26', '--tier', 'hardened', '--archive=-x'], code: 2, output: [/--archive "-x": an option value may not start with "-"/] },
      { argv: ['test', '--', '--help'], code: 2, output: [/unknown image "--help"/] },
    ],
  },

  // --- Messages that were unclear ---------------------------------------------------------
  {
    name: 'CR-only line ends',
    plant: (root) => writeFileSync(join(root, SPEC), readFileSync(join(root, SPEC), 'utf8').replace(/\n/g, '\r')),
    steps: refusedEverywhere(refusedSpec(1, 70, 'a line ends with a lone carriage return (CR, old Mac line ends)')),
  },
  specCase('an undefined alias', 'licenses: BSD-2-Clause', 'licenses: *license', 9, 11, 'alias *license refers to no anchor &license before it'),
  {
    name: 'exactly 100 aliases are allowed',
    plant: (root) => edit(root, SPEC, '    PATH: /bin', `    PATH: &bin /bin\n${Array.from({ length: 100 }, (_, index) => `    P${index}: *bin`).join('\n')}`),
    steps: [{ argv: ['validate'], code: 0, output: [/^ok {7}nginx-1\.26$/m] }],
  },
  specCase('!!binary', 'description: Hardened Nginx 1.26.3', 'description: !!binary SGFyZGVuZWQ=', 6, 14, 'tag !!binary is not allowed'),
  specCase(
    'a name error says in words what a valid name is',
    'name: nginx',
    'name: Nginx_1',
    3,
    7,
    'name: the string "Nginx_1" is not valid: Image name: lowercase letters, digits and dashes (no slashes, no dots)',
  ),
];

describe('hostile input corpus', () => {
  it('can detect a read outside the repository (aged atimes)', () => {
    const probe = join(world.base, 'probe');
    writeFileSync(probe, 'probe');
    const stats = statSync(probe);
    execFileSync('touch', ['-a', '-d', new Date(stats.mtimeMs - 86_400_000).toISOString(), probe]);
    const before = statSync(probe, { bigint: true }).atimeNs;
    readFileSync(probe);
    const after = statSync(probe, { bigint: true }).atimeNs;
    if (after === before) console.log('note: this file system does not update atimes on read; reads are detected by content in output only');
    expect(readFileSync(probe, 'utf8')).toBe('probe');
  });

  it.each(CASES)(
    '$name',
    async ({ name, plant, steps, after }) => {
      const root = scratchRepository(world);
      plant(root, world);
      const before = snapshot(world.outside);
      const runs: CommandRun[] = [];
      for (const step of steps) {
        const run = step.child ? await inChild(root, step.argv, { ARMORRED_CACHE_DIR: world.cacheDir }) : await inProcess(root, step.argv);
        runs.push(run);
        const output = `${run.stdout}\n${run.stderr}`;
        const shown = `armorred ${step.argv.join(' ')} (exit ${run.code}):\n${output}`;
        expect(run.code, shown).toBe(step.code);
        for (const pattern of step.output ?? []) expect(output, shown).toMatch(pattern);
        expect(output, shown).not.toContain(TOKEN);
        expect(output, shown).not.toMatch(
          // eslint-disable-next-line no-control-regex -- no control character may reach the output
          /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
        );
        if (step.argv[0] === 'validate' && !step.child) timings.push({ name, seconds: run.seconds });
      }
      after?.(root, world, runs);
      expect(snapshot(world.outside)).toEqual(before);
    },
    300_000,
  );

  it('keeps the parse cache consistent when two runs write it at once, and does not rewrite it when nothing was parsed', async () => {
    const cacheDir = join(world.base, 'concurrent-cache');
    mkdirSync(cacheDir);
    const first = scratchRepository(world);
    const second = scratchRepository(world);
    edit(second, SPEC, 'description: Hardened Nginx 1.26.3', 'description: Hardened Nginx 1.26.3 (second)');
    const runs = await Promise.all([first, second].map((root) => inChild(root, ['validate'], { ARMORRED_CACHE_DIR: cacheDir })));
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    const cache = join(cacheDir, 'parsed-yaml.json');
    expect((JSON.parse(readFileSync(cache, 'utf8')) as { entries: unknown[] }).entries.length).toBeGreaterThan(0);
    // Both specs cached (a third run stores nothing new): the file is not rewritten.
    await inChild(first, ['validate'], { ARMORRED_CACHE_DIR: cacheDir });
    await inChild(second, ['validate'], { ARMORRED_CACHE_DIR: cacheDir });
    const settled = statSync(cache, { bigint: true });
    for (const root of [first, second]) expect((await inChild(root, ['validate'], { ARMORRED_CACHE_DIR: cacheDir })).code).toBe(0);
    const again = statSync(cache, { bigint: true });
    expect([again.ino, again.mtimeNs]).toEqual([settled.ino, settled.mtimeNs]);
  }, 300_000);
});

// A pull request can also edit a generated file by hand: tier data that puts busybox in
// the hardened tier. check reports the drift, and the build, which decides from the files
// the image holds (not from names), refuses the image. A real Nix build.
const noNix = skipUnless((await nixAvailable()) ? undefined : 'nix-build is not installed');

describe.skipIf(noNix)(`hostile input the build decides${skipNote(noNix)}`, () => {
  it('hand-edited tier data that brings a shell, coreutils and a package manager: check fails, the build fails naming each', async () => {
    const root = withImageFunction(scratchRepository(world));
    const data = `${IMAGE}/generated/hardened.json`;
    const tier = JSON.parse(readFileSync(join(root, data), 'utf8')) as { contents: string[][] };
    writeFileSync(join(root, data), `${JSON.stringify({ ...tier, contents: [...tier.contents, ['busybox']] }, null, 2)}\n`);
    const before = snapshot(world.outside);
    const check = await inProcess(root, ['check']);
    expect(check.code, check.stderr).toBe(1);
    expect(check.stderr).toContain('images/nginx-1.26/generated/hardened.json: stale (hand-edited or out of date)');
    const build = await inChild(root, ['build', 'nginx-1.26', '--tier', 'hardened', '--pkgs', 'offline'], { ARMORRED_CACHE_DIR: world.cacheDir });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.code, output).toBe(1);
    expect(output).toMatch(/nginx-1\.26 hardened: the built image holds what the tier declares it does not:/);
    for (const claim of ['shell: false', 'coreutils: false', 'forbidPackageManagers: true']) expect(output).toContain(claim);
    expect(output).not.toContain(TOKEN);
    expect(snapshot(world.outside)).toEqual(before);
  }, 1_500_000);

  it("symlinks planted at the build record's temporary-file names: the build writes its record beside them, never through them", async () => {
    const root = withImageFunction(scratchRepository(world));
    const results = join(root, '.armorred', 'results', 'nginx-1.26');
    mkdirSync(results, { recursive: true });
    const planted = ['hardened.json.tmp', 'hardened.json.tmp-1'];
    for (const name of planted) symlinkSync(join(world.outside, 'shadow'), join(results, name));
    const before = snapshot(world.outside);
    const build = await inChild(root, ['build', 'nginx-1.26', '--tier', 'hardened', '--pkgs', 'offline'], { ARMORRED_CACHE_DIR: world.cacheDir });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.code, output).toBe(0);
    expect(output).not.toContain(TOKEN);
    expect(readBuildRecord(root, 'nginx-1.26', 'hardened')?.archive).toMatch(/^\/nix\/store\/[a-z0-9]{32}-nginx\.tar$/);
    for (const name of planted) expect(lstatSync(join(results, name)).isSymbolicLink()).toBe(true);
    expect(snapshot(world.outside)).toEqual(before);
  }, 1_500_000);
});
