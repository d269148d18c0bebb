import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { userLocator } from '../../shared/locators/property';
import { optionalRecordId } from '../../shared/locators/read';
import { unwrapList } from '../../shared/output';
import { RECORD_KINDS, RELATION_TYPES } from '../../shared/records/kinds';
import { listRoute } from '../../shared/routing/routes';
import { contactLocator, dealLocator } from '../deal/shared';
import { TASK_STATUS_OPTIONS, taskTypeLocator } from './shared';

const query = (property: string, value?: string) => ({ send: { type: 'query' as const, property, propertyInDotNotation: false, ...(value ? { value } : {}) } });

/** Record filters (contact or deal, type, assignee) as IDs. */
async function taskListQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	const contact = await optionalRecordId(this, 'taskFilters.contact', RECORD_KINDS.contact);
	const deal = await optionalRecordId(this, 'taskFilters.deal', RECORD_KINDS.deal);
	if (contact && deal) failItem(this, 'Filter tasks by a contact or by a deal, not both', 'Keep one of the two filters.');
	if (contact || deal) {
		qs['filters[reltype]'] = contact ? RELATION_TYPES.contact.reltype : RELATION_TYPES.deal.reltype;
		qs['filters[relid]'] = contact ?? deal;
	}
	const type = await optionalRecordId(this, 'taskFilters.taskType', RECORD_KINDS.taskType);
	if (type) qs['filters[d_tasktypeid]'] = type;
	const assignee = await optionalRecordId(this, 'taskFilters.assignee', RECORD_KINDS.user);
	if (assignee) qs['filters[assignee_userid]'] = assignee;
	requestOptions.qs = qs;
	return requestOptions;
}

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many tasks',
		description: 'List tasks, filtered by contact or deal, type, assignee, status or due date',
		routing: listRoute({ method: 'GET', url: '/dealTasks' }, { preSend: [taskListQuery], postReceive: [unwrapList('dealTasks')] }),
	},
	fields: [
		...returnAllAndLimit('task', 'getAll'),
		{
			displayName: 'Filters',
			name: 'taskFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				userLocator('assignee', 'Assignee', 'Only tasks assigned to this user (username, email or full name)'),
				{ ...contactLocator('contact', false), description: 'Only tasks on this contact (ID or email)' },
				{ ...dealLocator, required: false, description: 'Only tasks on this deal' },
				{ displayName: 'Due After', name: 'dueAfter', type: 'dateTime', default: '', routing: query('filters[due_after]') },
				{ displayName: 'Due Before', name: 'dueBefore', type: 'dateTime', default: '', routing: query('filters[due_before]') },
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: TASK_STATUS_OPTIONS,
					default: 0,
					routing: query('filters[status]'),
				},
				{ ...taskTypeLocator(false), description: 'Only tasks of this type' },
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					default: '',
					description: 'Only tasks whose title contains this text',
					routing: query('filters[title]'),
				},
			],
		},
	],
	simplify: true,
};
