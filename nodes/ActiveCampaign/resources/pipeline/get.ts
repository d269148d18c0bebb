import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { pipelineLocator } from '../deal/shared';

export const pipelineGetFields: INodeProperties[] = [{ ...pipelineLocator(), displayOptions: showFor('pipeline', ['get', 'update', 'delete']) }];
