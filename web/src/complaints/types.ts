/** A complaint or appeal as the API answers it (api/openapi.json `Complaint`). */
export interface Complaint {
  id: number;
  unit_id: number;
  kind: 'complaint' | 'appeal';
  category: string;
  channel: string;
  text: string;
  anonymous: boolean;
  complainant: { name: string | null; contact: string | null } | null;
  subject_user_id: number | null;
  handler_id: number | null;
  decider_id: number | null;
  status: ComplaintStatus;
  received_on: string;
  acknowledge_due: string;
  response_due: string;
  appeal_due: string | null;
  overdue: 'acknowledgement' | 'response' | 'appeal' | null;
  acknowledged_at: string | null;
  responded_at: string | null;
  response: string | null;
  outcome: string | null;
  accepted: boolean | null;
  appeal_text: string | null;
  appealed_at: string | null;
  decision: string | null;
  appeal_outcome: string | null;
  decided_at: string | null;
  closed_at: string | null;
  nonconformity_id: number | null;
  version: number;
  created_at: string;
  tracking_code?: string;
}

export interface ComplaintNote {
  id: number;
  author_id: number | null;
  text: string;
  created_at: string;
}

export interface Share { count: number; upheld: number; upheld_share: number | null }
export interface ComplaintStatistics {
  total: number;
  closed: number;
  decided: number;
  upheld: number;
  upheld_share: number | null;
  mean_days_to_resolve: number | null;
  median_days_to_resolve: number | null;
  appeals_decided: number;
  appeals_upheld: number;
  by_category: (Share & { category: string })[];
  by_unit: (Share & { unit_id: number; unit_name: string })[];
}

export const STATUSES = ['received', 'acknowledged', 'answered', 'appealed', 'closed'] as const;
export type ComplaintStatus = (typeof STATUSES)[number];
export const CATEGORIES = [
  'teaching', 'assessment', 'admission', 'fees', 'facilities', 'safety_wellbeing', 'discrimination', 'data_protection', 'other',
] as const;
export const CHANNELS = ['phone', 'letter', 'in_person', 'mail'] as const;
export const OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld'] as const;
export const APPEAL_OUTCOMES = ['upheld', 'rejected'] as const;
