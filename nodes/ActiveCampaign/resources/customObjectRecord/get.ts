import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { fieldsByName, resolveSchemaAndRecord } from './shared';

export const get: OperationDefinition = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a custom object record',
		description: 'Get a record of a custom object schema by ID or external ID',
		routing: singleRoute(
			{ method: 'GET', url: '/customObjects/records/{customObjectRecordSchema}/{customObjectRecord}' },
			{ preSend: [resolveSchemaAndRecord], postReceive: [unwrapRecord('record'), fieldsByName] },
		),
	},
	simplify: true,
};
