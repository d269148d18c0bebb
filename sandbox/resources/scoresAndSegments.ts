/** Small read-mostly resources: scores, legacy segments. */
import { mount, type ResourceSpec } from '../crud';
import { ApiError } from '../http';
import type { Router } from '../router';
import { isoDate } from '../time';

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
	mount(router, segmentSpec);
}
