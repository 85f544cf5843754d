// What the bundle exports: the two entry points. dist/index.js and dist/cli.js each call one.
export { run as runAction } from './main.js';
export { runCli } from './cli.js';
