/** Bulk import endpoints (FACTS §1). */
import { ApiError, ok, queryValue } from '../http';
import type { Router } from '../router';

export function mountBulkImport(router: Router): void {
	router.add('POST', '/import/bulk_import', (ctx) => {
		const { contacts, callback } = ctx.services.imports.validate(ctx.body, ctx.bytes);
		const { batchId } = ctx.services.imports.enqueue(contacts, callback);
		// Capital `S`, as documented (clients should rely on batchId, not on this value).
		return ok({ Success: 1, queued_contacts: contacts.length, batchId, message: 'Contact import queued' }, 200);
	});
	router.add('GET', '/import/bulk_import', (ctx) => ok(ctx.services.imports.overview()));
	router.add(
		'GET',
		'/import/info',
		(ctx) => {
			const id = queryValue(ctx.query, 'batchId');
			if (!id) throw new ApiError(400, { success: 0, message: "'batchId' is a required field." });
			const info = ctx.services.imports.info(id);
			if (!info) throw new ApiError(404, { success: 0, message: `No import batch found with batchId ${id}` });
			return ok(info);
		},
		['batchId'],
	);
}
