export const ANSWER_STATUSES = ['not_started', 'in_progress', 'submitted', 'accepted', 'returned'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export interface Progress {
  total: number;
  submitted: number;
  rate: number;
  by_status: Record<AnswerStatus, number>;
}

export interface Directive {
  id: number;
  unit_id: number;
  kind: 'directive' | 'report_request';
  dispatch_number: string;
  dispatch_date: string;
  title: string;
  body: string;
  deadline: string;
  targets: { kind: 'subtree' | 'unit_type' | 'units'; root_id?: number; unit_type?: string; unit_ids?: number[] };
  creates_actions: boolean;
  version: number;
  created_at: string;
  progress: Progress;
  sender_view: boolean;
}

export interface DirectiveAnswer {
  id: number;
  directive_id: number;
  unit_id: number;
  status: AnswerStatus;
  text: string;
  return_reason: string | null;
  action_id: number | null;
  submitted_at: string | null;
  reviewed_at: string | null;
  version: number;
  unit_code: string;
  unit_name: string;
  directive: Pick<Directive, 'id' | 'unit_id' | 'kind' | 'dispatch_number' | 'dispatch_date' | 'title' | 'body' | 'deadline'>;
  actions: string[];
}

export const STATUS_COLOURS: Record<AnswerStatus, string> = {
  not_started: 'default', in_progress: 'processing', submitted: 'blue', accepted: 'green', returned: 'orange',
};
