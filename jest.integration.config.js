import { tierConfig } from './jest.preset.js';
export default tierConfig('integration');
