import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../api/client';
import type { Process, Unit, User } from '../api/types';
import type { RetainedRecord } from '../records/types';
import { unitName, unitPathText, userName } from './names';

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
  filter,
  exclude,
  chosenOf,
  ...props
}: CommonProps & {
  value?: number | number[] | null;
  onChange?: (v: never) => void;
  collection: string;
  record: string;
  label: (item: T) => string;
  multiple?: boolean;
  /** More query parameters of the search, which narrow what is offered. */
  filter?: Record<string, string | number | undefined>;
  /** Ids never offered (the author of a revision, say). */
  exclude?: number[];
  /** How to read a chosen record that the search did not return (by default GET /collection/id). */
  chosenOf?: (id: number) => Promise<T | null>;
}) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search);
  const list = useQuery({
    queryKey: [collection, 'pick', q, filter],
    queryFn: () => api<Page<T>>(`/${collection}`, { query: { q, limit: 20, ...filter } }),
  });
  const ids = Array.isArray(props.value) ? props.value : props.value ? [props.value] : [];
  const chosen = useQueries({
    queries: ids.map((id) => ({
      queryKey: [record, chosenOf ? 'name' : 'full', id],
      queryFn: () => (chosenOf ? chosenOf(id) : api<T>(`/${collection}/${id}`)),
    })),
  });
  const options = (list.data?.items ?? [])
    .filter((item) => !exclude?.includes(item.id))
    .map((item) => ({ value: item.id, label: label(item) }));
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

type Person = Pick<User, 'id' | 'full_name'> & { email?: string };
const userLabel = (u: Person) => (u.email ? `${u.full_name} <${u.email}>` : u.full_name);

/**
 * Narrows a user picker to the people who hold `can` (a permission name) on `unitId` with a grant in force,
 * leaving out `exclude`: a reviewer or approver picker offers only those who may review or approve there.
 */
interface EligibleProps { can?: string; unitId?: number; exclude?: number[] }

function eligible({ can, unitId, exclude }: EligibleProps) {
  if (!can) return { chosenOf: undefined, filter: undefined, exclude };
  // People who may act on the unit may sit above the caller's view of users: chosen ones are read by name.
  return { chosenOf: userName as (id: number) => Promise<Person | null>, filter: { can, unit_id: unitId }, exclude };
}

/** A user picker searching by name or e-mail. */
export function UserSelect({ can, unitId, exclude, ...props }: BaseProps & EligibleProps) {
  return <RemoteSelect<Person> {...props} {...eligible({ can, unitId, exclude })} collection="users" record="user" label={userLabel} />;
}

/** A picker of several users. */
export function UsersSelect({ can, unitId, exclude, ...props }: MultipleProps & EligibleProps) {
  return (
    <RemoteSelect<Person> {...props} {...eligible({ can, unitId, exclude })} multiple collection="users" record="user" label={userLabel} />
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

/** Shows a user's name from their id (cached), as anyone who sees a record naming them may. */
export function UserName({ id }: { id: number | null }) {
  const q = useQuery({ queryKey: ['user', 'name', id], queryFn: () => userName(id!), enabled: !!id, retry: false, staleTime: 60_000 });
  if (!id) return <>—</>;
  return <>{q.data?.full_name ?? `#${id}`}</>;
}

/** Shows a unit's name from its id (cached), its path from the root as a tooltip. */
export function UnitName({ id }: { id: number | null }) {
  const q = useQuery({ queryKey: ['unit', 'name', id], queryFn: () => unitName(id!), enabled: !!id, retry: false, staleTime: 60_000 });
  if (!id) return <>—</>;
  return <span title={q.data ? unitPathText(q.data) : undefined}>{q.data?.name ?? `#${id}`}</span>;
}
