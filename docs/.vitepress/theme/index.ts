// The default theme, with the catalog's table component and styles for generated pages
// (tables, charts).
import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import CatalogIndex from './components/CatalogIndex.vue';
import './custom.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('CatalogIndex', CatalogIndex);
  },
} satisfies Theme;
