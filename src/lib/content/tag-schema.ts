import { localizedText } from './localized-text.ts';

/** A news topic (`content/tags.yaml`): its label in each language, under the id articles use. */
export const tagSchema = localizedText;
