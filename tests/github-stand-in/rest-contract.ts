import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * GitHub's own description of its REST API (`@octokit/openapi`, pinned),
 * which every response of the stand-in must match: the status must be one
 * the operation documents, and a JSON body must validate against that
 * status's schema. The description is 13 MB: read once, on first use, and
 * each operation's schema compiled when it is first answered.
 */

interface OpenApiResponse {
  $ref?: string;
  content?: Record<string, { schema?: Record<string, unknown> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, OpenApiResponse> }>>;
  components: { responses: Record<string, OpenApiResponse> } & Record<string, unknown>;
}

const COMPONENTS_ID = 'https://api.github.com/components';
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let description: OpenApiDocument | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction | null>();

function openApi(): { document: OpenApiDocument; ajv: Ajv } {
  if (!description || !ajv) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    description = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
    // The description is OpenAPI 3.0: `nullable`, `example` and `discriminator`
    // are keywords of OpenAPI, not of JSON Schema; Ajv knows `nullable`, and
    // strict mode off lets it pass over the others.
    ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
    ajv.addSchema({ $id: COMPONENTS_ID, components: withNullsAllowed(description.components) });
  }
  return { document: description, ajv };
}

/**
 * OpenAPI 3.0's `nullable: true` beside `allOf`, `$ref` or another schema
 * without `type` means "or null"; Ajv reads `nullable` only beside `type`,
 * so such a schema becomes `anyOf: [schema, null]`.
 */
function withNullsAllowed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withNullsAllowed);
  if (!value || typeof value !== 'object') return value;
  const { nullable, ...rest } = value as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([key, child]) => [key, withNullsAllowed(child)]));
  if (nullable === true && !('type' in rest)) return { anyOf: [converted, { type: 'null' }] };
  return nullable === undefined ? converted : { ...converted, nullable };
}

/** The documented response of an operation for a status, its `$ref` followed. */
function documentedResponse(document: OpenApiDocument, method: string, path: string, status: number): OpenApiResponse | undefined {
  const operation = document.paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`GitHub's REST API has no operation ${method} ${path}`);
  const response = operation.responses[String(status)];
  if (!response?.$ref) return response;
  return document.components.responses[response.$ref.replace('#/components/responses/', '')];
}

/** The schema validator of an operation's JSON response for a status, or null when it documents no JSON body. */
function validatorFor(method: string, path: string, status: number): ValidateFunction | null {
  const key = `${method} ${path} ${status}`;
  if (!validators.has(key)) {
    const { document, ajv: validator } = openApi();
    const response = documentedResponse(document, method, path, status);
    if (!response) throw new Error(`GitHub documents no ${status} response for ${method} ${path}`);
    const schema = response.content?.['application/json']?.schema;
    // Refs in the operation point into the description's components, added to Ajv once.
    const rooted =
      schema && JSON.parse(JSON.stringify(withNullsAllowed(schema)).replaceAll('"#/components/', `"${COMPONENTS_ID}#/components/`));
    validators.set(key, rooted ? validator.compile(rooted) : null);
  }
  return validators.get(key)!;
}

/**
 * Throws, naming the operation and what differs, unless `body` is a
 * response GitHub documents for `method path` (a path template of the
 * description, `/repos/{owner}/{repo}/pulls`) with `status`. `body` is
 * undefined for a response without one (204), and not checked when it is
 * not JSON (a blob asked for raw).
 */
export function checkRestResponse(method: string, path: string, status: number, body: unknown, isJson = true): void {
  const validate = validatorFor(method, path, status);
  if (!validate) {
    if (body !== undefined && isJson) throw new Error(`${method} ${path} ${status}: GitHub documents no body, the stand-in sent one`);
    return;
  }
  if (!isJson) return;
  if (!validate(body)) {
    const errors = (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '/'} ${error.message}`);
    throw new Error(`${method} ${path} ${status}: the response does not match GitHub's schema: ${errors.join('; ')}`);
  }
}
