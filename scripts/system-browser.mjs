// Finds a browser (or a browser's helper program) installed on the system, and as root on Debian
// installs its package when it is missing. No browser is ever downloaded by a tool of its own (no
// `playwright install`): the machines here only reach the npm registry and Debian's apt.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnSync } from 'node:child_process';

export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function apt(args) {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function aptInstall(packages) {
  const install = ['install', '-y', '--no-install-recommends', ...packages];
  // The package lists may be missing or stale on a fresh machine; refresh only when needed.
  if (!apt(install)) {
    apt(['update']);
    apt(install);
  }
}

/**
 * Returns the path of a program: `$<env>` when set (it must be executable), else the first of
 * `names` on the PATH, else the first existing of `paths`. Missing, and as root on Debian, it
 * installs `debianPackage` and looks again; else it throws with `help` and where it looked.
 *
 * @param {{ what: string, env: string, names?: string[], paths?: string[], debianPackage: string, help: string }} program
 */
export function findProgram({ what, env, names = [], paths = [], debianPackage, help }) {
  const lookUp = () => {
    const fromEnv = process.env[env];
    if (fromEnv) {
      if (!isExecutable(fromEnv)) throw new Error(`${env}=${fromEnv} is not an executable file.`);
      return fromEnv;
    }
    for (const name of names) {
      const found = onPath(name);
      if (found) return found;
    }
    return paths.find(isExecutable);
  };
  let found = lookUp();
  if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`${what} not found: installing the Debian package "${debianPackage}" with apt-get…`);
    aptInstall([debianPackage]);
    found = lookUp();
  }
  if (!found) {
    const looked = [`$${env}`, ...names.map((name) => `${name} on PATH`), ...paths].join(', ');
    throw new Error(`No ${what} found. ${help} Looked for ${looked}.`);
  }
  return found;
}
