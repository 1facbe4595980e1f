// The Images documentation site (VitePress). Before VitePress reads docs/, the catalog is
// turned into pages and files under docs/generated (gitignored) by @armorred/site; a
// generated page is served where the image's documentation label points:
// docs/generated/images/<image>.md -> <base><image>/. Release records are given with
// ARMORRED_RELEASES=<file> (the JSON `armorred releases IMAGE --registry R --json` prints).
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitepress';
import { CATALOG_FILE, IMAGES_DIR, SITE_GENERATED_DIR } from '@armorred/repository';
import { GENERATED, readReleasesFile, rewritePage, searchablePart, writeSiteSources } from '@armorred/site';

const root = fileURLToPath(new URL('../..', import.meta.url));
const generatedDir = join(root, SITE_GENERATED_DIR);

function generate() {
  const releasesFile = process.env.ARMORRED_RELEASES;
  return writeSiteSources(root, releasesFile ? { releases: readReleasesFile(releasesFile) } : {});
}

const sources = generate();

/** docs:dev: regenerate the pages when a spec, analysis, SBOM or changelog changes (VitePress then reloads them). */
function catalogWatcher(): Plugin {
  const catalogFile = join(root, CATALOG_FILE);
  const imagesDir = join(root, IMAGES_DIR) + sep;
  let timer: NodeJS.Timeout | undefined;
  return {
    name: 'armorred:catalog-watcher',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add([catalogFile, imagesDir]);
      server.watcher.on('all', (_event, file) => {
        if (file !== catalogFile && !file.startsWith(imagesDir)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          try {
            const { written, removed } = generate();
            if (written + removed > 0) server.config.logger.info(`armorred: regenerated ${written} and removed ${removed} site files`, { timestamp: true });
          } catch (error) {
            server.config.logger.error(`armorred: ${(error as Error).message}`, { timestamp: true });
          }
        }, 200);
      });
    },
  };
}

// A shield, inline: no icon file to serve, and browsers do not ask the server for /favicon.ico.
const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 2 4 6v9c0 7.5 5.1 13.4 12 15 6.9-1.6 12-7.5 12-15V6z" fill="#b42318"/></svg>',
)}`;

const DESCRIPTION = 'Hardened container images built FROM scratch with Nix: tiers, analysis, SBOMs and how to run them';

export default defineConfig({
  title: 'ARMORRED Images',
  description: DESCRIPTION,
  // VitePress 1.6.4 writes a page's description into <meta name="description"> without
  // escaping it, and an image page's description comes from its spec: give it as a head tag
  // instead, whose attributes VitePress escapes (and which replaces the unescaped one).
  transformHead: ({ pageData }) => [['meta', { name: 'description', content: pageData.description || DESCRIPTION }]],
  lang: 'en',
  base: sources.base,
  cleanUrls: false,
  // The build grows linearly with the catalog: the page hash map goes to one chunk instead of
  // into every page, and the sidebar does not list the images (the catalog index does).
  metaChunk: true,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: FAVICON }]],
  sitemap: sources.documentation ? { hostname: sources.documentation } : undefined,
  rewrites: (page) => rewritePage(page) ?? page,
  markdown: {
    // Syntax colours with WCAG AA contrast on the code background.
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
    // Inline code is shown as written, as on GitHub: `podman inspect --format {{.State.Pid}}`
    // must not become a Vue interpolation (VitePress already leaves code blocks alone).
    config: (md) => {
      const render = md.renderer.rules.code_inline!;
      md.renderer.rules.code_inline = (tokens, index, options, env, self) => {
        tokens[index]!.attrSet('v-pre', '');
        return render(tokens, index, options, env, self);
      };
    },
  },
  themeConfig: {
    search: {
      provider: 'local',
      options: {
        // Image pages are indexed by title, description and headings (see searchablePart).
        _render: (src, env, md) => md.render(env.relativePath.startsWith('generated/images/') ? searchablePart(src) : src, env),
      },
    },
    nav: [
      { text: 'Catalog', link: '/catalog' },
      { text: 'Compare', link: '/comparison' },
      { text: 'Spec', link: '/spec' },
      { text: 'Reference', link: '/reference' },
    ],
    sidebar: [
      {
        text: 'Catalog',
        items: [
          { text: 'Overview', link: '/' },
          { text: 'All images', link: '/catalog' },
          { text: 'Comparison', link: '/comparison' },
        ],
      },
      {
        text: 'Guides',
        items: [
          { text: 'The image spec', link: '/spec' },
          { text: 'Spec reference', link: '/reference' },
          { text: 'Testing an image', link: '/testing' },
          { text: 'Analysis, SBOMs and VEX', link: '/analysis' },
          { text: 'Scanner reports', link: '/reports' },
          { text: 'Publishing', link: '/publishing' },
          { text: 'This site', link: '/site' },
          { text: 'Security: hostile pull requests', link: '/security' },
        ],
      },
    ],
    outline: { level: [2, 3] },
    // The link's accessible name must contain its visible text (axe: label-content-name-mismatch).
    notFound: { linkText: 'Take me home', linkLabel: 'Take me home' },
    socialLinks: [{ icon: 'github', link: sources.repository }],
  },
  vite: {
    // The SBOM and VEX files the image pages link to.
    publicDir: join(generatedDir, GENERATED.public),
    resolve: { alias: { '@generated': generatedDir } },
    plugins: [catalogWatcher()],
  },
});
