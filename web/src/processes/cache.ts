import { useQueryClient } from '@tanstack/react-query';

/** Refetches what a change to a process shows elsewhere: the register, the map, the pickers, the clause evidence. */
export function useRefreshProcesses() {
  const qc = useQueryClient();
  return () => Promise.all(['processes', 'process', 'evidence'].map((k) => qc.invalidateQueries({ queryKey: [k] })));
}
