export * from './calendar.js';
export * from './duration.js';
export * from './pausable-clock.js';
export * from './load-calendar.js';
export * from './reporting-period.js';
