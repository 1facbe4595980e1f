// Generated from packages/spec/src/schema.ts by `armorred generate` (ajv standalone code); do not edit.
import { createRequire } from 'node:module';
// ajv writes require() for its runtime helpers.
const require = createRequire(import.meta.url);
export const schemaDigest = "57e2ea097a2087262b18c8381e3ab63f12b08a6833b192ac4da41125deb29889";
export const validate = validate0;
export default validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://armorred.dev/schemas/image.schema.json","title":"ARMORRED image spec (image.yaml)","type":"object","properties":{"name":{"type":"string","pattern":"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$","maxLength":64,"description":"Image name: lowercase letters, digits and dashes (no slashes, no dots)"},"version":{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)*([-+][0-9A-Za-z.-]+)?$","maxLength":64,"description":"Upstream version, e.g. 1.26.3"},"line":{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)*$","maxLength":32,"description":"Release line, a prefix of version (e.g. \"1.26\"); the folder is <name>-<line>"},"homepage":{"type":"string","pattern":"^https?://[^\\s<>\"'`\\\\]+$","maxLength":2000,"description":"The upstream project's homepage (the image's url label)"},"source":{"type":"string","pattern":"^https?://[^\\s<>\"'`\\\\]+$","maxLength":2000,"description":"Where the upstream source code lives"},"licenses":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":500,"minLength":1,"description":"SPDX license expression"},"nixpkgs":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":64,"description":"Name of a nixpkgs pin defined in catalog.yaml"},"description":{"$ref":"#/$defs/shared0"},"package":{"type":"object","description":"The main package and how a tier customises it","properties":{"attr":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$","maxLength":200,"description":"A package attribute path in the package set, e.g. nginx or dockerTools.caCertificates"},"override":{"$ref":"#/$defs/shared1"},"dropConfigureFlags":{"$ref":"#/$defs/shared3"},"dropBuildInputs":{"$ref":"#/$defs/shared4"},"dropFiles":{"$ref":"#/$defs/shared5"},"strip":{"enum":["debug","all","none"],"description":"debug: the package set default (debug info removed); all: also symbol tables (stripAllList); none: keep everything (dontStrip)"}},"additionalProperties":false,"required":["attr"]},"contents":{"$ref":"#/$defs/shared6"},"runtime":{"$ref":"#/$defs/shared7"},"shell":{"type":"boolean","description":"Whether /bin/sh is present (default false)"},"coreutils":{"type":"boolean","description":"Whether coreutils are present (default false)"},"healthcheck":{"$ref":"#/$defs/shared8"},"checks":{"$ref":"#/$defs/shared13"},"acceptedFindings":{"$ref":"#/$defs/shared14"},"upstream":{"type":"object","description":"The upstream image this one is compared against, with recorded figures and their source","properties":{"image":{"type":"string","pattern":"^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$","maxLength":500,"description":"Fully qualified image reference, e.g. docker.io/library/nginx:1.26.3"},"base":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000,"description":"The upstream image's base image, e.g. debian:12-slim"},"figures":{"type":"object","description":"The upstream image as measured, each figure from the command in source.commands; leave figures out when they could not be measured (the page then says so, never guesses)","properties":{"components":{"type":"integer","minimum":0,"description":"Packages an SBOM tool finds (e.g. syft artifacts)"},"sizeMB":{"type":"number","minimum":0,"description":"Uncompressed size in MB (1000-based), as podman images shows it"},"layers":{"type":"integer","minimum":0,"description":"Layers of the image"},"vulnerabilities":{"type":"object","description":"Findings by severity, as the scanner counted them","properties":{"critical":{"type":"integer","minimum":0,"description":"Critical findings"},"high":{"type":"integer","minimum":0,"description":"High findings"},"medium":{"type":"integer","minimum":0,"description":"Medium findings"},"low":{"type":"integer","minimum":0,"description":"Low findings"},"total":{"type":"integer","minimum":0,"description":"The total the scanner reported, when it also counts negligible or unknown findings (grype does)"}},"required":["critical","high","medium","low"],"additionalProperties":false},"shell":{"type":"boolean","description":"Whether /bin/sh is present"},"coreutils":{"enum":["full","partial","absent"],"description":"How much of coreutils is present"},"user":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000,"description":"The user the image runs as, e.g. root"}},"required":["components","sizeMB","layers","vulnerabilities"],"additionalProperties":false},"source":{"type":"object","description":"Where the figures come from","properties":{"citation":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000,"minLength":1,"description":"Who recorded the figures, and where"},"url":{"type":"string","pattern":"^https?://[^\\s<>\"'`\\\\]+$","maxLength":2000,"description":"Where the figures were published"},"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"The date the figures were taken, YYYY-MM-DD"},"commands":{"type":"object","description":"The command that produced each figure","properties":{"components":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000,"description":"The command behind the component count"},"size":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000,"description":"The command behind the size"},"layers":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000,"description":"The command behind the layer count"},"vulnerabilities":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000,"description":"The command behind the vulnerability counts"}},"additionalProperties":false}},"required":["citation"],"additionalProperties":false}},"required":["image","source"],"additionalProperties":false},"tiers":{"type":"object","description":"The two tiers, each overriding the base section","properties":{"hardened":{"$ref":"#/$defs/shared15"},"locked":{"$ref":"#/$defs/shared15"}},"required":["hardened","locked"],"additionalProperties":false}},"required":["name","version","line","description","licenses","nixpkgs","package","runtime","tiers"],"additionalProperties":false,"$defs":{"shared0":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":300,"minLength":1,"description":"One line saying what the image is; labels add the tier, e.g. \"Hardened Nginx 1.26.3 (hardened tier)\""},"shared2":{"type":"object","description":"A reference to another package of the package set","properties":{"package":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$","maxLength":200,"description":"A package attribute path in the package set, e.g. nginx or dockerTools.caCertificates"}},"required":["package"],"additionalProperties":false},"shared1":{"type":"object","description":"Arguments for the package's `override` (e.g. nginx: modules, withStream, withPerl)","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":100,"description":"argument names are Nix identifiers"},"additionalProperties":{"description":"An override argument: a boolean, an integer, a string, a package reference { package: ATTR }, or a list of these","anyOf":[{"type":"boolean"},{"type":"integer"},{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},{"$ref":"#/$defs/shared2"},{"type":"array","items":{"anyOf":[{"type":"boolean"},{"type":"integer"},{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},{"$ref":"#/$defs/shared2"}]},"maxItems":200}]},"maxProperties":100},"shared3":{"type":"array","description":"Configure flags removed with overrideAttrs (e.g. --with-http_xslt_module)","items":{"type":"string","pattern":"^--?[A-Za-z0-9][A-Za-z0-9_=./+-]*$","maxLength":200,"description":"A configure flag: - or --, then letters, digits and _ = . / + - (e.g. --with-http_xslt_module)"},"maxItems":200},"shared4":{"type":"array","description":"Build inputs removed with overrideAttrs, by package name (e.g. libxslt)","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.+-]*$","maxLength":100,"description":"A package name: letters, digits and _ . + -, starting with a letter or digit (e.g. libxslt)"},"maxItems":200},"shared5":{"type":"array","description":"Files of the main package removed from it (paths inside the package output, e.g. bin/redis-benchmark), with overrideAttrs; the analysis page lists them","items":{"type":"string","pattern":"^[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31}$","maxLength":1024,"description":"A path inside the package output, e.g. bin/redis-benchmark"},"maxItems":200},"shared6":{"type":"array","description":"Extra packages placed in the image, by attribute path","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$","maxLength":200,"description":"A package attribute path in the package set, e.g. nginx or dockerTools.caCertificates"},"maxItems":200},"shared7":{"type":"object","description":"How the container runs","properties":{"user":{"type":"integer","minimum":0,"maximum":4294967294,"description":"Numeric UID (the catalog default is 65534, nobody)"},"group":{"type":"integer","minimum":0,"maximum":4294967294,"description":"Numeric GID (the catalog default is 65534)"},"entrypoint":{"type":"array","items":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},"maxItems":200,"description":"The executable and its first arguments (the image config Entrypoint), e.g. [\"/bin/nginx\"]"},"cmd":{"type":"array","items":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},"maxItems":200,"description":"Default arguments after the entrypoint (the image config Cmd)"},"env":{"type":"object","description":"Environment variables of the image, name to value","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":200,"description":"variable names are letters, digits and _, not starting with a digit"},"additionalProperties":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},"maxProperties":500},"workingDir":{"type":"string","pattern":"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$","maxLength":1024,"description":"The working directory of the process (default /)"},"ports":{"type":"array","description":"The ports the service listens on","items":{"type":"object","description":"A port the service listens on; the hardened run publishes it (on 127.0.0.1 in the tests)","properties":{"port":{"type":"integer","minimum":1,"maximum":65535,"description":"A port number in the container, 1 to 65535"},"protocol":{"enum":["tcp","udp"],"description":"tcp (the default) or udp"}},"required":["port"],"additionalProperties":false},"maxItems":100},"stopSignal":{"enum":["SIGTERM","SIGQUIT","SIGINT","SIGHUP","SIGKILL","SIGUSR1","SIGUSR2","SIGWINCH"],"description":"The signal that stops the service gracefully (default SIGTERM); the tests check it exits without being killed"},"writablePaths":{"type":"array","description":"The only paths that are writable at run time; the rest is read-only. A path alone is scratch (a tmpfs, empty at every start); { path, kind: state } is state that persists (a volume, declared in the image config)","items":{"anyOf":[{"type":"string","pattern":"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$","maxLength":1024,"description":"An absolute path inside the image, e.g. /var/log/nginx"},{"type":"object","properties":{"path":{"type":"string","pattern":"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$","maxLength":1024,"description":"An absolute path inside the image, e.g. /var/log/nginx"},"kind":{"enum":["scratch","state"],"description":"scratch: a tmpfs, emptied at every start; state: a volume that persists"}},"required":["path","kind"],"additionalProperties":false}],"description":"An absolute path (scratch), or { path, kind: scratch | state }"},"maxItems":100},"configFiles":{"type":"array","description":"Files shipped from the image folder into the image, read-only","items":{"type":"object","description":"A file shipped from the image folder into the image","properties":{"source":{"type":"string","pattern":"^[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31}$","maxLength":1024,"description":"Path relative to the image folder; it may not leave the folder"},"target":{"type":"string","pattern":"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$","maxLength":1024,"description":"An absolute path inside the image, e.g. /var/log/nginx"},"mode":{"type":"string","pattern":"^0?[0-7]{3}$","description":"Octal file mode, e.g. \"0444\""}},"required":["source","target"],"additionalProperties":false},"maxItems":200}},"additionalProperties":false},"shared9":{"type":"object","description":"An HTTP request to the container, on 127.0.0.1 and a published port","properties":{"port":{"type":"integer","minimum":1,"maximum":65535,"description":"A port number in the container, 1 to 65535"},"path":{"type":"string","pattern":"^/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*$","maxLength":2000,"description":"Request path (and query), e.g. /healthz"},"method":{"enum":["GET","HEAD"],"description":"Request method (default GET)"}},"required":["port","path"],"additionalProperties":false},"shared10":{"type":"object","description":"A TCP connection to the container on a published port; optionally bytes to send","properties":{"port":{"type":"integer","minimum":1,"maximum":65535,"description":"A port number in the container, 1 to 65535"},"send":{"type":"string","pattern":"^(?:[^\\u0000\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000,"description":"Bytes to send once connected (UTF-8; use YAML escapes such as \"PING\\r\\n\" for line ends)"}},"required":["port"],"additionalProperties":false},"shared11":{"type":"object","description":"A binary of the image run inside the running container, without a shell (so shell-less images can use their own binaries), as the runtime user","properties":{"command":{"type":"array","description":"The absolute path of a binary in the image, then its arguments (no shell: no expansion, quoting or pipes)","items":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},"minItems":1,"maxItems":100}},"required":["command"],"additionalProperties":false},"shared12":{"type":"object","description":"What the probe must find. http: status (required), bodyMatches, headers; tcp: replyMatches; exec: exitCode (default 0), outputMatches","properties":{"status":{"type":"integer","minimum":100,"maximum":599,"description":"http: the response status"},"bodyMatches":{"type":"string","maxLength":1000,"description":"http: a regular expression the response body must match"},"headers":{"type":"object","description":"http: response headers that must have these values","propertyNames":{"pattern":"^[A-Za-z0-9-]+$","maxLength":100,"description":"header names are letters, digits and -"},"additionalProperties":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},"maxProperties":50},"replyMatches":{"type":"string","maxLength":1000,"description":"tcp: a regular expression the first reply must match"},"exitCode":{"type":"integer","minimum":0,"maximum":255,"description":"exec: the exit status (default 0)"},"outputMatches":{"type":"string","maxLength":1000,"description":"exec: a regular expression the command's standard output must match"}},"additionalProperties":false},"shared8":{"type":"object","description":"How to tell the container is ready and healthy: exactly one of http, tcp or exec. The generated tests wait for it; an exec health check also goes into the image config (Healthcheck, exec form)","properties":{"http":{"$ref":"#/$defs/shared9"},"tcp":{"$ref":"#/$defs/shared10"},"exec":{"$ref":"#/$defs/shared11"},"expect":{"$ref":"#/$defs/shared12"},"intervalSeconds":{"type":"integer","minimum":1,"maximum":3600,"description":"Time between checks (default 10)"},"timeoutSeconds":{"type":"integer","minimum":1,"maximum":120,"description":"How long one check may take (default 3)"},"retries":{"type":"integer","minimum":1,"maximum":100,"description":"Failures in a row before unhealthy (default 3)"},"startPeriodSeconds":{"type":"integer","minimum":0,"maximum":3600,"description":"Grace time after start before failures count (default 0)"}},"additionalProperties":false},"shared13":{"type":"array","description":"Functional checks the generated test suite runs against the container","items":{"type":"object","description":"A functional check run against the running container: exactly one of http, tcp or exec, and what to expect","properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","maxLength":64,"description":"Unique name, lowercase letters, digits and dashes"},"description":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000,"description":"What the check shows, in one line (the test title)"},"http":{"$ref":"#/$defs/shared9"},"tcp":{"$ref":"#/$defs/shared10"},"exec":{"$ref":"#/$defs/shared11"},"expect":{"$ref":"#/$defs/shared12"},"timeoutSeconds":{"type":"integer","minimum":1,"maximum":120,"description":"How long one probe may take, in seconds (exec probes are killed after it; default 10)"}},"required":["name"],"additionalProperties":false},"maxItems":100},"shared14":{"type":"array","description":"Vulnerability findings kept on purpose, each with its justification","items":{"type":"object","description":"A vulnerability finding kept on purpose, with the reason (becomes an OpenVEX statement)","properties":{"id":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9._:-]*$","maxLength":100,"description":"A vulnerability ID: a letter, then letters, digits and . _ : - (e.g. CVE-2024-1234 or GHSA-xxxx-xxxx-xxxx)"},"package":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.+-]*$","maxLength":100,"description":"The package the finding is in: letters, digits and _ . + -, starting with a letter or digit (e.g. libxml2)"},"severity":{"enum":["critical","high","medium","low","negligible","unknown"],"description":"The scanner's severity, shown on the analysis page"},"status":{"enum":["not_affected","affected","fixed","under_investigation"],"description":"OpenVEX status"},"vexJustification":{"enum":["component_not_present","vulnerable_code_not_present","vulnerable_code_not_in_execute_path","vulnerable_code_cannot_be_controlled_by_adversary","inline_mitigations_already_exist"],"description":"OpenVEX justification; required when status is not_affected"},"justification":{"type":"string","pattern":"^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":10000,"minLength":1,"description":"Why the finding is accepted (shown on the analysis page)"},"actionStatement":{"type":"string","pattern":"^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":10000,"description":"What users should do; required when status is affected"}},"required":["id","package","status","justification"],"additionalProperties":false},"maxItems":500},"shared15":{"type":"object","description":"Overrides of the base section for this tier (maps merge key by key; lists and scalars replace)","properties":{"description":{"$ref":"#/$defs/shared0"},"package":{"type":"object","description":"The main package and how a tier customises it","properties":{"attr":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$","maxLength":200,"description":"A package attribute path in the package set, e.g. nginx or dockerTools.caCertificates"},"override":{"$ref":"#/$defs/shared1"},"dropConfigureFlags":{"$ref":"#/$defs/shared3"},"dropBuildInputs":{"$ref":"#/$defs/shared4"},"dropFiles":{"$ref":"#/$defs/shared5"},"strip":{"enum":["debug","all","none"],"description":"debug: the package set default (debug info removed); all: also symbol tables (stripAllList); none: keep everything (dontStrip)"}},"additionalProperties":false},"contents":{"$ref":"#/$defs/shared6"},"runtime":{"$ref":"#/$defs/shared7"},"shell":{"type":"boolean","description":"Whether /bin/sh is present (default false)"},"coreutils":{"type":"boolean","description":"Whether coreutils are present (default false)"},"healthcheck":{"$ref":"#/$defs/shared8"},"checks":{"$ref":"#/$defs/shared13"},"acceptedFindings":{"$ref":"#/$defs/shared14"}},"additionalProperties":false}}};
const func0 = Object.prototype.hasOwnProperty;
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", "u");
const pattern1 = new RegExp("^[0-9]+(\\.[0-9]+)*([-+][0-9A-Za-z.-]+)?$", "u");
const pattern2 = new RegExp("^[0-9]+(\\.[0-9]+)*$", "u");
const pattern3 = new RegExp("^https?://[^\\s<>\"'`\\\\]+$", "u");
const pattern5 = new RegExp("^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$", "u");
const pattern6 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern8 = new RegExp("^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$", "u");
const pattern38 = new RegExp("^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", "u");
const pattern43 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
const schema1 = {"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":300,"minLength":1,"description":"One line saying what the image is; labels add the tier, e.g. \"Hardened Nginx 1.26.3 (hardened tier)\""};

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate1.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func1(data) > 300){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data) < 1){
const err1 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern5.test(data)){
const err2 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.type,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}
validate1.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema2 = {"type":"object","description":"Arguments for the package's `override` (e.g. nginx: modules, withStream, withPerl)","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":100,"description":"argument names are Nix identifiers"},"additionalProperties":{"description":"An override argument: a boolean, an integer, a string, a package reference { package: ATTR }, or a list of these","anyOf":[{"type":"boolean"},{"type":"integer"},{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},{"$ref":"#/$defs/shared2"},{"type":"array","items":{"anyOf":[{"type":"boolean"},{"type":"integer"},{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},{"$ref":"#/$defs/shared2"}]},"maxItems":200}]},"maxProperties":100};
const pattern9 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const schema3 = {"type":"object","description":"A reference to another package of the package set","properties":{"package":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$","maxLength":200,"description":"A package attribute path in the package set, e.g. nginx or dockerTools.caCertificates"}},"required":["package"],"additionalProperties":false};

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate4.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.package === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'",schema:schema3.required,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "package")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.package !== undefined){
let data0 = data.package;
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err2 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema3.properties.package,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern8.test(data0)){
const err3 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$",parentSchema:schema3.properties.package,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.properties.package.type,parentSchema:schema3.properties.package,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.type,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}
validate4.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate3.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 100){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties",schema:100,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(func1(key0) > 100){
const err1 = {instancePath,schemaPath:"#/propertyNames/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema2.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern9.test(key0)){
const err2 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema2.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema2.propertyNames,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
const _errs4 = errors;
let valid2 = false;
const _errs5 = errors;
if(typeof data0 !== "boolean"){
const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema2.additionalProperties.anyOf[0].type,parentSchema:schema2.additionalProperties.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
const _errs7 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema2.additionalProperties.anyOf[1].type,parentSchema:schema2.additionalProperties.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(typeof data0 === "string"){
if(func1(data0) > 1000){
const err6 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/anyOf/2/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema2.additionalProperties.anyOf[2],data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern5.test(data0)){
const err7 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema2.additionalProperties.anyOf[2],data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.additionalProperties.anyOf[2].type,parentSchema:schema2.additionalProperties.anyOf[2],data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
const _errs11 = errors;
if(!(validate4(data0, {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
const _errs12 = errors;
if(Array.isArray(data0)){
if(data0.length > 200){
const err9 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/anyOf/4/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items",schema:200,parentSchema:schema2.additionalProperties.anyOf[4],data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs15 = errors;
let valid5 = false;
const _errs16 = errors;
if(typeof data1 !== "boolean"){
const err10 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/additionalProperties/anyOf/4/items/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema2.additionalProperties.anyOf[4].items.anyOf[0].type,parentSchema:schema2.additionalProperties.anyOf[4].items.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid5 = valid5 || _valid1;
const _errs18 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err11 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/additionalProperties/anyOf/4/items/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema2.additionalProperties.anyOf[4].items.anyOf[1].type,parentSchema:schema2.additionalProperties.anyOf[4].items.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid5 = valid5 || _valid1;
const _errs20 = errors;
if(typeof data1 === "string"){
if(func1(data1) > 1000){
const err12 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/additionalProperties/anyOf/4/items/anyOf/2/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema2.additionalProperties.anyOf[4].items.anyOf[2],data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern5.test(data1)){
const err13 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/additionalProperties/anyOf/4/items/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema2.additionalProperties.anyOf[4].items.anyOf[2],data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/additionalProperties/anyOf/4/items/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.additionalProperties.anyOf[4].items.anyOf[2].type,parentSchema:schema2.additionalProperties.anyOf[4].items.anyOf[2],data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid5 = valid5 || _valid1;
const _errs22 = errors;
if(!(validate4(data1, {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
var _valid1 = _errs22 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const err15 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/additionalProperties/anyOf/4/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema2.additionalProperties.anyOf[4].items.anyOf,parentSchema:schema2.additionalProperties.anyOf[4].items,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/anyOf/4/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema2.additionalProperties.anyOf[4].type,parentSchema:schema2.additionalProperties.anyOf[4],data:data0};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err17 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema2.additionalProperties.anyOf,parentSchema:schema2.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema2.type,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}
validate3.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema4 = {"type":"array","description":"Configure flags removed with overrideAttrs (e.g. --with-http_xslt_module)","items":{"type":"string","pattern":"^--?[A-Za-z0-9][A-Za-z0-9_=./+-]*$","maxLength":200,"description":"A configure flag: - or --, then letters, digits and _ = . / + - (e.g. --with-http_xslt_module)"},"maxItems":200};
const pattern13 = new RegExp("^--?[A-Za-z0-9][A-Za-z0-9_=./+-]*$", "u");

function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate8.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 200){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items",schema:200,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema4.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern13.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/pattern",keyword:"pattern",params:{pattern: "^--?[A-Za-z0-9][A-Za-z0-9_=./+-]*$"},message:"must match pattern \""+"^--?[A-Za-z0-9][A-Za-z0-9_=./+-]*$"+"\"",schema:"^--?[A-Za-z0-9][A-Za-z0-9_=./+-]*$",parentSchema:schema4.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.items.type,parentSchema:schema4.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.type,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate8.errors = vErrors;
return errors === 0;
}
validate8.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema5 = {"type":"array","description":"Build inputs removed with overrideAttrs, by package name (e.g. libxslt)","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.+-]*$","maxLength":100,"description":"A package name: letters, digits and _ . + -, starting with a letter or digit (e.g. libxslt)"},"maxItems":200};
const pattern14 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.+-]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate10.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 200){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items",schema:200,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) > 100){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema5.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern14.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.+-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.+-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.+-]*$",parentSchema:schema5.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.items.type,parentSchema:schema5.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema5.type,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
validate10.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema6 = {"type":"array","description":"Files of the main package removed from it (paths inside the package output, e.g. bin/redis-benchmark), with overrideAttrs; the analysis page lists them","items":{"type":"string","pattern":"^[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31}$","maxLength":1024,"description":"A path inside the package output, e.g. bin/redis-benchmark"},"maxItems":200};
const pattern15 = new RegExp("^[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31}$", "u");

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate12.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 200){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items",schema:200,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) > 1024){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema6.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern15.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31}$"},message:"must match pattern \""+"^[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31}$"+"\"",schema:"^[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31}$",parentSchema:schema6.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.items.type,parentSchema:schema6.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}
validate12.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema7 = {"type":"array","description":"Extra packages placed in the image, by attribute path","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$","maxLength":200,"description":"A package attribute path in the package set, e.g. nginx or dockerTools.caCertificates"},"maxItems":200};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate14.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 200){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items",schema:200,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) > 200){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema7.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern8.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$",parentSchema:schema7.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.items.type,parentSchema:schema7.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.type,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}
validate14.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema8 = {"type":"object","description":"How the container runs","properties":{"user":{"type":"integer","minimum":0,"maximum":4294967294,"description":"Numeric UID (the catalog default is 65534, nobody)"},"group":{"type":"integer","minimum":0,"maximum":4294967294,"description":"Numeric GID (the catalog default is 65534)"},"entrypoint":{"type":"array","items":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},"maxItems":200,"description":"The executable and its first arguments (the image config Entrypoint), e.g. [\"/bin/nginx\"]"},"cmd":{"type":"array","items":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},"maxItems":200,"description":"Default arguments after the entrypoint (the image config Cmd)"},"env":{"type":"object","description":"Environment variables of the image, name to value","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":200,"description":"variable names are letters, digits and _, not starting with a digit"},"additionalProperties":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},"maxProperties":500},"workingDir":{"type":"string","pattern":"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$","maxLength":1024,"description":"The working directory of the process (default /)"},"ports":{"type":"array","description":"The ports the service listens on","items":{"type":"object","description":"A port the service listens on; the hardened run publishes it (on 127.0.0.1 in the tests)","properties":{"port":{"type":"integer","minimum":1,"maximum":65535,"description":"A port number in the container, 1 to 65535"},"protocol":{"enum":["tcp","udp"],"description":"tcp (the default) or udp"}},"required":["port"],"additionalProperties":false},"maxItems":100},"stopSignal":{"enum":["SIGTERM","SIGQUIT","SIGINT","SIGHUP","SIGKILL","SIGUSR1","SIGUSR2","SIGWINCH"],"description":"The signal that stops the service gracefully (default SIGTERM); the tests check it exits without being killed"},"writablePaths":{"type":"array","description":"The only paths that are writable at run time; the rest is read-only. A path alone is scratch (a tmpfs, empty at every start); { path, kind: state } is state that persists (a volume, declared in the image config)","items":{"anyOf":[{"type":"string","pattern":"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$","maxLength":1024,"description":"An absolute path inside the image, e.g. /var/log/nginx"},{"type":"object","properties":{"path":{"type":"string","pattern":"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$","maxLength":1024,"description":"An absolute path inside the image, e.g. /var/log/nginx"},"kind":{"enum":["scratch","state"],"description":"scratch: a tmpfs, emptied at every start; state: a volume that persists"}},"required":["path","kind"],"additionalProperties":false}],"description":"An absolute path (scratch), or { path, kind: scratch | state }"},"maxItems":100},"configFiles":{"type":"array","description":"Files shipped from the image folder into the image, read-only","items":{"type":"object","description":"A file shipped from the image folder into the image","properties":{"source":{"type":"string","pattern":"^[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31}$","maxLength":1024,"description":"Path relative to the image folder; it may not leave the folder"},"target":{"type":"string","pattern":"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$","maxLength":1024,"description":"An absolute path inside the image, e.g. /var/log/nginx"},"mode":{"type":"string","pattern":"^0?[0-7]{3}$","description":"Octal file mode, e.g. \"0444\""}},"required":["source","target"],"additionalProperties":false},"maxItems":200}},"additionalProperties":false};
const pattern21 = new RegExp("^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$", "u");
const pattern26 = new RegExp("^0?[0-7]{3}$", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate16.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func0.call(schema8.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.user !== undefined){
let data0 = data.user;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema8.properties.user.type,parentSchema:schema8.properties.user,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967294 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967294},message:"must be <= 4294967294",schema:4294967294,parentSchema:schema8.properties.user,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema8.properties.user,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.group !== undefined){
let data1 = data.group;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema8.properties.group.type,parentSchema:schema8.properties.group,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967294 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967294},message:"must be <= 4294967294",schema:4294967294,parentSchema:schema8.properties.group,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema8.properties.group,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.entrypoint !== undefined){
let data2 = data.entrypoint;
if(Array.isArray(data2)){
if(data2.length > 200){
const err7 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/properties/entrypoint/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items",schema:200,parentSchema:schema8.properties.entrypoint,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func1(data3) > 1000){
const err8 = {instancePath:instancePath+"/entrypoint/" + i0,schemaPath:"#/properties/entrypoint/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema8.properties.entrypoint.items,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data3)){
const err9 = {instancePath:instancePath+"/entrypoint/" + i0,schemaPath:"#/properties/entrypoint/items/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema8.properties.entrypoint.items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/entrypoint/" + i0,schemaPath:"#/properties/entrypoint/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.entrypoint.items.type,parentSchema:schema8.properties.entrypoint.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/properties/entrypoint/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.entrypoint.type,parentSchema:schema8.properties.entrypoint,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.cmd !== undefined){
let data4 = data.cmd;
if(Array.isArray(data4)){
if(data4.length > 200){
const err12 = {instancePath:instancePath+"/cmd",schemaPath:"#/properties/cmd/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items",schema:200,parentSchema:schema8.properties.cmd,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 === "string"){
if(func1(data5) > 1000){
const err13 = {instancePath:instancePath+"/cmd/" + i1,schemaPath:"#/properties/cmd/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema8.properties.cmd.items,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern5.test(data5)){
const err14 = {instancePath:instancePath+"/cmd/" + i1,schemaPath:"#/properties/cmd/items/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema8.properties.cmd.items,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/cmd/" + i1,schemaPath:"#/properties/cmd/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.cmd.items.type,parentSchema:schema8.properties.cmd.items,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/cmd",schemaPath:"#/properties/cmd/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.cmd.type,parentSchema:schema8.properties.cmd,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.env !== undefined){
let data6 = data.env;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length > 500){
const err17 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/maxProperties",keyword:"maxProperties",params:{limit: 500},message:"must NOT have more than 500 properties",schema:500,parentSchema:schema8.properties.env,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data6){
const _errs16 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 200){
const err18 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema8.properties.env.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern9.test(key1)){
const err19 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema8.properties.env.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var valid5 = _errs16 === errors;
if(!valid5){
const err20 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema8.properties.env.propertyNames,parentSchema:schema8.properties.env,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
for(const key2 in data6){
let data7 = data6[key2];
if(typeof data7 === "string"){
if(func1(data7) > 1000){
const err21 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema8.properties.env.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern5.test(data7)){
const err22 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema8.properties.env.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/env/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.env.additionalProperties.type,parentSchema:schema8.properties.env.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.properties.env.type,parentSchema:schema8.properties.env,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.workingDir !== undefined){
let data8 = data.workingDir;
if(typeof data8 === "string"){
if(func1(data8) > 1024){
const err25 = {instancePath:instancePath+"/workingDir",schemaPath:"#/properties/workingDir/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema8.properties.workingDir,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern21.test(data8)){
const err26 = {instancePath:instancePath+"/workingDir",schemaPath:"#/properties/workingDir/pattern",keyword:"pattern",params:{pattern: "^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$"},message:"must match pattern \""+"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$"+"\"",schema:"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$",parentSchema:schema8.properties.workingDir,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/workingDir",schemaPath:"#/properties/workingDir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.workingDir.type,parentSchema:schema8.properties.workingDir,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.ports !== undefined){
let data9 = data.ports;
if(Array.isArray(data9)){
if(data9.length > 100){
const err28 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema8.properties.ports,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.port === undefined){
const err29 = {instancePath:instancePath+"/ports/" + i2,schemaPath:"#/properties/ports/items/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema8.properties.ports.items.required,parentSchema:schema8.properties.ports.items,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key3 in data10){
if(!((key3 === "port") || (key3 === "protocol"))){
const err30 = {instancePath:instancePath+"/ports/" + i2,schemaPath:"#/properties/ports/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema8.properties.ports.items,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.port !== undefined){
let data11 = data10.port;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err31 = {instancePath:instancePath+"/ports/" + i2+"/port",schemaPath:"#/properties/ports/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema8.properties.ports.items.properties.port.type,parentSchema:schema8.properties.ports.items.properties.port,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 65535 || isNaN(data11)){
const err32 = {instancePath:instancePath+"/ports/" + i2+"/port",schemaPath:"#/properties/ports/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema8.properties.ports.items.properties.port,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err33 = {instancePath:instancePath+"/ports/" + i2+"/port",schemaPath:"#/properties/ports/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema8.properties.ports.items.properties.port,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data10.protocol !== undefined){
let data12 = data10.protocol;
if(!((data12 === "tcp") || (data12 === "udp"))){
const err34 = {instancePath:instancePath+"/ports/" + i2+"/protocol",schemaPath:"#/properties/ports/items/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema8.properties.ports.items.properties.protocol.enum},message:"must be equal to one of the allowed values",schema:schema8.properties.ports.items.properties.protocol.enum,parentSchema:schema8.properties.ports.items.properties.protocol,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/ports/" + i2,schemaPath:"#/properties/ports/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.properties.ports.items.type,parentSchema:schema8.properties.ports.items,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.ports.type,parentSchema:schema8.properties.ports,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.stopSignal !== undefined){
let data13 = data.stopSignal;
if(!((((((((data13 === "SIGTERM") || (data13 === "SIGQUIT")) || (data13 === "SIGINT")) || (data13 === "SIGHUP")) || (data13 === "SIGKILL")) || (data13 === "SIGUSR1")) || (data13 === "SIGUSR2")) || (data13 === "SIGWINCH"))){
const err37 = {instancePath:instancePath+"/stopSignal",schemaPath:"#/properties/stopSignal/enum",keyword:"enum",params:{allowedValues: schema8.properties.stopSignal.enum},message:"must be equal to one of the allowed values",schema:schema8.properties.stopSignal.enum,parentSchema:schema8.properties.stopSignal,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.writablePaths !== undefined){
let data14 = data.writablePaths;
if(Array.isArray(data14)){
if(data14.length > 100){
const err38 = {instancePath:instancePath+"/writablePaths",schemaPath:"#/properties/writablePaths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema8.properties.writablePaths,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
let data15 = data14[i3];
const _errs34 = errors;
let valid12 = false;
const _errs35 = errors;
if(typeof data15 === "string"){
if(func1(data15) > 1024){
const err39 = {instancePath:instancePath+"/writablePaths/" + i3,schemaPath:"#/properties/writablePaths/items/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema8.properties.writablePaths.items.anyOf[0],data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern21.test(data15)){
const err40 = {instancePath:instancePath+"/writablePaths/" + i3,schemaPath:"#/properties/writablePaths/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$"},message:"must match pattern \""+"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$"+"\"",schema:"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$",parentSchema:schema8.properties.writablePaths.items.anyOf[0],data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/writablePaths/" + i3,schemaPath:"#/properties/writablePaths/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.writablePaths.items.anyOf[0].type,parentSchema:schema8.properties.writablePaths.items.anyOf[0],data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid0 = _errs35 === errors;
valid12 = valid12 || _valid0;
const _errs37 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.path === undefined){
const err42 = {instancePath:instancePath+"/writablePaths/" + i3,schemaPath:"#/properties/writablePaths/items/anyOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema8.properties.writablePaths.items.anyOf[1].required,parentSchema:schema8.properties.writablePaths.items.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data15.kind === undefined){
const err43 = {instancePath:instancePath+"/writablePaths/" + i3,schemaPath:"#/properties/writablePaths/items/anyOf/1/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema8.properties.writablePaths.items.anyOf[1].required,parentSchema:schema8.properties.writablePaths.items.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key4 in data15){
if(!((key4 === "path") || (key4 === "kind"))){
const err44 = {instancePath:instancePath+"/writablePaths/" + i3,schemaPath:"#/properties/writablePaths/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema8.properties.writablePaths.items.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data15.path !== undefined){
let data16 = data15.path;
if(typeof data16 === "string"){
if(func1(data16) > 1024){
const err45 = {instancePath:instancePath+"/writablePaths/" + i3+"/path",schemaPath:"#/properties/writablePaths/items/anyOf/1/properties/path/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema8.properties.writablePaths.items.anyOf[1].properties.path,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern21.test(data16)){
const err46 = {instancePath:instancePath+"/writablePaths/" + i3+"/path",schemaPath:"#/properties/writablePaths/items/anyOf/1/properties/path/pattern",keyword:"pattern",params:{pattern: "^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$"},message:"must match pattern \""+"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$"+"\"",schema:"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$",parentSchema:schema8.properties.writablePaths.items.anyOf[1].properties.path,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/writablePaths/" + i3+"/path",schemaPath:"#/properties/writablePaths/items/anyOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.writablePaths.items.anyOf[1].properties.path.type,parentSchema:schema8.properties.writablePaths.items.anyOf[1].properties.path,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data15.kind !== undefined){
let data17 = data15.kind;
if(!((data17 === "scratch") || (data17 === "state"))){
const err48 = {instancePath:instancePath+"/writablePaths/" + i3+"/kind",schemaPath:"#/properties/writablePaths/items/anyOf/1/properties/kind/enum",keyword:"enum",params:{allowedValues: schema8.properties.writablePaths.items.anyOf[1].properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema8.properties.writablePaths.items.anyOf[1].properties.kind.enum,parentSchema:schema8.properties.writablePaths.items.anyOf[1].properties.kind,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/writablePaths/" + i3,schemaPath:"#/properties/writablePaths/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.properties.writablePaths.items.anyOf[1].type,parentSchema:schema8.properties.writablePaths.items.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid0 = _errs37 === errors;
valid12 = valid12 || _valid0;
if(!valid12){
const err50 = {instancePath:instancePath+"/writablePaths/" + i3,schemaPath:"#/properties/writablePaths/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema8.properties.writablePaths.items.anyOf,parentSchema:schema8.properties.writablePaths.items,data:data15};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err51 = {instancePath:instancePath+"/writablePaths",schemaPath:"#/properties/writablePaths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.writablePaths.type,parentSchema:schema8.properties.writablePaths,data:data14};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.configFiles !== undefined){
let data18 = data.configFiles;
if(Array.isArray(data18)){
if(data18.length > 200){
const err52 = {instancePath:instancePath+"/configFiles",schemaPath:"#/properties/configFiles/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items",schema:200,parentSchema:schema8.properties.configFiles,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len4 = data18.length;
for(let i4=0; i4<len4; i4++){
let data19 = data18[i4];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.source === undefined){
const err53 = {instancePath:instancePath+"/configFiles/" + i4,schemaPath:"#/properties/configFiles/items/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema8.properties.configFiles.items.required,parentSchema:schema8.properties.configFiles.items,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data19.target === undefined){
const err54 = {instancePath:instancePath+"/configFiles/" + i4,schemaPath:"#/properties/configFiles/items/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema8.properties.configFiles.items.required,parentSchema:schema8.properties.configFiles.items,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key5 in data19){
if(!(((key5 === "source") || (key5 === "target")) || (key5 === "mode"))){
const err55 = {instancePath:instancePath+"/configFiles/" + i4,schemaPath:"#/properties/configFiles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema8.properties.configFiles.items,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data19.source !== undefined){
let data20 = data19.source;
if(typeof data20 === "string"){
if(func1(data20) > 1024){
const err56 = {instancePath:instancePath+"/configFiles/" + i4+"/source",schemaPath:"#/properties/configFiles/items/properties/source/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema8.properties.configFiles.items.properties.source,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(!pattern15.test(data20)){
const err57 = {instancePath:instancePath+"/configFiles/" + i4+"/source",schemaPath:"#/properties/configFiles/items/properties/source/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31}$"},message:"must match pattern \""+"^[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31}$"+"\"",schema:"^[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31}$",parentSchema:schema8.properties.configFiles.items.properties.source,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/configFiles/" + i4+"/source",schemaPath:"#/properties/configFiles/items/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.configFiles.items.properties.source.type,parentSchema:schema8.properties.configFiles.items.properties.source,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data19.target !== undefined){
let data21 = data19.target;
if(typeof data21 === "string"){
if(func1(data21) > 1024){
const err59 = {instancePath:instancePath+"/configFiles/" + i4+"/target",schemaPath:"#/properties/configFiles/items/properties/target/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema8.properties.configFiles.items.properties.target,data:data21};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!pattern21.test(data21)){
const err60 = {instancePath:instancePath+"/configFiles/" + i4+"/target",schemaPath:"#/properties/configFiles/items/properties/target/pattern",keyword:"pattern",params:{pattern: "^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$"},message:"must match pattern \""+"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$"+"\"",schema:"^/([A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}(/[A-Za-z0-9._@+][A-Za-z0-9._@+-]{0,254}){0,31})?$",parentSchema:schema8.properties.configFiles.items.properties.target,data:data21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/configFiles/" + i4+"/target",schemaPath:"#/properties/configFiles/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.configFiles.items.properties.target.type,parentSchema:schema8.properties.configFiles.items.properties.target,data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data19.mode !== undefined){
let data22 = data19.mode;
if(typeof data22 === "string"){
if(!pattern26.test(data22)){
const err62 = {instancePath:instancePath+"/configFiles/" + i4+"/mode",schemaPath:"#/properties/configFiles/items/properties/mode/pattern",keyword:"pattern",params:{pattern: "^0?[0-7]{3}$"},message:"must match pattern \""+"^0?[0-7]{3}$"+"\"",schema:"^0?[0-7]{3}$",parentSchema:schema8.properties.configFiles.items.properties.mode,data:data22};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/configFiles/" + i4+"/mode",schemaPath:"#/properties/configFiles/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.configFiles.items.properties.mode.type,parentSchema:schema8.properties.configFiles.items.properties.mode,data:data22};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/configFiles/" + i4,schemaPath:"#/properties/configFiles/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.properties.configFiles.items.type,parentSchema:schema8.properties.configFiles.items,data:data19};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/configFiles",schemaPath:"#/properties/configFiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.configFiles.type,parentSchema:schema8.properties.configFiles,data:data18};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}
validate16.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema9 = {"type":"object","description":"How to tell the container is ready and healthy: exactly one of http, tcp or exec. The generated tests wait for it; an exec health check also goes into the image config (Healthcheck, exec form)","properties":{"http":{"$ref":"#/$defs/shared9"},"tcp":{"$ref":"#/$defs/shared10"},"exec":{"$ref":"#/$defs/shared11"},"expect":{"$ref":"#/$defs/shared12"},"intervalSeconds":{"type":"integer","minimum":1,"maximum":3600,"description":"Time between checks (default 10)"},"timeoutSeconds":{"type":"integer","minimum":1,"maximum":120,"description":"How long one check may take (default 3)"},"retries":{"type":"integer","minimum":1,"maximum":100,"description":"Failures in a row before unhealthy (default 3)"},"startPeriodSeconds":{"type":"integer","minimum":0,"maximum":3600,"description":"Grace time after start before failures count (default 0)"}},"additionalProperties":false};
const schema10 = {"type":"object","description":"An HTTP request to the container, on 127.0.0.1 and a published port","properties":{"port":{"type":"integer","minimum":1,"maximum":65535,"description":"A port number in the container, 1 to 65535"},"path":{"type":"string","pattern":"^/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*$","maxLength":2000,"description":"Request path (and query), e.g. /healthz"},"method":{"enum":["GET","HEAD"],"description":"Request method (default GET)"}},"required":["port","path"],"additionalProperties":false};
const pattern27 = new RegExp("^/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*$", "u");

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate19.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.port === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.path === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "port") || (key0 === "path")) || (key0 === "method"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.port !== undefined){
let data0 = data.port;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema10.properties.port.type,parentSchema:schema10.properties.port,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 65535 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema10.properties.port,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema10.properties.port,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 === "string"){
if(func1(data1) > 2000){
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema10.properties.path,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern27.test(data1)){
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/pattern",keyword:"pattern",params:{pattern: "^/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*$"},message:"must match pattern \""+"^/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*$"+"\"",schema:"^/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*$",parentSchema:schema10.properties.path,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.path.type,parentSchema:schema10.properties.path,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.method !== undefined){
let data2 = data.method;
if(!((data2 === "GET") || (data2 === "HEAD"))){
const err9 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema10.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.method.enum,parentSchema:schema10.properties.method,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}
validate19.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema11 = {"type":"object","description":"A TCP connection to the container on a published port; optionally bytes to send","properties":{"port":{"type":"integer","minimum":1,"maximum":65535,"description":"A port number in the container, 1 to 65535"},"send":{"type":"string","pattern":"^(?:[^\\u0000\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000,"description":"Bytes to send once connected (UTF-8; use YAML escapes such as \"PING\\r\\n\" for line ends)"}},"required":["port"],"additionalProperties":false};
const pattern28 = new RegExp("^(?:[^\\u0000\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.port === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "port") || (key0 === "send"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.port !== undefined){
let data0 = data.port;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.port.type,parentSchema:schema11.properties.port,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 65535 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.port,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.port,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.send !== undefined){
let data1 = data.send;
if(typeof data1 === "string"){
if(func1(data1) > 1000){
const err5 = {instancePath:instancePath+"/send",schemaPath:"#/properties/send/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema11.properties.send,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern28.test(data1)){
const err6 = {instancePath:instancePath+"/send",schemaPath:"#/properties/send/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\u0000\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\u0000\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\u0000\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema11.properties.send,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/send",schemaPath:"#/properties/send/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.send.type,parentSchema:schema11.properties.send,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema12 = {"type":"object","description":"A binary of the image run inside the running container, without a shell (so shell-less images can use their own binaries), as the runtime user","properties":{"command":{"type":"array","description":"The absolute path of a binary in the image, then its arguments (no shell: no expansion, quoting or pipes)","items":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},"minItems":1,"maxItems":100}},"required":["command"],"additionalProperties":false};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.command === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "command")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.command !== undefined){
let data0 = data.command;
if(Array.isArray(data0)){
if(data0.length > 100){
const err2 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema12.properties.command,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.properties.command,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func1(data1) > 1000){
const err4 = {instancePath:instancePath+"/command/" + i0,schemaPath:"#/properties/command/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema12.properties.command.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data1)){
const err5 = {instancePath:instancePath+"/command/" + i0,schemaPath:"#/properties/command/items/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema12.properties.command.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/command/" + i0,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.command.items.type,parentSchema:schema12.properties.command.items,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.command.type,parentSchema:schema12.properties.command,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema13 = {"type":"object","description":"What the probe must find. http: status (required), bodyMatches, headers; tcp: replyMatches; exec: exitCode (default 0), outputMatches","properties":{"status":{"type":"integer","minimum":100,"maximum":599,"description":"http: the response status"},"bodyMatches":{"type":"string","maxLength":1000,"description":"http: a regular expression the response body must match"},"headers":{"type":"object","description":"http: response headers that must have these values","propertyNames":{"pattern":"^[A-Za-z0-9-]+$","maxLength":100,"description":"header names are letters, digits and -"},"additionalProperties":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000},"maxProperties":50},"replyMatches":{"type":"string","maxLength":1000,"description":"tcp: a regular expression the first reply must match"},"exitCode":{"type":"integer","minimum":0,"maximum":255,"description":"exec: the exit status (default 0)"},"outputMatches":{"type":"string","maxLength":1000,"description":"exec: a regular expression the command's standard output must match"}},"additionalProperties":false};
const pattern30 = new RegExp("^[A-Za-z0-9-]+$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "status") || (key0 === "bodyMatches")) || (key0 === "headers")) || (key0 === "replyMatches")) || (key0 === "exitCode")) || (key0 === "outputMatches"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.status.type,parentSchema:schema13.properties.status,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema13.properties.status,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 100 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema13.properties.status,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.bodyMatches !== undefined){
let data1 = data.bodyMatches;
if(typeof data1 === "string"){
if(func1(data1) > 1000){
const err4 = {instancePath:instancePath+"/bodyMatches",schemaPath:"#/properties/bodyMatches/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema13.properties.bodyMatches,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/bodyMatches",schemaPath:"#/properties/bodyMatches/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.bodyMatches.type,parentSchema:schema13.properties.bodyMatches,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.headers !== undefined){
let data2 = data.headers;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length > 50){
const err6 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties",schema:50,parentSchema:schema13.properties.headers,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
const _errs8 = errors;
if(typeof key1 === "string"){
if(func1(key1) > 100){
const err7 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema13.properties.headers.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern30.test(key1)){
const err8 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+$"+"\"",schema:"^[A-Za-z0-9-]+$",parentSchema:schema13.properties.headers.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid1 = _errs8 === errors;
if(!valid1){
const err9 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema13.properties.headers.propertyNames,parentSchema:schema13.properties.headers,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key2 in data2){
let data3 = data2[key2];
if(typeof data3 === "string"){
if(func1(data3) > 1000){
const err10 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema13.properties.headers.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern5.test(data3)){
const err11 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema13.properties.headers.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.headers.additionalProperties.type,parentSchema:schema13.properties.headers.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.headers.type,parentSchema:schema13.properties.headers,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.replyMatches !== undefined){
let data4 = data.replyMatches;
if(typeof data4 === "string"){
if(func1(data4) > 1000){
const err14 = {instancePath:instancePath+"/replyMatches",schemaPath:"#/properties/replyMatches/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema13.properties.replyMatches,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/replyMatches",schemaPath:"#/properties/replyMatches/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.replyMatches.type,parentSchema:schema13.properties.replyMatches,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.exitCode !== undefined){
let data5 = data.exitCode;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err16 = {instancePath:instancePath+"/exitCode",schemaPath:"#/properties/exitCode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.exitCode.type,parentSchema:schema13.properties.exitCode,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 255 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/exitCode",schemaPath:"#/properties/exitCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255",schema:255,parentSchema:schema13.properties.exitCode,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/exitCode",schemaPath:"#/properties/exitCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.exitCode,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.outputMatches !== undefined){
let data6 = data.outputMatches;
if(typeof data6 === "string"){
if(func1(data6) > 1000){
const err19 = {instancePath:instancePath+"/outputMatches",schemaPath:"#/properties/outputMatches/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema13.properties.outputMatches,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/outputMatches",schemaPath:"#/properties/outputMatches/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.outputMatches.type,parentSchema:schema13.properties.outputMatches,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate18.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "http") || (key0 === "tcp")) || (key0 === "exec")) || (key0 === "expect")) || (key0 === "intervalSeconds")) || (key0 === "timeoutSeconds")) || (key0 === "retries")) || (key0 === "startPeriodSeconds"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.http !== undefined){
if(!(validate19(data.http, {instancePath:instancePath+"/http",parentData:data,parentDataProperty:"http",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.tcp !== undefined){
if(!(validate21(data.tcp, {instancePath:instancePath+"/tcp",parentData:data,parentDataProperty:"tcp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.exec !== undefined){
if(!(validate23(data.exec, {instancePath:instancePath+"/exec",parentData:data,parentDataProperty:"exec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.expect !== undefined){
if(!(validate25(data.expect, {instancePath:instancePath+"/expect",parentData:data,parentDataProperty:"expect",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.intervalSeconds !== undefined){
let data4 = data.intervalSeconds;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err1 = {instancePath:instancePath+"/intervalSeconds",schemaPath:"#/properties/intervalSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema9.properties.intervalSeconds.type,parentSchema:schema9.properties.intervalSeconds,data:data4};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 3600 || isNaN(data4)){
const err2 = {instancePath:instancePath+"/intervalSeconds",schemaPath:"#/properties/intervalSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema9.properties.intervalSeconds,data:data4};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err3 = {instancePath:instancePath+"/intervalSeconds",schemaPath:"#/properties/intervalSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema9.properties.intervalSeconds,data:data4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.timeoutSeconds !== undefined){
let data5 = data.timeoutSeconds;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err4 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema9.properties.timeoutSeconds.type,parentSchema:schema9.properties.timeoutSeconds,data:data5};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 120 || isNaN(data5)){
const err5 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120},message:"must be <= 120",schema:120,parentSchema:schema9.properties.timeoutSeconds,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err6 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema9.properties.timeoutSeconds,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.retries !== undefined){
let data6 = data.retries;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err7 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema9.properties.retries.type,parentSchema:schema9.properties.retries,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 100 || isNaN(data6)){
const err8 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema9.properties.retries,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err9 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema9.properties.retries,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.startPeriodSeconds !== undefined){
let data7 = data.startPeriodSeconds;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err10 = {instancePath:instancePath+"/startPeriodSeconds",schemaPath:"#/properties/startPeriodSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema9.properties.startPeriodSeconds.type,parentSchema:schema9.properties.startPeriodSeconds,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 3600 || isNaN(data7)){
const err11 = {instancePath:instancePath+"/startPeriodSeconds",schemaPath:"#/properties/startPeriodSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema9.properties.startPeriodSeconds,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err12 = {instancePath:instancePath+"/startPeriodSeconds",schemaPath:"#/properties/startPeriodSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema9.properties.startPeriodSeconds,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.type,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}
validate18.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema14 = {"type":"array","description":"Functional checks the generated test suite runs against the container","items":{"type":"object","description":"A functional check run against the running container: exactly one of http, tcp or exec, and what to expect","properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","maxLength":64,"description":"Unique name, lowercase letters, digits and dashes"},"description":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":1000,"description":"What the check shows, in one line (the test title)"},"http":{"$ref":"#/$defs/shared9"},"tcp":{"$ref":"#/$defs/shared10"},"exec":{"$ref":"#/$defs/shared11"},"expect":{"$ref":"#/$defs/shared12"},"timeoutSeconds":{"type":"integer","minimum":1,"maximum":120,"description":"How long one probe may take, in seconds (exec probes are killed after it; default 10)"}},"required":["name"],"additionalProperties":false},"maxItems":100};
const pattern32 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 100){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema14.items.required,parentSchema:schema14.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data0){
if(!(((((((key0 === "name") || (key0 === "description")) || (key0 === "http")) || (key0 === "tcp")) || (key0 === "exec")) || (key0 === "expect")) || (key0 === "timeoutSeconds"))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.name !== undefined){
let data1 = data0.name;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err3 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema14.items.properties.name,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern32.test(data1)){
const err4 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema14.items.properties.name,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.items.properties.name.type,parentSchema:schema14.items.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.description !== undefined){
let data2 = data0.description;
if(typeof data2 === "string"){
if(func1(data2) > 1000){
const err6 = {instancePath:instancePath+"/" + i0+"/description",schemaPath:"#/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema14.items.properties.description,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern5.test(data2)){
const err7 = {instancePath:instancePath+"/" + i0+"/description",schemaPath:"#/items/properties/description/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema14.items.properties.description,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/" + i0+"/description",schemaPath:"#/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.items.properties.description.type,parentSchema:schema14.items.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.http !== undefined){
if(!(validate19(data0.http, {instancePath:instancePath+"/" + i0+"/http",parentData:data0,parentDataProperty:"http",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data0.tcp !== undefined){
if(!(validate21(data0.tcp, {instancePath:instancePath+"/" + i0+"/tcp",parentData:data0,parentDataProperty:"tcp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data0.exec !== undefined){
if(!(validate23(data0.exec, {instancePath:instancePath+"/" + i0+"/exec",parentData:data0,parentDataProperty:"exec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data0.expect !== undefined){
if(!(validate25(data0.expect, {instancePath:instancePath+"/" + i0+"/expect",parentData:data0,parentDataProperty:"expect",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data0.timeoutSeconds !== undefined){
let data7 = data0.timeoutSeconds;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err9 = {instancePath:instancePath+"/" + i0+"/timeoutSeconds",schemaPath:"#/items/properties/timeoutSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.items.properties.timeoutSeconds.type,parentSchema:schema14.items.properties.timeoutSeconds,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 120 || isNaN(data7)){
const err10 = {instancePath:instancePath+"/" + i0+"/timeoutSeconds",schemaPath:"#/items/properties/timeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120},message:"must be <= 120",schema:120,parentSchema:schema14.items.properties.timeoutSeconds,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err11 = {instancePath:instancePath+"/" + i0+"/timeoutSeconds",schemaPath:"#/items/properties/timeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.items.properties.timeoutSeconds,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.items.type,parentSchema:schema14.items,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema15 = {"type":"array","description":"Vulnerability findings kept on purpose, each with its justification","items":{"type":"object","description":"A vulnerability finding kept on purpose, with the reason (becomes an OpenVEX statement)","properties":{"id":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9._:-]*$","maxLength":100,"description":"A vulnerability ID: a letter, then letters, digits and . _ : - (e.g. CVE-2024-1234 or GHSA-xxxx-xxxx-xxxx)"},"package":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.+-]*$","maxLength":100,"description":"The package the finding is in: letters, digits and _ . + -, starting with a letter or digit (e.g. libxml2)"},"severity":{"enum":["critical","high","medium","low","negligible","unknown"],"description":"The scanner's severity, shown on the analysis page"},"status":{"enum":["not_affected","affected","fixed","under_investigation"],"description":"OpenVEX status"},"vexJustification":{"enum":["component_not_present","vulnerable_code_not_present","vulnerable_code_not_in_execute_path","vulnerable_code_cannot_be_controlled_by_adversary","inline_mitigations_already_exist"],"description":"OpenVEX justification; required when status is not_affected"},"justification":{"type":"string","pattern":"^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":10000,"minLength":1,"description":"Why the finding is accepted (shown on the analysis page)"},"actionStatement":{"type":"string","pattern":"^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","maxLength":10000,"description":"What users should do; required when status is affected"}},"required":["id","package","status","justification"],"additionalProperties":false},"maxItems":500};
const pattern34 = new RegExp("^[A-Za-z][A-Za-z0-9._:-]*$", "u");
const pattern36 = new RegExp("^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 500){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema15.items.required,parentSchema:schema15.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.package === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'",schema:schema15.items.required,parentSchema:schema15.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.status === undefined){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema15.items.required,parentSchema:schema15.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.justification === undefined){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "justification"},message:"must have required property '"+"justification"+"'",schema:schema15.items.required,parentSchema:schema15.items,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data0){
if(!(((((((key0 === "id") || (key0 === "package")) || (key0 === "severity")) || (key0 === "status")) || (key0 === "vexJustification")) || (key0 === "justification")) || (key0 === "actionStatement"))){
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15.items,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(func1(data1) > 100){
const err6 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema15.items.properties.id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern34.test(data1)){
const err7 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9._:-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9._:-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9._:-]*$",parentSchema:schema15.items.properties.id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.properties.id.type,parentSchema:schema15.items.properties.id,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.package !== undefined){
let data2 = data0.package;
if(typeof data2 === "string"){
if(func1(data2) > 100){
const err9 = {instancePath:instancePath+"/" + i0+"/package",schemaPath:"#/items/properties/package/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema15.items.properties.package,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern14.test(data2)){
const err10 = {instancePath:instancePath+"/" + i0+"/package",schemaPath:"#/items/properties/package/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.+-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.+-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.+-]*$",parentSchema:schema15.items.properties.package,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/" + i0+"/package",schemaPath:"#/items/properties/package/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.properties.package.type,parentSchema:schema15.items.properties.package,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.severity !== undefined){
let data3 = data0.severity;
if(!((((((data3 === "critical") || (data3 === "high")) || (data3 === "medium")) || (data3 === "low")) || (data3 === "negligible")) || (data3 === "unknown"))){
const err12 = {instancePath:instancePath+"/" + i0+"/severity",schemaPath:"#/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema15.items.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema15.items.properties.severity.enum,parentSchema:schema15.items.properties.severity,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.status !== undefined){
let data4 = data0.status;
if(!((((data4 === "not_affected") || (data4 === "affected")) || (data4 === "fixed")) || (data4 === "under_investigation"))){
const err13 = {instancePath:instancePath+"/" + i0+"/status",schemaPath:"#/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema15.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema15.items.properties.status.enum,parentSchema:schema15.items.properties.status,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data0.vexJustification !== undefined){
let data5 = data0.vexJustification;
if(!(((((data5 === "component_not_present") || (data5 === "vulnerable_code_not_present")) || (data5 === "vulnerable_code_not_in_execute_path")) || (data5 === "vulnerable_code_cannot_be_controlled_by_adversary")) || (data5 === "inline_mitigations_already_exist"))){
const err14 = {instancePath:instancePath+"/" + i0+"/vexJustification",schemaPath:"#/items/properties/vexJustification/enum",keyword:"enum",params:{allowedValues: schema15.items.properties.vexJustification.enum},message:"must be equal to one of the allowed values",schema:schema15.items.properties.vexJustification.enum,parentSchema:schema15.items.properties.vexJustification,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data0.justification !== undefined){
let data6 = data0.justification;
if(typeof data6 === "string"){
if(func1(data6) > 10000){
const err15 = {instancePath:instancePath+"/" + i0+"/justification",schemaPath:"#/items/properties/justification/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema15.items.properties.justification,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func1(data6) < 1){
const err16 = {instancePath:instancePath+"/" + i0+"/justification",schemaPath:"#/items/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.items.properties.justification,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern36.test(data6)){
const err17 = {instancePath:instancePath+"/" + i0+"/justification",schemaPath:"#/items/properties/justification/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema15.items.properties.justification,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/" + i0+"/justification",schemaPath:"#/items/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.properties.justification.type,parentSchema:schema15.items.properties.justification,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data0.actionStatement !== undefined){
let data7 = data0.actionStatement;
if(typeof data7 === "string"){
if(func1(data7) > 10000){
const err19 = {instancePath:instancePath+"/" + i0+"/actionStatement",schemaPath:"#/items/properties/actionStatement/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema15.items.properties.actionStatement,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern36.test(data7)){
const err20 = {instancePath:instancePath+"/" + i0+"/actionStatement",schemaPath:"#/items/properties/actionStatement/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema15.items.properties.actionStatement,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/" + i0+"/actionStatement",schemaPath:"#/items/properties/actionStatement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.properties.actionStatement.type,parentSchema:schema15.items.properties.actionStatement,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.items.type,parentSchema:schema15.items,data:data0};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema16 = {"type":"object","description":"Overrides of the base section for this tier (maps merge key by key; lists and scalars replace)","properties":{"description":{"$ref":"#/$defs/shared0"},"package":{"type":"object","description":"The main package and how a tier customises it","properties":{"attr":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$","maxLength":200,"description":"A package attribute path in the package set, e.g. nginx or dockerTools.caCertificates"},"override":{"$ref":"#/$defs/shared1"},"dropConfigureFlags":{"$ref":"#/$defs/shared3"},"dropBuildInputs":{"$ref":"#/$defs/shared4"},"dropFiles":{"$ref":"#/$defs/shared5"},"strip":{"enum":["debug","all","none"],"description":"debug: the package set default (debug info removed); all: also symbol tables (stripAllList); none: keep everything (dontStrip)"}},"additionalProperties":false},"contents":{"$ref":"#/$defs/shared6"},"runtime":{"$ref":"#/$defs/shared7"},"shell":{"type":"boolean","description":"Whether /bin/sh is present (default false)"},"coreutils":{"type":"boolean","description":"Whether coreutils are present (default false)"},"healthcheck":{"$ref":"#/$defs/shared8"},"checks":{"$ref":"#/$defs/shared13"},"acceptedFindings":{"$ref":"#/$defs/shared14"}},"additionalProperties":false};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func0.call(schema16.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.description !== undefined){
if(!(validate1(data.description, {instancePath:instancePath+"/description",parentData:data,parentDataProperty:"description",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
}
if(data.package !== undefined){
let data1 = data.package;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((((((key1 === "attr") || (key1 === "override")) || (key1 === "dropConfigureFlags")) || (key1 === "dropBuildInputs")) || (key1 === "dropFiles")) || (key1 === "strip"))){
const err1 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema16.properties.package,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.attr !== undefined){
let data2 = data1.attr;
if(typeof data2 === "string"){
if(func1(data2) > 200){
const err2 = {instancePath:instancePath+"/package/attr",schemaPath:"#/properties/package/properties/attr/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema16.properties.package.properties.attr,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern8.test(data2)){
const err3 = {instancePath:instancePath+"/package/attr",schemaPath:"#/properties/package/properties/attr/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$",parentSchema:schema16.properties.package.properties.attr,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/package/attr",schemaPath:"#/properties/package/properties/attr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.package.properties.attr.type,parentSchema:schema16.properties.package.properties.attr,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.override !== undefined){
if(!(validate3(data1.override, {instancePath:instancePath+"/package/override",parentData:data1,parentDataProperty:"override",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
}
if(data1.dropConfigureFlags !== undefined){
if(!(validate8(data1.dropConfigureFlags, {instancePath:instancePath+"/package/dropConfigureFlags",parentData:data1,parentDataProperty:"dropConfigureFlags",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
errors = vErrors.length;
}
}
if(data1.dropBuildInputs !== undefined){
if(!(validate10(data1.dropBuildInputs, {instancePath:instancePath+"/package/dropBuildInputs",parentData:data1,parentDataProperty:"dropBuildInputs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
if(data1.dropFiles !== undefined){
if(!(validate12(data1.dropFiles, {instancePath:instancePath+"/package/dropFiles",parentData:data1,parentDataProperty:"dropFiles",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data1.strip !== undefined){
let data7 = data1.strip;
if(!(((data7 === "debug") || (data7 === "all")) || (data7 === "none"))){
const err5 = {instancePath:instancePath+"/package/strip",schemaPath:"#/properties/package/properties/strip/enum",keyword:"enum",params:{allowedValues: schema16.properties.package.properties.strip.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.package.properties.strip.enum,parentSchema:schema16.properties.package.properties.strip,data:data7};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.properties.package.type,parentSchema:schema16.properties.package,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.contents !== undefined){
if(!(validate14(data.contents, {instancePath:instancePath+"/contents",parentData:data,parentDataProperty:"contents",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.runtime !== undefined){
if(!(validate16(data.runtime, {instancePath:instancePath+"/runtime",parentData:data,parentDataProperty:"runtime",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.shell !== undefined){
let data10 = data.shell;
if(typeof data10 !== "boolean"){
const err7 = {instancePath:instancePath+"/shell",schemaPath:"#/properties/shell/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema16.properties.shell.type,parentSchema:schema16.properties.shell,data:data10};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.coreutils !== undefined){
let data11 = data.coreutils;
if(typeof data11 !== "boolean"){
const err8 = {instancePath:instancePath+"/coreutils",schemaPath:"#/properties/coreutils/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema16.properties.coreutils.type,parentSchema:schema16.properties.coreutils,data:data11};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.healthcheck !== undefined){
if(!(validate18(data.healthcheck, {instancePath:instancePath+"/healthcheck",parentData:data,parentDataProperty:"healthcheck",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
if(data.checks !== undefined){
if(!(validate28(data.checks, {instancePath:instancePath+"/checks",parentData:data,parentDataProperty:"checks",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.acceptedFindings !== undefined){
if(!(validate34(data.acceptedFindings, {instancePath:instancePath+"/acceptedFindings",parentData:data,parentDataProperty:"acceptedFindings",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://armorred.dev/schemas/image.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.line === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.description === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.licenses === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "licenses"},message:"must have required property '"+"licenses"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.nixpkgs === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nixpkgs"},message:"must have required property '"+"nixpkgs"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.package === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.runtime === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runtime"},message:"must have required property '"+"runtime"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.tiers === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tiers"},message:"must have required property '"+"tiers"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema0.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema0.properties.name,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern0.test(data0)){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",parentSchema:schema0.properties.name,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.name.type,parentSchema:schema0.properties.name,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err13 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema0.properties.version,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern1.test(data1)){
const err14 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)*([-+][0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)*([-+][0-9A-Za-z.-]+)?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)*([-+][0-9A-Za-z.-]+)?$",parentSchema:schema0.properties.version,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.version.type,parentSchema:schema0.properties.version,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.line !== undefined){
let data2 = data.line;
if(typeof data2 === "string"){
if(func1(data2) > 32){
const err16 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema0.properties.line,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern2.test(data2)){
const err17 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)*$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)*$"+"\"",schema:"^[0-9]+(\\.[0-9]+)*$",parentSchema:schema0.properties.line,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.line.type,parentSchema:schema0.properties.line,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.homepage !== undefined){
let data3 = data.homepage;
if(typeof data3 === "string"){
if(func1(data3) > 2000){
const err19 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema0.properties.homepage,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern3.test(data3)){
const err20 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s<>\"'`\\\\]+$"},message:"must match pattern \""+"^https?://[^\\s<>\"'`\\\\]+$"+"\"",schema:"^https?://[^\\s<>\"'`\\\\]+$",parentSchema:schema0.properties.homepage,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/homepage",schemaPath:"#/properties/homepage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.homepage.type,parentSchema:schema0.properties.homepage,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.source !== undefined){
let data4 = data.source;
if(typeof data4 === "string"){
if(func1(data4) > 2000){
const err22 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema0.properties.source,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern3.test(data4)){
const err23 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s<>\"'`\\\\]+$"},message:"must match pattern \""+"^https?://[^\\s<>\"'`\\\\]+$"+"\"",schema:"^https?://[^\\s<>\"'`\\\\]+$",parentSchema:schema0.properties.source,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.source.type,parentSchema:schema0.properties.source,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.licenses !== undefined){
let data5 = data.licenses;
if(typeof data5 === "string"){
if(func1(data5) > 500){
const err25 = {instancePath:instancePath+"/licenses",schemaPath:"#/properties/licenses/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema0.properties.licenses,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func1(data5) < 1){
const err26 = {instancePath:instancePath+"/licenses",schemaPath:"#/properties/licenses/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.licenses,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern5.test(data5)){
const err27 = {instancePath:instancePath+"/licenses",schemaPath:"#/properties/licenses/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema0.properties.licenses,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/licenses",schemaPath:"#/properties/licenses/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.licenses.type,parentSchema:schema0.properties.licenses,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.nixpkgs !== undefined){
let data6 = data.nixpkgs;
if(typeof data6 === "string"){
if(func1(data6) > 64){
const err29 = {instancePath:instancePath+"/nixpkgs",schemaPath:"#/properties/nixpkgs/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema0.properties.nixpkgs,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern6.test(data6)){
const err30 = {instancePath:instancePath+"/nixpkgs",schemaPath:"#/properties/nixpkgs/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema0.properties.nixpkgs,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/nixpkgs",schemaPath:"#/properties/nixpkgs/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.nixpkgs.type,parentSchema:schema0.properties.nixpkgs,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.description !== undefined){
if(!(validate1(data.description, {instancePath:instancePath+"/description",parentData:data,parentDataProperty:"description",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
}
if(data.package !== undefined){
let data8 = data.package;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.attr === undefined){
const err32 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/required",keyword:"required",params:{missingProperty: "attr"},message:"must have required property '"+"attr"+"'",schema:schema0.properties.package.required,parentSchema:schema0.properties.package,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key1 in data8){
if(!((((((key1 === "attr") || (key1 === "override")) || (key1 === "dropConfigureFlags")) || (key1 === "dropBuildInputs")) || (key1 === "dropFiles")) || (key1 === "strip"))){
const err33 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.package,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data8.attr !== undefined){
let data9 = data8.attr;
if(typeof data9 === "string"){
if(func1(data9) > 200){
const err34 = {instancePath:instancePath+"/package/attr",schemaPath:"#/properties/package/properties/attr/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema0.properties.package.properties.attr,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!pattern8.test(data9)){
const err35 = {instancePath:instancePath+"/package/attr",schemaPath:"#/properties/package/properties/attr/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_'-]*(\\.[A-Za-z_][A-Za-z0-9_'-]*)*$",parentSchema:schema0.properties.package.properties.attr,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/package/attr",schemaPath:"#/properties/package/properties/attr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.package.properties.attr.type,parentSchema:schema0.properties.package.properties.attr,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data8.override !== undefined){
if(!(validate3(data8.override, {instancePath:instancePath+"/package/override",parentData:data8,parentDataProperty:"override",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
}
if(data8.dropConfigureFlags !== undefined){
if(!(validate8(data8.dropConfigureFlags, {instancePath:instancePath+"/package/dropConfigureFlags",parentData:data8,parentDataProperty:"dropConfigureFlags",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
errors = vErrors.length;
}
}
if(data8.dropBuildInputs !== undefined){
if(!(validate10(data8.dropBuildInputs, {instancePath:instancePath+"/package/dropBuildInputs",parentData:data8,parentDataProperty:"dropBuildInputs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
if(data8.dropFiles !== undefined){
if(!(validate12(data8.dropFiles, {instancePath:instancePath+"/package/dropFiles",parentData:data8,parentDataProperty:"dropFiles",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data8.strip !== undefined){
let data14 = data8.strip;
if(!(((data14 === "debug") || (data14 === "all")) || (data14 === "none"))){
const err37 = {instancePath:instancePath+"/package/strip",schemaPath:"#/properties/package/properties/strip/enum",keyword:"enum",params:{allowedValues: schema0.properties.package.properties.strip.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.package.properties.strip.enum,parentSchema:schema0.properties.package.properties.strip,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.package.type,parentSchema:schema0.properties.package,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.contents !== undefined){
if(!(validate14(data.contents, {instancePath:instancePath+"/contents",parentData:data,parentDataProperty:"contents",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.runtime !== undefined){
if(!(validate16(data.runtime, {instancePath:instancePath+"/runtime",parentData:data,parentDataProperty:"runtime",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.shell !== undefined){
let data17 = data.shell;
if(typeof data17 !== "boolean"){
const err39 = {instancePath:instancePath+"/shell",schemaPath:"#/properties/shell/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.shell.type,parentSchema:schema0.properties.shell,data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.coreutils !== undefined){
let data18 = data.coreutils;
if(typeof data18 !== "boolean"){
const err40 = {instancePath:instancePath+"/coreutils",schemaPath:"#/properties/coreutils/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.coreutils.type,parentSchema:schema0.properties.coreutils,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.healthcheck !== undefined){
if(!(validate18(data.healthcheck, {instancePath:instancePath+"/healthcheck",parentData:data,parentDataProperty:"healthcheck",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
if(data.checks !== undefined){
if(!(validate28(data.checks, {instancePath:instancePath+"/checks",parentData:data,parentDataProperty:"checks",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.acceptedFindings !== undefined){
if(!(validate34(data.acceptedFindings, {instancePath:instancePath+"/acceptedFindings",parentData:data,parentDataProperty:"acceptedFindings",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.upstream !== undefined){
let data22 = data.upstream;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.image === undefined){
const err41 = {instancePath:instancePath+"/upstream",schemaPath:"#/properties/upstream/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'",schema:schema0.properties.upstream.required,parentSchema:schema0.properties.upstream,data:data22};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data22.source === undefined){
const err42 = {instancePath:instancePath+"/upstream",schemaPath:"#/properties/upstream/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema0.properties.upstream.required,parentSchema:schema0.properties.upstream,data:data22};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key2 in data22){
if(!((((key2 === "image") || (key2 === "base")) || (key2 === "figures")) || (key2 === "source"))){
const err43 = {instancePath:instancePath+"/upstream",schemaPath:"#/properties/upstream/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.upstream,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data22.image !== undefined){
let data23 = data22.image;
if(typeof data23 === "string"){
if(func1(data23) > 500){
const err44 = {instancePath:instancePath+"/upstream/image",schemaPath:"#/properties/upstream/properties/image/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema0.properties.upstream.properties.image,data:data23};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern38.test(data23)){
const err45 = {instancePath:instancePath+"/upstream/image",schemaPath:"#/properties/upstream/properties/image/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$"},message:"must match pattern \""+"^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$"+"\"",schema:"^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$",parentSchema:schema0.properties.upstream.properties.image,data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/upstream/image",schemaPath:"#/properties/upstream/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.upstream.properties.image.type,parentSchema:schema0.properties.upstream.properties.image,data:data23};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data22.base !== undefined){
let data24 = data22.base;
if(typeof data24 === "string"){
if(func1(data24) > 1000){
const err47 = {instancePath:instancePath+"/upstream/base",schemaPath:"#/properties/upstream/properties/base/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema0.properties.upstream.properties.base,data:data24};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!pattern5.test(data24)){
const err48 = {instancePath:instancePath+"/upstream/base",schemaPath:"#/properties/upstream/properties/base/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema0.properties.upstream.properties.base,data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/upstream/base",schemaPath:"#/properties/upstream/properties/base/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.upstream.properties.base.type,parentSchema:schema0.properties.upstream.properties.base,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data22.figures !== undefined){
let data25 = data22.figures;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.components === undefined){
const err50 = {instancePath:instancePath+"/upstream/figures",schemaPath:"#/properties/upstream/properties/figures/required",keyword:"required",params:{missingProperty: "components"},message:"must have required property '"+"components"+"'",schema:schema0.properties.upstream.properties.figures.required,parentSchema:schema0.properties.upstream.properties.figures,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data25.sizeMB === undefined){
const err51 = {instancePath:instancePath+"/upstream/figures",schemaPath:"#/properties/upstream/properties/figures/required",keyword:"required",params:{missingProperty: "sizeMB"},message:"must have required property '"+"sizeMB"+"'",schema:schema0.properties.upstream.properties.figures.required,parentSchema:schema0.properties.upstream.properties.figures,data:data25};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data25.layers === undefined){
const err52 = {instancePath:instancePath+"/upstream/figures",schemaPath:"#/properties/upstream/properties/figures/required",keyword:"required",params:{missingProperty: "layers"},message:"must have required property '"+"layers"+"'",schema:schema0.properties.upstream.properties.figures.required,parentSchema:schema0.properties.upstream.properties.figures,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data25.vulnerabilities === undefined){
const err53 = {instancePath:instancePath+"/upstream/figures",schemaPath:"#/properties/upstream/properties/figures/required",keyword:"required",params:{missingProperty: "vulnerabilities"},message:"must have required property '"+"vulnerabilities"+"'",schema:schema0.properties.upstream.properties.figures.required,parentSchema:schema0.properties.upstream.properties.figures,data:data25};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key3 in data25){
if(!(((((((key3 === "components") || (key3 === "sizeMB")) || (key3 === "layers")) || (key3 === "vulnerabilities")) || (key3 === "shell")) || (key3 === "coreutils")) || (key3 === "user"))){
const err54 = {instancePath:instancePath+"/upstream/figures",schemaPath:"#/properties/upstream/properties/figures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.upstream.properties.figures,data:data25};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data25.components !== undefined){
let data26 = data25.components;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err55 = {instancePath:instancePath+"/upstream/figures/components",schemaPath:"#/properties/upstream/properties/figures/properties/components/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.upstream.properties.figures.properties.components.type,parentSchema:schema0.properties.upstream.properties.figures.properties.components,data:data26};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err56 = {instancePath:instancePath+"/upstream/figures/components",schemaPath:"#/properties/upstream/properties/figures/properties/components/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.upstream.properties.figures.properties.components,data:data26};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
if(data25.sizeMB !== undefined){
let data27 = data25.sizeMB;
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err57 = {instancePath:instancePath+"/upstream/figures/sizeMB",schemaPath:"#/properties/upstream/properties/figures/properties/sizeMB/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.upstream.properties.figures.properties.sizeMB,data:data27};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/upstream/figures/sizeMB",schemaPath:"#/properties/upstream/properties/figures/properties/sizeMB/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema0.properties.upstream.properties.figures.properties.sizeMB.type,parentSchema:schema0.properties.upstream.properties.figures.properties.sizeMB,data:data27};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data25.layers !== undefined){
let data28 = data25.layers;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err59 = {instancePath:instancePath+"/upstream/figures/layers",schemaPath:"#/properties/upstream/properties/figures/properties/layers/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.upstream.properties.figures.properties.layers.type,parentSchema:schema0.properties.upstream.properties.figures.properties.layers,data:data28};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err60 = {instancePath:instancePath+"/upstream/figures/layers",schemaPath:"#/properties/upstream/properties/figures/properties/layers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.upstream.properties.figures.properties.layers,data:data28};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
if(data25.vulnerabilities !== undefined){
let data29 = data25.vulnerabilities;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.critical === undefined){
const err61 = {instancePath:instancePath+"/upstream/figures/vulnerabilities",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/required",keyword:"required",params:{missingProperty: "critical"},message:"must have required property '"+"critical"+"'",schema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.required,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities,data:data29};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data29.high === undefined){
const err62 = {instancePath:instancePath+"/upstream/figures/vulnerabilities",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/required",keyword:"required",params:{missingProperty: "high"},message:"must have required property '"+"high"+"'",schema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.required,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities,data:data29};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data29.medium === undefined){
const err63 = {instancePath:instancePath+"/upstream/figures/vulnerabilities",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/required",keyword:"required",params:{missingProperty: "medium"},message:"must have required property '"+"medium"+"'",schema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.required,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities,data:data29};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data29.low === undefined){
const err64 = {instancePath:instancePath+"/upstream/figures/vulnerabilities",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/required",keyword:"required",params:{missingProperty: "low"},message:"must have required property '"+"low"+"'",schema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.required,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities,data:data29};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key4 in data29){
if(!(((((key4 === "critical") || (key4 === "high")) || (key4 === "medium")) || (key4 === "low")) || (key4 === "total"))){
const err65 = {instancePath:instancePath+"/upstream/figures/vulnerabilities",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities,data:data29};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data29.critical !== undefined){
let data30 = data29.critical;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err66 = {instancePath:instancePath+"/upstream/figures/vulnerabilities/critical",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.critical.type,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.critical,data:data30};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err67 = {instancePath:instancePath+"/upstream/figures/vulnerabilities/critical",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.critical,data:data30};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
if(data29.high !== undefined){
let data31 = data29.high;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err68 = {instancePath:instancePath+"/upstream/figures/vulnerabilities/high",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/properties/high/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.high.type,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.high,data:data31};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
const err69 = {instancePath:instancePath+"/upstream/figures/vulnerabilities/high",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/properties/high/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.high,data:data31};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
if(data29.medium !== undefined){
let data32 = data29.medium;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err70 = {instancePath:instancePath+"/upstream/figures/vulnerabilities/medium",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/properties/medium/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.medium.type,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.medium,data:data32};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
const err71 = {instancePath:instancePath+"/upstream/figures/vulnerabilities/medium",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/properties/medium/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.medium,data:data32};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
if(data29.low !== undefined){
let data33 = data29.low;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err72 = {instancePath:instancePath+"/upstream/figures/vulnerabilities/low",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/properties/low/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.low.type,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.low,data:data33};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err73 = {instancePath:instancePath+"/upstream/figures/vulnerabilities/low",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/properties/low/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.low,data:data33};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
if(data29.total !== undefined){
let data34 = data29.total;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err74 = {instancePath:instancePath+"/upstream/figures/vulnerabilities/total",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.total.type,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.total,data:data34};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 0 || isNaN(data34)){
const err75 = {instancePath:instancePath+"/upstream/figures/vulnerabilities/total",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.properties.total,data:data34};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
}
else {
const err76 = {instancePath:instancePath+"/upstream/figures/vulnerabilities",schemaPath:"#/properties/upstream/properties/figures/properties/vulnerabilities/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.upstream.properties.figures.properties.vulnerabilities.type,parentSchema:schema0.properties.upstream.properties.figures.properties.vulnerabilities,data:data29};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data25.shell !== undefined){
let data35 = data25.shell;
if(typeof data35 !== "boolean"){
const err77 = {instancePath:instancePath+"/upstream/figures/shell",schemaPath:"#/properties/upstream/properties/figures/properties/shell/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.upstream.properties.figures.properties.shell.type,parentSchema:schema0.properties.upstream.properties.figures.properties.shell,data:data35};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data25.coreutils !== undefined){
let data36 = data25.coreutils;
if(!(((data36 === "full") || (data36 === "partial")) || (data36 === "absent"))){
const err78 = {instancePath:instancePath+"/upstream/figures/coreutils",schemaPath:"#/properties/upstream/properties/figures/properties/coreutils/enum",keyword:"enum",params:{allowedValues: schema0.properties.upstream.properties.figures.properties.coreutils.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.upstream.properties.figures.properties.coreutils.enum,parentSchema:schema0.properties.upstream.properties.figures.properties.coreutils,data:data36};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data25.user !== undefined){
let data37 = data25.user;
if(typeof data37 === "string"){
if(func1(data37) > 1000){
const err79 = {instancePath:instancePath+"/upstream/figures/user",schemaPath:"#/properties/upstream/properties/figures/properties/user/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema0.properties.upstream.properties.figures.properties.user,data:data37};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(!pattern5.test(data37)){
const err80 = {instancePath:instancePath+"/upstream/figures/user",schemaPath:"#/properties/upstream/properties/figures/properties/user/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema0.properties.upstream.properties.figures.properties.user,data:data37};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/upstream/figures/user",schemaPath:"#/properties/upstream/properties/figures/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.upstream.properties.figures.properties.user.type,parentSchema:schema0.properties.upstream.properties.figures.properties.user,data:data37};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/upstream/figures",schemaPath:"#/properties/upstream/properties/figures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.upstream.properties.figures.type,parentSchema:schema0.properties.upstream.properties.figures,data:data25};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data22.source !== undefined){
let data38 = data22.source;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.citation === undefined){
const err83 = {instancePath:instancePath+"/upstream/source",schemaPath:"#/properties/upstream/properties/source/required",keyword:"required",params:{missingProperty: "citation"},message:"must have required property '"+"citation"+"'",schema:schema0.properties.upstream.properties.source.required,parentSchema:schema0.properties.upstream.properties.source,data:data38};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
for(const key5 in data38){
if(!((((key5 === "citation") || (key5 === "url")) || (key5 === "date")) || (key5 === "commands"))){
const err84 = {instancePath:instancePath+"/upstream/source",schemaPath:"#/properties/upstream/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.upstream.properties.source,data:data38};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data38.citation !== undefined){
let data39 = data38.citation;
if(typeof data39 === "string"){
if(func1(data39) > 1000){
const err85 = {instancePath:instancePath+"/upstream/source/citation",schemaPath:"#/properties/upstream/properties/source/properties/citation/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema0.properties.upstream.properties.source.properties.citation,data:data39};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(func1(data39) < 1){
const err86 = {instancePath:instancePath+"/upstream/source/citation",schemaPath:"#/properties/upstream/properties/source/properties/citation/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.upstream.properties.source.properties.citation,data:data39};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(!pattern5.test(data39)){
const err87 = {instancePath:instancePath+"/upstream/source/citation",schemaPath:"#/properties/upstream/properties/source/properties/citation/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema0.properties.upstream.properties.source.properties.citation,data:data39};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/upstream/source/citation",schemaPath:"#/properties/upstream/properties/source/properties/citation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.upstream.properties.source.properties.citation.type,parentSchema:schema0.properties.upstream.properties.source.properties.citation,data:data39};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data38.url !== undefined){
let data40 = data38.url;
if(typeof data40 === "string"){
if(func1(data40) > 2000){
const err89 = {instancePath:instancePath+"/upstream/source/url",schemaPath:"#/properties/upstream/properties/source/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema0.properties.upstream.properties.source.properties.url,data:data40};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(!pattern3.test(data40)){
const err90 = {instancePath:instancePath+"/upstream/source/url",schemaPath:"#/properties/upstream/properties/source/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s<>\"'`\\\\]+$"},message:"must match pattern \""+"^https?://[^\\s<>\"'`\\\\]+$"+"\"",schema:"^https?://[^\\s<>\"'`\\\\]+$",parentSchema:schema0.properties.upstream.properties.source.properties.url,data:data40};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/upstream/source/url",schemaPath:"#/properties/upstream/properties/source/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.upstream.properties.source.properties.url.type,parentSchema:schema0.properties.upstream.properties.source.properties.url,data:data40};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data38.date !== undefined){
let data41 = data38.date;
if(typeof data41 === "string"){
if(!pattern43.test(data41)){
const err92 = {instancePath:instancePath+"/upstream/source/date",schemaPath:"#/properties/upstream/properties/source/properties/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema0.properties.upstream.properties.source.properties.date,data:data41};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/upstream/source/date",schemaPath:"#/properties/upstream/properties/source/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.upstream.properties.source.properties.date.type,parentSchema:schema0.properties.upstream.properties.source.properties.date,data:data41};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data38.commands !== undefined){
let data42 = data38.commands;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key6 in data42){
if(!((((key6 === "components") || (key6 === "size")) || (key6 === "layers")) || (key6 === "vulnerabilities"))){
const err94 = {instancePath:instancePath+"/upstream/source/commands",schemaPath:"#/properties/upstream/properties/source/properties/commands/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.upstream.properties.source.properties.commands,data:data42};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data42.components !== undefined){
let data43 = data42.components;
if(typeof data43 === "string"){
if(func1(data43) > 1000){
const err95 = {instancePath:instancePath+"/upstream/source/commands/components",schemaPath:"#/properties/upstream/properties/source/properties/commands/properties/components/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema0.properties.upstream.properties.source.properties.commands.properties.components,data:data43};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!pattern5.test(data43)){
const err96 = {instancePath:instancePath+"/upstream/source/commands/components",schemaPath:"#/properties/upstream/properties/source/properties/commands/properties/components/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema0.properties.upstream.properties.source.properties.commands.properties.components,data:data43};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/upstream/source/commands/components",schemaPath:"#/properties/upstream/properties/source/properties/commands/properties/components/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.upstream.properties.source.properties.commands.properties.components.type,parentSchema:schema0.properties.upstream.properties.source.properties.commands.properties.components,data:data43};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data42.size !== undefined){
let data44 = data42.size;
if(typeof data44 === "string"){
if(func1(data44) > 1000){
const err98 = {instancePath:instancePath+"/upstream/source/commands/size",schemaPath:"#/properties/upstream/properties/source/properties/commands/properties/size/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema0.properties.upstream.properties.source.properties.commands.properties.size,data:data44};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(!pattern5.test(data44)){
const err99 = {instancePath:instancePath+"/upstream/source/commands/size",schemaPath:"#/properties/upstream/properties/source/properties/commands/properties/size/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema0.properties.upstream.properties.source.properties.commands.properties.size,data:data44};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/upstream/source/commands/size",schemaPath:"#/properties/upstream/properties/source/properties/commands/properties/size/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.upstream.properties.source.properties.commands.properties.size.type,parentSchema:schema0.properties.upstream.properties.source.properties.commands.properties.size,data:data44};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data42.layers !== undefined){
let data45 = data42.layers;
if(typeof data45 === "string"){
if(func1(data45) > 1000){
const err101 = {instancePath:instancePath+"/upstream/source/commands/layers",schemaPath:"#/properties/upstream/properties/source/properties/commands/properties/layers/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema0.properties.upstream.properties.source.properties.commands.properties.layers,data:data45};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(!pattern5.test(data45)){
const err102 = {instancePath:instancePath+"/upstream/source/commands/layers",schemaPath:"#/properties/upstream/properties/source/properties/commands/properties/layers/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema0.properties.upstream.properties.source.properties.commands.properties.layers,data:data45};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/upstream/source/commands/layers",schemaPath:"#/properties/upstream/properties/source/properties/commands/properties/layers/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.upstream.properties.source.properties.commands.properties.layers.type,parentSchema:schema0.properties.upstream.properties.source.properties.commands.properties.layers,data:data45};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data42.vulnerabilities !== undefined){
let data46 = data42.vulnerabilities;
if(typeof data46 === "string"){
if(func1(data46) > 1000){
const err104 = {instancePath:instancePath+"/upstream/source/commands/vulnerabilities",schemaPath:"#/properties/upstream/properties/source/properties/commands/properties/vulnerabilities/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema0.properties.upstream.properties.source.properties.commands.properties.vulnerabilities,data:data46};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(!pattern5.test(data46)){
const err105 = {instancePath:instancePath+"/upstream/source/commands/vulnerabilities",schemaPath:"#/properties/upstream/properties/source/properties/commands/properties/vulnerabilities/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema0.properties.upstream.properties.source.properties.commands.properties.vulnerabilities,data:data46};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/upstream/source/commands/vulnerabilities",schemaPath:"#/properties/upstream/properties/source/properties/commands/properties/vulnerabilities/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.upstream.properties.source.properties.commands.properties.vulnerabilities.type,parentSchema:schema0.properties.upstream.properties.source.properties.commands.properties.vulnerabilities,data:data46};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/upstream/source/commands",schemaPath:"#/properties/upstream/properties/source/properties/commands/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.upstream.properties.source.properties.commands.type,parentSchema:schema0.properties.upstream.properties.source.properties.commands,data:data42};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/upstream/source",schemaPath:"#/properties/upstream/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.upstream.properties.source.type,parentSchema:schema0.properties.upstream.properties.source,data:data38};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/upstream",schemaPath:"#/properties/upstream/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.upstream.type,parentSchema:schema0.properties.upstream,data:data22};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data.tiers !== undefined){
let data47 = data.tiers;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.hardened === undefined){
const err110 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/required",keyword:"required",params:{missingProperty: "hardened"},message:"must have required property '"+"hardened"+"'",schema:schema0.properties.tiers.required,parentSchema:schema0.properties.tiers,data:data47};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data47.locked === undefined){
const err111 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/required",keyword:"required",params:{missingProperty: "locked"},message:"must have required property '"+"locked"+"'",schema:schema0.properties.tiers.required,parentSchema:schema0.properties.tiers,data:data47};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
for(const key7 in data47){
if(!((key7 === "hardened") || (key7 === "locked"))){
const err112 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.tiers,data:data47};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data47.hardened !== undefined){
if(!(validate36(data47.hardened, {instancePath:instancePath+"/tiers/hardened",parentData:data47,parentDataProperty:"hardened",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data47.locked !== undefined){
if(!(validate36(data47.locked, {instancePath:instancePath+"/tiers/locked",parentData:data47,parentDataProperty:"locked",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err113 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.tiers.type,parentSchema:schema0.properties.tiers,data:data47};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

