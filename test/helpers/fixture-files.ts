/**
 * Recorded or hand-written endpoint answers kept under test/fixtures/, loaded once per test file
 * with the real `fetch` (before any fake replaces it) from the test server.
 */
export async function loadFixtures(folder: string, names: readonly string[]): Promise<Map<string, unknown>> {
  const loaded = await Promise.all(
    names.map(async (name) => {
      const response = await fetch(new URL(`/test/fixtures/${folder}/${name}.json`, location.href));
      if (!response.ok) throw new Error(`fixture ${folder}/${name}.json: ${response.status}`);
      return [name, await response.json()] as const;
    }),
  );
  return new Map(loaded);
}
