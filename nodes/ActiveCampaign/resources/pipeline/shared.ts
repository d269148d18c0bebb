import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { CURRENCY_OPTIONS } from '../../shared/money';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const pipelineLocator = (name = 'pipeline', required = true): INodeProperties =>
	recordLocator({
		name,
		displayName: 'Pipeline',
		kind: RECORD_KINDS.pipeline,
		searchListMethod: 'searchPipelines',
		byText: 'name',
		required,
		description: 'The pipeline, picked from the list, by ID, or by its title',
	});

/** The pipeline picker of every operation on one pipeline. */
export const pipelineSharedFields: INodeProperties[] = [
	{ ...pipelineLocator(), displayOptions: showFor('pipeline', ['get', 'update', 'delete']) },
];

/** preSend: the picked pipeline's ID into `/dealGroups/{pipeline}`. */
export const pipelineId = resolveIds([{ parameter: 'pipeline', kind: RECORD_KINDS.pipeline }], '/dealGroups/{pipeline}');

const body = (property: string, value?: string) => ({ send: { type: 'body' as const, property: `dealGroup.${property}`, ...(value ? { value } : {}) } });

export const pipelineCurrency: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'options',
	options: CURRENCY_OPTIONS,
	default: 'usd',
	description: 'The default currency of new deals in the pipeline',
	routing: body('currency', '={{ String($value).toLowerCase() }}'),
};

/** Options of create and update. */
export const pipelineOptions: INodeProperties[] = [
	{
		displayName: 'All User Groups Can Manage',
		name: 'allgroups',
		type: 'boolean',
		default: true,
		description: 'Whether every user group may manage the pipeline',
		routing: body('allgroups', '={{ $value ? 1 : 0 }}'),
	},
	{
		displayName: 'Assign to All Users',
		name: 'allusers',
		type: 'boolean',
		default: false,
		description: 'Whether new deals may be auto-assigned to every user (otherwise only the chosen users)',
		routing: body('allusers', '={{ $value ? 1 : 0 }}'),
	},
	{
		displayName: 'Auto-Assign',
		name: 'autoassign',
		type: 'options',
		options: [
			{ name: 'Off', value: 0 },
			{ name: 'Round Robin', value: 1 },
			{ name: 'By Deal Value', value: 2 },
		],
		default: 0,
		description: 'How new deals get an owner when none is given',
		routing: body('autoassign'),
	},
	{
		displayName: 'User IDs',
		name: 'users',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1, 3',
		description: 'Comma-separated IDs of the users new deals are auto-assigned to',
		routing: body('users', "={{ String($value).split(',').map(id => id.trim()).filter(id => id) }}"),
	},
];
