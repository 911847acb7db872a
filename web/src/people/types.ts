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
