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

/** The name shown for a record: its kind's displayName, else its nameField, else its ID. */
export function recordLabel(kind: RecordKind, record: IDataObject): string {
	return kind.displayName ? kind.displayName(record) : String(record[kind.nameField] ?? record.id);
}

/** "Jane Doe - jane@example.com", or whichever of the two a person record has. */
function nameAndEmail(record: IDataObject): string {
	return [[record.firstName, record.lastName].filter(Boolean).join(' '), record.email].filter(Boolean).join(' - ');
}

export const RECORD_KINDS = {
	contact: {
		label: 'contact',
		path: '/contacts',
		rootProperty: 'contacts',
		nameField: 'email',
		searchQuery: (text: string) => ({ search: text }),
		displayName: nameAndEmail,
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
	user: {
		label: 'user',
		path: '/users',
		rootProperty: 'users',
		nameField: 'username',
		displayName: (record: IDataObject) => nameAndEmail(record) || String(record.username ?? ''),
	},
	account: { label: 'account', path: '/accounts', rootProperty: 'accounts', nameField: 'name', searchQuery: (text: string) => ({ search: text }) },
	// part 2: deals, pipelines, tasks, campaigns, automations, webhooks, e-commerce
	pipeline: { label: 'pipeline', path: '/dealGroups', rootProperty: 'dealGroups', nameField: 'title', searchQuery: (text: string) => ({ 'filters[title]': text }) },
	stage: { label: 'stage', path: '/dealStages', rootProperty: 'dealStages', nameField: 'title', searchQuery: (text: string) => ({ 'filters[title]': text }) },
	deal: { label: 'deal', path: '/deals', rootProperty: 'deals', nameField: 'title', searchQuery: (text: string) => ({ 'filters[title]': text }) },
	dealCustomField: { label: 'deal custom field', path: '/dealCustomFieldMeta', rootProperty: 'dealCustomFieldMeta', nameField: 'fieldLabel' },
	taskType: { label: 'task type', path: '/dealTasktypes', rootProperty: 'dealTasktypes', nameField: 'title', searchQuery: (text: string) => ({ 'filters[title]': text }) },
	task: { label: 'task', path: '/dealTasks', rootProperty: 'dealTasks', nameField: 'title', displayName: (record: IDataObject) => `${String(record.title || '(untitled task)')} - due ${String(record.duedate ?? '').slice(0, 10)}` },
	note: { label: 'note', path: '/notes', rootProperty: 'notes', nameField: 'note', displayName: (record: IDataObject) => String(record.note ?? '').slice(0, 60) },
	automation: { label: 'automation', path: '/automations', rootProperty: 'automations', nameField: 'name' },
	campaign: { label: 'campaign', path: '/campaigns', rootProperty: 'campaigns', nameField: 'name' },
	message: { label: 'message', path: '/messages', rootProperty: 'messages', nameField: 'subject', displayName: (record: IDataObject) => String(record.name || record.subject || record.id) },
	webhook: { label: 'webhook', path: '/webhooks', rootProperty: 'webhooks', nameField: 'name', searchQuery: (text: string) => ({ 'filters[name]': text }) },
	ecommerceConnection: { label: 'e-commerce connection', path: '/connections', rootProperty: 'connections', nameField: 'name' },
	ecommerceCustomer: { label: 'e-commerce customer', path: '/ecomCustomers', rootProperty: 'ecomCustomers', nameField: 'externalid', displayName: (record: IDataObject) => `${String(record.email ?? '')} (${String(record.externalid ?? '')})` },
	ecommerceOrder: { label: 'e-commerce order', path: '/ecomOrders', rootProperty: 'ecomOrders', nameField: 'externalid', displayName: (record: IDataObject) => `Order ${String(record.orderNumber || record.externalid || record.externalcheckoutid || record.id)} - ${String(record.email ?? '')}` },
	ecommerceOrderProduct: { label: 'e-commerce order product', path: '/ecomOrderProducts', rootProperty: 'ecomOrderProducts', nameField: 'name' },
	field: {
		label: 'custom field',
		path: '/fields',
		rootProperty: 'fields',
		nameField: 'title',
	},
} satisfies Record<string, RecordKind>;
