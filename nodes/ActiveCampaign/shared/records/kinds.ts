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
	/** What Simplify shows of a record (shared/output/simplify.ts, README "Simplify"); without it: the record without `links`. */
	simplified?: SimplifiedShape;
}

/** How Simplify types a field: as the API gives it, a number, an ISO date-time (UTC; zero-dates null), a boolean, a list. */
export type SimplifiedType = 'keep' | 'number' | 'date' | 'boolean' | 'list';

/** A kind's simplified record: `id` first, then `fields` in this order (those the record has). */
export interface SimplifiedShape {
	fields: Record<string, SimplifiedType>;
	/** Cents fields followed by `<field>Amount` in currency units (README "Money"). */
	amounts?: string[];
	/** Codes followed by `<field>Label` (deal `status` 1 -> "won"). */
	labels?: Record<string, Record<number, string>>;
	/** Names of related records the same response side-loads: output field -> [field holding the ID or IDs, collection]. */
	names?: Record<string, [string, string]>;
	/** Custom field values the answer carries, put under their titles in `customFields` (definitions read in a preSend). */
	customFields?: CustomFieldValues;
	/** A record that is one custom field value: `fieldTitle` after its field's ID, the value typed by the field's type. */
	customFieldValue?: { field: string; value: string };
}

/** Where an answer carries custom field values: side-loaded (contacts' `fieldValues`) or in the record (deals' `fields`). */
export interface CustomFieldValues {
	in: 'sideLoad' | 'record';
	property: string;
	/** The entry's field ID and value. */
	field: string;
	value: string;
	/** The entry's field naming its record, when a side-load can hold values of other records. */
	owner?: string;
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
	contact: { label: 'contact', path: '/contacts', rootProperty: 'contacts', nameField: 'email', searchQuery: bySearch, displayName: nameAndEmail, searchMethod: 'searchContacts', modelName: 'Subscriber', simplified: { fields: { email: 'keep', firstName: 'keep', lastName: 'keep', phone: 'keep', cdate: 'date', udate: 'date' }, customFields: { in: 'sideLoad', property: 'fieldValues', field: 'field', value: 'value', owner: 'contact' } } },
	list: { label: 'list', path: '/lists', rootProperty: 'lists', nameField: 'name', searchQuery: (text: string) => ({ 'filters[name][contains]': text }), searchMethod: 'searchLists', modelName: '_List', simplified: { fields: { name: 'keep', stringid: 'keep', channel: 'keep', sender_url: 'keep', sender_reminder: 'keep', user: 'keep', cdate: 'date', udate: 'date' } } },
	tag: { label: 'tag', path: '/tags', rootProperty: 'tags', nameField: 'tag', searchQuery: bySearch, searchMethod: 'searchTags', modelName: 'Tag', simplified: { fields: { tag: 'keep', tagType: 'keep', description: 'keep', subscriber_count: 'number', cdate: 'date' } } },
	user: {
		label: 'user',
		path: '/users',
		rootProperty: 'users',
		nameField: 'username',
		displayName: (record: IDataObject) => nameAndEmail(record) || String(record.username ?? ''),
		alsoMatches: (record: IDataObject) => [String(record.email ?? ''), fullName(record)],
		searchMethod: 'searchUsers',
		simplified: { fields: { username: 'keep', firstName: 'keep', lastName: 'keep', email: 'keep', phone: 'keep', lang: 'keep', localZoneid: 'keep' } },
	},
	account: { label: 'account', path: '/accounts', rootProperty: 'accounts', nameField: 'name', searchQuery: bySearch, searchMethod: 'searchAccounts', modelName: 'CustomerAccount', simplified: { fields: { name: 'keep', accountUrl: 'keep', owner: 'keep', contactCount: 'number', dealCount: 'number', createdTimestamp: 'date', updatedTimestamp: 'date' }, customFields: { in: 'record', property: 'fields', field: 'customFieldId', value: 'fieldValue' } } },
	accountContact: { label: 'account contact', path: '/accountContacts', rootProperty: 'accountContacts', nameField: 'id', modelName: 'CustomerAccountSubscriber', simplified: { fields: { account: 'keep', contact: 'keep', jobTitle: 'keep', createdTimestamp: 'date', updatedTimestamp: 'date' } } },
	accountCustomField: { label: 'account custom field', path: '/accountCustomFieldMeta', rootProperty: 'accountCustomFieldMeta', nameField: 'fieldLabel', simplified: { fields: { fieldLabel: 'keep', fieldType: 'keep', fieldOptions: 'keep', fieldDefault: 'keep', personalization: 'keep', isRequired: 'boolean', displayOrder: 'number' } } },
	pipeline: { label: 'pipeline', path: '/dealGroups', rootProperty: 'dealGroups', nameField: 'title', searchQuery: byTitle, searchMethod: 'searchPipelines', simplified: { fields: { title: 'keep', currency: 'keep', stages: 'keep', allusers: 'boolean', allgroups: 'boolean', cdate: 'date', udate: 'date' }, names: { stageNames: ['stages', 'dealStages'] } } },
	stage: { label: 'stage', path: '/dealStages', rootProperty: 'dealStages', nameField: 'title', searchQuery: byTitle, simplified: { fields: { title: 'keep', group: 'keep', order: 'number', color: 'keep', cdate: 'date', udate: 'date' }, names: { pipelineName: ['group', 'dealGroups'] } } },
	deal: { label: 'deal', path: '/deals', rootProperty: 'deals', nameField: 'title', searchQuery: byTitle, searchMethod: 'searchDeals', simplified: { fields: { title: 'keep', value: 'number', currency: 'keep', status: 'number', stage: 'keep', group: 'keep', owner: 'keep', contact: 'keep', account: 'keep', description: 'keep', percent: 'number', winProbability: 'number', nextdate: 'date', cdate: 'date', mdate: 'date', isDisabled: 'boolean' }, amounts: ['value'], labels: { status: { 0: 'open', 1: 'won', 2: 'lost' } }, names: { stageName: ['stage', 'dealStages'], pipelineName: ['group', 'dealGroups'], contactEmail: ['contact', 'contacts'] }, customFields: { in: 'record', property: 'fields', field: 'customFieldId', value: 'fieldValue' } } },
	dealContact: { label: 'deal contact', path: '/contactDeals', rootProperty: 'contactDeals', nameField: 'id', simplified: { fields: { deal: 'keep', contact: 'keep', role: 'keep', cdate: 'date' }, names: { dealTitle: ['deal', 'deals'] } } },
	dealCustomField: { label: 'deal custom field', path: '/dealCustomFieldMeta', rootProperty: 'dealCustomFieldMeta', nameField: 'fieldLabel', searchMethod: 'searchDealCustomFields', simplified: { fields: { fieldLabel: 'keep', fieldType: 'keep', fieldOptions: 'keep', fieldDefault: 'keep', fieldDefaultCurrency: 'keep', personalization: 'keep', isRequired: 'boolean', displayOrder: 'number' } } },
	taskType: { label: 'task type', path: '/dealTasktypes', rootProperty: 'dealTasktypes', nameField: 'title', searchQuery: byTitle, searchMethod: 'searchTaskTypes', simplified: { fields: { title: 'keep', status: 'number' } } },
	task: { label: 'task', path: '/dealTasks', rootProperty: 'dealTasks', nameField: 'title', displayName: (record: IDataObject) => `${String(record.title || '(untitled task)')} - due ${String(record.duedate ?? '').slice(0, 10)}`, searchMethod: 'searchTasks', simplified: { fields: { title: 'keep', note: 'keep', duedate: 'date', edate: 'date', status: 'number', reltype: 'keep', relid: 'keep', dealTasktype: 'keep', assignee: 'keep', outcomeId: 'keep', outcomeInfo: 'keep', cdate: 'date', udate: 'date' }, labels: { status: { 0: 'incomplete', 1: 'complete' } } } },
	note: { label: 'note', path: '/notes', rootProperty: 'notes', nameField: 'note', displayName: (record: IDataObject) => String(record.note ?? '').slice(0, 60), searchMethod: 'searchNotes', simplified: { fields: { note: 'keep', reltype: 'keep', relid: 'keep', user: 'keep', cdate: 'date', mdate: 'date' } } },
	automation: { label: 'automation', path: '/automations', rootProperty: 'automations', nameField: 'name', searchMethod: 'searchAutomations', simplified: { fields: { name: 'keep', status: 'number', description: 'keep', entered: 'number', exited: 'number', cdate: 'date', mdate: 'date' } } },
	contactAutomation: { label: 'automation enrolment', path: '/contactAutomations', rootProperty: 'contactAutomations', nameField: 'id', simplified: { fields: { contact: 'keep', seriesid: 'keep', status: 'number', adddate: 'date', remdate: 'date', lastdate: 'date', completedElements: 'number', totalElements: 'number', completed: 'boolean' }, names: { contactEmail: ['contact', 'contacts'] } } },
	campaign: { label: 'campaign', path: '/campaigns', rootProperty: 'campaigns', nameField: 'name', searchMethod: 'searchCampaigns', simplified: { fields: { name: 'keep', type: 'keep', status: 'number', sdate: 'date', ldate: 'date', cdate: 'date', mdate: 'date', sends: 'number', recipients: 'number', opens: 'number', uniqueOpens: 'number', clicks: 'number', uniqueClicks: 'number', bounces: 'number', unsubscribes: 'number', openRate: 'number', clickRate: 'number' } } },
	message: { label: 'message', path: '/messages', rootProperty: 'messages', nameField: 'subject', displayName: (record: IDataObject) => String(record.name || record.subject || record.id), searchMethod: 'searchMessages', simplified: { fields: { name: 'keep', subject: 'keep', fromname: 'keep', fromemail: 'keep', reply2: 'keep', cdate: 'date', mdate: 'date' } } },
	webhook: { label: 'webhook', path: '/webhooks', rootProperty: 'webhooks', nameField: 'name', searchQuery: (text: string) => ({ 'filters[name]': text }), searchMethod: 'searchWebhooks', simplified: { fields: { name: 'keep', url: 'keep', events: 'list', sources: 'list', listid: 'keep', cdate: 'date' } } },
	ecommerceConnection: { label: 'e-commerce connection', path: '/connections', rootProperty: 'connections', nameField: 'name', searchMethod: 'searchEcommerceConnections', simplified: { fields: { name: 'keep', service: 'keep', externalid: 'keep', status: 'number', syncStatus: 'number', isInternal: 'boolean', linkUrl: 'keep', logoUrl: 'keep', cdate: 'date', udate: 'date' } } },
	ecommerceCustomer: { label: 'e-commerce customer', path: '/ecomCustomers', rootProperty: 'ecomCustomers', nameField: 'externalid', displayName: (record: IDataObject) => `${String(record.email ?? '')} (${String(record.externalid ?? '')})`, searchMethod: 'searchEcommerceCustomers', simplified: { fields: { email: 'keep', externalid: 'keep', connectionid: 'keep', acceptsMarketing: 'boolean', totalRevenue: 'number', avgRevenuePerOrder: 'number', totalOrders: 'number', totalProducts: 'number', tstamp: 'date' }, amounts: ['totalRevenue', 'avgRevenuePerOrder'] } },
	ecommerceOrder: { label: 'e-commerce order', path: '/ecomOrders', rootProperty: 'ecomOrders', nameField: 'externalid', displayName: (record: IDataObject) => `Order ${String(record.orderNumber || record.externalid || record.externalcheckoutid || record.id)} - ${String(record.email ?? '')}`, searchMethod: 'searchEcommerceOrders', simplified: { fields: { externalid: 'keep', orderNumber: 'keep', email: 'keep', connectionid: 'keep', customerid: 'keep', currency: 'keep', totalPrice: 'number', shippingAmount: 'number', taxAmount: 'number', discountAmount: 'number', totalProducts: 'number', source: 'keep', orderUrl: 'keep', orderDate: 'date', abandonedDate: 'date', cdate: 'date', udate: 'date' }, amounts: ['totalPrice', 'shippingAmount', 'taxAmount', 'discountAmount'], names: { connectionName: ['connectionid', 'connections'] } } },
	ecommerceOrderProduct: { label: 'e-commerce order product', path: '/ecomOrderProducts', rootProperty: 'ecomOrderProducts', nameField: 'name', searchMethod: 'searchEcommerceOrderProducts', simplified: { fields: { name: 'keep', externalid: 'keep', orderid: 'keep', price: 'number', quantity: 'number', category: 'keep', sku: 'keep', description: 'keep', productUrl: 'keep', imageUrl: 'keep' }, amounts: ['price'] } },
	field: { label: 'custom field', path: '/fields', rootProperty: 'fields', nameField: 'title', searchMethod: 'searchContactFields', modelName: 'Field', simplified: { fields: { title: 'keep', type: 'keep', perstag: 'keep', descript: 'keep', defval: 'keep', isrequired: 'boolean', visible: 'boolean', ordernum: 'number', cdate: 'date', udate: 'date' } } },
	fieldOption: { label: 'custom field option', path: '/fieldOptions', rootProperty: 'fieldOptions', nameField: 'id', simplified: { fields: { field: 'keep', label: 'keep', value: 'keep', orderid: 'number', isdefault: 'boolean' } } },
	fieldRel: { label: 'custom field relation', path: '/fieldRels', rootProperty: 'fieldRels', nameField: 'id', simplified: { fields: { field: 'keep', relid: 'keep' } } },
	fieldValue: { label: 'custom field value', path: '/fieldValues', rootProperty: 'fieldValues', nameField: 'value', modelName: 'FieldValue', simplified: { fields: { contact: 'keep', field: 'keep', value: 'keep', cdate: 'date', udate: 'date' }, names: { contactEmail: ['contact', 'contacts'] }, customFieldValue: { field: 'field', value: 'value' } } },
	contactList: { label: 'list membership', path: '/contactLists', rootProperty: 'contactLists', nameField: 'id', modelName: 'SubscriberList', simplified: { fields: { contact: 'keep', list: 'keep', status: 'number', sdate: 'date', udate: 'date', unsubreason: 'keep', sourceid: 'keep' }, labels: { status: { 0: 'unconfirmed', 1: 'active', 2: 'unsubscribed', 3: 'bounced' } }, names: { contactEmail: ['contact', 'contacts'] } } },
	contactTag: { label: 'contact tag', path: '/contactTags', rootProperty: 'contactTags', nameField: 'id', modelName: 'SubscriberTag', simplified: { fields: { contact: 'keep', tag: 'keep', cdate: 'date' } } },
	customObjectSchema: {
		label: 'custom object schema',
		path: '/customObjects/schemas',
		rootProperty: 'schemas',
		nameField: 'slug',
		displayName: (record: IDataObject) => String((record.labels as IDataObject | undefined)?.singular || record.slug || record.id),
		alsoMatches: (record: IDataObject) => [String((record.labels as IDataObject | undefined)?.singular ?? ''), String((record.labels as IDataObject | undefined)?.plural ?? '')],
		searchMethod: 'searchCustomObjectSchemas',
	},
	form: { label: 'form', path: '/forms', rootProperty: 'forms', nameField: 'name', searchMethod: 'searchForms', modelName: 'Form' },
	score: { label: 'lead score', path: '/scores', rootProperty: 'scores', nameField: 'name', searchMethod: 'searchScores', modelName: 'Score' },
	calendar: { label: 'calendar feed', path: '/calendars', rootProperty: 'calendars', nameField: 'title', searchMethod: 'searchCalendars', modelName: 'Calendar' },
	savedResponse: { label: 'saved response', path: '/savedResponses', rootProperty: 'savedResponses', nameField: 'title', searchMethod: 'searchSavedResponses', modelName: 'SavedResponse' },
	taskOutcome: { label: 'task outcome', path: '/taskOutcomes', rootProperty: 'taskOutcomes', nameField: 'title', searchMethod: 'searchTaskOutcomes', modelName: 'TaskOutcome' },
	group: { label: 'user group', path: '/groups', rootProperty: 'groups', nameField: 'title', searchMethod: 'searchGroups', modelName: 'Group' },
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
