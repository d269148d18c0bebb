import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import {
	BulkImporter,
	DEFAULT_IMPORT_SETTINGS,
	failedOutcome,
	type ImportContact,
	type ImportOutcome,
	type ImportSettings,
} from './bulkImport';
import { DEFAULT_MAX_BATCH_KB, MAX_CONTACTS_PER_IMPORT, MAX_IMPORT_BYTES, MIN_ITEMS_FOR_IMPORT } from './limits';
import { nameList } from './lookups';
import { describeValue } from '../../../shared/errors/failItem';

/** Items read between two yields to the event loop, so batches already sent make progress meanwhile. */
const ITEMS_PER_YIELD = 50;

interface CustomFieldEntry {
	field?: string | number;
	value?: unknown;
}

function fail(context: IExecuteFunctions, itemIndex: number, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, { description, itemIndex });
}

/** A text field's value; a list or an object (an expression that picked the wrong thing) fails the item. */
function text(value: unknown, context?: IExecuteFunctions, itemIndex = 0, field = ''): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'object') {
		if (context) fail(context, itemIndex, `The field "${field}" expects text, got ${describeValue(value)}`, 'Map a single value, e.g. {{ $json.email }}.');
		return undefined;
	}
	const result = String(value).trim();
	return result === '' ? undefined : result;
}

function readSettings(context: IExecuteFunctions): ImportSettings {
	const options = context.getNodeParameter('importOptions', 0, {}) as IDataObject;
	const batchSize = Math.round(Number(options.batchSize ?? MAX_CONTACTS_PER_IMPORT));
	const maxKb = Number(options.maxBatchKb ?? DEFAULT_IMPORT_SETTINGS.maxBatchBytes / 1024);
	const timeout = Number(options.waitTimeout ?? DEFAULT_IMPORT_SETTINGS.timeoutMs / 1000);
	return {
		batchSize: Math.min(Math.max(Number.isFinite(batchSize) ? batchSize : MAX_CONTACTS_PER_IMPORT, 2), MAX_CONTACTS_PER_IMPORT),
		maxBatchBytes: Math.min(Math.max(Number.isFinite(maxKb) ? maxKb : DEFAULT_MAX_BATCH_KB, 1) * 1024, MAX_IMPORT_BYTES),
		timeoutMs: Math.max(Number.isFinite(timeout) ? timeout : 300, 1) * 1000,
	};
}

/** One item's contact, in the importer's shape, with custom fields and lists turned into IDs. */
async function readContact(context: IExecuteFunctions, itemIndex: number, importer: BulkImporter): Promise<ImportContact> {
	const { lookups } = importer;
	// Only presence is checked here: the importer judges addresses itself and reports each rejected one.
	const email = text(context.getNodeParameter('importEmail', itemIndex, ''), context, itemIndex, 'Email');
	if (email === undefined) {
		fail(context, itemIndex, 'The field "Email" is required', 'Give an email address, e.g. from an expression like {{ $json.email }}.');
	}
	const details = context.getNodeParameter('importFields', itemIndex, {}) as IDataObject;
	const options = context.getNodeParameter('importOptions', itemIndex, {}) as IDataObject;
	const contact: ImportContact = { email };
	const firstName = text(details.firstName, context, itemIndex, 'First Name');
	const lastName = text(details.lastName, context, itemIndex, 'Last Name');
	const phone = text(details.phone, context, itemIndex, 'Phone');
	const accountName = text(details.accountName, context, itemIndex, 'Account Name');
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
			if (!listid) fail(context, itemIndex, `No list named "${list}" exists in ActiveCampaign`, 'Give list names or IDs, separated by commas.');
			contact.subscribe.push({ listid });
		}
	}

	const customFields = context.getNodeParameter('importCustomFields', itemIndex, {}) as { field?: CustomFieldEntry[] };
	const entries = (customFields.field ?? []).filter((entry) => text(entry.field) !== undefined);
	if (entries.length > 0) {
		contact.fields = [];
		for (const entry of entries) {
			let value: Awaited<ReturnType<typeof lookups.fieldValue>>;
			try {
				value = await lookups.fieldValue(context, String(entry.field), entry.value);
			} catch (error) {
				fail(context, itemIndex, (error as Error).message, 'Give the value in the format the field type expects.');
			}
			if (!value) {
				fail(
					context,
					itemIndex,
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
 * Contact > Create or Update Many. A custom operation of the declarative node (n8n runs it once with all input
 * items instead of RoutingNode once per item): it reads every item, sends the contacts to the bulk importer
 * 250 at a time (below 10 items, /contact/sync per item) and returns one item per input item, in order, with the
 * contact's ID and whether it was created. A failed contact fails only its own item with Continue On Fail;
 * without it, the first failure stops the node.
 */
export async function importManyContacts(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const importer = new BulkImporter(this, readSettings(this));
	const viaSync = items.length < MIN_ITEMS_FOR_IMPORT;
	const outcomes: Array<Promise<ImportOutcome>> = [];
	const emails: string[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		if (itemIndex > 0 && itemIndex % ITEMS_PER_YIELD === 0) await sleep(0);
		let contact: ImportContact;
		try {
			contact = await readContact(this, itemIndex, importer);
		} catch (error) {
			outcomes.push(Promise.resolve(failedOutcome(error)));
			continue;
		}
		emails[itemIndex] = contact.email;
		outcomes.push(viaSync ? importer.sync(contact) : importer.add(contact));
	}
	await importer.finish();
	const settled = await Promise.all(outcomes);

	const returnData: INodeExecutionData[] = [];
	for (const [itemIndex, outcome] of settled.entries()) {
		const pairedItem = { item: itemIndex };
		if (outcome.ok) {
			const json: IDataObject = { id: outcome.contactId, email: emails[itemIndex], created: outcome.created, importedWith: outcome.via };
			if (outcome.batchId) json.batchId = outcome.batchId;
			returnData.push({ json, pairedItem });
			continue;
		}
		const error = new NodeOperationError(this.getNode(), outcome.reason, { description: outcome.description, itemIndex });
		if (!this.continueOnFail()) throw error;
		returnData.push({ json: {}, error, pairedItem });
	}
	return [returnData];
}
