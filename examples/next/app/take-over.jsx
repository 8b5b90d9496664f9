'use client';
// In the browser only: Lit's hydration, then the elements, which take the server's nodes over.
import { useEffect } from 'react';

export default function TakeOver() {
  useEffect(() => {
    import('@lit-labs/ssr-client/lit-element-hydrate-support.js').then(() => import('news-widgets'));
  }, []);
  return null;
}
