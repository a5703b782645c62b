export * from './caller-identity.js';
export * from './visible-text.js';
export * from './validators.js';
export * from './calendar-file.js';
