export * from './infrastructure.js';
export * from './test-database.js';
export * from './eventually.js';
export * from './kafka-probe.js';
export * from './schema-drift.js';
export * from './test-service.js';
export * from './http.js';
export * from './platform.js';
