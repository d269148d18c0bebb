import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { resolveSchema } from './shared';

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
		{
			displayName: 'Options',
			name: 'customObjectSchemaGetOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Include Deleted Fields',
					name: 'showFields',
					type: 'boolean',
					default: false,
					description: 'Whether to include fields marked for deletion (they have `status: marked_for_deletion`)',
					routing: { send: { type: 'query', property: 'showFields', value: '={{ $value ? "all" : undefined }}' } },
				},
			],
		},
	],
	simplify: true,
};
