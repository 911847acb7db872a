// Names of the people and units a screen mentions, from GET /names: anyone who may see a record may read the names
// it mentions, without the rest of the person or unit. Look-ups made in one tick go out as one request.
import { api } from '../api/client';

export interface UserNameCard { id: number; full_name: string }
export interface UnitNameCard { id: number; code: string; name: string; path: { id: number; code: string; name: string }[] }

type Kind = 'user' | 'unit';
interface Pending { resolve: (v: unknown) => void; reject: (e: unknown) => void }

const MOST_IDS = 100;  // the server's bound per list
let queue: { kind: Kind; id: number; waiter: Pending }[] = [];

async function flush(batch: typeof queue) {
  const ids = (kind: Kind) => [...new Set(batch.filter((b) => b.kind === kind).map((b) => b.id))];
  const users = ids('user'), units = ids('unit');
  try {
    const found = await api<{ users: UserNameCard[]; units: UnitNameCard[] }>('/names', {
      query: { user_ids: users.join(',') || undefined, unit_ids: units.join(',') || undefined },
    });
    for (const b of batch) {
      const list: { id: number }[] = b.kind === 'user' ? found.users : found.units;
      b.waiter.resolve(list.find((x) => x.id === b.id) ?? null);
    }
  } catch (e) {
    for (const b of batch) b.waiter.reject(e);
  }
}

function lookUp<T>(kind: Kind, id: number): Promise<T | null> {
  return new Promise((resolve, reject) => {
    if (queue.length === 0) {
      setTimeout(() => {
        const all = queue;
        queue = [];
        // Each request holds at most MOST_IDS ids of each kind.
        for (let i = 0; i < all.length; i += MOST_IDS) void flush(all.slice(i, i + MOST_IDS));
      }, 0);
    }
    queue.push({ kind, id, waiter: { resolve: resolve as (v: unknown) => void, reject } });
  });
}

/** The name of user `id`, or null when the caller may not know it. */
export const userName = (id: number) => lookUp<UserNameCard>('user', id);
/** The name, code and path of unit `id`, or null when the caller may not know it. */
export const unitName = (id: number) => lookUp<UnitNameCard>('unit', id);
/** "Sở Giáo dục và Đào tạo › Trường THPT Tô Hiệu". */
export const unitPathText = (u: UnitNameCard) => u.path.map((p) => p.name).join(' › ');
