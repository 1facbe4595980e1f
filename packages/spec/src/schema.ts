// The image spec (image.yaml) as JSON Schema draft 2020-12. This constant is the one
// source of truth: the TypeScript types are derived from it (json-schema-to-ts) and the
// editor schema file `packages/spec/image.schema.json` is generated from it.
import type { FromSchema } from 'json-schema-to-ts';

// Text rules (stated once, applied by pattern):
// - single-line text: any Unicode except control characters (so `${`, quotes, backslashes,
//   `''`, backticks and non-ASCII are accepted; generators escape them for Nix and shells).
//   "Control characters" are C0 and C1 controls and DEL, the bidirectional-text controls
//   (which make text read differently from what it is), line and paragraph separators, and
//   lone surrogates (half a character, which tools encode differently);
// - multi-line text: the same, plus newline and tab;
// - paths, names, attribute paths and env names: a strict character set, no escaping
//   needed; no path segment starts with "-" (a path must never read as an option of mkdir,
//   chown, install or tar), and paths are at most 32 segments deep.
const CONTROLS = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069';
const SURROGATES = '\\ud800-\\udfff';
/** Text of characters outside `excluded`, where a surrogate is allowed only as half of a pair. */
const textOf = (excluded: string) => `^(?:[^${excluded}${SURROGATES}]|[\\ud800-\\udbff][\\udc00-\\udfff])*$`;
export const SINGLE_LINE = textOf(`\\t\\n${CONTROLS}`);
export const MULTI_LINE = textOf(CONTROLS);
/** Path segments as deep as any image needs; tar and mkdir are slow on much deeper ones. */
export const MAX_PATH_SEGMENTS = 32;
const SEGMENT = '[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}';
export const ABSOLUTE_PATH = `^/(${SEGMENT}(/${SEGMENT}){0,${MAX_PATH_SEGMENTS - 1}})?$`;
export const RELATIVE_PATH = `^${SEGMENT}(/${SEGMENT}){0,${MAX_PATH_SEGMENTS - 1}}$`;
// No whitespace, quotes, angle brackets or backticks: a URL is shown as a link as it is.
export const URL_PATTERN = '^https?://[^\\s<>"\'`\\\\]+$';
/** What a tcp probe sends: any text but NUL and lone surrogates (control characters such as CR LF are the point). */
export const TCP_BYTES = textOf('\\u0000');
export const ATTRIBUTE_PATH = "^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$";

const PATH_SEGMENTS = `at most ${MAX_PATH_SEGMENTS} segments of letters, digits and . _ @ + -, none starting with "-"`;

/** What each shared pattern means, for error messages. */
export const PATTERN_RULES: Record<string, string> = {
  [SINGLE_LINE]: 'must be a single line of text without control characters (no newline, tab, escape, C1 control, bidirectional-text control or lone surrogate)',
  [MULTI_LINE]: 'must be text without control characters other than newline and tab (no escape, C1 control, bidirectional-text control or lone surrogate)',
  [ABSOLUTE_PATH]: `must be an absolute path of ${PATH_SEGMENTS} (e.g. /var/log/nginx)`,
  [RELATIVE_PATH]: `must be a path relative to the image folder, of ${PATH_SEGMENTS} (e.g. nginx.conf)`,
  [ATTRIBUTE_PATH]: 'must be a package attribute path, e.g. nginx or dockerTools.caCertificates',
  [TCP_BYTES]: 'must be text without NUL characters or lone surrogates',
  [URL_PATTERN]: 'must be an http(s) URL without spaces, quotes, angle brackets or backticks',
};

const singleLine = { type: 'string', pattern: SINGLE_LINE, maxLength: 1000 } as const;
const multiLine = { type: 'string', pattern: MULTI_LINE, maxLength: 10000 } as const;
const url = { type: 'string', pattern: URL_PATTERN, maxLength: 2000 } as const;
const absolutePath = {
  type: 'string',
  pattern: ABSOLUTE_PATH,
  maxLength: 1024,
  description: 'An absolute path inside the image, e.g. /var/log/nginx',
} as const;
const attributePath = {
  type: 'string',
  pattern: ATTRIBUTE_PATH,
  maxLength: 200,
  description: 'A package attribute path in the package set, e.g. nginx or dockerTools.caCertificates',
} as const;
const id = { type: 'integer', minimum: 0, maximum: 4294967294 } as const;
const port = { type: 'integer', minimum: 1, maximum: 65535, description: 'A port number in the container, 1 to 65535' } as const;
const stringList = { type: 'array', items: singleLine, maxItems: 200 } as const;

const packageReference = {
  type: 'object',
  description: 'A reference to another package of the package set',
  properties: { package: attributePath },
  required: ['package'],
  additionalProperties: false,
} as const;

const overrideScalar = {
  anyOf: [{ type: 'boolean' }, { type: 'integer' }, singleLine, packageReference],
} as const;

const overrideValue = {
  description: 'An override argument: a boolean, an integer, a string, a package reference { package: ATTR }, or a list of these',
  anyOf: [...overrideScalar.anyOf, { type: 'array', items: overrideScalar, maxItems: 200 }],
} as const;

const packageCustomisation = {
  type: 'object',
  description: 'The main package and how a tier customises it',
  properties: {
    attr: attributePath,
    override: {
      type: 'object',
      description: "Arguments for the package's `override` (e.g. nginx: modules, withStream, withPerl)",
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 100, description: 'argument names are Nix identifiers' },
      additionalProperties: overrideValue,
      maxProperties: 100,
    },
    dropConfigureFlags: {
      type: 'array',
      description: 'Configure flags removed with overrideAttrs (e.g. --with-http_xslt_module)',
      items: {
        type: 'string',
        pattern: '^--?[A-Za-z0-9][A-Za-z0-9_=./+-]*$',
        maxLength: 200,
        description: 'A configure flag: - or --, then letters, digits and _ = . / + - (e.g. --with-http_xslt_module)',
      },
      maxItems: 200,
    },
    dropBuildInputs: {
      type: 'array',
      description: 'Build inputs removed with overrideAttrs, by package name (e.g. libxslt)',
      items: {
        type: 'string',
        pattern: '^[A-Za-z0-9][A-Za-z0-9_.+-]*$',
        maxLength: 100,
        description: 'A package name: letters, digits and _ . + -, starting with a letter or digit (e.g. libxslt)',
      },
      maxItems: 200,
    },
    dropFiles: {
      type: 'array',
      description:
        'Files of the main package removed from it (paths inside the package output, e.g. bin/redis-benchmark), with overrideAttrs; the analysis page lists them',
      items: { type: 'string', pattern: RELATIVE_PATH, maxLength: 1024, description: 'A path inside the package output, e.g. bin/redis-benchmark' },
      maxItems: 200,
    },
    strip: {
      enum: ['debug', 'all', 'none'],
      description: 'debug: the package set default (debug info removed); all: also symbol tables (stripAllList); none: keep everything (dontStrip)',
    },
  },
  additionalProperties: false,
} as const;

const portSpec = {
  type: 'object',
  description: 'A port the service listens on; the hardened run publishes it (on 127.0.0.1 in the tests)',
  properties: { port, protocol: { enum: ['tcp', 'udp'], description: 'tcp (the default) or udp' } },
  required: ['port'],
  additionalProperties: false,
} as const;

const configFile = {
  type: 'object',
  description: 'A file shipped from the image folder into the image',
  properties: {
    source: {
      type: 'string',
      pattern: RELATIVE_PATH,
      maxLength: 1024,
      description: 'Path relative to the image folder; it may not leave the folder',
    },
    target: absolutePath,
    mode: { type: 'string', pattern: '^0?[0-7]{3}$', description: 'Octal file mode, e.g. "0444"' },
  },
  required: ['source', 'target'],
  additionalProperties: false,
} as const;

const httpRequest = {
  type: 'object',
  description: 'An HTTP request to the container, on 127.0.0.1 and a published port',
  properties: {
    port,
    path: { type: 'string', pattern: "^/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*$", maxLength: 2000, description: 'Request path (and query), e.g. /healthz' },
    method: { enum: ['GET', 'HEAD'], description: 'Request method (default GET)' },
  },
  required: ['port', 'path'],
  additionalProperties: false,
} as const;

const tcpProbe = {
  type: 'object',
  description: 'A TCP connection to the container on a published port; optionally bytes to send',
  properties: {
    port,
    send: {
      type: 'string',
      pattern: TCP_BYTES,
      maxLength: 1000,
      description: 'Bytes to send once connected (UTF-8; use YAML escapes such as "PING\\r\\n" for line ends)',
    },
  },
  required: ['port'],
  additionalProperties: false,
} as const;

const execProbe = {
  type: 'object',
  description: 'A binary of the image run inside the running container, without a shell (so shell-less images can use their own binaries), as the runtime user',
  properties: {
    command: {
      type: 'array',
      description: 'The absolute path of a binary in the image, then its arguments (no shell: no expansion, quoting or pipes)',
      items: singleLine,
      minItems: 1,
      maxItems: 100,
    },
  },
  required: ['command'],
  additionalProperties: false,
} as const;

const regularExpression = {
  type: 'string',
  maxLength: 1000,
  description: 'A JavaScript regular expression (matched with a time bound)',
} as const;

/** The three ways to probe a container; a check or health check uses exactly one. */
const probes = {
  http: httpRequest,
  tcp: tcpProbe,
  exec: execProbe,
} as const;

const expectation = {
  type: 'object',
  description: 'What the probe must find. http: status (required), bodyMatches, headers; tcp: replyMatches; exec: exitCode (default 0), outputMatches',
  properties: {
    status: { type: 'integer', minimum: 100, maximum: 599, description: 'http: the response status' },
    bodyMatches: { ...regularExpression, description: 'http: a regular expression the response body must match' },
    headers: {
      type: 'object',
      description: 'http: response headers that must have these values',
      propertyNames: { pattern: '^[A-Za-z0-9-]+$', maxLength: 100, description: 'header names are letters, digits and -' },
      additionalProperties: singleLine,
      maxProperties: 50,
    },
    replyMatches: { ...regularExpression, description: 'tcp: a regular expression the first reply must match' },
    exitCode: { type: 'integer', minimum: 0, maximum: 255, description: 'exec: the exit status (default 0)' },
    outputMatches: { ...regularExpression, description: "exec: a regular expression the command's standard output must match" },
  },
  additionalProperties: false,
} as const;

const probeTimeout = {
  type: 'integer',
  minimum: 1,
  maximum: 120,
  description: 'How long one probe may take, in seconds (exec probes are killed after it; default 10)',
} as const;

const healthcheck = {
  type: 'object',
  description:
    'How to tell the container is ready and healthy: exactly one of http, tcp or exec. The generated tests wait for it; an exec health check also goes into the image config (Healthcheck, exec form)',
  properties: {
    ...probes,
    expect: expectation,
    intervalSeconds: { type: 'integer', minimum: 1, maximum: 3600, description: 'Time between checks (default 10)' },
    timeoutSeconds: { ...probeTimeout, description: 'How long one check may take (default 3)' },
    retries: { type: 'integer', minimum: 1, maximum: 100, description: 'Failures in a row before unhealthy (default 3)' },
    startPeriodSeconds: { type: 'integer', minimum: 0, maximum: 3600, description: 'Grace time after start before failures count (default 0)' },
  },
  additionalProperties: false,
} as const;

const functionalCheck = {
  type: 'object',
  description: 'A functional check run against the running container: exactly one of http, tcp or exec, and what to expect',
  properties: {
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64, description: 'Unique name, lowercase letters, digits and dashes' },
    description: { ...singleLine, description: 'What the check shows, in one line (the test title)' },
    ...probes,
    expect: expectation,
    timeoutSeconds: probeTimeout,
  },
  required: ['name'],
  additionalProperties: false,
} as const;

const acceptedFinding = {
  type: 'object',
  description: 'A vulnerability finding kept on purpose, with the reason (becomes an OpenVEX statement)',
  properties: {
    id: {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9._:-]*$',
      maxLength: 100,
      description: 'A vulnerability ID: a letter, then letters, digits and . _ : - (e.g. CVE-2024-1234 or GHSA-xxxx-xxxx-xxxx)',
    },
    package: {
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9_.+-]*$',
      maxLength: 100,
      description: 'The package the finding is in: letters, digits and _ . + -, starting with a letter or digit (e.g. libxml2)',
    },
    severity: { enum: ['critical', 'high', 'medium', 'low', 'negligible', 'unknown'], description: "The scanner's severity, shown on the analysis page" },
    status: {
      enum: ['not_affected', 'affected', 'fixed', 'under_investigation'],
      description: 'OpenVEX status',
    },
    vexJustification: {
      enum: [
        'component_not_present',
        'vulnerable_code_not_present',
        'vulnerable_code_not_in_execute_path',
        'vulnerable_code_cannot_be_controlled_by_adversary',
        'inline_mitigations_already_exist',
      ],
      description: 'OpenVEX justification; required when status is not_affected',
    },
    justification: { ...multiLine, minLength: 1, description: 'Why the finding is accepted (shown on the analysis page)' },
    actionStatement: { ...multiLine, description: 'What users should do; required when status is affected' },
  },
  required: ['id', 'package', 'status', 'justification'],
  additionalProperties: false,
} as const;

const runtime = {
  type: 'object',
  description: 'How the container runs',
  properties: {
    user: { ...id, description: 'Numeric UID (the catalog default is 65534, nobody)' },
    group: { ...id, description: 'Numeric GID (the catalog default is 65534)' },
    entrypoint: { ...stringList, description: 'The executable and its first arguments (the image config Entrypoint), e.g. ["/bin/nginx"]' },
    cmd: { ...stringList, description: 'Default arguments after the entrypoint (the image config Cmd)' },
    env: {
      type: 'object',
      description: 'Environment variables of the image, name to value',
      propertyNames: {
        pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
        maxLength: 200,
        description: 'variable names are letters, digits and _, not starting with a digit',
      },
      additionalProperties: singleLine,
      maxProperties: 500,
    },
    workingDir: { ...absolutePath, description: 'The working directory of the process (default /)' },
    ports: { type: 'array', description: 'The ports the service listens on', items: portSpec, maxItems: 100 },
    stopSignal: {
      enum: ['SIGTERM', 'SIGQUIT', 'SIGINT', 'SIGHUP', 'SIGKILL', 'SIGUSR1', 'SIGUSR2', 'SIGWINCH'],
      description: 'The signal that stops the service gracefully (default SIGTERM); the tests check it exits without being killed',
    },
    writablePaths: {
      type: 'array',
      description:
        'The only paths that are writable at run time; the rest is read-only. A path alone is scratch (a tmpfs, empty at every start); { path, kind: state } is state that persists (a volume, declared in the image config)',
      items: {
        anyOf: [
          absolutePath,
          {
            type: 'object',
            properties: {
              path: absolutePath,
              kind: { enum: ['scratch', 'state'], description: 'scratch: a tmpfs, emptied at every start; state: a volume that persists' },
            },
            required: ['path', 'kind'],
            additionalProperties: false,
          },
        ],
        description: 'An absolute path (scratch), or { path, kind: scratch | state }',
      },
      maxItems: 100,
    },
    configFiles: { type: 'array', description: 'Files shipped from the image folder into the image, read-only', items: configFile, maxItems: 200 },
  },
  additionalProperties: false,
} as const;

// The keys a tier may override; the base section has the same ones.
const tierProperties = {
  description: {
    ...singleLine,
    minLength: 1,
    maxLength: 300,
    description: 'One line saying what the image is; labels add the tier, e.g. "Hardened Nginx 1.26.3 (hardened tier)"',
  },
  package: packageCustomisation,
  contents: {
    type: 'array',
    description: 'Extra packages placed in the image, by attribute path',
    items: attributePath,
    maxItems: 200,
  },
  runtime,
  shell: { type: 'boolean', description: 'Whether /bin/sh is present (default false)' },
  coreutils: { type: 'boolean', description: 'Whether coreutils are present (default false)' },
  healthcheck,
  checks: { type: 'array', description: 'Functional checks the generated test suite runs against the container', items: functionalCheck, maxItems: 100 },
  acceptedFindings: {
    type: 'array',
    description: 'Vulnerability findings kept on purpose, each with its justification',
    items: acceptedFinding,
    maxItems: 500,
  },
} as const;

const tierOverride = {
  type: 'object',
  description: 'Overrides of the base section for this tier (maps merge key by key; lists and scalars replace)',
  properties: tierProperties,
  additionalProperties: false,
} as const;

const severityCounts = {
  type: 'object',
  description: 'Findings by severity, as the scanner counted them',
  properties: {
    critical: { type: 'integer', minimum: 0, description: 'Critical findings' },
    high: { type: 'integer', minimum: 0, description: 'High findings' },
    medium: { type: 'integer', minimum: 0, description: 'Medium findings' },
    low: { type: 'integer', minimum: 0, description: 'Low findings' },
    total: {
      type: 'integer',
      minimum: 0,
      description: 'The total the scanner reported, when it also counts negligible or unknown findings (grype does)',
    },
  },
  required: ['critical', 'high', 'medium', 'low'],
  additionalProperties: false,
} as const;

const upstream = {
  type: 'object',
  description: 'The upstream image this one is compared against, with recorded figures and their source',
  properties: {
    image: {
      type: 'string',
      pattern: '^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$',
      maxLength: 500,
      description: 'Fully qualified image reference, e.g. docker.io/library/nginx:1.26.3',
    },
    base: { ...singleLine, description: "The upstream image's base image, e.g. debian:12-slim" },
    figures: {
      type: 'object',
      description:
        'The upstream image as measured, each figure from the command in source.commands; leave figures out when they could not be measured (the page then says so, never guesses)',
      properties: {
        components: { type: 'integer', minimum: 0, description: 'Packages an SBOM tool finds (e.g. syft artifacts)' },
        sizeMB: { type: 'number', minimum: 0, description: 'Uncompressed size in MB (1000-based), as podman images shows it' },
        layers: { type: 'integer', minimum: 0, description: 'Layers of the image' },
        vulnerabilities: severityCounts,
        shell: { type: 'boolean', description: 'Whether /bin/sh is present' },
        coreutils: { enum: ['full', 'partial', 'absent'], description: 'How much of coreutils is present' },
        user: { ...singleLine, description: 'The user the image runs as, e.g. root' },
      },
      required: ['components', 'sizeMB', 'layers', 'vulnerabilities'],
      additionalProperties: false,
    },
    source: {
      type: 'object',
      description: 'Where the figures come from',
      properties: {
        citation: { ...singleLine, minLength: 1, description: 'Who recorded the figures, and where' },
        url: { ...url, description: 'Where the figures were published' },
        date: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'The date the figures were taken, YYYY-MM-DD' },
        commands: {
          type: 'object',
          description: 'The command that produced each figure',
          properties: {
            components: { ...singleLine, description: 'The command behind the component count' },
            size: { ...singleLine, description: 'The command behind the size' },
            layers: { ...singleLine, description: 'The command behind the layer count' },
            vulnerabilities: { ...singleLine, description: 'The command behind the vulnerability counts' },
          },
          additionalProperties: false,
        },
      },
      required: ['citation'],
      additionalProperties: false,
    },
  },
  required: ['image', 'source'],
  additionalProperties: false,
} as const;

export const imageSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://armorred.dev/schemas/image.schema.json',
  title: 'ARMORRED image spec (image.yaml)',
  type: 'object',
  properties: {
    name: {
      type: 'string',
      pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$',
      maxLength: 64,
      description: 'Image name: lowercase letters, digits and dashes (no slashes, no dots)',
    },
    version: {
      type: 'string',
      pattern: '^[0-9]+(\\.[0-9]+)*([-+][0-9A-Za-z.-]+)?$',
      maxLength: 64,
      description: 'Upstream version, e.g. 1.26.3',
    },
    line: {
      type: 'string',
      pattern: '^[0-9]+(\\.[0-9]+)*$',
      maxLength: 32,
      description: 'Release line, a prefix of version (e.g. "1.26"); the folder is <name>-<line>',
    },
    homepage: { ...url, description: "The upstream project's homepage (the image's url label)" },
    source: { ...url, description: 'Where the upstream source code lives' },
    licenses: { ...singleLine, minLength: 1, maxLength: 500, description: 'SPDX license expression' },
    nixpkgs: {
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
      maxLength: 64,
      description: 'Name of a nixpkgs pin defined in catalog.yaml',
    },
    ...tierProperties,
    package: { ...packageCustomisation, required: ['attr'] },
    upstream,
    tiers: {
      type: 'object',
      description: 'The two tiers, each overriding the base section',
      properties: { hardened: tierOverride, locked: tierOverride },
      required: ['hardened', 'locked'],
      additionalProperties: false,
    },
  },
  required: ['name', 'version', 'line', 'description', 'licenses', 'nixpkgs', 'package', 'runtime', 'tiers'],
  additionalProperties: false,
} as const;

export type ImageSpec = FromSchema<typeof imageSchema>;
export type TierName = keyof ImageSpec['tiers'];
export type TierOverride = ImageSpec['tiers'][TierName];
export type PackageCustomisation = ImageSpec['package'];
export type Runtime = ImageSpec['runtime'];
export type AcceptedFinding = NonNullable<ImageSpec['acceptedFindings']>[number];
export type FunctionalCheck = NonNullable<ImageSpec['checks']>[number];
export type Healthcheck = NonNullable<ImageSpec['healthcheck']>;
export type Expectation = NonNullable<FunctionalCheck['expect']>;
export type WritablePathSpec = NonNullable<Runtime['writablePaths']>[number];
export type Upstream = NonNullable<ImageSpec['upstream']>;
export type OverrideValue = NonNullable<PackageCustomisation['override']>[string];

export const TIER_NAMES: readonly TierName[] = ['hardened', 'locked'];
