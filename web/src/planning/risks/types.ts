// The risks register's records as the API returns them (api/openapi.json: Risk, RiskDetail, RiskMatrix, RiskHeatmap).
import type { Action } from '../../api/types';

export const RISK_KINDS = ['risk', 'opportunity'] as const;
export type RiskKind = (typeof RISK_KINDS)[number];
export const RISK_TREATMENTS = ['avoid', 'reduce', 'share', 'accept'] as const;
export const OPPORTUNITY_TREATMENTS = ['pursue', 'not_pursue'] as const;
export type Treatment = (typeof RISK_TREATMENTS)[number] | (typeof OPPORTUNITY_TREATMENTS)[number];
export const SOURCE_KINDS = ['process', 'context_issue', 'party_requirement', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Label { vi: string; en: string }
export interface MatrixStep { value: number; label: Label }
export interface MatrixBand {
  level: string; min: number; max: number; process_risk_level: string; colour: string; label: Label;
}
export interface RiskMatrix {
  code: string; name: Label; likelihood: MatrixStep[]; impact: MatrixStep[]; bands: MatrixBand[];
}
export interface MatrixSettings {
  matrix_code: string; version: number; shipped: string[]; matrix: RiskMatrix;
}

export interface Rating { likelihood: number; impact: number; score: number; level: string | null }
export interface Risk {
  id: number; unit_id: number; process_id: number | null; kind: RiskKind; source_kind: SourceKind;
  source_id: number | null; title: string; cause: string; consequence: string; inherent: Rating;
  residual: Rating | null; level: string | null; owner_id: number | null; treatment: Treatment | null;
  treatment_plan: string; next_review_date: string | null; last_reviewed_on: string | null; review_overdue: boolean;
  version: number; archived_at: string | null;
}
export interface RatingEntry {
  stage: 'inherent' | 'residual'; matrix_code: string; likelihood: number; impact: number; score: number;
  rated_by: number | null; rated_at: string;
}
export interface RiskDetail extends Risk {
  ratings: RatingEntry[]; actions: Action[]; nonconformity_ids: number[];
}
export interface HeatCell { likelihood: number; impact: number; count: number; level: string }
export interface Heatmap { within: number | null; kind: RiskKind; total: number; cells: HeatCell[]; matrix: RiskMatrix }
