import { legacyResource } from '../../shared/descriptions';
import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { pipelineCreateFields } from './create';
import { pipelineGetFields } from './get';
import { pipelineGetAllFields } from './getAll';
import { pipelineUpdateFields } from './update';

const pipelineId = resolveIds([{ parameter: 'pipeline', kind: RECORD_KINDS.pipeline }], '/dealGroups/{pipeline}');
const one = [unwrapRecord('dealGroup')];

export const pipelineDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['pipeline'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a pipeline',
				description: 'Create a deal pipeline; it starts with three stages (To Contact, In Contact, Follow Up)',
				routing: singleRoute({ method: 'POST', url: '/dealGroups' }, { postReceive: one }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a pipeline',
				description: 'Delete a pipeline with its stages and deals',
				routing: singleRoute({ method: 'DELETE', url: '/dealGroups/{pipeline}' }, { preSend: [pipelineId], postReceive: [confirmDeleted('pipeline', 'pipeline')] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a pipeline',
				description: 'Get a pipeline by title or ID, with the IDs of its stages',
				routing: singleRoute({ method: 'GET', url: '/dealGroups/{pipeline}' }, { preSend: [pipelineId], postReceive: one }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many pipelines',
				description: 'List deal pipelines',
				routing: listRoute({ method: 'GET', url: '/dealGroups' }, { postReceive: [unwrapList('dealGroups')] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a pipeline',
				description: 'Rename a pipeline or change its currency or auto-assignment',
				routing: singleRoute({ method: 'PUT', url: '/dealGroups/{pipeline}' }, { preSend: [pipelineId], postReceive: one }),
			},
		],
		default: 'getAll',
	},
	...pipelineCreateFields,
	...pipelineGetFields,
	...pipelineGetAllFields,
	...pipelineUpdateFields,
	simplifyOption('pipeline', ['create', 'get', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const pipeline = legacyResource('Pipeline', 'pipeline', 'Deal pipelines', pipelineDescription);
