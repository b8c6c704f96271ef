/** The project's own spec, what every command reads without `--spec`. A module of its own: reading it loads nothing. */
export const DEFAULT_SPEC = 'openapi/openapi.yaml';
