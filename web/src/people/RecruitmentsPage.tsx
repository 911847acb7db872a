export { RecruitmentsPage as default } from './recruitment';
