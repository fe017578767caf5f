/**
 * The map has no room for what the data asks: two places too close to tell
 * apart, or a name with no free place. The data's editors can fix it (the
 * inset is for such places), so the build reports it as a content problem.
 */
export class MapSpaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MapSpaceError';
  }
}
