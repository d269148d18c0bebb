import type { IDataObject } from 'n8n-workflow';

/** How to find records of one kind by their name, for locators, lookups and list search. */
export interface RecordKind {
	label: string;
	path: string;
	rootProperty: string;
	/** The field shown as the record's name. */
	nameField: string;
	/** Query that narrows a search by text; the results are then matched on nameField. */
	searchQuery?: (text: string) => IDataObject;
	/** Builds a readable name from a record when one field is not enough. */
	displayName?: (record: IDataObject) => string;
}

export const RECORD_KINDS = {
	contact: {
		label: 'contact',
		path: '/contacts',
		rootProperty: 'contacts',
		nameField: 'email',
		searchQuery: (text: string) => ({ search: text }),
		displayName: (record: IDataObject) =>
			[[record.firstName, record.lastName].filter(Boolean).join(' '), record.email]
				.filter(Boolean)
				.join(' - '),
	},
	list: {
		label: 'list',
		path: '/lists',
		rootProperty: 'lists',
		nameField: 'name',
		searchQuery: (text: string) => ({ 'filters[name][contains]': text }),
	},
	tag: {
		label: 'tag',
		path: '/tags',
		rootProperty: 'tags',
		nameField: 'tag',
		searchQuery: (text: string) => ({ search: text }),
	},
} satisfies Record<string, RecordKind>;
