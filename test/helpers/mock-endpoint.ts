/**
 * The test side of demo/mock-endpoint.js, mounted at /api by the test runner: switching a
 * scenario's fault while a page runs, and reading what the server saw.
 */

/** A name no other test run uses, so scenarios and request counts are this run's own. */
export const uniqueName = (what: string) => `${what}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Makes `/api/scenario/{name}/…` answer in `mode` (a fault mode of the mock, or `normal`). */
export async function setScenario(name: string, mode: string): Promise<void> {
  const response = await fetch(`/api/__scenario/${encodeURIComponent(name)}/${mode}`, { method: 'POST' });
  if (!response.ok) throw new Error(`scenario ${name} → ${mode}: ${response.status} ${await response.text()}`);
}

/** What the server saw, keyed by path and query: requests made, and answers that never completed. */
export async function serverStats(): Promise<{ requests: Record<string, number>; unfinished: Record<string, number> }> {
  return (await fetch('/api/__stats')).json();
}

/** Requests the server received whose path and query start with `prefix`. */
export async function requestsTo(prefix: string): Promise<number> {
  const { requests } = await serverStats();
  return Object.entries(requests).reduce((sum, [key, count]) => (key.startsWith(prefix) ? sum + count : sum), 0);
}
