import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../api/client';
import type { Unit, User } from '../api/types';

interface BaseProps {
  value?: number | null;
  onChange?: (v: number | undefined) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

function useDebounced<T>(v: T, ms = 250) {
  const [d, setD] = useState(v);
  useEffect(() => {
    const h = setTimeout(() => setD(v), ms);
    return () => clearTimeout(h);
  }, [v, ms]);
  return d;
}

/**
 * A picker over one kind of record, searching the server (`?q=`, accent-insensitive) as the user types and
 * always showing the chosen record even when it is not among the search results.
 */
function RemoteSelect<T extends { id: number }>({
  collection,
  record,
  label,
  ...props
}: BaseProps & { collection: string; record: string; label: (item: T) => string }) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const list = useQuery({
    queryKey: [collection, 'pick', q],
    queryFn: () => api<Page<T>>(`/${collection}`, { query: { q, limit: 20 } }),
  });
  const current = useQuery({
    queryKey: [record, props.value],
    queryFn: () => api<T>(`/${collection}/${props.value}`),
    enabled: !!props.value,
  });
  const options = (list.data?.items ?? []).map((item) => ({ value: item.id, label: label(item) }));
  const chosen = current.data;
  if (chosen && !options.some((o) => o.value === chosen.id)) options.unshift({ value: chosen.id, label: label(chosen) });
  return (
    <Select
      id={props.id}
      aria-label={props['aria-label']}
      showSearch
      allowClear={props.allowClear}
      filterOption={false}
      onSearch={setSearch}
      loading={list.isFetching}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? undefined)}
      options={options}
      placeholder={props.placeholder}
      style={props.style ?? { width: '100%' }}
    />
  );
}

/** A unit picker. */
export function UnitSelect(props: BaseProps) {
  return <RemoteSelect<Unit> {...props} collection="units" record="unit" label={(u) => `${u.name} (${u.code})`} />;
}

/** A user picker searching by name or e-mail. */
export function UserSelect(props: BaseProps) {
  return (
    <RemoteSelect<User> {...props} collection="users" record="user" label={(u) => `${u.full_name} <${u.email}>`} />
  );
}

/** Shows a user's name from their id (cached). */
export function UserName({ id }: { id: number | null }) {
  const q = useQuery({ queryKey: ['user', id], queryFn: () => api<User>(`/users/${id}`), enabled: !!id, retry: false, staleTime: 60_000 });
  if (!id) return <>—</>;
  return <>{q.data?.full_name ?? `#${id}`}</>;
}

/** Shows a unit's name from its id (cached). */
export function UnitName({ id }: { id: number | null }) {
  const q = useQuery({ queryKey: ['unit', id], queryFn: () => api<Unit>(`/units/${id}`), enabled: !!id, retry: false, staleTime: 60_000 });
  if (!id) return <>—</>;
  return <>{q.data?.name ?? `#${id}`}</>;
}
