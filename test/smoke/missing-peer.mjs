// The React wrappers without their optional peer @lit/react, as a partner who skipped that
// install meets them: a Vite app importing news-widgets/react still builds (Vite puts a stand-in
// module in the peer's place; a named import from it used to fail the build with a MISSING_EXPORT
// naming no package), and when it runs, the error names @lit/react (issue 18).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';
import { serveApps } from './framework-apps.mjs';

/** What the app needs, linked from the consumer's install: everything but @lit/react. */
const LINKED = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-dom-shim', 'react', 'react-dom', 'scheduler'];

export async function checkMissingPeer(consumer, env) {
  // Outside the consumer's folder, whose node_modules holds @lit/react.
  const app = mkdtempSync(join(tmpdir(), 'news-widgets-no-lit-react-'));
  try {
    const modules = join(app, 'node_modules');
    cpSync(join(consumer, 'node_modules', 'news-widgets'), join(modules, 'news-widgets'), { recursive: true });
    for (const name of LINKED) {
      mkdirSync(join(modules, name, '..'), { recursive: true });
      symlinkSync(join(consumer, 'node_modules', name), join(modules, name), 'dir');
    }
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'no-lit-react', private: true, type: 'module' }));
    writeFileSync(join(app, 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="./main.js"></script>');
    writeFileSync(join(app, 'main.js'), "import { NewsArticleCard } from 'news-widgets/react';\nconsole.log(NewsArticleCard);\n");
    const outDir = join(consumer, 'apps', 'no-lit-react', 'dist');
    const vite = join(consumer, 'node_modules', 'vite', 'bin', 'vite.js');
    const built = spawnSync(process.execPath, [vite, 'build', '--base', './', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], { cwd: app, env, encoding: 'utf8' });
    if (built.status !== 0) return [`an app without @lit/react does not build:\n${built.stdout}${built.stderr}`.slice(0, 3000)];
    const server = await serveApps(consumer);
    const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
    try {
      const page = await browser.newPage();
      const failed = page.waitForEvent('pageerror', { timeout: 15_000 });
      await page.goto(`http://127.0.0.1:${server.address().port}/no-lit-react/`);
      const { message } = await failed;
      if (!message.includes('"@lit/react"')) return [`without @lit/react, the page fails with: ${message}`];
      console.log(`ok: without @lit/react, a Vite app builds and its page says: ${message}`);
      return [];
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}
