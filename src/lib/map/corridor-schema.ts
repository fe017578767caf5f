import { z } from 'astro/zod';
import { localizedText } from '../content/localized-text.ts';

/*
 * The corridor map's data, `content/map/corridor.yaml`. Editors read these
 * messages when a build fails, so each one says what to write, with an example.
 */

const placeId = z
  .string({ error: 'an id is a short name in lowercase letters, digits and hyphens, e.g. id: le-havre' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id uses lowercase letters, digits and hyphens only, e.g. id: le-havre');

/** A name in every language of the site: `name: { fr: Le Havre, en: Le Havre }`. */
const names = localizedText('the name');

const degrees = (field: 'longitude' | 'latitude', limit: number, example: string) =>
  z
    .number({ error: `${field} is a number of degrees, e.g. ${field}: ${example}` })
    .min(-limit, `${field} is between -${limit} and ${limit} degrees, e.g. ${field}: ${example}`)
    .max(limit, `${field} is between -${limit} and ${limit} degrees, e.g. ${field}: ${example}`);

const place = z.strictObject({
  id: placeId,
  name: names,
  longitude: degrees('longitude', 180, '-73.57 (west of Greenwich is negative)'),
  latitude: degrees('latitude', 90, '45.5 (north of the equator is positive)'),
  /** The id of a partner of content/partners.yaml; the map's loader checks it names one. */
  partner: placeId,
});

const idList = (what: string) =>
  z.array(placeId, { error: `${what} is a list of place ids, e.g. [le-havre, rouen]` });

/** The whole file: the places, the route between them, the zoomed frame. */
export const corridorSchema = z
  .strictObject({
    places: z.array(place, { error: 'add "places": the list of places on the map' }).min(2, 'the map needs at least two places'),
    route: idList('route').min(2, 'the route goes through at least two places'),
    inset: z.strictObject({
      name: names,
      places: idList('inset.places').min(1, 'the inset shows at least one place'),
    }),
  })
  .superRefine((corridor, context) => {
    const ids = corridor.places.map((candidate) => candidate.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) {
        context.addIssue({ code: 'custom', path: ['places', index, 'id'], message: `the id "${id}" is used by two places` });
      }
    });
    const unknown = (list: string[], path: string) =>
      list.forEach((id, index) => {
        if (!ids.includes(id)) {
          context.addIssue({
            code: 'custom',
            path: [path, index],
            message: `"${id}" is not the id of a place; the places are: ${ids.join(', ')}`,
          });
        }
      });
    unknown(corridor.route, 'route');
    unknown(corridor.inset.places, 'inset');
  });

/** The corridor map's data, as checked. */
export type Corridor = z.infer<typeof corridorSchema>;

/** One place of the map. */
export type Place = Corridor['places'][number];

