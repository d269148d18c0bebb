import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { schemaOptions, resolveSchema } from './shared';
import { singleRoute } from '../../shared/routing/routes';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a custom object schema',
		description: 'Get a custom object schema with its fields and relationships, by name or ID',
		routing: singleRoute(
			{ method: 'GET', url: '/customObjects/schemas/{customObjectSchema}' },
			{ preSend: [resolveSchema('customObjectSchema')], postReceive: [unwrapRecord('schema')] },
		),
	},
	fields: [
		schemaOptions('customObjectSchemaGetOptions'),
	],
	simplify: true,
};
