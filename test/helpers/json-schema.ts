/**
 * A small JSON Schema (2020-12) validator for the keywords schema/native-endpoint.openapi.json
 * uses, with `$ref` into the OpenAPI document. A keyword it does not know throws, so a schema
 * edit can never be silently unchecked.
 */

type Schema = Record<string, unknown>;

/** Keywords that describe and do not constrain. */
const ANNOTATIONS = new Set(['description', 'title', 'summary', 'examples', 'default', '$comment', 'deprecated']);

const FORMATS: Record<string, (value: string) => boolean> = {
  'date-time': (value) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value) && !Number.isNaN(Date.parse(value)),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)),
  uri: (value) => URL.canParse(value),
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const hasType = (value: unknown, type: string) =>
  typeOf(value) === type || (type === 'number' && typeOf(value) === 'integer');

/**
 * Checks `value` against `schema`, resolving `$ref`s (`#/…`) in `root`. Returns the problems
 * found, each as `<JSON pointer>: <what is wrong>`; none means valid.
 */
export function validate(value: unknown, schema: Schema, root: Schema, at = ''): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${at || '/'}: ${message}`);
  for (const [keyword, rule] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case '$ref':
        problems.push(...validate(value, resolve(root, rule as string), root, at));
        break;
      case 'type':
        if (!hasType(value, rule as string)) fail(`expected ${rule as string}, got ${typeOf(value)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value))
          fail(`${JSON.stringify(value)} is not one of ${JSON.stringify(rule)}`);
        break;
      case 'required':
        if (typeOf(value) === 'object')
          for (const name of rule as string[]) if (!Object.hasOwn(value as object, name)) fail(`"${name}" is required`);
        break;
      case 'properties':
        if (typeOf(value) === 'object')
          for (const [name, property] of Object.entries(rule as Record<string, Schema>))
            if (Object.hasOwn(value as object, name))
              problems.push(...validate((value as Schema)[name], property, root, `${at}/${name}`));
        break;
      case 'additionalProperties':
        if (typeOf(value) === 'object') {
          const known = Object.keys((schema.properties as object | undefined) ?? {});
          for (const [name, item] of Object.entries(value as Schema).filter(([name]) => !known.includes(name)))
            problems.push(...validate(item, rule as Schema, root, `${at}/${name}`));
        }
        break;
      case 'items':
        if (Array.isArray(value))
          value.forEach((item, index) => problems.push(...validate(item, rule as Schema, root, `${at}/${index}`)));
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value))
          fail(`${JSON.stringify(value)} does not match ${rule as string}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (rule as number)) fail(`shorter than ${rule as number}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number)) fail(`${value} is less than ${rule as number}`);
        break;
      case 'exclusiveMinimum':
        if (typeof value === 'number' && value <= (rule as number)) fail(`${value} is not above ${rule as number}`);
        break;
      case 'format': {
        const check = FORMATS[rule as string];
        if (!check) throw new Error(`json-schema helper: unknown format "${rule as string}"`);
        if (typeof value === 'string' && !check(value)) fail(`${JSON.stringify(value)} is not a ${rule as string}`);
        break;
      }
      default:
        throw new Error(`json-schema helper: unsupported keyword "${keyword}" at ${at || '/'}`);
    }
  }
  return problems;
}

/** The schema a local `$ref` (`#/components/schemas/Article`) points at. */
export function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`json-schema helper: only local $refs are supported, not ${ref}`);
  const found = ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Schema | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], root);
  if (typeof found !== 'object' || found === null) throw new Error(`json-schema helper: ${ref} points at nothing`);
  return found as Schema;
}
