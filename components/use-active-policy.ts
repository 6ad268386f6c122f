import { useEffect, useState } from 'preact/hooks';
import { activePolicy, PolicyCache, type ActivePolicy } from '@/utils/policy-cache';

/** The pack in force, from the IndexedDB cache; undefined while it loads (the cache answers or times out). */
export function useActivePolicy(): ActivePolicy | undefined {
  const [policy, setPolicy] = useState<ActivePolicy>();
  useEffect(() => {
    activePolicy(new PolicyCache()).then(setPolicy);
  }, []);
  return policy;
}
