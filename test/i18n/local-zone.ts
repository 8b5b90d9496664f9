/**
 * Runs `body` with the Date methods that read the reader's own clock zone made to
 * throw, proving that the code under test never depends on where the reader is.
 * When `body` returns a promise, they throw until it settles (an element's render is async).
 */
export function withoutLocalZone<T>(body: () => T): T {
  const names = [
    'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes',
    'getTimezoneOffset', 'setHours', 'setDate', 'setFullYear', 'setMonth',
    'toLocaleDateString', 'toLocaleString', 'toLocaleTimeString', 'toDateString', 'toString',
  ] as const;
  const proto = Date.prototype as unknown as Record<string, unknown>;
  const saved = names.map((name) => proto[name]);
  for (const name of names) {
    proto[name] = () => {
      throw new Error(`Date.prototype.${name} depends on the reader's time zone`);
    };
  }
  const restore = () => names.forEach((name, i) => (proto[name] = saved[i]));
  let result: T;
  try {
    result = body();
  } catch (error) {
    restore();
    throw error;
  }
  if (result instanceof Promise) return result.finally(restore) as T;
  restore();
  return result;
}
