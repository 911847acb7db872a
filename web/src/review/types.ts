// The management review as the API returns it (api/openapi.json: ManagementReview, ReviewInput).
import type { Permission } from '../api/types';
export interface ReviewInputItem { type: string; id: number; title: string; status: string; date: string | null }

export interface ReviewInput {
  key: string;
  available: boolean;
  module: string | null;
  facts: Record<string, number>;
  count: number;
  items: ReviewInputItem[];
  truncated: boolean;
  list: string | null;
}

export interface ReviewOutput { kind: string; decision: string; raised: { type: 'action' | 'improvement'; id: number } }

export interface ManagementReview {
  id: number;
  unit_id: number;
  title: string;
  period_from: string;
  period_to: string;
  planned_on: string;
  status: 'planned' | 'open' | 'held' | 'approved' | 'cancelled';
  participants: { user_id: number; top_management: boolean }[];
  opened_at: string | null;
  notes: Record<string, string>;
  conclusions: string;
  outputs: ReviewOutput[];
  held_at: string | null;
  approved_by: number | null;
  approved_at: string | null;
  record_id: number | null;
  version: number;
  inputs?: ReviewInput[] | null;
}

export const REVIEW_STATUSES = ['planned', 'open', 'held', 'approved', 'cancelled'] as const;
export const OUTPUT_KINDS = ['improvement', 'change', 'resources'] as const;

/** The steps a review's screen offers from each status, and the permission each needs. */
export const STEPS: Record<string, { action: string; permission: Permission }[]> = {
  planned: [{ action: 'open', permission: 'manage_reviews' }],
  open: [{ action: 'hold', permission: 'manage_reviews' }],
  held: [{ action: 'reopen', permission: 'manage_reviews' }, { action: 'approve', permission: 'approve_reviews' }],
};

/** Where an entry behind an input is shown (its own page, where it has one). */
export function itemLink(type: string, id: number): string | null {
  const pages: Record<string, string> = {
    nonconformity: '/nonconformities/', improvement: '/improvements/', audit: '/audits/', process: '/processes/',
    indicator: '/indicators/', survey: '/surveys/', complaint: '/complaint-register/',
  };
  return pages[type] ? `${pages[type]}${id}` : null;
}
