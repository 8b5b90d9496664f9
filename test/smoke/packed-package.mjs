// What the tests of the packed package share: running a command, packing the tarball, installing
// it with other packages into a fresh project, and timing each step.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, childEnv } from '../../scripts/lib.mjs';

/** Runs a command to completion; throws with its output when it fails. */
export function sh(command, args, cwd, env = childEnv()) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

/** As sh, without blocking: for a command that talks to a server of this process (a site built against the mock endpoint). */
export function shAsync(command, args, cwd, env = childEnv()) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (exit ${status}):\n${output}`)),
    );
  });
}

/** `npm pack` of the project into `dir`: the tarball's path, its files and sizes, as npm reports them. */
export function packTarball(dir) {
  const [packed] = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', dir, '--loglevel=error'], ROOT));
  return { ...packed, path: join(dir, packed.filename), files: packed.files.map((file) => file.path) };
}

/**
 * Installs the tarball and `packages` (name@range) into the project in `dir`, from the npm cache
 * (shared with every other install) or the registry.
 */
export function installInto(dir, tarball, packages) {
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, ...packages], dir);
}

/** Runs a step and says how long it took. */
export async function timed(step, run) {
  const started = Date.now();
  try {
    return await run();
  } finally {
    console.log(`  (${step}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
