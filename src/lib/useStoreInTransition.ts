import { startTransition, useEffect, useState } from 'react';

/**
 * Reads an external store like useSyncExternalStore, but applies its changes as transitions:
 * React renders what they touch in short slices instead of one blocking task. For stores whose
 * changes are not a reply to the learner's input (data arriving from the database), where a
 * moment's delay is invisible and a long task is not. `read` must return a stable value
 * between changes.
 */
export function useStoreInTransition<T>(
  subscribe: (onChange: () => void) => () => void,
  read: () => T,
): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    const update = () => startTransition(() => setValue(() => read()));
    update(); // a change between the render and this effect
    return subscribe(update);
  }, [subscribe, read]);
  return value;
}
