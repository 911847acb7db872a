import type { Attachment } from '../attachments/types';
import type { AwarenessTotals } from './AwarenessTotals';

export interface Competence {
  code: string;
  category: string;
  name_vi: string;
  name_en: string;
  clauses: string[];
  shipped: boolean;
}

export interface MatrixCell {
  code: string;
  required: boolean;
  held: boolean;
  expiring: boolean;
  expires_on: string | null;
}

export interface CompetenceMatrix {
  unit_id: number;
  people_count: number;
  competences: { code: string; name_vi: string; name_en: string; required: number; held: number; gaps: number; expiring: number }[];
  people: { user_id: number; full_name: string; unit_name: string; gaps: number; awareness: string; cells: MatrixCell[] }[];
  next_cursor: string | null;
  awareness: AwarenessTotals & { units: AwarenessTotals[] };
}

export interface TrainingSession {
  id: number;
  title: string;
  trainer: string;
  place: string;
  topics: string;
  starts_at: string;
  ends_at: string;
  checkin_code: string | null;
  /** Its materials; in a programme's detail. */
  files?: Attachment[];
}

export interface TrainingParticipant {
  user_id: number;
  full_name: string;
  sessions_attended: number;
  score: number | null;
  passed: boolean | null;
}

export interface TrainingProgramme {
  id: number;
  unit_id: number;
  title: string;
  provider: string;
  competences: string[];
  max_score: number;
  pass_mark: number;
}

export interface TrainingDetail extends TrainingProgramme {
  sessions: TrainingSession[];
  participants: TrainingParticipant[];
  manages: boolean;
}

export interface Holding {
  id: number;
  user_id: number;
  competence_code: string;
  method: string;
  granted_on: string;
  expires_on: string | null;
  note: string | null;
  in_force: boolean;
  expiring: boolean;
  files: Attachment[];
}

export interface PersonCompetences {
  items: Holding[];
  awareness: string;
  policies: { document_id: number; code: string; title: string; acknowledged_at: string | null }[];
}

export interface RecruitmentProcess {
  id: number;
  unit_id: number;
  position: string;
  competences: string[];
  criteria: string;
  steps: string[];
  document_id: number | null;
  version: number;
}

export type RecruitmentStatus = 'planned' | 'open' | 'selecting' | 'decided' | 'closed' | 'cancelled';

export interface Recruitment {
  id: number;
  unit_id: number;
  process_id: number;
  position: string;
  title: string;
  vacancies: number;
  opened_on: string;
  method: string;
  panel_ids: number[];
  candidates: number;
  decided_on: string | null;
  appointed: { user_id: number | null; name: string }[];
  outcome: string;
  status: RecruitmentStatus;
  cancel_reason: string | null;
  archived_at: string | null;
  version: number;
}

export interface RecruitmentDetail extends Recruitment {
  actions: string[];
  may_attach: boolean;
  may_remove_files: boolean;
  files: Attachment[];
}
