import type { IDataObject } from 'n8n-workflow';

/**
 * One record kind of the API, described once: where it lives, what its name is, how a text finds it, what
 * messages call it. Locators, name lookups, list search, load options and error messages all read this.
 */
export interface RecordKind {
	/** What messages call one record: "deal custom field". */
	label: string;
	path: string;
	rootProperty: string;
	/** The field shown as the record's name and matched by a name typed in; `id` for kinds only named in messages. */
	nameField: string;
	/** Query that narrows a search by text; the results are then matched on nameField. */
	searchQuery?: (text: string) => IDataObject;
	/** Builds a readable name from a record when one field is not enough. */
	displayName?: (record: IDataObject) => string;
	/** Other fields a typed name may match (users: email and full name too), compared like nameField. */
	alsoMatches?: (record: IDataObject) => string[];
	/** The listSearch method of its "From List" mode (derived into the node's methods). */
	searchMethod?: string;
	/** ActiveCampaign's internal model name in "No Result found for <Model> with id N". */
	modelName?: string;
}

/** The name shown for a record: its kind's displayName, else its nameField, else its ID. */
export function recordLabel(kind: RecordKind, record: IDataObject): string {
	return kind.displayName ? kind.displayName(record) : String(record[kind.nameField] ?? record.id);
}

const normalized = (text: unknown) => String(text ?? '').trim().toLowerCase();

/** Whether a record is the one a typed name means (exact, case-insensitive, on its name or alsoMatches). */
export function recordNamed(kind: RecordKind, record: IDataObject, name: string): boolean {
	const wanted = normalized(name);
	if (!wanted) return false;
	const candidates = [record[kind.nameField], ...(kind.alsoMatches?.(record) ?? [])];
	return candidates.some((candidate) => normalized(candidate) === wanted);
}

const fullName = (record: IDataObject) => [record.firstName, record.lastName].filter(Boolean).join(' ');

/** "Jane Doe - jane@example.com", or whichever of the two a person record has. */
function nameAndEmail(record: IDataObject): string {
	return [fullName(record), record.email].filter(Boolean).join(' - ');
}

const byTitle = (text: string) => ({ 'filters[title]': text });
const bySearch = (text: string) => ({ search: text });

export const RECORD_KINDS = {
	contact: { label: 'contact', path: '/contacts', rootProperty: 'contacts', nameField: 'email', searchQuery: bySearch, displayName: nameAndEmail, searchMethod: 'searchContacts', modelName: 'Subscriber' },
	list: { label: 'list', path: '/lists', rootProperty: 'lists', nameField: 'name', searchQuery: (text: string) => ({ 'filters[name][contains]': text }), searchMethod: 'searchLists', modelName: '_List' },
	tag: { label: 'tag', path: '/tags', rootProperty: 'tags', nameField: 'tag', searchQuery: bySearch, searchMethod: 'searchTags', modelName: 'Tag' },
	user: {
		label: 'user',
		path: '/users',
		rootProperty: 'users',
		nameField: 'username',
		displayName: (record: IDataObject) => nameAndEmail(record) || String(record.username ?? ''),
		alsoMatches: (record: IDataObject) => [String(record.email ?? ''), fullName(record)],
		searchMethod: 'searchUsers',
	},
	account: { label: 'account', path: '/accounts', rootProperty: 'accounts', nameField: 'name', searchQuery: bySearch, searchMethod: 'searchAccounts', modelName: 'CustomerAccount' },
	accountContact: { label: 'account contact', path: '/accountContacts', rootProperty: 'accountContacts', nameField: 'id', modelName: 'CustomerAccountSubscriber' },
	accountCustomField: { label: 'account custom field', path: '/accountCustomFieldMeta', rootProperty: 'accountCustomFieldMeta', nameField: 'fieldLabel' },
	pipeline: { label: 'pipeline', path: '/dealGroups', rootProperty: 'dealGroups', nameField: 'title', searchQuery: byTitle, searchMethod: 'searchPipelines' },
	stage: { label: 'stage', path: '/dealStages', rootProperty: 'dealStages', nameField: 'title', searchQuery: byTitle },
	deal: { label: 'deal', path: '/deals', rootProperty: 'deals', nameField: 'title', searchQuery: byTitle, searchMethod: 'searchDeals' },
	dealContact: { label: 'deal contact', path: '/contactDeals', rootProperty: 'contactDeals', nameField: 'id' },
	dealCustomField: { label: 'deal custom field', path: '/dealCustomFieldMeta', rootProperty: 'dealCustomFieldMeta', nameField: 'fieldLabel', searchMethod: 'searchDealCustomFields' },
	taskType: { label: 'task type', path: '/dealTasktypes', rootProperty: 'dealTasktypes', nameField: 'title', searchQuery: byTitle, searchMethod: 'searchTaskTypes' },
	task: { label: 'task', path: '/dealTasks', rootProperty: 'dealTasks', nameField: 'title', displayName: (record: IDataObject) => `${String(record.title || '(untitled task)')} - due ${String(record.duedate ?? '').slice(0, 10)}`, searchMethod: 'searchTasks' },
	note: { label: 'note', path: '/notes', rootProperty: 'notes', nameField: 'note', displayName: (record: IDataObject) => String(record.note ?? '').slice(0, 60), searchMethod: 'searchNotes' },
	automation: { label: 'automation', path: '/automations', rootProperty: 'automations', nameField: 'name', searchMethod: 'searchAutomations' },
	contactAutomation: { label: 'automation enrolment', path: '/contactAutomations', rootProperty: 'contactAutomations', nameField: 'id' },
	campaign: { label: 'campaign', path: '/campaigns', rootProperty: 'campaigns', nameField: 'name', searchMethod: 'searchCampaigns' },
	message: { label: 'message', path: '/messages', rootProperty: 'messages', nameField: 'subject', displayName: (record: IDataObject) => String(record.name || record.subject || record.id), searchMethod: 'searchMessages' },
	webhook: { label: 'webhook', path: '/webhooks', rootProperty: 'webhooks', nameField: 'name', searchQuery: (text: string) => ({ 'filters[name]': text }), searchMethod: 'searchWebhooks' },
	ecommerceConnection: { label: 'e-commerce connection', path: '/connections', rootProperty: 'connections', nameField: 'name', searchMethod: 'searchEcommerceConnections' },
	ecommerceCustomer: { label: 'e-commerce customer', path: '/ecomCustomers', rootProperty: 'ecomCustomers', nameField: 'externalid', displayName: (record: IDataObject) => `${String(record.email ?? '')} (${String(record.externalid ?? '')})`, searchMethod: 'searchEcommerceCustomers' },
	ecommerceOrder: { label: 'e-commerce order', path: '/ecomOrders', rootProperty: 'ecomOrders', nameField: 'externalid', displayName: (record: IDataObject) => `Order ${String(record.orderNumber || record.externalid || record.externalcheckoutid || record.id)} - ${String(record.email ?? '')}`, searchMethod: 'searchEcommerceOrders' },
	ecommerceOrderProduct: { label: 'e-commerce order product', path: '/ecomOrderProducts', rootProperty: 'ecomOrderProducts', nameField: 'name', searchMethod: 'searchEcommerceOrderProducts' },
	field: { label: 'custom field', path: '/fields', rootProperty: 'fields', nameField: 'title', searchMethod: 'searchContactFields', modelName: 'Field' },
	fieldOption: { label: 'custom field option', path: '/fieldOptions', rootProperty: 'fieldOptions', nameField: 'id' },
	fieldRel: { label: 'custom field relation', path: '/fieldRels', rootProperty: 'fieldRels', nameField: 'id' },
	fieldValue: { label: 'custom field value', path: '/fieldValues', rootProperty: 'fieldValues', nameField: 'value', modelName: 'FieldValue' },
	contactList: { label: 'list membership', path: '/contactLists', rootProperty: 'contactLists', nameField: 'id', modelName: 'SubscriberList' },
	contactTag: { label: 'contact tag', path: '/contactTags', rootProperty: 'contactTags', nameField: 'id', modelName: 'SubscriberTag' },
} satisfies Record<string, RecordKind>;

const ALL_KINDS: RecordKind[] = Object.values(RECORD_KINDS);

/** The kind whose collection is a path segment ("dealGroups" -> pipeline). */
export function kindOfCollection(collection: string): RecordKind | undefined {
	return ALL_KINDS.find((kind) => kind.path === `/${collection}`);
}

/** The kind ActiveCampaign's internal model name stands for ("Subscriber" -> contact). */
export function kindOfModel(model: string): RecordKind | undefined {
	return ALL_KINDS.find((kind) => kind.modelName === model);
}

/** Every kind with a "From List" search method. */
export function searchableKinds(): Array<RecordKind & { searchMethod: string }> {
	return ALL_KINDS.filter((kind): kind is RecordKind & { searchMethod: string } => Boolean(kind.searchMethod));
}

/** Notes and tasks hang on a record given by "Attach To" (contact, deal, account) and the matching locator. */
export const RELATION_TYPES: Record<string, { reltype: string; ownerType: string; kind: RecordKind }> = {
	contact: { reltype: 'Subscriber', ownerType: 'contact', kind: RECORD_KINDS.contact },
	deal: { reltype: 'Deal', ownerType: 'deal', kind: RECORD_KINDS.deal },
	account: { reltype: 'CustomerAccount', ownerType: 'account', kind: RECORD_KINDS.account },
};
