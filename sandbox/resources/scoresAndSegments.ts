/** Small read-mostly resources: scores and contacts' score values, legacy segments. */
import { links } from '../context';
import { mount, type ResourceSpec } from '../crud';
import { ApiError, notFound, ok } from '../http';
import { pageIfAsked, PAGING } from '../query';
import type { Router } from '../router';
import type { Store } from '../store';
import { isoDate } from '../time';

/** A deal score beside the seeded contact score, and contact 1's and 2's values of the contact score. */
export function seedScoreValues(store: Store, at: number): void {
	store.table('scores').insert({ _c: at, _u: at, reltype: 'deal', name: 'Deal Fit', descript: 'Company size and budget', status: '1' });
	store.table('scoreValues').insert({ _c: at, _u: at, score: '1', contact: '1', deal: null, scoreValue: '25' });
	store.table('scoreValues').insert({ _c: at, _u: at, score: '1', contact: '2', deal: null, scoreValue: '5' });
}

const readOnly = () => {
	throw new ApiError(405, {});
};

export const scoreSpec: ResourceSpec = {
	table: 'scores',
	singular: 'score',
	model: 'Score',
	ops: ['list', 'get'],
	build: readOnly,
	present: (row) => ({
		reltype: row.reltype,
		name: row.name,
		descript: row.descript,
		status: row.status,
		cdate: isoDate(row._c),
		mdate: isoDate(row._u),
		links: [],
		id: row.id,
	}),
};

export const segmentSpec: ResourceSpec = {
	table: 'segments',
	singular: 'segment',
	model: 'Segment',
	ops: ['list', 'get'],
	build: readOnly,
	present: (row) => ({
		name: row.name,
		logic: row.logic,
		hidden: '0',
		seriesid: '0',
		links: [],
		id: row.id,
	}),
};

export function mountScoresAndSegments(router: Router): void {
	mount(router, scoreSpec);
	// "Retrieve a Contact's Score Value": 404 "No Result found for Subscriber with id 100" for an unknown contact.
	router.add(
		'GET',
		'/contacts/:id/scoreValues',
		(ctx) => {
			const contact = ctx.store.table('contacts').get(ctx.params.id);
			if (!contact) throw notFound('Subscriber', ctx.params.id);
			const values = ctx.store.table('scoreValues').where((row) => row.contact === contact.id);
			return ok({
				scoreValues: pageIfAsked(values, ctx.query).map((row) => ({
					score: row.score,
					contact: row.contact,
					deal: row.deal,
					cdate: isoDate(row._c),
					mdate: isoDate(row._u),
					scoreValue: row.scoreValue,
					links: links(ctx, 'scoreValues', row.id, ['score', 'contact', 'deal']),
					id: row.id,
				})),
			});
		},
		PAGING,
	);
	mount(router, segmentSpec);
}
