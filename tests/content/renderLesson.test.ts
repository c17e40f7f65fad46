import { describe, expect, it } from 'vitest';
import { renderLesson, sanitizeDiagram } from '../../src/content/renderLesson';

const ctx = {
  lessonId: 'groups',
  lessonIdsByFile: new Map([['04-roles.md', 'roles']]),
  diagrams: new Map([['flow', '<svg viewBox="0 0 1 1"><title>t</title></svg>']]),
};

describe('lesson rendering', () => {
  it('never renders raw HTML from a lesson', () => {
    const { body } = renderLesson('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>', ctx);
    const html = body.blocks.map((b) => ('html' in b ? b.html : '')).join('');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('turns lesson links into app routes and reports broken ones', () => {
    const { body, problems } = renderLesson('See [roles](04-roles.md#trust) and [nothing](99-none.md).', ctx);
    const html = body.blocks.map((b) => ('html' in b ? b.html : '')).join('');
    expect(html).toContain('href="#/lessons/roles?s=trust"');
    expect(problems).toEqual(["link to '99-none.md' does not resolve to a lesson"]);
  });

  it('opens AWS documentation links in a new tab without an opener', () => {
    const { body } = renderLesson('[quotas](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html)', ctx);
    const html = body.blocks.map((b) => ('html' in b ? b.html : '')).join('');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('splits out diagrams, key facts and try-it blocks, and builds the table of contents', () => {
    const md = [
      '## First part',
      'Text.',
      '',
      '![A flow of steps](../diagrams/flow.svg)',
      '',
      '```keyfacts',
      '- one',
      '```',
      '## Second part',
      '```tryit',
      '{"name":"n","request":{},"expected":"allowed"}',
      '```',
    ].join('\n');
    const { body, problems, sections } = renderLesson(md, ctx);
    expect(problems).toEqual([]);
    expect(body.blocks.map((b) => b.kind)).toEqual(['html', 'diagram', 'keyfacts', 'html', 'tryit']);
    expect(body.toc.map((t) => t.id)).toEqual(['first-part', 'second-part']);
    expect(sections.map((s) => s.heading)).toEqual(['First part', 'Second part']);
  });

  it('highlights a try-it block’s policies at build time, labelled as IAM evaluates them', () => {
    const scenario = {
      name: 'n',
      request: {},
      expected: 'denied',
      identityPolicies: [{ Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }],
      permissionBoundary: { Statement: [] },
      scps: [[{ Statement: [] }], [{ Statement: [{ Effect: 'Deny', Action: '<x>' }] }]],
    };
    const md = ['```tryit', JSON.stringify(scenario), '```'].join('\n');
    const [block] = renderLesson(md, ctx).body.blocks;
    if (block?.kind !== 'tryit') throw new Error('no try-it block');
    expect(block.policies.map((p) => [p.key, p.label])).toEqual([
      ['identityPolicies0', 'Identity-based policy 1'],
      ['permissionBoundary', 'Permissions boundary'],
      ['scps00', 'SCPs: level 1, policy 1'],
      ['scps10', 'SCPs: level 2, policy 1'],
    ]);
    expect(block.policies[0]!.html).toContain('<span class="tok-key">&quot;Effect&quot;</span>');
    // text from the policy is escaped, never markup
    expect(block.policies[3]!.html).toContain('&lt;x&gt;');
    expect(block.policies[3]!.html).not.toContain('<x>');
  });

  it('reports an image inside running text', () => {
    const { problems } = renderLesson('Text ![x](../diagrams/flow.svg) more.', ctx);
    expect(problems).toEqual(["image '../diagrams/flow.svg' must stand alone in its own paragraph"]);
  });

  it('reports a try-it block that is not JSON and a missing diagram', () => {
    const { problems } = renderLesson('```tryit\n{oops\n```\n\n![x](../diagrams/missing.svg)', ctx);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/try-it block 1 is not valid JSON/);
    expect(problems[1]).toMatch(/missing\.svg' not found/);
  });
});

describe('diagram sanitising', () => {
  it('rejects scripts, handlers, external references and hard-coded colours', () => {
    const bad = '<svg viewBox="0 0 1 1"><title>x</title><script/><rect onclick="x()" fill="#ff0000"/><image href="http://evil/x.png"/></svg>';
    const { problems } = sanitizeDiagram('bad', bad);
    expect(problems.join(' ')).toMatch(/script/);
    expect(problems.join(' ')).toMatch(/event handler/);
    expect(problems.join(' ')).toMatch(/external reference/);
    expect(problems.join(' ')).toMatch(/hard-coded colour/);
  });

  it('prefixes ids so two diagrams on one page never collide', () => {
    const svg = '<svg viewBox="0 0 1 1" aria-labelledby="t"><title id="t">x</title><marker id="arrow"/><path marker-end="url(#arrow)"/></svg>';
    const { svg: out, problems } = sanitizeDiagram('flow', svg);
    expect(problems).toEqual([]);
    expect(out).toContain('id="flow-arrow"');
    expect(out).toContain('url(#flow-arrow)');
    expect(out).toContain('aria-labelledby="flow-t"');
  });
});
