// OpenAPI document generated from the routes' zod schemas, served with a browsable UI at /api/docs. A multipart
// body, which its route parses itself (so it has no body schema to validate), is documented from
// `config.multipartFields`: the text fields, then the file.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The text fields of a multipart/form-data body the route reads itself, for the OpenAPI document. */
    multipartFields?: z.ZodObject;
  }
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0] & {
  route?: { config?: { multipartFields?: z.ZodObject } };
};

function multipartBody(fields: z.ZodObject) {
  const json = z.toJSONSchema(fields, { io: 'input' }) as { properties?: object; required?: string[] };
  return {
    ...json,
    properties: { ...json.properties, file: { type: 'string', format: 'binary' } },
    required: [...(json.required ?? []), 'file'],
  };
}

function transform(input: TransformInput) {
  const documented = jsonSchemaTransform(input);
  const fields = input.route?.config?.multipartFields;
  return fields ? { ...documented, schema: { ...documented.schema, body: multipartBody(fields) } } : documented;
}

export const docsPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Beian Console API',
        description: 'ICP access filing (接入备案): applicant wizard, review queues and administration.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'beian_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
});
