import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many deal custom fields',
		description: 'List the custom fields defined for deals',
		routing: listRoute({ method: 'GET', url: '/dealCustomFieldMeta' }, { postReceive: [unwrapList('dealCustomFieldMeta')] }),
	},
	fields: [...returnAllAndLimit('dealCustomField', 'getAll')],
	simplify: true,
};
