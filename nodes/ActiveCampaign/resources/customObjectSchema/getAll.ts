import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';
import { schemaOptions } from './shared';

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
		schemaOptions('customObjectSchemaGetAllOptions'),
	],
	simplify: true,
};
