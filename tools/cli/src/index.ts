export { main, COMMANDS } from "./main.js";
