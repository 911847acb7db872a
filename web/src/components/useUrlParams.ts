import { useSearchParams } from 'react-router-dom';

/** The page's query string, and a setter of one parameter (empty: removed) that replaces the history entry. */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const setParam = (k: string, v: string | number | undefined | null) => {
    const p = new URLSearchParams(params);
    if (v === undefined || v === null || v === '') p.delete(k);
    else p.set(k, String(v));
    setParams(p, { replace: true });
  };
  return [params, setParam] as const;
}
