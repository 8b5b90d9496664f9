// Helpers shared by scripts/test.mjs, start.mjs and build.mjs.
// Node built-ins only: this runs before `npm ci` may have installed anything.
import { existsSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** True when the module at `metaUrl` is the script node was started with. */
export const isMain = (metaUrl) => process.argv[1] && metaUrl === pathToFileURL(process.argv[1]).href;

/** Environment for child processes: the project's own binaries first, Storybook telemetry off. */
export function childEnv(extra = {}) {
  return {
    ...process.env,
    PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
    STORYBOOK_DISABLE_TELEMETRY: '1',
    ...extra,
  };
}

/** Runs a command with inherited output; resolves to its exit code (never rejects on failure). */
export function run(command, args = [], options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: childEnv(options.env),
    });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/**
 * Why `npm ci` is needed, or undefined when node_modules is current. npm writes
 * node_modules/.package-lock.json after every install, so a package-lock.json newer
 * than it means someone changed dependencies since (pulled, or edited the lock).
 */
export function dependenciesStale() {
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  if (!existsSync(join(ROOT, 'package-lock.json'))) {
    throw new Error('package-lock.json is missing: run npm install and commit it');
  }
  if (!existsSync(join(ROOT, 'node_modules'))) return 'node_modules is missing';
  if (!existsSync(installed)) return 'node_modules was not installed by npm';
  const lock = statSync(join(ROOT, 'package-lock.json')).mtimeMs;
  if (lock > statSync(installed).mtimeMs) return 'package-lock.json is newer than node_modules';
  return undefined;
}

/** Installs dependencies exactly as locked when they are missing or stale. */
export async function ensureDependencies({ dryRun = false } = {}) {
  const reason = dependenciesStale();
  if (!reason) return;
  // npm ci, not install: CI and every developer get exactly the locked versions.
  console.log(`${reason}: running npm ci${dryRun ? ' (dry run: skipped)' : ''}`);
  if (dryRun) return;
  const code = await run('npm', ['ci', '--no-audit', '--no-fund']);
  if (code !== 0) throw new Error(`npm ci failed (exit ${code})`);
}

/** 83_400 ms -> "1m23s", 2_310 ms -> "2.3s". */
export function formatDuration(ms) {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}
