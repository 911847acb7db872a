export { RecruitmentPage as default } from './recruitment';
