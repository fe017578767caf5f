import { z } from 'astro/zod';
import { problem, type ProblemCode } from './content-error.ts';
import { dataId, uniqueIds } from './data-id.ts';
import { localizedText } from './localized-text.ts';
import { requiredText } from './required-text.ts';

/*
 * The corridor map's data, `content/map/corridor.yaml`. Each rule's message
 * is a problem code: the content check turns it into what editors read.
 */

const degrees = (limit: number, code: ProblemCode) => z.number({ error: problem(code) }).min(-limit, problem(code)).max(limit, problem(code));

const place = z.strictObject(
  {
    id: dataId,
    name: localizedText,
    longitude: degrees(180, 'map-longitude'),
    latitude: degrees(90, 'map-latitude'),
    /** The id of a partner of content/partners.yaml; the content check checks it names one. */
    partner: requiredText('map-partner-missing'),
  },
  { error: problem('map-places') },
);

/** Places named by their ids; the whole file's rule checks each names a place. An empty item is a list written wrong. */
const placeId = (code: ProblemCode) => z.string({ error: problem('map-unknown-place') }).min(1, { error: problem(code), abort: true });
const idList = (code: ProblemCode, least: number) => z.array(placeId(code), { error: problem(code) }).min(least, problem(code));

/** The whole file: the places, the route between them, the zoomed frame. */
export const corridorSchema = z
  .strictObject(
    {
      places: z.array(place, { error: problem('map-places') }).min(2, problem('map-places')),
      route: idList('map-route', 2),
      inset: z.strictObject({ name: localizedText, places: idList('map-inset-places', 1) }, { error: problem('map-inset') }),
    },
    { error: problem('map-not-fields') },
  )
  .superRefine((corridor, context) => {
    uniqueIds(corridor.places, ['places'], context);
    const ids = corridor.places.map((candidate) => candidate.id);
    const unknown = (list: string[], path: (string | number)[]) =>
      list.forEach((id, index) => {
        // An item that is no id at all is reported by the list's own rule.
        if (typeof id === 'string' && id !== '' && !ids.includes(id)) context.addIssue({ code: 'custom', path: [...path, index], message: problem('map-unknown-place') });
      });
    unknown(corridor.route, ['route']);
    unknown(corridor.inset.places, ['inset', 'places']);
  });

/** The corridor map's data, as checked. */
export type Corridor = z.infer<typeof corridorSchema>;

/** One place of the map. */
export type Place = Corridor['places'][number];
