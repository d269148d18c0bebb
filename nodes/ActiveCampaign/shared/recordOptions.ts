import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import type { RecordKind } from './recordKinds';
import { apiRequestAllItems } from './transport';

/** A loadOptions method listing every record of a kind (all pages), by name. */
export function loadRecordOptions(kind: RecordKind) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const records = await apiRequestAllItems.call(this, kind.path, kind.rootProperty);
		const label = (record: IDataObject) =>
			kind.displayName ? kind.displayName(record) : String(record[kind.nameField] ?? record.id);
		return records
			.map((record) => ({ name: label(record), value: String(record.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}
