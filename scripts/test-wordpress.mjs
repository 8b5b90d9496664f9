// `npm run test:wordpress`: the widgets against a real WordPress. As root on Debian it installs
// Debian's WordPress, MariaDB and PHP (apt), starts MariaDB and PHP's built-in server on
// 127.0.0.1 (by PID, stopped at the end), installs the site and its bilingual kk/ru content
// (test/wordpress/), and runs the checks of test/wordpress/checks.mjs in Chromium against the
// live REST API. Anywhere else it says why it cannot run and exits 0 ("skipped").
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, formatDuration, isMain } from './lib.mjs';

const PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'php-cli',
  'php-mysql',
  // Without gd WordPress makes no image sizes (no srcset); without mbstring Cyrillic slugs keep their case.
  'php-gd',
  'php-mbstring',
];
const WORDPRESS = '/usr/share/wordpress';
const HERE = join(ROOT, 'test', 'wordpress');
const DB = { name: 'wordpress', user: 'wordpress', password: 'news-widgets-test' };

const log = (line) => console.log(`test:wordpress: ${line}`);

/** Why this machine cannot run the suite, or undefined when it can. */
function cannotRun() {
  if (process.platform !== 'linux') return `needs Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'needs root, to install packages with apt-get and write /etc/wordpress/';
  if (!existsSync('/etc/debian_version') || !existsSync('/usr/bin/apt-get')) return "needs Debian's apt-get and its wordpress package";
  return undefined;
}

const installed = (name) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout.includes('install ok installed');

function apt(args) {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0 ? undefined : result.stderr.trim().split('\n').pop();
}

/** Installs what is missing; an error message when apt cannot. */
function installPackages() {
  const missing = PACKAGES.filter((name) => !installed(name));
  if (!missing.length) return undefined;
  log(`installing ${missing.join(' ')} with apt-get…`);
  // Debian starts Apache and MariaDB as services on install; this suite runs its own, on loopback.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const args = ['install', '-y', '--no-install-recommends', ...missing];
    if (!apt(args)) return undefined;
    apt(['update']);
    return apt(args);
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `ready()` until it is true, or throws after `ms`. */
async function waitFor(what, ready, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${ms / 1000} s`);
    await sleep(200);
  }
}

/** Runs a command to completion; throws with its output when it fails. */
function runOrThrow(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} failed: ${(result.stderr || result.stdout || result.error?.message || '').trim()}`);
  return result.stdout;
}

/**
 * The README's WordPress snippet (its "In WordPress" section) as the block editor stores it in a
 * Custom HTML block, pointed at `library` (the built bundle) and at this site's REST API with the
 * `wordpress` adapter. `{{post:court-digital}}` becomes the seed post's id in install.php.
 */
function quickstartBlock(library, endpoint) {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const snippet = /## In WordPress[^\n]*\n[\s\S]*?```html\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!snippet) throw new Error("README.md has no ```html snippet under its WordPress heading");
  let block = snippet.trimEnd();
  for (const [from, to] of [
    [/https:\/\/[^"]+\/dist\/news-widgets\.js/, library],
    [/endpoint="[^"]*"/, `adapter="wordpress" endpoint="${endpoint}"`],
    [/article-id="[^"]*"/, 'article-id="{{post:court-digital}}"'],
  ]) {
    if (!from.test(block)) throw new Error(`README.md's WordPress snippet has no ${from}`);
    block = block.replace(from, to);
  }
  return `<!-- wp:html -->\n${block}\n<!-- /wp:html -->`;
}

/**
 * Starts the servers, installs the site; `stop()` undoes everything it did. With `library` (the
 * URL of dist/news-widgets.js), the site also gets a page holding the README's quickstart.
 */
async function startWordPress(work, { library } = {}) {
  const started = [];
  const cleanups = [];
  const stop = async () => {
    for (const child of started.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      if ((await Promise.race([exited, sleep(15_000).then(() => 'late')])) === 'late') process.kill(-child.pid, 'SIGKILL');
    }
    for (const cleanup of cleanups.reverse()) cleanup();
  };
  /** Starts a server in a process group of its own, so stopping it stops its workers too. */
  const startProcess = (command, args, logFile, env = {}) => {
    const out = openSync(join(work, logFile), 'w');
    const child = spawn(command, args, { stdio: ['ignore', out, out], detached: true, env: { ...process.env, ...env } });
    closeSync(out);
    started.push(child);
    return child;
  };

  try {
    // MariaDB on a fresh data directory, TCP on loopback only.
    const dataDir = join(work, 'mariadb');
    const socket = join(work, 'mariadb.sock');
    const dbPort = await freePort();
    runOrThrow('mariadb-install-db', ['--no-defaults', `--datadir=${dataDir}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db']);
    const mariadb = startProcess('mariadbd', [
      '--no-defaults', `--datadir=${dataDir}`, `--socket=${socket}`, `--port=${dbPort}`, '--bind-address=127.0.0.1',
      '--skip-name-resolve', '--user=root', `--pid-file=${join(work, 'mariadb.pid')}`, '--innodb-buffer-pool-size=32M',
    ], 'mariadb.log');
    const sql = (statement) => spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], { encoding: 'utf8' });
    await waitFor('MariaDB', () => mariadb.exitCode === null && sql('SELECT 1').status === 0);
    log(`MariaDB is up on 127.0.0.1:${dbPort} (PID ${mariadb.pid})`);
    const created = sql(
      `CREATE DATABASE ${DB.name} CHARACTER SET utf8mb4; CREATE USER '${DB.user}'@'127.0.0.1' IDENTIFIED BY '${DB.password}';` +
        ` GRANT ALL ON ${DB.name}.* TO '${DB.user}'@'127.0.0.1';`,
    );
    if (created.status !== 0) throw new Error(`could not create the database: ${created.stderr}`);

    // WordPress: Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php.
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const content = join(work, 'wp-content');
    mkdirSync(join(content, 'uploads'), { recursive: true });
    mkdirSync(join(content, 'plugins'));
    mkdirSync(join(content, 'mu-plugins'));
    symlinkSync(join(WORDPRESS, 'wp-content', 'themes'), join(content, 'themes'));
    symlinkSync(join(HERE, 'polylang-rest-shape.php'), join(content, 'mu-plugins', 'polylang-rest-shape.php'));
    const configName = `news-widgets-test-${process.pid}`;
    const configFile = `/etc/wordpress/config-${configName}.php`;
    mkdirSync('/etc/wordpress', { recursive: true });
    writeFileSync(
      configFile,
      `<?php
// Written by news-widgets scripts/test-wordpress.mjs for one run; removed when it ends.
define('DB_NAME', '${DB.name}');
define('DB_USER', '${DB.user}');
define('DB_PASSWORD', '${DB.password}');
define('DB_HOST', '127.0.0.1:${dbPort}');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', 'http://${host}');
define('WP_SITEURL', 'http://${host}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', 'http://${host}/wp-content');
define('WP_DEBUG', false);
// Nothing leaves the machine: no update checks, no cron, no outbound HTTP.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
`,
    );
    cleanups.push(() => rmSync(configFile, { force: true }));
    const env = { NEWS_WP_CONFIG: configName, NEWS_WP_HOST: host, NEWS_WP_CONTENT: content };
    const quickstart = library ? { NEWS_WP_QUICKSTART: quickstartBlock(library, `http://${host}/wp-json`) } : {};

    const ids = JSON.parse(runOrThrow('php', [join(HERE, 'install.php'), join(HERE, 'content.json')], { env: { ...process.env, ...env, ...quickstart } }));
    log(`WordPress installed: ${Object.keys(ids.posts).length} posts`);

    const php = startProcess('php', ['-S', host, '-t', WORDPRESS, join(HERE, 'router.php')], 'php.log', {
      ...env,
      // Widgets ask for several things at once; one worker would serve them in a queue.
      PHP_CLI_SERVER_WORKERS: '4',
    });
    const endpoint = `http://${host}/wp-json`;
    await waitFor('PHP', async () => php.exitCode === null && (await fetch(`${endpoint}/`).then((r) => r.ok, () => false)));
    log(`WordPress is up on http://${host} (PHP PID ${php.pid})`);
    return { endpoint, origin: `http://${host}`, ids, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Serves the library's source, test/wordpress/page.html and the built dist/ with Vite, on
 * loopback (Vite answers other 127.0.0.1 origins, such as WordPress's, with CORS headers).
 */
async function startVite(port) {
  const { createServer: createVite } = await import('vite');
  const server = await createVite({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port, strictPort: true, hmr: false },
  });
  await server.listen();
  return { url: `http://127.0.0.1:${port}/test/wordpress/page.html`, close: () => server.close() };
}

/** The URL Vite serves the built bundle at; builds it first when dist/ lacks it. */
function builtBundle(vitePort) {
  if (!existsSync(join(ROOT, 'dist', 'news-widgets.js'))) {
    log('no dist/news-widgets.js: building it (node scripts/build.mjs)…');
    // In a process of its own: the build sets NODE_ENV=production, which the dev server must not see.
    runOrThrow(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT });
  }
  return `http://127.0.0.1:${vitePort}/dist/news-widgets.js`;
}

/** Resolves on Ctrl-C or SIGTERM. */
const untilInterrupted = () =>
  new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });

/**
 * Runs the suite; with `serve`, only starts WordPress and keeps it running until Ctrl-C (for the
 * demo's data-source switch and for trying adapters by hand).
 */
export async function main({ serve = false } = {}) {
  const started = Date.now();
  const why = cannotRun();
  if (why) {
    log(`skipped: ${why}. Run it as root on Debian 12 (CI does).`);
    return 0;
  }
  const aptError = installPackages();
  if (aptError) {
    log(`skipped: apt-get could not install the packages (${aptError}).`);
    return 0;
  }

  const work = mkdtempSync(join(tmpdir(), 'news-wp-'));
  const screenshot = join(tmpdir(), 'news-widgets-wordpress');
  let wordpress;
  let vite;
  let failed = 1;
  // Whatever happens, even Ctrl-C, the servers stop and the /etc/wordpress file goes.
  const interrupted = untilInterrupted().then(() => 'interrupted');
  try {
    // Vite's port is chosen first: the quickstart page WordPress stores points at its dist/.
    const vitePort = await freePort();
    wordpress = await startWordPress(work, serve ? {} : { library: builtBundle(vitePort) });
    if (serve) {
      log(`serving ${wordpress.endpoint} until Ctrl-C; posts: ${JSON.stringify(wordpress.ids.posts)}`);
      await interrupted;
      failed = 0;
      return 0;
    }
    vite = await startVite(vitePort);
    const { runChecks } = await import('../test/wordpress/checks.mjs');
    const outcome = await Promise.race([runChecks({ ...wordpress, page: vite.url, screenshot }), interrupted]);
    if (outcome === 'interrupted') throw new Error('interrupted');
    for (const { name, ok, skipped, error } of outcome) {
      console.log(skipped ? `  ○ ${name}: skipped, ${skipped}` : ok ? `  ✔ ${name}` : `  ✘ ${name}\n      ${error}`);
    }
    const count = (test) => outcome.filter(test).length;
    failed = count((result) => result.ok === false);
    const skipped = count((result) => result.skipped);
    log(`screenshots of the widgets: ${screenshot}-kk.png, ${screenshot}-ru.png`);
    log(`${count((result) => result.ok)} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${formatDuration(Date.now() - started)})`);
  } catch (error) {
    log(`FAILED: ${error.stack ?? error.message}`);
  } finally {
    await vite?.close();
    await wordpress?.stop();
    // Logs stay for a failed run; a passing run leaves nothing behind.
    if (failed) log(`logs: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

if (isMain(import.meta.url)) {
  process.exit(await main({ serve: process.argv.includes('--serve') }));
}
