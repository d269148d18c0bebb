import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many custom object schemas',
		description: "List the account's custom object schemas with their fields and relationships",
		routing: listRoute({ method: 'GET', url: '/customObjects/schemas' }, { postReceive: [unwrapList('schemas')] }),
	},
	fields: [
		...returnAllAndLimit('customObjectSchema', 'getAll'),
		{
			displayName: 'Options',
			name: 'customObjectSchemaGetAllOptions',
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
