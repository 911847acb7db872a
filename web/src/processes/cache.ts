import { useQueryClient } from '@tanstack/react-query';

/** Refetches what a change to a process shows elsewhere: the register, the map, the pickers. */
export function useRefreshProcesses() {
  const qc = useQueryClient();
  return () => Promise.all(['processes', 'process'].map((k) => qc.invalidateQueries({ queryKey: [k] })));
}
