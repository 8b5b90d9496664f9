import { expect } from '@open-wc/testing';
import { NewsDataError } from '../../src/data/types.js';

/** What `promise` rejects with; fails the test when it resolves instead. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

/** The `NewsDataError` that `promise` rejects with; fails the test on anything else. */
export async function failure(promise: Promise<unknown>): Promise<NewsDataError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(NewsDataError);
  return error as NewsDataError;
}
