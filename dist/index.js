import { runAction } from './diffgate.js';

await runAction();
