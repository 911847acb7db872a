export { CheckInPage as default } from './training';
