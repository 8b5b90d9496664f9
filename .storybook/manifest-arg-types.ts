/**
 * Makes the argTypes that Storybook derives from custom-elements.json fit for a designer's
 * Controls panel and Docs table. Storybook's web-components support lists every class member,
 * private and static ones included, names a reflected property twice (`articleId` and
 * `article-id`), and keeps types as TypeScript text it cannot make controls of. This shows the
 * public API only, by attribute name where there is one (what a page author writes), gives the
 * simple types a control, and lets CSS custom properties be tried as controls too (stories apply
 * `--*` args as styles). Parts, events and slots are documentation, not controls.
 */
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';

interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  kind: string;
  tagName?: string;
  members?: Member[];
  attributes?: { name: string; fieldName?: string }[];
}

interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const LITERAL = /^'([^']*)'$/;
const DOCUMENTATION_ONLY = new Set(['css shadow parts', 'events', 'slots']);

/** A control for a TypeScript type written as text, when it is a simple one. */
function controlFor(typeText: string): Pick<StrictInputType, 'control' | 'options'> | undefined {
  const members = typeText
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined');
  if (members.length === 1 && ['string', 'number', 'boolean'].includes(members[0]))
    return { control: { type: members[0] === 'string' ? 'text' : (members[0] as 'number' | 'boolean') } };
  if (members.length > 1 && members.every((member) => LITERAL.test(member)))
    return { control: { type: 'inline-radio' }, options: members.map((member) => LITERAL.exec(member)![1]) };
  return undefined;
}

export function manifestArgTypes(manifest: Manifest): ArgTypesEnhancer {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

  return ({ component, argTypes }) => {
    const declaration = declarations.find((each) => each.tagName === component);
    if (!declaration) return argTypes;
    const hidden = new Set([
      ...(declaration.members ?? [])
        .filter((member) => member.static || member.privacy === 'private' || member.privacy === 'protected')
        .map((member) => member.name),
      ...(declaration.attributes ?? [])
        .filter(({ name, fieldName }) => fieldName && fieldName !== name)
        .map(({ fieldName }) => fieldName!),
    ]);
    return Object.fromEntries(
      Object.entries(argTypes).flatMap(([name, argType]): [string, StrictInputType][] => {
        const category = argType.table?.category;
        if (category === 'properties' && hidden.has(name)) return [];
        if (argType.control !== undefined) return [[name, argType]];
        if (DOCUMENTATION_ONLY.has(category ?? '')) return [[name, { ...argType, control: false }]];
        if (category === 'css custom properties')
          return [[name, { ...argType, control: { type: /color|accent/.test(name) ? 'color' : 'text' } }]];
        if (category === 'attributes' || category === 'properties')
          return [[name, { ...argType, ...controlFor(argType.table?.type?.summary ?? '') }]];
        return [[name, argType]];
      }),
    );
  };
}
