import type { INodeProperties } from 'n8n-workflow';

import { tagDescription } from './tag';

export interface ResourceEntry {
	name: string;
	value: string;
	description: string;
	properties: INodeProperties[];
}

/** Every resource of the node: one line each. Values are saved in users' workflows: never change them. */
export const RESOURCES: ResourceEntry[] = [
	{ name: 'Tag', value: 'tag', description: 'Tags that label contacts', properties: tagDescription },
];
