// The one way src/ imports zod: `import * as z from '../zod.js'`, never 'zod' or 'zod/mini' (the lint
// forbids them). It is zod's functional API, 'zod/mini': classic zod's chained API ('zod') bundled to
// 755 KB that every run loaded (~70 ms of its start); mini bundles only what the schemas use.
//
// Two things classic zod sets up on its own, mini leaves to the caller; they are done here, once.
// Every module that builds a schema imports zod from this module, so this runs before any schema exists:
// - the English messages ("Invalid input: expected number, received string") that config errors and
//   the readers of SARIF, mutation and JSON reports print; only `en` is imported, so only `en` is bundled;
// - the memoizer, as classic installs it: a schema built after it parses a value that contains itself
//   without running in circles (it acts on recursive schemas only; none here is, today).
import { config, memoizer } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
config({ memoizer: memoizer() });

export * from 'zod/mini';

// zod's core classes, which classic and mini schemas share: for code that reads a schema that may have
// been built with either API (a rule's options). Named here because `z.core.…` at run time would bundle
// the whole core namespace, every locale with it.
export { $ZodArray, $ZodDefault, $ZodEnum, $ZodObject, $ZodOptional, type $ZodError, type $ZodType } from 'zod/v4/core';
