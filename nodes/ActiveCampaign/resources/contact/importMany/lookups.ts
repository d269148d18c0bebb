import type { IDataObject } from 'n8n-workflow';

import { CONTACT_CUSTOM_FIELDS, fetchCustomFields, findCustomField, formatForField } from '../../../shared/customFields/values';
import { findRecordByName } from '../../../shared/locators/read';
import { RECORD_KINDS } from '../../../shared/records/kinds';
import { apiRequest, apiRequestAllItems, type ApiContext } from '../../../shared/transport/request';

/**
 * Name-to-ID lookups for one run of Create or Update Many: each collection (custom fields, lists, tags) is
 * read once per run however many items name it, so 1,000 items naming the same field cost one request. A lookup
 * that failed (after the engine's retries) fails every item that needs it, without asking again for each item.
 */
export class ImportLookups {
	private fields?: Promise<IDataObject[]>;
	private lists?: Promise<IDataObject[]>;
	private readonly tags = new Map<string, Promise<string>>();

	/**
	 * A custom field value in the importer's shape: the field found by ID, title or personalization tag
	 * (case-insensitive), the value formatted for its type. Undefined when no such field exists.
	 */
	async fieldValue(
		context: ApiContext,
		reference: string,
		raw: unknown,
	): Promise<{ id: number; value: string; title: string } | undefined> {
		this.fields ??= fetchCustomFields(context, CONTACT_CUSTOM_FIELDS);
		const fields = await this.fields;
		const field = findCustomField(fields, CONTACT_CUSTOM_FIELDS, reference);
		if (!field) return undefined;
		const title = String(field.title ?? field.id);
		return { id: Number(field.id), value: String(formatForField(context, field, CONTACT_CUSTOM_FIELDS, raw)), title };
	}

	/** List ID from its ID or name (case-insensitive). */
	async listId(context: ApiContext, reference: string): Promise<string | undefined> {
		const wanted = reference.trim();
		if (/^\d+$/.test(wanted)) return wanted;
		this.lists ??= apiRequestAllItems.call(context, '/lists', 'lists');
		const lists = await this.lists;
		const lower = wanted.toLowerCase();
		const match = lists.find((list) => String(list.name ?? '').trim().toLowerCase() === lower);
		return match ? String(match.id) : undefined;
	}

	/** Tag ID by name, creating the tag when it does not exist (as the bulk importer does). */
	async tagId(context: ApiContext, name: string): Promise<string> {
		const key = name.trim().toLowerCase();
		let pending = this.tags.get(key);
		if (!pending) {
			pending = (async () => {
				const found = await findRecordByName(context, RECORD_KINDS.tag, name.trim());
				if (found) return String(found.id);
				const created = await apiRequest.call(context, 'POST', '/tags', {
					tag: { tag: name.trim(), tagType: 'contact', description: '' },
				});
				return String((created.tag as IDataObject).id);
			})();
			this.tags.set(key, pending);
		}
		return await pending;
	}
}

/** "a, b" or ["a", "b"] (from an expression) -> ["a", "b"]; blanks dropped. */
export function nameList(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((part) => String(part ?? '').trim()).filter((part) => part !== '');
}
