import { schema as published } from '@octokit/graphql-schema';
import {
  buildClientSchema,
  type IntrospectionQuery,
  execute,
  parse,
  validate,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';

/**
 * GitHub's published GraphQL schema (`@octokit/graphql-schema`, pinned):
 * every query the stand-in receives is validated against it and run by
 * graphql-js against it, so a field GitHub does not have, a wrong argument
 * or a wrong variable type fails as it would on GitHub.
 */

let schema: GraphQLSchema | undefined;

/**
 * The schema as GitHub's introspection gives it. Its SDL form in the same
 * package (15.26.1) declares two fields of EnterpriseOwnerInfo twice, which
 * graphql-js rightly refuses.
 */
function githubSchema(): GraphQLSchema {
  schema ??= buildClientSchema(published.json as unknown as IntrospectionQuery);
  return schema;
}

/** A GraphQL request body, as POSTed to /graphql. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** Thrown by a resolver for what the stand-in does not implement: the test fails, naming it. */
export class NotImplemented extends Error {}

/**
 * Reads each field from the resolver objects the stand-in builds (a
 * property, or a method called with the field's arguments). A field they
 * lack is not implemented: it fails, naming the type and the field,
 * rather than answering null as if GitHub had nothing.
 */
const strictResolver: GraphQLFieldResolver<Record<string, unknown>, unknown> = (source, args, _context, info) => {
  if (!(info.fieldName in source)) {
    throw new NotImplemented(`the GitHub stand-in does not implement the GraphQL field ${info.parentType.name}.${info.fieldName}`);
  }
  const value = source[info.fieldName];
  return typeof value === 'function' ? (value as (args: unknown) => unknown).call(source, args) : value;
};

/**
 * Validates `request` against GitHub's schema, then runs it with `root`
 * as the query or mutation root. Returns the response body (`data`,
 * `errors`) and the names of what was not implemented.
 */
export async function runGraphQL(
  request: GraphQLRequest,
  root: Record<string, unknown>,
): Promise<{ body: { data?: unknown; errors?: { message: string; type?: string }[] }; notImplemented: string[] }> {
  const document = parse(request.query);
  const invalid = validate(githubSchema(), document);
  if (invalid.length > 0) {
    throw new Error(`a GraphQL query GitHub's schema refuses: ${invalid.map((error) => error.message).join('; ')}\n${request.query}`);
  }
  const result = await execute({
    schema: githubSchema(),
    document,
    rootValue: root,
    variableValues: request.variables ?? {},
    fieldResolver: strictResolver,
  });
  const errors = result.errors ?? [];
  const notImplemented = errors.filter((error) => error.originalError instanceof NotImplemented).map((error) => error.message);
  return {
    body: {
      ...(result.data !== undefined ? { data: result.data } : {}),
      ...(errors.length > 0 ? { errors: errors.map((error) => ({ message: error.message, type: typeOf(error.originalError) })) } : {}),
    },
    notImplemented,
  };
}

/** GitHub's `errors[].type` for an error a resolver threw. */
function typeOf(error: Error | undefined): string {
  return error instanceof GitHubGraphQLError ? error.type : 'INTERNAL';
}

/** An error GitHub reports through GraphQL (`errors[].type`), e.g. NOT_FOUND. */
export class GitHubGraphQLError extends Error {
  readonly type: string;

  constructor(message: string, type: string) {
    super(message);
    this.type = type;
  }
}
