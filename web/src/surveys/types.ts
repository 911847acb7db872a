// The surveys API's shapes (api/openapi.json: Questionnaire, QuestionnaireVersion, Survey, SurveyLink, SurveyResults).
export interface SurveyText { vi: string; en: string }
export const AUDIENCES = ['learners', 'parents', 'staff', 'employers', 'alumni'] as const;
export const MODES = ['anonymous', 'confidential'] as const;
export type QuestionType = 'likert' | 'single' | 'multiple' | 'recommend' | 'grid' | 'number' | 'short_text' | 'long_text';

export interface Question {
  key: string; type: QuestionType; text: SurveyText; required?: boolean; options?: SurveyText[]; rows?: SurveyText[];
  scale?: SurveyText[]; min?: number; max?: number; max_length?: number; threshold?: number; clauses?: string[];
}
export interface Definition { title: SurveyText; intro?: SurveyText; sections: { title: SurveyText; questions: Question[] }[] }
export interface VersionInfo { number: number; status: 'draft' | 'published'; created_at: string; published_at: string | null }
export interface Questionnaire {
  id: number; unit_id: number; title: SurveyText; audience: string; library_code: string | null; versions: VersionInfo[]; version: number;
}
export interface QuestionnaireVersion extends VersionInfo { questionnaire_id: number; definition: Definition }
export interface LibraryEntry { code: string; audience: string; title: SurveyText; questions: number }
export interface Survey {
  id: number; unit_id: number; questionnaire_id: number; questionnaire_version: number; title: string; audience: string;
  mode: 'anonymous' | 'confidential'; opens_on: string; closes_on: string; status: 'draft' | 'open' | 'closed'; min_group: number; version: number;
}
export interface SurveyLink { code: string; unit_id: number; personal: boolean; person: string | null; used: boolean; expected: number; path: string }
export interface Distribution {
  answered: number; counts: { value: number; count: number }[]; mean: number | null; index: number | null;
  interval: { low: number; high: number } | null;
}
export interface ResultItem { row?: SurveyText; distribution: Distribution | null; previous_index: number | null; improvement_id: number | null }
export interface SurveyResults {
  survey: Survey; unit_id: number; responses: number; expected: number; response_rate: number | null; min_group: number; withheld: boolean;
  units: { unit_id: number; responses: number; expected: number; rate: number | null }[];
  groups: { shown: { unit_id: number; responses: number }[]; others: number; others_shown: boolean };
  previous_survey_id: number | null;
  questions: { key: string; type: QuestionType; text: SurveyText; threshold: number | null; items: ResultItem[] }[];
}

/** A share 0..1 as a whole percentage, or a dash. */
export function percent(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${Math.round(v * 100)}%`;
}

/** The survey an entry raised below a question's threshold names in its description (surveys/service.cc). */
export function surveyIdIn(description: string): number | null {
  const m = /\/surveys\/(\d+)/.exec(description);
  return m ? Number(m[1]) : null;
}
