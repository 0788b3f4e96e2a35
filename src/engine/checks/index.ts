/** Every check family, alphabetical. A convention test keeps this list complete. */
import type { Check } from '../rule';
import clientName from './client-name';
import custom from './custom';
import disclaimer from './disclaimer';
import emotional from './emotional';
import internal from './internal';
import minor from './minor';
import personalData from './personal-data';

export const checks: readonly Check[] = [clientName, custom, disclaimer, emotional, internal, minor, personalData];
