import { describe, expect, it } from 'vitest';
import { renderChangelog } from './changelog.js';

describe('renderChangelog', () => {
  const html = renderChangelog(
    '# @armorred/image-nginx-1.26\n\n## 1.26.3\n\n### Patch Changes\n\n- Fixed [the config](nginx.conf), see [docs](https://example.org) <b onclick="x">bold</b>\n',
    { linkBase: 'https://github.com/armorred/images/blob/main/images/nginx-1.26/', headingLevel: 3 },
  );

  it('drops the package-name heading and moves the others below the page’s own', () => {
    expect(html).not.toContain('@armorred/image-nginx-1.26');
    expect(html).toMatch(/^<h3>1\.26\.3<\/h3>\n<h4>Patch Changes<\/h4>/);
  });

  it('points links relative to the image folder at the repository, and shows raw HTML as text', () => {
    expect(html).toContain('<a href="https://github.com/armorred/images/blob/main/images/nginx-1.26/nginx.conf">the config</a>');
    expect(html).toContain('<a href="https://example.org">docs</a>');
    expect(html).toContain('&lt;b onclick=&quot;x&quot;&gt;bold&lt;/b&gt;');
  });
});
