import type {
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	DEFAULT_IMPORT_SETTINGS,
	importRunFor,
	syncContact,
	type ImportContact,
	type ImportOutcome,
	type ImportSettings,
} from '../../shared/bulkImport';
import { MAX_CONTACTS_PER_IMPORT, MIN_ITEMS_FOR_IMPORT } from '../../shared/bulkImportLimits';
import { nameList } from '../../shared/bulkImportLookups';
import { CONTACT_CUSTOM_FIELDS, customFieldsProperty } from '../../shared/customFieldValues';
import { showFor } from '../../shared/descriptions';

const OPERATION = 'importMany';
const show = showFor('contact', [OPERATION]);

interface CustomFieldEntry {
	field?: string | number;
	value?: unknown;
}

function text(value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	const result = String(value).trim();
	return result === '' ? undefined : result;
}

function fail(context: IExecutePaginationFunctions, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, { description, itemIndex: context.getItemIndex() });
}

function readSettings(context: IExecutePaginationFunctions): ImportSettings {
	const options = context.getNodeParameter('importOptions', {}) as IDataObject;
	const batchSize = Math.round(Number(options.batchSize ?? MAX_CONTACTS_PER_IMPORT));
	const maxKb = Number(options.maxBatchKb ?? DEFAULT_IMPORT_SETTINGS.maxBatchBytes / 1024);
	const timeout = Number(options.waitTimeout ?? DEFAULT_IMPORT_SETTINGS.timeoutMs / 1000);
	return {
		...DEFAULT_IMPORT_SETTINGS,
		batchSize: Math.min(Math.max(Number.isFinite(batchSize) ? batchSize : MAX_CONTACTS_PER_IMPORT, 2), MAX_CONTACTS_PER_IMPORT),
		maxBatchBytes: Math.max(Number.isFinite(maxKb) ? maxKb : 512, 1) * 1024,
		timeoutMs: Math.max(Number.isFinite(timeout) ? timeout : 300, 1) * 1000,
	};
}

/** This item's contact, in the importer's shape, with custom fields and lists turned into IDs. */
async function readContact(
	context: IExecutePaginationFunctions,
	lookups: ReturnType<typeof importRunFor>['lookups'],
): Promise<ImportContact> {
	// Only presence is checked here: the importer judges addresses itself and reports each rejected one.
	const email = text(context.getNodeParameter('importEmail', ''));
	if (email === undefined) fail(context, 'The field "Email" is required', 'Give an email address, e.g. from an expression like {{ $json.email }}.');
	const details = context.getNodeParameter('importFields', {}) as IDataObject;
	const options = context.getNodeParameter('importOptions', {}) as IDataObject;
	const contact: ImportContact = { email };
	const firstName = text(details.firstName);
	const lastName = text(details.lastName);
	const phone = text(details.phone);
	const accountName = text(details.accountName);
	if (firstName !== undefined) contact.first_name = firstName;
	if (lastName !== undefined) contact.last_name = lastName;
	if (phone !== undefined) contact.phone = phone;
	if (accountName !== undefined) contact.customer_acct_name = accountName;

	const tags = nameList(details.tags);
	if (tags.length > 0) contact.tags = tags;

	const lists = nameList(details.lists);
	if (lists.length > 0) {
		contact.subscribe = [];
		for (const list of lists) {
			const listid = await lookups.listId(context, list);
			if (!listid) fail(context, `No list named "${list}" exists in ActiveCampaign`, 'Give list names or IDs, separated by commas.');
			contact.subscribe.push({ listid });
		}
	}

	const entries = ((context.getNodeParameter('importCustomFields', {}) as { field?: CustomFieldEntry[] }).field ?? []).filter(
		(entry) => text(entry.field) !== undefined,
	);
	if (entries.length > 0) {
		contact.fields = [];
		for (const entry of entries) {
			let value: Awaited<ReturnType<typeof lookups.fieldValue>>;
			try {
				value = await lookups.fieldValue(context, String(entry.field), entry.value);
			} catch (error) {
				fail(context, (error as Error).message, 'Give the value in the format the field type expects.');
			}
			if (!value) {
				fail(
					context,
					`No custom field named "${String(entry.field)}" exists in ActiveCampaign`,
					'Check the spelling, or pick the field from the list. Fields are matched by ID, title or personalization tag.',
				);
			}
			contact.fields.push({ id: value.id, value: value.value });
		}
	}

	if (options.excludeAutomations === true) contact.exclude_automations = true;
	return contact;
}

/**
 * RoutingNode calls this once per item, all items at once. Each call builds its contact, joins the run's
 * import (or, below 10 items, sends /contact/sync itself) and returns its own contact's result; a contact
 * that failed throws, so only its item fails (an error item with Continue On Fail).
 */
export async function importManyItem(this: IExecutePaginationFunctions): Promise<INodeExecutionData[]> {
	const run = importRunFor(this, () => readSettings(this));
	let contact: ImportContact | undefined;
	try {
		contact = await readContact(this, run.lookups);
	} finally {
		// An item that fails before handing over a contact must still count as arrived.
		if (contact === undefined) run.abandon();
	}

	let outcome: ImportOutcome;
	if (run.mode === 'sync') {
		const contactId = await syncContact(this, contact, run.lookups);
		outcome = { ok: true, contactId, via: 'contact_sync' };
	} else {
		outcome = await run.submit(this, contact);
	}
	if (!outcome.ok) fail(this, outcome.reason, outcome.description);

	const json: IDataObject = { id: outcome.contactId, email: contact.email, importedWith: outcome.via };
	if (outcome.batchId) json.batchId = outcome.batchId;
	return [{ json, pairedItem: { item: this.getItemIndex() } }];
}

export const contactImportManyOption: INodePropertyOptions = {
	name: 'Create or Update Many',
	value: OPERATION,
	action: 'Create or update many contacts',
	description: `Create or update all input items' contacts through the bulk importer, up to ${MAX_CONTACTS_PER_IMPORT} per request; one output item per input item`,
	routing: {
		request: { method: 'POST', url: '/import/bulk_import' },
		send: { paginate: true },
		operations: { pagination: importManyItem },
	},
};

/** The contact operations' Custom Fields picker, without its preSend: that would read /fields once per item. */
const customFieldsWithoutRouting: INodeProperties = {
	...customFieldsProperty({
		resource: 'contact',
		operations: [OPERATION],
		source: CONTACT_CUSTOM_FIELDS,
		loadOptionsMethod: 'getContactCustomFields',
		bodyPath: 'contact.fieldValues',
		name: 'importCustomFields',
	}),
};
delete customFieldsWithoutRouting.routing;

/**
 * Parameter names are this operation's own (importEmail, not email): RoutingNode evaluates, for every item, the
 * value of every property with a given name, visible or not, so a name shared with other operations multiplies
 * the expression work per item (measured: 35 evaluations of one additionalFields expression per item).
 */
export const contactImportManyFields: INodeProperties[] = [
	{
		displayName: `The node gathers all input items and sends them to ActiveCampaign's bulk importer, ${MAX_CONTACTS_PER_IMPORT} contacts per request, then waits for each import to finish. Below ${MIN_ITEMS_FOR_IMPORT} items it uses Create or Update for each item instead.`,
		name: 'importManyNotice',
		type: 'notice',
		default: '',
		displayOptions: show,
	},
	{
		// No routing here (unlike the other contact operations): RoutingNode would evaluate the value once more per item.
		displayName: 'Email',
		name: 'importEmail',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		description:
			'The email address that identifies the contact: the contact with this email is updated, or created when there is none. Usually an expression that reads it from the input item.',
		displayOptions: show,
	},
	{
		displayName: 'Additional Fields',
		name: 'importFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Account Name',
				name: 'accountName',
				type: 'string',
				default: '',
				description: "The name of the contact's account (company); applied by the bulk importer only",
			},
			{
				displayName: 'First Name',
				name: 'firstName',
				type: 'string',
				default: '',
				description: "The contact's first name",
			},
			{
				displayName: 'Last Name',
				name: 'lastName',
				type: 'string',
				default: '',
				description: "The contact's last name",
			},
			{
				displayName: 'Lists',
				name: 'lists',
				type: 'string',
				default: '',
				placeholder: 'e.g. Newsletter, 3',
				description: 'Lists to subscribe the contact to: names or IDs, separated by commas (or an array from an expression)',
			},
			{
				displayName: 'Phone',
				name: 'phone',
				type: 'string',
				default: '',
				placeholder: 'e.g. +1 312 555 0100',
				description: "The contact's phone number",
			},
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				default: '',
				placeholder: 'e.g. Customer, VIP',
				description: 'Tag names, separated by commas (or an array from an expression); tags that do not exist are created',
			},
		],
	},
	customFieldsWithoutRouting,
	{
		displayName: 'Options',
		name: 'importOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Batch Size',
				name: 'batchSize',
				type: 'number',
				default: MAX_CONTACTS_PER_IMPORT,
				typeOptions: { minValue: 2, maxValue: MAX_CONTACTS_PER_IMPORT },
				description: `Contacts per import request (ActiveCampaign allows up to ${MAX_CONTACTS_PER_IMPORT})`,
			},
			{
				displayName: 'Exclude Automations',
				name: 'excludeAutomations',
				type: 'boolean',
				default: false,
				description: 'Whether to keep the imported contacts out of automations their tags or lists would start (bulk importer only)',
			},
			{
				displayName: 'Max Request Size (KB)',
				name: 'maxBatchKb',
				type: 'number',
				default: 512,
				typeOptions: { minValue: 1 },
				description: 'Send a batch early when its body would grow past this size',
			},
			{
				displayName: 'Wait Timeout (Seconds)',
				name: 'waitTimeout',
				type: 'number',
				default: 300,
				typeOptions: { minValue: 1 },
				description: "How long to wait for an import to finish; the batch's items fail after that (the import may still finish later)",
			},
		],
	},
];
