// The manifest as the package's users meet it: only the modules they can import, at the paths the
// package publishes them under, each with what it exports. The analyzer lists every source file
// (the data layer, i18n, the styles' CSS text) at its path in src/, which is not in the package;
// editors, the framework-typing generators and the manifest validator read these paths.

/** The published module of each public source module: the targets of package.json's exports. */
function publishedPath(path, elementModules) {
  if (path === 'src/index.ts') return 'dist/elements/index.js';
  if (path === 'src/react/react.ts') return 'dist/elements/react.js';
  const name = /^src\/([\w-]+)\/\1\.ts$/.exec(path)?.[1];
  return name && elementModules.has(path) ? `dist/elements/${name}.js` : undefined;
}

/** An export's module as a source path: exports name it relative to their module or to the root. */
function sourcePath(from, module) {
  const joined = module.startsWith('./') ? `${from.slice(0, from.lastIndexOf('/'))}/${module.slice(2)}` : module;
  return joined.replace(/\.js$/, '.ts');
}

/**
 * A cem analyzer plugin: keeps the package's entry modules (`news-widgets`, `news-widgets/react`,
 * each `news-widgets/<name>.js`) at their published paths. A declaration an entry re-exports from
 * an internal module moves into that entry, and its export points there.
 */
export function publicManifest() {
  return {
    name: 'news-widgets:public-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const byPath = new Map(manifest.modules.map((module) => [module.path, module]));
      const elementModules = new Set(
        manifest.modules.filter((module) => module.declarations?.some((d) => d.customElement)).map((module) => module.path),
      );
      const entries = manifest.modules.filter((module) => publishedPath(module.path, elementModules));
      for (const entry of entries) {
        const path = publishedPath(entry.path, elementModules);
        const declarations = [...(entry.declarations ?? [])];
        const exports = [];
        for (const item of entry.exports ?? []) {
          const source = sourcePath(entry.path, item.declaration.module ?? entry.path);
          const target = byPath.get(source);
          const published = publishedPath(source, elementModules);
          // `export * from './data/types.js'`: every declaration of that module, by name.
          const names = item.name === '*' ? (target?.declarations ?? []).map((d) => d.name) : [item.declaration.name];
          for (const name of names) {
            const declaration = target?.declarations?.find((d) => d.name === name);
            if (!published && declaration && !declarations.includes(declaration)) {
              declarations.push(declaration);
              // The analyzer gives a built-in superclass (`Error`) the module of its subclass.
              const superclass = declaration.superclass;
              if (superclass?.module === source && !target.declarations.some((d) => d.name === superclass.name))
                declaration.superclass = { name: superclass.name, package: 'global:' };
            }
            exports.push({
              ...item,
              name: item.name === '*' ? name : item.name,
              declaration: { name, module: published ?? path },
            });
          }
        }
        Object.assign(entry, { path, declarations, exports });
      }
      manifest.modules = entries;
    },
  };
}
