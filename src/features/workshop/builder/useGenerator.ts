import { useEffect, useState } from 'react';

type Generator = typeof import('../../../lib/quizgen/index');

/** The policy question generator, loaded the first time it is needed (it brings the engine). */
export function useGenerator(needed: boolean): Generator | null {
  const [generator, setGenerator] = useState<Generator | null>(null);
  useEffect(() => {
    if (!needed || generator) return;
    let live = true;
    void import('../../../lib/quizgen/index').then((m) => live && setGenerator(m));
    return () => {
      live = false;
    };
  }, [needed, generator]);
  return generator;
}
