import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../api/client';
import type { Process, Unit, User } from '../api/types';
import type { RetainedRecord } from '../records/types';

interface CommonProps {
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
}
interface BaseProps extends CommonProps {
  value?: number | null;
  onChange?: (v: number | undefined) => void;
}
interface MultipleProps extends CommonProps {
  value?: number[];
  onChange?: (v: number[]) => void;
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
 * always showing the chosen records even when they are not among the search results.
 */
function RemoteSelect<T extends { id: number }>({
  collection,
  record,
  label,
  multiple,
  ...props
}: CommonProps & {
  value?: number | number[] | null;
  onChange?: (v: never) => void;
  collection: string;
  record: string;
  label: (item: T) => string;
  multiple?: boolean;
}) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const list = useQuery({
    queryKey: [collection, 'pick', q],
    queryFn: () => api<Page<T>>(`/${collection}`, { query: { q, limit: 20 } }),
  });
  const ids = Array.isArray(props.value) ? props.value : props.value ? [props.value] : [];
  const chosen = useQueries({
    queries: ids.map((id) => ({ queryKey: [record, id], queryFn: () => api<T>(`/${collection}/${id}`) })),
  });
  const options = (list.data?.items ?? []).map((item) => ({ value: item.id, label: label(item) }));
  for (const { data } of chosen) {
    if (data && !options.some((o) => o.value === data.id)) options.unshift({ value: data.id, label: label(data) });
  }
  return (
    <Select
      id={props.id}
      mode={multiple ? 'multiple' : undefined}
      aria-label={props['aria-label']}
      showSearch
      allowClear={props.allowClear}
      disabled={props.disabled}
      filterOption={false}
      onSearch={setSearch}
      loading={list.isFetching}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.((multiple ? v ?? [] : v ?? undefined) as never)}
      options={options}
      placeholder={props.placeholder}
      style={props.style ?? { width: '100%' }}
    />
  );
}

const unitLabel = (u: Unit) => `${u.name} (${u.code})`;

/** A unit picker. */
export function UnitSelect(props: BaseProps) {
  return <RemoteSelect<Unit> {...props} collection="units" record="unit" label={unitLabel} />;
}

/** A picker of several units. */
export function UnitsSelect(props: MultipleProps) {
  return <RemoteSelect<Unit> {...props} multiple collection="units" record="unit" label={unitLabel} />;
}

/** A picker of several kept records, searching by title. */
export function RecordsSelect(props: MultipleProps) {
  return (
    <RemoteSelect<RetainedRecord> {...props} multiple collection="records" record="record"
      label={(r) => `#${r.id} ${r.title} (${r.recorded_on})`} />
  );
}

const userLabel = (u: User) => `${u.full_name} <${u.email}>`;

/** A user picker searching by name or e-mail. */
export function UserSelect(props: BaseProps) {
  return <RemoteSelect<User> {...props} collection="users" record="user" label={userLabel} />;
}

/** A picker of several users. */
export function UsersSelect(props: MultipleProps) {
  return (
    <RemoteSelect<User> {...props} multiple collection="users" record="user" label={userLabel} />
  );
}

const processLabel = (p: Process) => `${p.code} — ${p.name}`;

/** A process picker searching by code or name. */
export function ProcessSelect(props: BaseProps) {
  return <RemoteSelect<Process> {...props} collection="processes" record="process" label={processLabel} />;
}

/** A picker of several processes. */
export function ProcessesSelect(props: MultipleProps) {
  return <RemoteSelect<Process> {...props} multiple collection="processes" record="process" label={processLabel} />;
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
