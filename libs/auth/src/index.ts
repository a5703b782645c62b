export * from './principal.js';
export * from './access-token-verifier.js';
export * from './access.decorators.js';
export * from './access.guard.js';
export * from './access-denied.error.js';
