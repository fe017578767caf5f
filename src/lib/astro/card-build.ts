import build from 'virtual:partnership/card-build';
import type { CardBuild } from '../sharing-cards/card-build.ts';

/** The build under way, as the sharing-cards integration serves it; none in the preview. */
export const cardBuild: CardBuild | undefined = build;
