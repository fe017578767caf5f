import type { ProblemCode, ProblemParams } from '../content/content-error.ts';

/**
 * The map has no room for what the data asks: two places too close to tell
 * apart, or a name with no free place. The data's editors can fix it (the
 * inset is for such places), so the build reports it as a content problem,
 * by its code, in the editor's language.
 */
export class MapSpaceError extends Error {
  readonly code: ProblemCode;
  readonly params: ProblemParams;

  constructor(code: 'map-places-too-close' | 'map-label-no-room', params: ProblemParams) {
    super(code);
    this.name = 'MapSpaceError';
    this.code = code;
    this.params = params;
  }
}
