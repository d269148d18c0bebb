import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { recordLabel, type RecordKind } from './kinds';
import { apiRequestAllItems } from '../transport/request';

/** A loadOptions method listing every record of a kind (all pages), by name. */
export function loadRecordOptions(kind: RecordKind) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const records = await apiRequestAllItems.call(this, kind.path, kind.rootProperty);
		return records
			.map((record) => ({ name: recordLabel(kind, record), value: String(record.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}
