// The flags that name a change (repository, base, head or the working tree, event, config), shared by `diffgate` and
// `diffgate ranges`. A module of its own so the CLI can parse flags without loading the pipeline.
export const CHANGE_FLAGS = {
  repo: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  config: { type: 'string' },
  event: { type: 'string' },
  'event-name': { type: 'string' },
  'include-uncommitted': { type: 'boolean' },
} as const;
