import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeQdc } from '../../../../src/main/outputs/refi-qda/write-qdc';
import { writeQdpx } from '../../../../src/main/outputs/refi-qda/write-qdpx';
import { emptyProject, projectFixture } from './project-fixture';
import { randomProject } from './random-project';
import { codebookAsProject, qdeOf, validateProjectXml } from './schema-check';

const options = { reportOrder: 'tag' as const };
const qdeFor = async (project = projectFixture()) => qdeOf(await writeQdpx(project, options, () => undefined));

describe('what the REFI-QDA writers make validates against the standard’s schema', () => {
  it('the fixture project', async () => {
    expect(await validateProjectXml(await qdeFor())).toEqual({ valid: true, messages: '' });
  });

  it('an empty project', async () => {
    expect(await validateProjectXml(await qdeFor(emptyProject()))).toEqual({ valid: true, messages: '' });
  });

  it('the fixture codebook, checked as the CodeBook of a project', async () => {
    const qdc = new TextDecoder().decode(await writeQdc(projectFixture(), options, () => undefined));
    expect(await validateProjectXml(codebookAsProject(qdc))).toEqual({ valid: true, messages: '' });
  });

  it('random projects, with any characters in their names, notes and values', async () => {
    await fc.assert(
      fc.asyncProperty(randomProject(), async (project) => {
        expect(await validateProjectXml(await qdeFor(project))).toEqual({ valid: true, messages: '' });
      }),
      { numRuns: 50 },
    );
  }, 120_000);

  it('is refused by the schema check when it is not valid, so the checks above can fail', async () => {
    const broken = (await qdeFor()).replace('isCodable="true"', 'isCodable="sometimes"');
    expect((await validateProjectXml(broken)).valid).toBe(false);
  });
});
