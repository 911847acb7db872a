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

/** A unit picker searching the server (`?q=`, accent-insensitive). */
export function UnitSelect(props: BaseProps) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const list = useQuery({
    queryKey: ['units', 'pick', q],
    queryFn: () => api<Page<Unit>>('/units', { query: { q, limit: 20 } }),
  });
  const current = useQuery({
    queryKey: ['unit', props.value],
    queryFn: () => api<Unit>(`/units/${props.value}`),
    enabled: !!props.value,
  });
  const options = (list.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));
  if (current.data && !options.some((o) => o.value === current.data.id)) {
    options.unshift({ value: current.data.id, label: `${current.data.name} (${current.data.code})` });
  }
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

/** A user picker searching the server by name or e-mail. */
export function UserSelect(props: BaseProps) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const list = useQuery({
    queryKey: ['users', 'pick', q],
    queryFn: () => api<Page<User>>('/users', { query: { q, limit: 20 } }),
  });
  const current = useQuery({
    queryKey: ['user', props.value],
    queryFn: () => api<User>(`/users/${props.value}`),
    enabled: !!props.value,
  });
  const options = (list.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.full_name} <${u.email}>` }));
  if (current.data && !options.some((o) => o.value === current.data.id)) {
    options.unshift({ value: current.data.id, label: `${current.data.full_name} <${current.data.email}>` });
  }
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
