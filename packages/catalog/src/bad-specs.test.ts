// Table-driven: malformed image specs, each with the exact located messages it produces.
// The whole pipeline runs: YAML -> schema -> spec rules -> catalog rules (pins, policies).
import { describe, expect, it } from 'vitest';
import { SpecError, formatIssue, loadImageSpec } from '@armorred/spec';
import { checkImageAgainstCatalog, parseCatalog } from './catalog.js';

const CATALOG = parseCatalog(
  'catalog.yaml',
  `registry: ghcr.io/armorred
vendor: ARMORRED
repository: https://github.com/armorred/images
nixpkgs:
  nixos-24.11: { rev: 50ab793786d9de88ee30ec4e4c24fb4236fc2674, sha256: 1s2gr5rcyqvpr58vxdcb095mdhblij9bfzaximrva2243aal3dgx }
defaults: { user: 65534, group: 65534 }
tiers:
  hardened: { description: Hardened, requireNonRoot: true, forbidPackageManagers: true }
  locked: { description: Locked, requireNonRoot: true, forbidPackageManagers: true }
images: [web-1.2]
`,
);

const GOOD = `name: web
version: 1.2.3
line: "1.2"
description: A web server
licenses: MIT
nixpkgs: nixos-24.11
package:
  attr: web
runtime:
  entrypoint: ["/bin/web"]
  ports:
    - port: 8080
  writablePaths: [/tmp]
  configFiles:
    - source: web.conf
      target: /etc/web.conf
healthcheck:
  http: { port: 8080, path: /healthz }
tiers:
  hardened: {}
  locked:
    shell: true
    coreutils: true
`;

/** GOOD with `find` replaced (a case whose `find` is absent fails loudly). */
function variant(find: string, replace: string): string {
  if (!GOOD.includes(find)) throw new Error(`bad test case: ${JSON.stringify(find)} is not in GOOD`);
  return GOOD.replace(find, () => replace);
}

/** Runs the pipeline; returns the formatted issues (empty when the spec is accepted). */
function problems(text: string | Uint8Array, folder = 'web-1.2'): string[] {
  const files: Record<string, 'file' | 'missing'> = { 'web.conf': 'file' };
  try {
    const loaded = loadImageSpec('image.yaml', text, {
      defaults: CATALOG.spec.defaults,
      sourceFile: (path) => files[path] ?? 'missing',
    });
    return checkImageAgainstCatalog(CATALOG, folder, loaded).map(formatIssue);
  } catch (error) {
    if (error instanceof SpecError) return error.issues.map(formatIssue);
    throw error;
  }
}

interface Case {
  name: string;
  text: string | Uint8Array;
  folder?: string;
  expected: string[];
}

const CASES: Case[] = [
  {
    name: 'unknown top-level key, with suggestion',
    text: variant('description:', 'descripton:'),
    expected: [
      'image.yaml:1:1: missing required key "description"; add it to this mapping',
      'image.yaml:4:1: descripton: unknown key "descripton"; did you mean "description"?',
    ],
  },
  {
    name: 'unknown nested key, with suggestion',
    text: variant('  entrypoint:', '  usr: 1\n  entrypoint:'),
    expected: ['image.yaml:10:3: runtime.usr: unknown key "usr"; did you mean "user"?'],
  },
  {
    name: 'unknown tier',
    text: variant('  locked:\n', '  lockd:\n'),
    expected: [
      'image.yaml:19:1: tiers: missing required key "locked"; add it to this mapping',
      'image.yaml:21:3: tiers.lockd: unknown key "lockd"; did you mean "locked"?',
    ],
  },
  {
    name: 'line written as a number',
    text: variant('line: "1.2"', 'line: 1.2'),
    expected: ['image.yaml:3:7: line: must be a string, got number 1.2; quote it: "1.2"'],
  },
  {
    name: 'wrong type: ports as a string',
    text: variant('  ports:\n    - port: 8080\n', '  ports: "8080"\n'),
    expected: ['image.yaml:11:10: runtime.ports: must be a list, got the string "8080"'],
  },
  {
    name: 'wrong type: shell as a string',
    text: variant('    shell: true', '    shell: "yes"'),
    expected: ['image.yaml:22:12: tiers.locked.shell: must be true or false, got the string "yes"'],
  },
  {
    name: 'duplicate key',
    text: variant('licenses: MIT\n', 'licenses: MIT\nlicenses: Apache-2.0\n'),
    expected: ['image.yaml:6:1: duplicate key "licenses"; each key may appear only once in a mapping'],
  },
  { name: 'missing required key', text: variant('licenses: MIT\n', ''), expected: ['image.yaml:1:1: missing required key "licenses"; add it to this mapping'] },
  {
    name: 'port 0',
    text: variant('    - port: 8080', '    - port: 0'),
    expected: ['image.yaml:12:13: runtime.ports[0].port: number 0 is out of range; use a value from 1 to 65535'],
  },
  {
    name: 'port above 65535',
    text: variant('    - port: 8080', '    - port: 70000'),
    expected: ['image.yaml:12:13: runtime.ports[0].port: number 70000 is out of range; use a value from 1 to 65535'],
  },
  {
    name: 'negative uid',
    text: variant('  entrypoint:', '  user: -1\n  entrypoint:'),
    expected: ['image.yaml:10:9: runtime.user: number -1 is out of range; use a value from 0 to 4294967294'],
  },
  {
    name: 'uid as a name',
    text: variant('  entrypoint:', '  user: nobody\n  entrypoint:'),
    expected: ['image.yaml:10:9: runtime.user: must be an integer, got the string "nobody"'],
  },
  {
    name: 'uid 0 where the tier policy forbids root',
    text: variant('  hardened: {}', '  hardened:\n    runtime: { user: 0 }'),
    expected: [
      'image.yaml:21:22: tiers.hardened.runtime.user: tier hardened requires a non-root user, but user is 0; use 65534 (nobody) or another non-zero UID',
    ],
  },
  {
    name: 'name with ../',
    text: variant('name: web', 'name: ../web'),
    expected: ['image.yaml:1:7: name: the string "../web" is not valid: Image name: lowercase letters, digits and dashes (no slashes, no dots)'],
  },
  {
    name: 'name with a slash',
    text: variant('name: web', 'name: acme/web'),
    expected: ['image.yaml:1:7: name: the string "acme/web" is not valid: Image name: lowercase letters, digits and dashes (no slashes, no dots)'],
  },
  {
    name: 'absolute config-file source',
    text: variant('source: web.conf', 'source: /etc/passwd'),
    expected: [
      'image.yaml:15:15: runtime.configFiles[0].source: the string "/etc/passwd" is not valid: must be a path relative to the image folder, of at most 32 segments of letters, digits and . _ @ + -, none starting with "-" (e.g. nginx.conf)',
    ],
  },
  {
    name: 'config-file source escaping the folder',
    text: variant('source: web.conf', 'source: conf/../../secret'),
    expected: [
      'image.yaml:15:15: runtime.configFiles[0].source: "conf/../../secret" would leave the image folder: it may not contain ".." segments; use a path inside the image folder',
    ],
  },
  {
    name: 'config-file source missing',
    text: variant('source: web.conf', 'source: nginx.conf'),
    expected: ['image.yaml:15:15: runtime.configFiles[0].source: "nginx.conf" does not exist in the image folder; add the file or fix the path'],
  },
  {
    name: 'config-file target under /nix',
    text: variant('target: /etc/web.conf', 'target: /nix/store/x'),
    expected: ['image.yaml:16:15: runtime.configFiles[0].target: "/nix/store/x" is reserved; ship config files elsewhere (e.g. /etc)'],
  },
  {
    name: 'relative working dir',
    text: variant('  entrypoint:', '  workingDir: srv\n  entrypoint:'),
    expected: [
      'image.yaml:10:15: runtime.workingDir: the string "srv" is not valid: must be an absolute path of at most 32 segments of letters, digits and . _ @ + -, none starting with "-" (e.g. /var/log/nginx)',
    ],
  },
  {
    name: 'writable root',
    text: variant('writablePaths: [/tmp]', 'writablePaths: [/]'),
    expected: ['image.yaml:13:19: runtime.writablePaths[0]: the root cannot be writable; list the directories that must be (e.g. /tmp)'],
  },
  {
    name: 'unknown stop signal, with suggestion',
    text: variant('  entrypoint:', '  stopSignal: SIGQUITT\n  entrypoint:'),
    expected: [
      'image.yaml:10:15: runtime.stopSignal: the string "SIGQUITT" is not allowed; use one of: SIGTERM, SIGQUIT, SIGINT, SIGHUP, SIGKILL, SIGUSR1, SIGUSR2, SIGWINCH (did you mean "SIGQUIT"?)',
    ],
  },
  {
    name: 'invalid env name',
    text: variant('  entrypoint:', '  env: { 1BAD: x }\n  entrypoint:'),
    expected: ['image.yaml:10:10: runtime.env.1BAD: key "1BAD" is not a valid name here: variable names are letters, digits and _, not starting with a digit'],
  },
  {
    name: 'health check on a port that is not exposed',
    text: variant('http: { port: 8080, path: /healthz }', 'http: { port: 9090, path: /healthz }'),
    expected: ['image.yaml:18:17: healthcheck.http.port: port 9090 is not an exposed port (8080); add it to runtime.ports or use an exposed one'],
  },
  {
    name: 'health check with two probes',
    text: variant('http: { port: 8080, path: /healthz }', 'http: { port: 8080, path: /healthz }\n  tcp: { port: 8080 }'),
    expected: ['image.yaml:17:1: healthcheck: http and tcp given; a probe is exactly one of http, tcp or exec'],
  },
  {
    name: 'health check without a probe',
    text: variant('  http: { port: 8080, path: /healthz }', '  retries: 2'),
    expected: ['image.yaml:17:1: healthcheck: no probe; give exactly one of http, tcp or exec'],
  },
  {
    name: 'an expectation that does not fit the probe',
    text: variant('http: { port: 8080, path: /healthz }', 'tcp: { port: 8080, send: "PING\\r\\n" }\n  expect: { status: 200, replyMatches: PONG }'),
    expected: ['image.yaml:19:13: healthcheck.expect.status: status does not apply to a tcp probe; it can expect replyMatches'],
  },
  {
    name: 'exec probe of a relative binary',
    text: variant('http: { port: 8080, path: /healthz }', 'exec: { command: [web, ping] }'),
    expected: [
      'image.yaml:18:21: healthcheck.exec.command[0]: "web" is not an absolute path; exec runs a binary of the image without a shell, e.g. /bin/redis-cli',
    ],
  },
  {
    name: 'functional http check without an expected status',
    text: variant('tiers:', 'checks:\n  - name: index\n    http: { port: 8080, path: / }\ntiers:'),
    expected: ['image.yaml:20:5: checks[0].expect: an http check needs expect.status (e.g. 200)'],
  },
  {
    name: 'tcp check on a port that is not exposed',
    text: variant('tiers:', 'checks:\n  - name: ping\n    tcp: { port: 6379 }\ntiers:'),
    expected: ['image.yaml:21:18: checks[0].tcp.port: port 6379 is not an exposed port (8080); add it to runtime.ports or use an exposed one'],
  },
  {
    name: 'a writable path listed twice, once as state',
    text: variant('  writablePaths: [/tmp]', '  writablePaths: [/tmp, { path: /tmp, kind: state }]'),
    expected: ['image.yaml:13:25: runtime.writablePaths[1]: "/tmp" is listed twice; list each writable path once'],
  },
  {
    name: 'a config file taken from generated/',
    text: variant('    - source: web.conf', '    - source: generated/hardened.json'),
    expected: [
      'image.yaml:15:15: runtime.configFiles[0].source: "generated/hardened.json" is a generated file; a config file must be hand-written, or generate would depend on its own output',
    ],
  },
  {
    name: 'not_affected finding without a VEX justification',
    text: variant('tiers:', 'acceptedFindings:\n  - { id: CVE-2024-1, package: zlib, status: not_affected, justification: unused }\ntiers:'),
    expected: ['image.yaml:20:46: acceptedFindings[0].status: status not_affected needs vexJustification (e.g. vulnerable_code_not_in_execute_path)'],
  },
  {
    name: 'unknown nixpkgs pin, with suggestion',
    text: variant('nixpkgs: nixos-24.11', 'nixpkgs: nixos-24.1'),
    expected: ['image.yaml:6:10: nixpkgs: no nixpkgs pin "nixos-24.1" in catalog.yaml; did you mean "nixos-24.11"?'],
  },
  {
    name: 'folder does not match name and line',
    text: GOOD,
    folder: 'web-1.3',
    expected: ['image.yaml:1:7: name: folder "web-1.3" does not match name "web" and line "1.2"; the folder must be named "web-1.2"'],
  },
  {
    name: 'line not a prefix of version',
    text: variant('line: "1.2"', 'line: "1.3"'),
    expected: ['image.yaml:3:7: line: line "1.3" is not a prefix of version "1.2.3"; for version 1.2.3 use line "1.2"'],
  },
  {
    name: 'invalid SPDX expression',
    text: variant('licenses: MIT', 'licenses: MIT OR'),
    expected: [
      'image.yaml:5:11: licenses: "MIT OR" is not a valid SPDX license expression; use SPDX license identifiers joined by AND, OR or WITH (e.g. "BSD-2-Clause" or "MIT OR Apache-2.0")',
    ],
  },
  {
    name: 'package manager in a tier that forbids them',
    text: variant('  hardened: {}', '  hardened:\n    contents: [apt]'),
    expected: ['image.yaml:21:16: tiers.hardened.contents[0]: tier hardened forbids package managers, but "apt" is one; remove it'],
  },
  {
    name: 'override value that is a mapping',
    text: variant('  attr: web', '  attr: web\n  override: { modules: { a: 1 } }'),
    expected: [
      'image.yaml:9:24: package.override.modules: a mapping is not valid: An override argument: a boolean, an integer, a string, a package reference { package: ATTR }, or a list of these',
    ],
  },
  {
    name: 'a shell package in a tier without a shell',
    text: variant('  hardened: {}', '  hardened:\n    contents: [bashInteractive]'),
    expected: [
      'image.yaml:21:16: tiers.hardened.contents[0]: "bashInteractive" puts a shell in the image, but the tier declares shell: false; remove it or set shell: true (tier hardened)',
    ],
  },
  {
    name: 'an interpreter package in a tier without a shell (it runs any command, as a shell does)',
    text: variant('  hardened: {}', '  hardened:\n    contents: [python312]'),
    expected: [
      'image.yaml:21:16: tiers.hardened.contents[0]: "python312" puts a general-purpose interpreter in the image (it runs any command, as a shell does), but the tier declares shell: false; remove it or set shell: true (tier hardened)',
    ],
  },
  {
    name: 'a config file hidden by a writable mount',
    text: variant('target: /etc/web.conf', 'target: /tmp/web.conf'),
    expected: [
      'image.yaml:16:15: runtime.configFiles[0].target: "/tmp/web.conf" is under the writable path /tmp, whose mount would hide it; ship it elsewhere or drop /tmp from writablePaths',
    ],
  },
  {
    name: 'a URL that could inject HTML into the page',
    text: variant('licenses: MIT', 'licenses: MIT\nhomepage: "https://x.org/><script>alert(1)</script>"'),
    expected: [
      'image.yaml:6:11: homepage: the string "https://x.org/><script>alert(1)</script>" is not valid: must be an http(s) URL without spaces, quotes, angle brackets or backticks',
    ],
  },
  {
    name: 'working dir under /proc',
    text: variant('  entrypoint:', '  workingDir: /proc/self\n  entrypoint:'),
    expected: ['image.yaml:10:15: runtime.workingDir: "/proc/self" is under /proc, which the runtime owns; choose another directory'],
  },
  {
    name: 'YAML syntax error',
    text: variant('description: A web server', 'description: "A web server'),
    expected: ['image.yaml:4:27: YAML syntax error: Missing closing "quote'],
  },
  { name: 'not a mapping', text: '- name: web\n', expected: ['image.yaml:1:1: must be a mapping, got a list'] },
  {
    name: 'unknown YAML tag',
    text: variant('description: A web server', 'description: !!js/function "x"'),
    expected: [
      'image.yaml:4:14: tag !!js/function is not allowed; a spec uses only plain mappings, lists, strings, numbers, true/false and null: remove the tag',
    ],
  },
  {
    name: 'YAML alias bomb',
    text: 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n',
    expected: [
      'image.yaml:7:8: aliases expand the document to about 11167 KiB, over the 1 MiB limit for a spec written out; write the values out or reuse less',
    ],
  },
  {
    name: 'file over 1 MiB',
    text: GOOD + '# ' + 'x'.repeat(1024 * 1024) + '\n',
    expected: ['image.yaml:1:1: file is 1048970 bytes, over the 1048576-byte (1 MiB) limit; a spec this large is not hand-written: shorten it'],
  },
  {
    name: 'non-UTF-8 bytes',
    text: Buffer.concat([Buffer.from(GOOD.slice(0, GOOD.indexOf('server'))), Buffer.from([0xff, 0xfe]), Buffer.from(GOOD.slice(GOOD.indexOf('server')))]),
    expected: ['image.yaml:4:20: invalid UTF-8 byte 0xff; save the file as UTF-8'],
  },
  { name: 'empty file', text: '', expected: ['image.yaml:1:1: file is empty; write the spec as one YAML mapping (see images/nginx-1.26/image.yaml)'] },
  {
    name: 'only comments',
    text: '# nothing here\n\n',
    expected: ['image.yaml:1:1: file is empty; write the spec as one YAML mapping (see images/nginx-1.26/image.yaml)'],
  },
  {
    name: 'several YAML documents',
    text: GOOD + '---\nname: other\n',
    expected: ['image.yaml:24:1: found 2 YAML documents; a spec file holds exactly one: remove the "---" separator and what follows'],
  },
  {
    name: 'Nix and shell specials in text are accepted (escaped later)',
    text: variant('description: A web server', 'description: "x ${y} \\" \\\\ \'\' `id` $HOME ünï"'),
    expected: [],
  },
  {
    name: 'Nix and shell specials in arguments are accepted',
    text: variant('entrypoint: ["/bin/web"]', 'entrypoint: ["/bin/web", "${x}", "a\'\'b", "`id`", "$(id)", "\\\\"]'),
    expected: [],
  },
  {
    name: 'newline in a single-line field',
    text: variant('description: A web server', 'description: "A web\\nserver"'),
    expected: [
      'image.yaml:4:14: description: the string "A web\\nserver" is not valid: must be a single line of text without control characters (no newline, tab, escape, C1 control, bidirectional-text control or lone surrogate)',
    ],
  },
  {
    name: 'control character in a single-line field',
    text: variant('description: A web server', 'description: "A web\\u0007server"'),
    expected: [
      'image.yaml:4:14: description: the string "A web\\u0007server" is not valid: must be a single line of text without control characters (no newline, tab, escape, C1 control, bidirectional-text control or lone surrogate)',
    ],
  },
  {
    name: 'newline in an argument',
    text: variant('entrypoint: ["/bin/web"]', 'entrypoint: ["/bin/web", "a\\nb"]'),
    expected: [
      'image.yaml:10:28: runtime.entrypoint[1]: the string "a\\nb" is not valid: must be a single line of text without control characters (no newline, tab, escape, C1 control, bidirectional-text control or lone surrogate)',
    ],
  },
  // Hostile input: what a pull request could try (see docs/security.md).
  {
    name: 'working dir that reads as an option',
    text: variant('  entrypoint:', '  workingDir: /-m777\n  entrypoint:'),
    expected: [
      'image.yaml:10:15: runtime.workingDir: the string "/-m777" is not valid: must be an absolute path of at most 32 segments of letters, digits and . _ @ + -, none starting with "-" (e.g. /var/log/nginx)',
    ],
  },
  {
    name: 'writable path segment that reads as an option',
    text: variant('writablePaths: [/tmp]', 'writablePaths: [/tmp, /var/-rf]'),
    expected: [
      'image.yaml:13:25: runtime.writablePaths[1]: the string "/var/-rf" is not valid: must be an absolute path of at most 32 segments of letters, digits and . _ @ + -, none starting with "-" (e.g. /var/log/nginx)',
    ],
  },
  {
    name: 'config source that reads as an option',
    text: variant('source: web.conf', 'source: -web.conf'),
    expected: [
      'image.yaml:15:15: runtime.configFiles[0].source: the string "-web.conf" is not valid: must be a path relative to the image folder, of at most 32 segments of letters, digits and . _ @ + -, none starting with "-" (e.g. nginx.conf)',
    ],
  },
  {
    name: 'path deeper than 32 segments',
    text: variant('writablePaths: [/tmp]', 'writablePaths: [/tmp, /a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z/a/b/c/d/e/f/g]'),
    expected: [
      'image.yaml:13:25: runtime.writablePaths[1]: the string "/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t\u2026" is not valid: must be an absolute path of at most 32 segments of letters, digits and . _ @ + -, none starting with "-" (e.g. /var/log/nginx)',
    ],
  },
  {
    name: 'C1 control in a single-line field',
    text: variant('description: A web server', 'description: "A web\\u009bserver"'),
    expected: [
      'image.yaml:4:14: description: the string "A web\u009bserver" is not valid: must be a single line of text without control characters (no newline, tab, escape, C1 control, bidirectional-text control or lone surrogate)',
    ],
  },
  {
    name: 'bidi override in a single-line field',
    text: variant('description: A web server', 'description: "A web \\u202eserver"'),
    expected: [
      'image.yaml:4:14: description: the string "A web \u202eserver" is not valid: must be a single line of text without control characters (no newline, tab, escape, C1 control, bidirectional-text control or lone surrogate)',
    ],
  },
  {
    name: 'lone surrogate in a single-line field',
    text: variant('description: A web server', 'description: "A web \\ud800server"'),
    expected: [
      'image.yaml:4:14: description: the string "A web \\ud800server" is not valid: must be a single line of text without control characters (no newline, tab, escape, C1 control, bidirectional-text control or lone surrogate)',
    ],
  },
  {
    name: 'emoji (a surrogate pair) is text',
    text: variant('description: A web server', 'description: "A web server \\U0001F600"'),
    expected: [],
  },
  {
    name: '__proto__ as an env key',
    text: variant('  entrypoint:', '  env:\n    __proto__: x\n  entrypoint:'),
    expected: ['image.yaml:11:5: key "__proto__" is not allowed (it would change the object itself, not add a key); no spec key has this name'],
  },
  {
    name: '__proto__ as an override key',
    text: variant('  locked:\n', '  locked:\n    package:\n      override:\n        __proto__: { package: busybox }\n'),
    expected: ['image.yaml:24:9: key "__proto__" is not allowed (it would change the object itself, not add a key); no spec key has this name'],
  },
  {
    name: 'override integer above 2^53',
    text: variant('  locked:\n', '  locked:\n    package:\n      override:\n        jobs: 9007199254740993\n'),
    expected: ['image.yaml:24:15: the number 9007199254740993 is too large; integers must be between -9007199254740991 and 9007199254740991'],
  },
  {
    name: 'override integer written 1e20',
    text: variant('  locked:\n', '  locked:\n    package:\n      override:\n        jobs: 1e20\n'),
    expected: ['image.yaml:24:15: the number 1e20 is too large; integers must be between -9007199254740991 and 9007199254740991'],
  },
  {
    name: 'locked tier as !!omap',
    text: variant('  locked:\n    shell: true\n    coreutils: true\n', '  locked: !!omap\n    - shell: true\n    - coreutils: true\n'),
    expected: ['image.yaml:21:11: tag !!omap is not allowed; a spec uses only plain mappings, lists, strings, numbers, true/false and null: remove the tag'],
  },
  {
    name: '!!set',
    text: variant('  hardened: {}', '  hardened: !!set { shell }'),
    expected: ['image.yaml:20:13: tag !!set is not allowed; a spec uses only plain mappings, lists, strings, numbers, true/false and null: remove the tag'],
  },
  {
    name: '!!binary',
    text: variant('description: A web server', 'description: !!binary QSB3ZWIgc2VydmVy'),
    expected: ['image.yaml:4:14: tag !!binary is not allowed; a spec uses only plain mappings, lists, strings, numbers, true/false and null: remove the tag'],
  },
  {
    name: '!!timestamp',
    text: variant('version: 1.2.3', 'version: !!timestamp 2001-12-14'),
    expected: [
      'image.yaml:2:10: tag !!timestamp is not allowed; a spec uses only plain mappings, lists, strings, numbers, true/false and null: remove the tag',
    ],
  },
  {
    name: 'super-linear bodyMatches',
    text: variant(
      '  http: { port: 8080, path: /healthz }',
      "  http: { port: 8080, path: /healthz }\n  expect:\n    status: 200\n    bodyMatches: '((\\w|\\s|,)+)+#$'",
    ),
    expected: [
      'image.yaml:21:18: healthcheck.expect.bodyMatches: matching can take exponential time on some responses (ReDoS): "(\\\\w|\\\\s|,)+" can match the same characters in more than one way; rewrite it so each character is matched only one way (e.g. (a+)+ as a+, and drop a leading or trailing .*)',
    ],
  },
  {
    name: 'writable path inside a config file target',
    text: variant('writablePaths: [/tmp]', 'writablePaths: [/tmp, /etc/web.conf/cache]'),
    expected: [
      'image.yaml:13:25: runtime.writablePaths[1]: "/etc/web.conf/cache" is inside the config file target /etc/web.conf, which would have to be a folder; choose a writable directory elsewhere',
    ],
  },
  {
    name: 'config file target that is the folder of another',
    text: variant('      target: /etc/web.conf\n', '      target: /etc/web.conf\n    - source: web.conf\n      target: /etc/web.conf/inner.conf\n'),
    expected: [
      'image.yaml:16:15: runtime.configFiles[0].target: "/etc/web.conf" is a folder of the config file target /etc/web.conf/inner.conf; a target is a file: ship one of them elsewhere',
    ],
  },
  {
    name: 'working dir on a config file target',
    text: variant('  entrypoint:', '  workingDir: /etc/web.conf\n  entrypoint:'),
    expected: [
      'image.yaml:10:15: runtime.workingDir: "/etc/web.conf" is the config file target /etc/web.conf; the working directory must be a directory: choose another',
    ],
  },
  {
    name: 'writable /bin',
    text: variant('writablePaths: [/tmp]', 'writablePaths: [/tmp, /bin]'),
    expected: [
      'image.yaml:13:25: runtime.writablePaths[1]: "/bin" would put a writable mount on /bin, which the image\'s standard layout fills from the Nix store; the mount would hide it: choose a directory of your own (e.g. /var/lib/<name>)',
    ],
  },
  {
    name: 'writable /etc (above /etc/passwd)',
    text: variant('writablePaths: [/tmp]', 'writablePaths: [/tmp, /etc]'),
    expected: [
      'image.yaml:13:25: runtime.writablePaths[1]: "/etc" would put a writable mount above /etc/passwd, which the image\'s standard layout fills from the Nix store; the mount would hide it: choose a directory of your own (e.g. /var/lib/<name>)',
      'image.yaml:16:15: runtime.configFiles[0].target: "/etc/web.conf" is under the writable path /etc, whose mount would hide it; ship it elsewhere or drop /etc from writablePaths',
    ],
  },
  {
    name: 'writable /etc/ssl/certs with the CA bundle in contents',
    text: variant('writablePaths: [/tmp]', 'writablePaths: [/tmp, /etc/ssl/certs]').replace(
      '  attr: web\n',
      '  attr: web\ncontents: [dockerTools.caCertificates]\n',
    ),
    expected: [
      'image.yaml:14:25: runtime.writablePaths[1]: "/etc/ssl/certs" would put a writable mount inside /etc/ssl, which the image\'s standard layout fills from the Nix store; the mount would hide it: choose a directory of your own (e.g. /var/lib/<name>)',
    ],
  },
  {
    name: 'busybox handed to the override',
    text: variant(
      '  hardened: {}',
      '  hardened:\n    package:\n      override:\n        shellPackage: { package: busybox }\n        tools: [{ package: dpkg }]',
    ),
    expected: [
      'image.yaml:23:34: tiers.hardened.package.override.shellPackage.package: "busybox" puts a shell in the image, but the tier declares shell: false; remove it or set shell: true (tier hardened)',
    ],
  },
  {
    name: 'exactly 100 aliases',
    text: variant('entrypoint: ["/bin/web"]', `entrypoint: ["/bin/web"]\n  cmd: [&a x, ${Array(100).fill('*a').join(', ')}]`),
    expected: [],
  },
  {
    name: '101 aliases',
    text: variant('entrypoint: ["/bin/web"]', `entrypoint: ["/bin/web"]\n  cmd: [&a x, ${Array(101).fill('*a').join(', ')}]`),
    expected: ['image.yaml:11:415: more than 100 aliases; at most 100 are allowed: write the values out'],
  },
  {
    name: 'a package manager handed to the override',
    text: variant('  hardened: {}', '  hardened:\n    package:\n      override:\n        tools: [{ package: dpkg }]'),
    expected: ['image.yaml:23:28: tiers.hardened.package.override.tools[0].package: tier hardened forbids package managers, but "dpkg" is one; remove it'],
  },
];

describe('the good spec', () => {
  it('is accepted', () => {
    expect(problems(GOOD)).toEqual([]);
  });
});

describe('malformed specs', () => {
  it.each(CASES)('$name', ({ text, folder, expected }) => {
    expect(problems(text, folder)).toEqual(expected);
  });

  it('has at least 25 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });
});
