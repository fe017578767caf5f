import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtFileOf, pagesOf, sites, tagOf } from './sites.ts';

/*
 * Every built page is valid HTML by html-validate's recommended rules, with
 * the exceptions (each explained) in .htmlvalidate.mjs, which the loader finds
 * from the page's path. The file is what the static host serves as it is.
 */

const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const site of sites) {
  test.describe(`${tagOf(site)} valid HTML`, () => {
    for (const url of pagesOf(site)) {
      test(`${url} passes html-validate`, async () => {
        const file = resolve(builtFileOf(site, url));
        const report = await validator.validateString(readFileSync(file, 'utf8'), file);
        const problems = report.results.flatMap((result) =>
          result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
        );
        expect(problems).toEqual([]);
      });
    }
  });
}
