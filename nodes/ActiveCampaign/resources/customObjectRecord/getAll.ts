import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';
import { fieldsByName, schemaRecordsUrl } from './shared';

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many custom object records',
		description: 'List the records of a custom object schema',
		routing: listRoute(
			{ method: 'GET', url: '/customObjects/records/{customObjectRecordSchema}' },
			{ preSend: [schemaRecordsUrl], postReceive: [unwrapList('records'), fieldsByName] },
		),
	},
	fields: [...returnAllAndLimit('customObjectRecord', 'getAll')],
	simplify: true,
};
