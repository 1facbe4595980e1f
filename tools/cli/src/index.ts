export { main } from './main.js';
export { COMMANDS } from './commands.js';
