import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Permission } from './api/types';

/**
 * The menu's groups, in order, as the standards and their users divide the work: planning (clauses 4–6),
 * documented information and processes (4.4, 7.5), people and their competence (7.1.2–7.3), audits and improvement
 * (9.2, 10), the voice of learners, parents and staff (9.1.2, complaints), leadership's review and oversight (9.3),
 * certification, and administration of the system itself.
 */
export const MENU_GROUPS = [
  'context', 'planning', 'documents', 'people', 'auditing', 'voice', 'leadership', 'certification', 'administration',
] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

export interface Screen {
  path: string;
  /** The menu label is `nav.<key>`. */
  key: string;
  /** Shown in the menu and opened only for a user who has this permission somewhere; none: every user. */
  permission?: Permission;
  /** False for a screen reached from another one rather than from the menu. */
  menu?: boolean;
  /** The menu group the entry sits in (its label is `navGroup.<group>`); none: at the top level. */
  group?: MenuGroup;
  page: LazyExoticComponent<ComponentType>;
}

/** The screens behind the login, in menu order; each page is its own chunk. */
export const SCREENS: readonly Screen[] = [
  { path: '/', key: 'home', page: lazy(() => import('./pages/Home')) },
  { path: '/organisation', group: 'administration', key: 'organisation', permission: 'view_organisation', page: lazy(() => import('./pages/Organisation')) },
  { path: '/users', group: 'administration', key: 'users', permission: 'view_users', page: lazy(() => import('./pages/Users')) },
  { path: '/context', group: 'context', key: 'context', permission: 'view_planning', page: lazy(() => import('./planning/context/ContextIssuesPage')) },
  { path: '/interested-parties', group: 'context', key: 'interestedParties', permission: 'view_planning', page: lazy(() => import('./planning/context/PartiesPage')) },
  { path: '/scope', group: 'context', key: 'scope', permission: 'view_planning', page: lazy(() => import('./planning/context/ScopePage')) },
  { path: '/risks', group: 'planning', key: 'risks', permission: 'view_planning', page: lazy(() => import('./planning/risks/RisksPage')) },
  { path: '/objectives', group: 'planning', key: 'objectives', permission: 'view_planning', page: lazy(() => import('./planning/indicators/ObjectivesPage')) },
  { path: '/indicators', group: 'planning', key: 'indicators', permission: 'view_planning', page: lazy(() => import('./planning/indicators/IndicatorsPage')) },
  { path: '/indicators/compare', group: 'planning', key: 'indicatorCompare', permission: 'view_planning', page: lazy(() => import('./planning/indicators/ComparePage')) },
  { path: '/indicators/:id', key: 'indicator', permission: 'view_planning', menu: false, page: lazy(() => import('./planning/indicators/IndicatorPage')) },
  { path: '/changes', group: 'planning', key: 'changes', permission: 'view_planning', page: lazy(() => import('./planning/context/ChangesPage')) },
  { path: '/actions', group: 'planning', key: 'actions', permission: 'view_actions', page: lazy(() => import('./pages/Actions')) },
  { path: '/documents', group: 'documents', key: 'documents', permission: 'view_documents', page: lazy(() => import('./pages/Documents')) },
  { path: '/documents/:id', key: 'document', permission: 'view_documents', menu: false, page: lazy(() => import('./pages/Document')) },
  { path: '/reading-list', group: 'documents', key: 'readingList', page: lazy(() => import('./pages/ReadingList')) },
  { path: '/records', group: 'documents', key: 'records', permission: 'view_documents', page: lazy(() => import('./pages/Records')) },
  { path: '/records/disposal-review', key: 'disposalReview', permission: 'view_documents', menu: false, page: lazy(() => import('./pages/DisposalReview')) },
  { path: '/records/:id', key: 'record', permission: 'view_documents', menu: false, page: lazy(() => import('./pages/Record')) },
  { path: '/processes', group: 'documents', key: 'processes', permission: 'view_processes', page: lazy(() => import('./pages/Processes')) },
  { path: '/processes/:id', key: 'process', permission: 'view_processes', menu: false, page: lazy(() => import('./pages/Process')) },
  { path: '/process-map', group: 'documents', key: 'processMap', permission: 'view_processes', page: lazy(() => import('./pages/ProcessMap')) },
  { path: '/standards', group: 'context', key: 'standards', page: lazy(() => import('./pages/Standards')) },
  { path: '/evidence', group: 'documents', key: 'evidence', permission: 'view_documents', page: lazy(() => import('./pages/Evidence')) },
  { path: '/audit-programmes', group: 'auditing', key: 'auditProgrammes', permission: 'view_audits', page: lazy(() => import('./pages/AuditProgrammes')) },
  { path: '/audit-programmes/:id', key: 'auditProgramme', permission: 'view_audits', menu: false, page: lazy(() => import('./pages/AuditProgramme')) },
  { path: '/audits', group: 'auditing', key: 'audits', permission: 'view_audits', page: lazy(() => import('./pages/Audits')) },
  { path: '/audits/:id', key: 'auditDetail', permission: 'view_audits', menu: false, page: lazy(() => import('./pages/Audit')) },
  { path: '/nonconformities', group: 'auditing', key: 'nonconformities', permission: 'view_improvement', page: lazy(() => import('./pages/Nonconformities')) },
  { path: '/nonconformities/:id', key: 'nonconformity', permission: 'view_improvement', menu: false, page: lazy(() => import('./pages/Nonconformity')) },
  { path: '/nonconformity-dashboard', group: 'auditing', key: 'ncDashboard', permission: 'view_improvement', page: lazy(() => import('./pages/NonconformityDashboard')) },
  { path: '/improvements', group: 'auditing', key: 'improvements', permission: 'view_improvement', page: lazy(() => import('./pages/Improvements')) },
  { path: '/improvements/:id', key: 'improvement', permission: 'view_improvement', menu: false, page: lazy(() => import('./pages/Improvement')) },
  { path: '/certifications', group: 'certification', key: 'certifications', permission: 'view_certification', page: lazy(() => import('./pages/Certifications')) },
  { path: '/certifications/:id', key: 'certification', permission: 'view_certification', menu: false, page: lazy(() => import('./pages/Certification')) },
  { path: '/certificates', group: 'certification', key: 'certificates', permission: 'view_certification', page: lazy(() => import('./pages/Certificates')) },
  { path: '/certificates/:id', key: 'certificate', permission: 'view_certification', menu: false, page: lazy(() => import('./pages/Certificate')) },
  { path: '/readiness', group: 'certification', key: 'readiness', permission: 'view_certification', page: lazy(() => import('./pages/Readiness')) },
  { path: '/surveys', group: 'voice', key: 'surveys', permission: 'view_surveys', page: lazy(() => import('./surveys/SurveysPage')) },
  { path: '/surveys/:id', key: 'survey', permission: 'view_surveys', menu: false, page: lazy(() => import('./surveys/SurveyPage')) },
  { path: '/questionnaires', group: 'voice', key: 'questionnaires', permission: 'view_surveys', page: lazy(() => import('./surveys/QuestionnairesPage')) },
  { path: '/questionnaires/:id', key: 'questionnaire', permission: 'view_surveys', menu: false, page: lazy(() => import('./surveys/QuestionnairePage')) },
  { path: '/audit', group: 'administration', key: 'audit', permission: 'view_audit_log', page: lazy(() => import('./pages/AuditTrail')) },
  // Complaints and appeals (issue 19): /complaints/* is the complainant's public page, served by the server.
  { path: '/complaint-register', group: 'voice', key: 'complaints', permission: 'handle_complaints', page: lazy(() => import('./complaints/ComplaintsPage')) },
  { path: '/complaint-register/:id', key: 'complaint', permission: 'handle_complaints', menu: false, page: lazy(() => import('./complaints/ComplaintPage')) },
  // Management reviews (issue 21).
  { path: '/competences', group: 'people', key: 'competences', permission: 'view_competences', page: lazy(() => import('./people/CompetencesPage')) },
  { path: '/trainings', group: 'people', key: 'trainings', permission: 'view_competences', page: lazy(() => import('./people/TrainingsPage')) },
  { path: '/trainings/:id', key: 'training', permission: 'view_competences', menu: false, page: lazy(() => import('./people/TrainingPage')) },
  { path: '/check-in/:code', key: 'checkIn', menu: false, page: lazy(() => import('./people/CheckInPage')) },
  { path: '/people/:id', key: 'person', permission: 'view_competences', menu: false, page: lazy(() => import('./people/PersonPage')) },
  { path: '/recruitments', group: 'people', key: 'recruitments', permission: 'view_competences', page: lazy(() => import('./people/RecruitmentsPage')) },
  // A selection panel member may be staff, who view no competences: the server shows them the recruitments they sit on.
  { path: '/recruitments/:id', key: 'recruitment', menu: false, page: lazy(() => import('./people/RecruitmentPage')) },
  { path: '/trainings/:id/reaction', key: 'trainingReaction', menu: false, page: lazy(() => import('./people/ReactionPage')) },
  { path: '/management-reviews', group: 'leadership', key: 'managementReviews', permission: 'view_reviews', page: lazy(() => import('./review/ReviewsPage')) },
  { path: '/management-reviews/:id', key: 'managementReview', permission: 'view_reviews', menu: false, page: lazy(() => import('./review/ReviewPage')) },
  { path: '/oversight', group: 'leadership', key: 'oversight', permission: 'view_oversight', page: lazy(() => import('./oversight/OversightPage')) },
  { path: '/directives', group: 'leadership', key: 'directives', permission: 'view_reviews', page: lazy(() => import('./directives/DirectivesPage')) },
  { path: '/directives/:id', key: 'directive', permission: 'view_reviews', menu: false, page: lazy(() => import('./directives/DirectivePage')) },
  { path: '/directive-answers/:id', key: 'directiveAnswer', permission: 'view_reviews', menu: false, page: lazy(() => import('./directives/AnswerPage')) },
  { path: '/profile', key: 'profile', page: lazy(() => import('./pages/Profile')) },
];
