import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { SandboxHarness } from '../../../helpers/sandbox';

/** `count` input items with an email (`<prefix>.<i>@import.example.com`), a first and a last name. */
export function people(count: number, prefix = 'bulk'): INodeExecutionData[] {
	return Array.from({ length: count }, (_, i) => ({
		json: { email: `${prefix}.${i}@import.example.com`, first: `First${i}`, last: `Last${i}` },
	}));
}

/** Contact > Create or Update Many, email, first and last name from the item. */
export const importParameters = (extra: IDataObject = {}) => ({
	resource: 'contact',
	operation: 'importMany',
	importEmail: '={{ $json.email }}',
	importFields: { firstName: '={{ $json.first }}', lastName: '={{ $json.last }}' },
	...extra,
});

/** Contact > Create or Update Many, email and first name from the item. */
export const importParametersFirstName = (extra: IDataObject = {}) => ({
	resource: 'contact',
	operation: 'importMany',
	importEmail: '={{ $json.email }}',
	importFields: { firstName: '={{ $json.first }}' },
	...extra,
});

/** What the sandbox of `ac` received and stores, for the import tests. */
export function importHelpers(ac: SandboxHarness) {
	return {
		/** Requests to `path` (below /api/3), of `method` when given. */
		apiCalls(path: string, method?: string) {
			return ac.sandbox.requests.filter(
				(request) => request.path.split('?')[0] === `/api/3${path}` && (!method || request.method === method),
			);
		},
		/** The stored contact with this email (case and surrounding blanks ignored). */
		contactByEmail(email: string) {
			return ac.sandbox.store.table('contacts').find((row) => String(row.email).toLowerCase() === email.trim().toLowerCase());
		},
	};
}
