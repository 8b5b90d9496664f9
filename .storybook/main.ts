/**
 * Storybook for news-widgets: every element's stories (stories/*.stories.ts) and the docs pages
 * (stories/*.mdx), with controls and docs generated from custom-elements.json.
 *
 * The project's vite.config.ts is loaded too (Storybook keeps its plugins and drops `build`), so
 * `storybook dev` mounts the demo's mock endpoint at /api, as `vite` does for the demo pages.
 * It builds and runs offline: no telemetry, no update notices.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Demo articles keep their images at /demo/data/images/… (where the mock endpoint finds them);
  // stories that pass them as `article` load them from the same path.
  staticDirs: [{ from: '../demo/data/images', to: '/demo/data/images' }],
  docs: { defaultName: 'Docs' },
  // Storybook's renderer imports lit/directive-helpers.js, which Vite would otherwise serve
  // unbundled in dev: a second copy of lit-html beside the pre-bundled one.
  viteFinal: (config) => mergeConfig(config, { optimizeDeps: { include: ['lit/directive-helpers.js'] } }),
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
};

export default config;
