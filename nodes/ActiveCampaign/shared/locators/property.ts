import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { RECORD_KINDS, type RecordKind } from '../records/kinds';
import { setBodyPath } from '../routing/body';
import { resolveRecordId } from './read';

const NUMERIC_ID = '^\\s*\\d+\\s*$';

export interface LocatorOptions {
	name: string;
	displayName: string;
	kind: RecordKind;
	/** Defaults to the kind's searchMethod. */
	searchListMethod?: string;
	description?: string;
	required?: boolean;
	/** `email` for contacts; `name` lets an expression give a record's name. */
	byText?: 'email' | 'name';
}

/** A record picker: from a searchable list, by ID, or by email/name (also from an expression). */
export function recordLocator(options: LocatorOptions): INodeProperties {
	const label = options.kind.label;
	const searchListMethod = options.searchListMethod ?? options.kind.searchMethod;
	if (!searchListMethod) throw new Error(`The ${label} kind has no list search method`);
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 12',
				validation: [
					{ type: 'regex', properties: { regex: NUMERIC_ID, errorMessage: `Not a valid ${label} ID (a number)` } },
				],
			},
			...(options.byText === 'email'
				? [{ displayName: 'By Email', name: 'email', type: 'string' as const, placeholder: 'e.g. jane@example.com' }]
				: []),
			...(options.byText === 'name'
				? [{ displayName: 'By Name', name: 'name', type: 'string' as const, placeholder: `e.g. the ${label}'s name` }]
				: []),
		],
	};
}

/** A user picker (owner, assignee): from the list, by ID, or by username, email or full name typed in. */
export const userLocator = (name: string, displayName: string, description: string): INodeProperties =>
	recordLocator({ name, displayName, kind: RECORD_KINDS.user, byText: 'name', required: false, description });

/** The Owner option of a collection (`<collection>.owner`), resolved into the body at `bodyPath` (e.g. `account.owner`). */
export function collectionOwnerOption(collection: string, description: string, bodyPath: string): INodeProperties {
	return {
		...userLocator('owner', 'Owner', description),
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
						const owner = await resolveRecordId(this, `${collection}.owner`, RECORD_KINDS.user);
						setBodyPath(requestOptions, bodyPath, owner);
						return requestOptions;
					},
				],
			},
		},
	};
}
