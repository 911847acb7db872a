import { useQuery } from '@tanstack/react-query';
import { api, fetchAll, type Page } from '../api/client';
import type { ReadingItem } from './types';

/** The cache key of everything read from the user's reading list (refreshed together after an acknowledgement). */
export const READING_KEY = ['reading-list'];

/** The documents the user still has to read (every page: a reading list is short). */
export function useToRead(enabled = true) {
  return useQuery({
    queryKey: [...READING_KEY, 'to-read'],
    queryFn: () => fetchAll<ReadingItem>('/me/reading-list', { unread: true }, 1000),
    enabled,
  });
}

/** One page of the reading list, to read only or everything. */
export function readingPage(unread: boolean, cursor?: string) {
  return api<Page<ReadingItem>>('/me/reading-list', { query: { unread, limit: 50, cursor } });
}
