export * from './vocabulary.js';
export * from './topics.js';
export * from './envelope.js';
export * from './catalog.js';
export * from './events/ticket.events.js';
export * from './events/assignment.events.js';
export * from './events/routing.events.js';
export * from './events/partner-case.events.js';
