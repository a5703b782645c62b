export * from './snake-naming.strategy.js';
export * from './data-source-options.js';
