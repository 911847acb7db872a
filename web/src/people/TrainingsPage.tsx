export { TrainingsPage as default } from './training';
