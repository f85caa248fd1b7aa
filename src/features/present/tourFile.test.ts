import { describe, expect, it } from 'vitest';
import tourJson from './tour.json';
import { TOUR_FILE, tourFileProblems } from './tourFile.ts';
import { loadTestProject, readRepoFile } from '../../../tests/support/project.ts';

const { plan, store } = loadTestProject();

describe('the build’s check of the tour file', () => {
  it('passes the shipped tour', () => {
    expect(tourFileProblems(readRepoFile(TOUR_FILE), plan, store)).toEqual([]);
  });

  it('names the file and the place of a title over the schema’s length, a broken reference and bad JSON', () => {
    const long = structuredClone(tourJson);
    long.steps[0]!.title = '过长的标题'.repeat(12);
    expect(tourFileProblems(JSON.stringify(long), plan, store)).toEqual([expect.stringMatching(/^src\/features\/present\/tour\.json: steps\.0\.title: .*40/)]);
    const badRef = structuredClone(tourJson);
    badRef.steps[1]!.chapter = 'c99';
    expect(tourFileProblems(JSON.stringify(badRef), plan, store)).toEqual([expect.stringMatching(/tour\.json: step 2 .*chapter "c99" is not a plan id/)]);
    expect(tourFileProblems('{', plan, store)[0]).toMatch(/tour\.json: not JSON/);
  });
});
