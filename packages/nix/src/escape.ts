// The one way spec strings reach Nix (and the shell scripts inside Nix strings).
// A spec value is always data: it becomes a Nix string literal, never Nix code.

/** A Nix double-quoted string literal whose value is exactly `value`. */
export function nixString(value: string): string {
  if (value.includes('\0')) throw new Error('a NUL character cannot be represented in a Nix string');
  let literal = '"';
  for (const char of value) {
    switch (char) {
      case '\\':
        literal += '\\\\';
        break;
      case '"':
        literal += '\\"';
        break;
      // Every `$` is escaped, so neither `${` nor `$${` can start an interpolation.
      case '$':
        literal += '\\$';
        break;
      case '\n':
        literal += '\\n';
        break;
      case '\r':
        literal += '\\r';
        break;
      case '\t':
        literal += '\\t';
        break;
      default:
        literal += char;
    }
  }
  return `${literal}"`;
}

/** A reference to a Nix binding of the generator's own making (never a spec value). */
export interface NixRef {
  nix: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function nixRef(name: string): NixRef {
  if (!IDENTIFIER.test(name)) throw new Error(`not a generator identifier: ${name}`);
  return { nix: name };
}

/** A Nix string literal of literal text and interpolated generator bindings. */
export function nixInterpolated(parts: readonly (string | NixRef)[]): string {
  return `"${parts.map((part) => (typeof part === 'string' ? nixString(part).slice(1, -1) : `\${${part.nix}}`)).join('')}"`;
}

/** An attribute path, each part quoted: `pkgs."dockerTools"."caCertificates"`. */
export function nixAttrPath(root: string, path: string): string {
  return [root, ...path.split('.').map(nixString)].join('.');
}

/** A POSIX shell word whose value is exactly `value`. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
