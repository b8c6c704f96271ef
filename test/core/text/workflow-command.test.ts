import { describe, expect, it } from 'vitest';
import { workflowCommand, workflowMessage, workflowProperty } from '../../../scripts/core/text/workflow-command.js';

describe('workflow command escaping (GitHub rules)', () => {
  it('message: %, \\r and \\n', () => {
    expect(workflowMessage('100% done\r\n::add-mask::x')).toBe('100%25 done%0D%0A::add-mask::x');
  });

  it('property: also : and ,', () => {
    expect(workflowProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('a whole command: one line, properties escaped, undefined ones left out', () => {
    expect(workflowCommand('error', { file: 'x,y.yaml', line: 3, col: undefined, title: 'id::z' }, 'm\n::warning::n')).toBe(
      '::error file=x%2Cy.yaml,line=3,title=id%3A%3Az::m%0A::warning::n\n',
    );
  });
});
