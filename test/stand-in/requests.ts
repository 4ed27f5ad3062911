export * from '../../src/playground/requests.js';
