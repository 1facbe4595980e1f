import { describe, expect, it } from 'vitest';
import { escapeHtml, fence, heading, htmlBlock, table, tableBlock, text } from './html.js';

describe('escaping for VitePress pages', () => {
  it('escapes the five HTML characters and folds newlines', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'\n\nz`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;  z');
  });

  it('keeps an HTML block on one line and out of Vue’s hands (v-pre)', () => {
    const block = htmlBlock('div', { class: 'x' }, text('p', {}, '{{ constructor.constructor("alert(1)")() }}'), '<pre>a\n\nb</pre>');
    expect(block).toBe('<div class="x" v-pre><p>{{ constructor.constructor(&quot;alert(1)&quot;)() }}</p><pre>a&#10;&#10;b</pre></div>');
    expect(block).not.toContain('\n');
  });

  it('makes accessible tables: caption, column and row headers, numeric columns', () => {
    const html = table('Sizes', [{ label: 'Tier' }, { label: 'Size', numeric: true }], [['hardened', { html: '58 MB', attrs: { 'data-value': 58 } }]]);
    expect(html).toBe(
      '<table><caption>Sizes</caption><thead><tr><th scope="col">Tier</th><th scope="col" class="num">Size</th></tr></thead>' +
        '<tbody><tr><th scope="row">hardened</th><td class="num" data-value="58">58 MB</td></tr></tbody></table>',
    );
    expect(tableBlock('Sizes', [{ label: 'Tier' }], [])).toMatch(/^<div class="table-wrap" role="region" aria-label="Sizes" tabindex="0" v-pre><table>/);
  });

  it('fences code with more backticks than the code holds', () => {
    expect(fence('sh', 'echo ok')).toBe('```sh\necho ok\n```');
    expect(fence('md', 'a ```` b', 'title')).toBe('`````md [title]\na ```` b\n`````');
  });

  it('writes headings as plain text and refuses braces', () => {
    expect(heading(2, 'nginx 1.26 *x* <b>', 'x')).toBe('## nginx 1.26 &#42;x&#42; &#60;b&#62; {#x}');
    expect(() => heading(1, '{{ x }}')).toThrow('braces');
  });
});
